//! `--format sarif`: SARIF 2.1.0, with the rules, help links and fixes.

use super::human_range;
use crate::check::CheckedFile;
use cfn_fargate_core::finding::SYNTAX_CODE;
use cfn_fargate_core::{Severity, rules};
use serde_json::{Value, json};
use std::io::Write;

/// Where a rule's documentation is published.
pub(crate) fn help_uri(code: &str) -> String {
    format!(
        "{}/blob/main/docs/rules/{code}.md",
        env!("CARGO_PKG_REPOSITORY")
    )
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info | Severity::Hint => "note",
    }
}

fn region(file: &CheckedFile, span: cfn_fargate_core::Span) -> Value {
    let ((sl, sc), (el, ec)) = human_range(file, span);
    json!({"startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec})
}

/// A file path as a relative URI reference (forward slashes, spaces and `%` escaped).
fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut out = String::new();
    for c in path.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '%' => out.push_str("%25"),
            '#' => out.push_str("%23"),
            '?' => out.push_str("%3F"),
            c => out.push(c),
        }
    }
    out
}

pub(crate) fn write(out: &mut dyn Write, files: &[CheckedFile]) -> std::io::Result<()> {
    let mut rule_ids: Vec<&str> = rules::all().iter().map(|r| r.meta().code).collect();
    rule_ids.push(SYNTAX_CODE);
    let mut rule_defs: Vec<Value> = rules::all()
        .iter()
        .map(|r| {
            let m = r.meta();
            json!({
                "id": m.code,
                "name": m.name,
                "shortDescription": {"text": m.summary()},
                "fullDescription": {"text": m.docs.lines().map(|l| l.strip_prefix(' ').unwrap_or(l)).collect::<Vec<_>>().join("\n")},
                "helpUri": help_uri(m.code),
                "defaultConfiguration": {"level": level(m.severity)},
            })
        })
        .collect();
    rule_defs.push(json!({
        "id": SYNTAX_CODE,
        "name": "syntax-error",
        "shortDescription": {"text": "The template is not valid JSON or YAML."},
        "defaultConfiguration": {"level": "error"},
    }));
    let mut results = Vec::new();
    for file in files {
        let location = |span| {
            json!({"physicalLocation": {
                "artifactLocation": {"uri": uri(&file.path)},
                "region": region(file, span),
            }})
        };
        for f in &file.findings {
            let mut result = json!({
                "ruleId": f.code,
                "ruleIndex": rule_ids.iter().position(|c| *c == f.code).unwrap_or(0),
                "level": level(f.severity),
                "message": {"text": f.message},
                "locations": [location(f.span)],
            });
            if !f.related.is_empty() {
                result["relatedLocations"] = f
                    .related
                    .iter()
                    .enumerate()
                    .map(|(i, r)| {
                        let mut l = location(r.span);
                        l["id"] = json!(i);
                        l["message"] = json!({"text": r.message});
                        l
                    })
                    .collect();
            }
            if let Some(fix) = &f.fix {
                result["fixes"] = json!([{
                    "description": {"text": format!("{} ({})", fix.title, fix.applicability.as_str())},
                    "artifactChanges": [{
                        "artifactLocation": {"uri": uri(&file.path)},
                        "replacements": fix.edits.iter().map(|e| json!({
                            "deletedRegion": region(file, e.span),
                            "insertedContent": {"text": e.new_text},
                        })).collect::<Vec<_>>(),
                    }],
                }]);
            }
            results.push(result);
        }
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "cfn-fargate",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": env!("CARGO_PKG_REPOSITORY"),
                "rules": rule_defs,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}
