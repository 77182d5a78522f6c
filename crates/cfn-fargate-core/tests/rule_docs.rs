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

/// Every entry of the catalog (../shared/data/fargate-catalog.json, when present) is a rule or is
/// listed as documentation-only with a reason, never both.
#[test]
fn every_catalog_entry_is_accounted_for() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/fargate-catalog.json");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is not present", path.display());
        return;
    };
    let catalog: serde_json::Value = serde_json::from_str(&text).unwrap();
    let entries = catalog["entries"]
        .as_array()
        .or_else(|| catalog.as_array())
        .expect("a list of entries");
    let ids: Vec<&str> = entries.iter().filter_map(|e| e["id"].as_str()).collect();
    assert_eq!(ids.len(), 112, "catalog entries");
    let mut missing = Vec::new();
    for id in &ids {
        let rule = rules::by_code(id).is_some();
        let doc = rules::DOCUMENTATION_ONLY.iter().any(|(c, _)| c == id);
        assert!(!(rule && doc), "{id} is both a rule and documentation-only");
        if !rule && !doc {
            missing.push(*id);
        }
    }
    assert!(
        missing.is_empty(),
        "catalog entries neither implemented nor documented: {missing:?}"
    );
    for (code, reason) in rules::DOCUMENTATION_ONLY {
        assert!(ids.contains(code), "{code} is not a catalog entry");
        assert!(reason.len() > 20, "{code} needs a reason");
    }
}
