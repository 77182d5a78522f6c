//! `--format json`: one JSON array of findings.

use super::human_range;
use crate::check::CheckedFile;
use serde_json::{Value, json};
use std::io::Write;

pub(crate) fn write(out: &mut dyn Write, files: &[CheckedFile]) -> std::io::Result<()> {
    let mut all = Vec::new();
    for file in files {
        for f in &file.findings {
            let range = |span| {
                let ((sl, sc), (el, ec)) = human_range(file, span);
                json!({"start": {"line": sl, "column": sc}, "end": {"line": el, "column": ec}})
            };
            let fix = match &f.fix {
                None => Value::Null,
                Some(fix) => json!({
                    "title": fix.title,
                    "applicability": fix.applicability.as_str(),
                    "edits": fix.edits.iter().map(|e| json!({"range": range(e.span), "new_text": e.new_text})).collect::<Vec<_>>(),
                }),
            };
            all.push(json!({
                "path": file.path,
                "code": f.code,
                "name": f.name,
                "severity": f.severity.as_str(),
                "message": f.message,
                "resource": f.resource,
                "range": range(f.span),
                "fix": fix,
            }));
        }
    }
    serde_json::to_writer_pretty(&mut *out, &all)?;
    writeln!(out)
}
