//! Shared helpers for the core's integration tests.
#![allow(dead_code)]

use cfn_fargate_core::{Encoding, Finding, Format, LineIndex, analyze};
use std::fmt::Write;
use std::path::Path;

pub fn format_of(path: &Path) -> Format {
    match path.extension().and_then(|e| e.to_str()) {
        Some("json") => Format::Json,
        _ => Format::Yaml,
    }
}

/// Findings rendered for snapshots: position, code, severity, the spanned text, message,
/// related notes and fix.
pub fn render(text: &str, findings: &[Finding]) -> String {
    let index = LineIndex::new(text);
    let mut out = String::new();
    for f in findings {
        let start = index.position(text, f.span.start, Encoding::Utf32);
        let end = index.position(text, f.span.end, Encoding::Utf32);
        let spanned = &text[f.span.start..f.span.end];
        let spanned: String = spanned.chars().take(60).collect();
        let _ = writeln!(
            out,
            "{}:{}-{}:{} {}[{}] {:?} {}",
            start.line + 1,
            start.col + 1,
            end.line + 1,
            end.col + 1,
            f.severity.as_str(),
            f.code,
            spanned,
            f.resource.as_deref().unwrap_or("-"),
        );
        let _ = writeln!(out, "  message: {}", f.message);
        for r in &f.related {
            let p = index.position(text, r.span.start, Encoding::Utf32);
            let _ = writeln!(out, "  related {}:{}: {}", p.line + 1, p.col + 1, r.message);
        }
        match &f.fix {
            None => {
                let _ = writeln!(out, "  fix: none");
            }
            Some(fix) => {
                let _ = writeln!(out, "  fix ({}): {}", fix.applicability.as_str(), fix.title);
                for e in &fix.edits {
                    let _ = writeln!(
                        out,
                        "    replace {:?} with {:?}",
                        &text[e.span.start..e.span.end],
                        e.new_text
                    );
                }
            }
        }
    }
    if out.is_empty() {
        out.push_str("(no findings)\n");
    }
    out
}

pub fn check_file(path: &Path) -> (String, Vec<Finding>) {
    let text = std::fs::read_to_string(path).unwrap();
    let analysis = analyze(&text, format_of(path));
    assert!(
        analysis.is_template,
        "{} is not recognised as a template",
        path.display()
    );
    (text, analysis.findings)
}

/// Every span lies inside the text and on character boundaries.
pub fn assert_spans_valid(text: &str, findings: &[Finding]) {
    for f in findings {
        let spans = std::iter::once(f.span).chain(f.related.iter().map(|r| r.span));
        for s in spans {
            assert!(
                s.start <= s.end && s.end <= text.len(),
                "span {s:?} out of range in {f:?}"
            );
            assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                "span {s:?} splits a character"
            );
        }
    }
}
