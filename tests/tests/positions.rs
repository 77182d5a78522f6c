//! Columns are counted in Unicode scalar values after non-ASCII text on the same line.

use cfn_fargate_e2e::{check_json, root};

/// The 1-based column (in characters) of `needle` on its line, and the same in bytes.
fn columns(text: &str, line: usize, needle: &str) -> (u64, u64) {
    let line_text = text.lines().nth(line - 1).unwrap();
    let byte = line_text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not on line {line}: {line_text}"));
    let chars = line_text[..byte].chars().count();
    (chars as u64 + 1, byte as u64 + 1)
}

#[test]
fn columns_after_emoji_accents_and_cjk() {
    for (path, needle) in [
        (
            "crates/cfn-fargate-core/tests/fixtures/positions/non-ascii.yaml",
            "bridge",
        ),
        (
            "crates/cfn-fargate-core/tests/fixtures/positions/non-ascii.json",
            "\"bridge\"",
        ),
    ] {
        let (_, findings) = check_json(path);
        let text = std::fs::read_to_string(root().join(path)).unwrap();
        let f = findings
            .iter()
            .find(|f| f["code"] == "TD-02")
            .expect("TD-02 finding");
        let line = f["range"]["start"]["line"].as_u64().unwrap() as usize;
        let column = f["range"]["start"]["column"].as_u64().unwrap();
        let (chars, bytes) = columns(&text, line, needle);
        assert!(
            chars != bytes,
            "{path}: the line must have non-ASCII text before the value"
        );
        assert_eq!(column, chars, "{path}: column counts characters");
        let end = f["range"]["end"]["column"].as_u64().unwrap();
        assert_eq!(end, chars + needle.chars().count() as u64);
    }
}
