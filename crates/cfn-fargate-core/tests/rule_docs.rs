//! The examples in each rule's documentation are executed: the first YAML block must fire the
//! rule, the one after "Use instead:" must not. Every rule's docs have the fixed headings.

use cfn_fargate_core::{Format, analyze, rules};

fn yaml_blocks(docs: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in docs.lines() {
        let line = line.strip_prefix(' ').unwrap_or(line);
        match (&mut current, line.trim_start()) {
            (None, "```yaml") => current = Some(String::new()),
            (Some(_), "```") => blocks.push(current.take().unwrap()),
            (Some(block), _) => {
                block.push_str(line);
                block.push('\n');
            }
            _ => {}
        }
    }
    blocks
}

#[test]
fn doc_examples_fire_and_pass() {
    for rule in rules::all() {
        let meta = rule.meta();
        let blocks = yaml_blocks(meta.docs);
        assert_eq!(
            blocks.len(),
            2,
            "{}: expected an invalid and a valid example",
            meta.code
        );
        let invalid = analyze(&blocks[0], Format::Yaml);
        assert!(
            invalid.findings.iter().any(|f| f.code == meta.code),
            "{}: the invalid example does not fire the rule: {:#?}",
            meta.code,
            invalid.findings
        );
        let valid = analyze(&blocks[1], Format::Yaml);
        assert!(
            !valid.findings.iter().any(|f| f.code == meta.code),
            "{}: the valid example fires the rule: {:#?}",
            meta.code,
            valid.findings
        );
    }
}

#[test]
fn docs_have_the_fixed_headings_and_metadata() {
    let mut codes = std::collections::HashSet::new();
    for rule in rules::all() {
        let meta = rule.meta();
        assert!(codes.insert(meta.code), "duplicate code {}", meta.code);
        for heading in [
            "## What it does",
            "## Why it fails at deploy",
            "## Example",
            "Use instead:",
            "## Fix safety",
            "## References",
        ] {
            assert!(
                meta.docs.contains(heading),
                "{} docs lack `{heading}`",
                meta.code
            );
        }
        assert!(!meta.summary().is_empty(), "{} has no summary", meta.code);
        assert!(
            meta.name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{} name is not kebab-case",
            meta.code
        );
        assert!(rules::by_code(&meta.code.to_lowercase()).is_some());
    }
}
