//! No input makes the engine panic, and every span it reports is valid: random bytes, random
//! edits of real templates, and (when the spec folder is present) the public corpus.

mod common;

use cfn_fargate_core::{Encoding, Format, LineIndex, analyze};
use common::assert_spans_valid;
use proptest::prelude::*;
use std::path::Path;

const SEED_YAML: &str = include_str!("fixtures/TD-05/invalid.yaml");
const SEED_JSON: &str = include_str!("fixtures/TD-05/invalid.json");
const STORY_YAML: &str = include_str!("../../../examples/story-service.yaml");
const STORY_JSON: &str = include_str!("../../../examples/story-service.json");

fn check_both(text: &str) {
    for format in [Format::Json, Format::Yaml] {
        let analysis = analyze(text, format);
        assert_spans_valid(text, &analysis.findings);
        let index = LineIndex::new(text);
        for f in &analysis.findings {
            for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
                let pos = index.position(text, f.span.start, enc);
                let back = index.offset(text, pos, enc);
                assert_eq!(index.position(text, back, enc), pos);
                let inside_crlf =
                    text[..f.span.start].ends_with('\r') && text[f.span.start..].starts_with('\n');
                if !inside_crlf {
                    assert_eq!(back, f.span.start);
                }
            }
        }
    }
}

/// Apply a list of (position, deletion length, insertion) edits, clamped to char boundaries.
fn mutate(seed: &str, edits: &[(usize, usize, String)]) -> String {
    let mut text = seed.to_string();
    for (pos, del, ins) in edits {
        let start =
            cfn_fargate_core::line_index::floor_char_boundary(&text, pos % (text.len() + 1));
        let end =
            cfn_fargate_core::line_index::floor_char_boundary(&text, (start + del).min(text.len()));
        text.replace_range(start..end.max(start), ins);
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn random_text_never_panics(text in "\\PC{0,300}") {
        check_both(&text);
    }

    /// Fixing and converting edited templates never panics, and never breaks a template that
    /// parsed.
    #[test]
    fn fix_and_convert_never_break_a_template(
        edits in prop::collection::vec((0usize..4000, 0usize..40, "[ \\n{}\\[\\]:,\"'!&*#|>\\-a-zA-Z0-9é😀]{0,12}"), 1..4)
    ) {
        for (seed, format) in [(STORY_YAML, Format::Yaml), (STORY_JSON, Format::Json)] {
            let text = mutate(seed, &edits);
            let before = analyze(&text, format).findings.iter().filter(|f| f.code == "SYNTAX").count();
            let fixed = cfn_fargate_core::fix::fix_all(&text, format, &cfn_fargate_core::Options::default(), true);
            let after = analyze(&fixed.text, format).findings.iter().filter(|f| f.code == "SYNTAX").count();
            prop_assert!(after <= before, "fix added syntax errors");
            let converted = cfn_fargate_core::convert::convert(&text, format, &[]);
            let after = analyze(&converted.text, format).findings.iter().filter(|f| f.code == "SYNTAX").count();
            prop_assert!(after <= before, "convert added syntax errors");
            let (rebuilt, _) = cfn_fargate_core::edit::apply(&text, &converted.edits);
            prop_assert_eq!(rebuilt, converted.text);
        }
    }

    #[test]
    fn edited_templates_never_panic(
        edits in prop::collection::vec((0usize..4000, 0usize..40, "[ \\r\\n{}\\[\\]:,\"'!&*#|>\\-a-zA-Z0-9é😀]{0,12}"), 1..6)
    ) {
        check_both(&mutate(SEED_YAML, &edits));
        check_both(&mutate(SEED_JSON, &edits));
    }
}

#[test]
fn truncations_of_a_template_never_panic() {
    for seed in [SEED_YAML, SEED_JSON] {
        for end in 0..seed.len() {
            if seed.is_char_boundary(end) {
                check_both(&seed[..end]);
            }
        }
    }
}

#[test]
fn hostile_inputs() {
    let deep_json = format!("{{\"Resources\": {}", "[".repeat(100_000));
    let deep_yaml: String = (0..400)
        .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
        .collect();
    let many_lines = "a: b\n".repeat(40_000);
    for text in [
        deep_json.as_str(),
        deep_yaml.as_str(),
        many_lines.as_str(),
        "\u{feff}{}",
        "\0\0\0",
        "- - - - - -",
        "!Ref",
        "&a [*a]",
    ] {
        check_both(text);
    }
}

/// Every template of the public corpus (../shared/corpus, absent in a fresh clone) is read without
/// panic and with valid spans.
#[test]
fn corpus_templates() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/templates");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: {} is not present", dir.display());
        return;
    };
    let mut stack: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    let mut checked = 0;
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(
                std::fs::read_dir(&path)
                    .unwrap()
                    .flatten()
                    .map(|e| e.path()),
            );
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let format =
            Format::from_path(&path.to_string_lossy()).unwrap_or_else(|| Format::detect(&text));
        let analysis = analyze(&text, format);
        assert_spans_valid(&text, &analysis.findings);
        // Fixing everything (unsafe fixes too) converges and never breaks the syntax.
        let syntax = |t: &str| {
            analyze(t, format)
                .findings
                .iter()
                .filter(|f| f.code == "SYNTAX")
                .count()
        };
        let fixed = cfn_fargate_core::fix::fix_all(
            &text,
            format,
            &cfn_fargate_core::Options::default(),
            true,
        );
        assert!(
            syntax(&fixed.text) <= syntax(&text),
            "{}: a fix broke the syntax",
            path.display()
        );
        assert!(
            fixed.converged || fixed.rejected,
            "{}: fixes did not converge",
            path.display()
        );
        checked += 1;
    }
    assert!(checked > 100, "read only {checked} corpus files");
}

/// The size table matches the catalog's size data, when the spec folder is present.
#[test]
fn size_table_matches_catalog_data() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/fargate-task-sizes.json");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is not present", path.display());
        return;
    };
    let data: serde_json::Value = serde_json::from_str(&text).unwrap();
    for (os_name, os) in [
        ("LINUX", cfn_fargate_core::sizes::Os::Linux),
        ("WINDOWS", cfn_fargate_core::sizes::Os::Windows),
    ] {
        let pairs = data["valid_pairs"][os_name].as_array().unwrap();
        let mut expected: Vec<(u32, u32)> = pairs
            .iter()
            .map(|p| {
                (
                    p["cpu"].as_u64().unwrap() as u32,
                    p["memory"].as_u64().unwrap() as u32,
                )
            })
            .collect();
        expected.sort();
        let mut ours: Vec<(u32, u32)> = cfn_fargate_core::sizes::TIERS
            .iter()
            .filter(|t| t.allows(os))
            .flat_map(|t| t.memories().into_iter().map(move |m| (t.cpu, m)))
            .collect();
        ours.sort();
        assert_eq!(
            ours, expected,
            "{os_name} pairs differ from the catalog data"
        );
    }
}
