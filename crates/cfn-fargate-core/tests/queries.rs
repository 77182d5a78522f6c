//! The tree-sitter queries in grammars/ compile against their grammars and find what they name
//! in the example templates (the queries Neovim uses for highlighting, and editors may reuse).

use std::collections::BTreeMap;
use std::path::Path;
use tree_sitter::{Language, Parser, Query, QueryCursor, StreamingIterator};

fn captures(language: Language, query_file: &str, template: &str) -> BTreeMap<String, Vec<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let source = std::fs::read_to_string(root.join(query_file)).unwrap();
    let query = Query::new(&language, &source).unwrap_or_else(|e| panic!("{query_file}: {e}"));
    let text = std::fs::read_to_string(root.join(template)).unwrap();
    let mut parser = Parser::new();
    parser.set_language(&language).unwrap();
    let tree = parser.parse(&text, None).unwrap();
    let mut cursor = QueryCursor::new();
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut matches = cursor.matches(&query, tree.root_node(), text.as_bytes());
    while let Some(m) = matches.next() {
        for c in m.captures() {
            let name = query.capture_names()[c.index as usize];
            if name.starts_with('_') {
                continue;
            }
            out.entry(name.to_string())
                .or_default()
                .push(text[c.node.byte_range()].to_string());
        }
    }
    out
}

fn check(found: &BTreeMap<String, Vec<String>>) {
    let has = |capture: &str, text: &str| {
        found
            .get(capture)
            .is_some_and(|v| v.iter().any(|t| t == text))
    };
    assert!(has("cfn.reference", "OrdersTaskDefinition"), "{found:#?}");
    assert!(
        has("cfn.fargate-key", "LaunchType") && has("cfn.fargate-key", "HostPort"),
        "{found:#?}"
    );
    assert!(
        found.get("cfn.intrinsic").is_some_and(|v| v.len() > 5),
        "{found:#?}"
    );
}

#[test]
fn json_queries_find_intrinsics_references_and_fargate_keys() {
    let found = captures(
        tree_sitter_json::LANGUAGE.into(),
        "grammars/json/cloudformation.scm",
        "examples/story-service.json",
    );
    check(&found);
    assert!(
        found["cfn.intrinsic"]
            .iter()
            .any(|t| t == "Fn::GetAtt" || t == "Fn::Sub")
    );
}

#[test]
fn yaml_queries_find_intrinsics_references_and_fargate_keys() {
    let found = captures(
        tree_sitter_yaml::LANGUAGE.into(),
        "grammars/yaml/cloudformation.scm",
        "examples/story-service.yaml",
    );
    check(&found);
    assert!(found["cfn.intrinsic"].iter().any(|t| t == "!Sub"));
}
