//! `--baseline FILE` and `--write-baseline FILE`: accept the findings a project already has, and
//! see only new ones.
//!
//! A finding is recorded by its file, code, resource and a fingerprint of its message and the text
//! it points at, never by line or column, so edits elsewhere in the file do not break the match.
//! Identical findings are counted, so a second copy of a recorded finding still shows.

use crate::check::CheckedFile;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

type Key = (String, String, Option<String>, String);

/// A file path as recorded: relative to the baseline's directory when it lies below it.
fn recorded_path(baseline: &Path, file: &str) -> String {
    let base = std::path::absolute(baseline)
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf))
        .unwrap_or_default();
    let file_abs = std::path::absolute(file).unwrap_or_else(|_| PathBuf::from(file));
    file_abs
        .strip_prefix(&base)
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .unwrap_or_else(|_| file.replace('\\', "/"))
}

/// FNV-1a, 64 bits: stable across runs and platforms.
fn fingerprint(parts: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain([0]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

fn keys(baseline: &Path, file: &CheckedFile) -> Vec<Key> {
    let path = recorded_path(baseline, &file.path);
    file.findings
        .iter()
        .map(|f| {
            let spanned = file.text.get(f.span.start..f.span.end).unwrap_or("").trim();
            (
                path.clone(),
                f.code.to_string(),
                f.resource.clone(),
                fingerprint(&[f.code, &f.message, spanned]),
            )
        })
        .collect()
}

pub(crate) fn write(path: &Path, files: &[CheckedFile]) -> Result<usize, String> {
    let mut entries = Vec::new();
    for file in files {
        for (p, code, resource, fp) in keys(path, file) {
            entries.push(json!({"path": p, "code": code, "resource": resource, "fingerprint": fp}));
        }
    }
    let count = entries.len();
    let doc = json!({"version": 1, "tool": "cfn-fargate", "findings": entries});
    let text = serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())? + "\n";
    crate::files::write_atomically(path, text.as_bytes()).map_err(|e| {
        format!(
            "cannot write `{}`: {}",
            path.display(),
            crate::files::describe_io_error(&e)
        )
    })?;
    Ok(count)
}

pub(crate) struct Baseline {
    path: PathBuf,
    counts: HashMap<Key, usize>,
}

impl Baseline {
    pub(crate) fn load(path: &Path) -> Result<Baseline, String> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            format!(
                "cannot read `{}`: {}",
                path.display(),
                crate::files::describe_io_error(&e)
            )
        })?;
        let doc: Value = serde_json::from_str(&text).map_err(|e| {
            format!(
                "`{}`:{}:{}: not a baseline: {e}",
                path.display(),
                e.line(),
                e.column()
            )
        })?;
        let Some(items) = doc.get("findings").and_then(Value::as_array) else {
            return Err(format!(
                "`{}` is not a cfn-fargate baseline (no `findings`)",
                path.display()
            ));
        };
        let mut counts = HashMap::new();
        for item in items {
            let s = |k: &str| item.get(k).and_then(Value::as_str).map(str::to_string);
            let (Some(p), Some(code), Some(fp)) = (s("path"), s("code"), s("fingerprint")) else {
                return Err(format!(
                    "`{}`: an entry lacks path, code or fingerprint",
                    path.display()
                ));
            };
            *counts.entry((p, code, s("resource"), fp)).or_insert(0) += 1;
        }
        Ok(Baseline {
            path: path.to_path_buf(),
            counts,
        })
    }

    /// Remove the recorded findings; returns how many were hidden.
    pub(crate) fn filter(&mut self, files: &mut [CheckedFile]) -> usize {
        let mut hidden = 0;
        for file in files.iter_mut() {
            let keys = keys(&self.path, file);
            let mut keep = Vec::with_capacity(file.findings.len());
            for (finding, key) in std::mem::take(&mut file.findings).into_iter().zip(keys) {
                match self.counts.get_mut(&key) {
                    Some(n) if *n > 0 => {
                        *n -= 1;
                        hidden += 1;
                    }
                    _ => keep.push(finding),
                }
            }
            file.findings = keep;
        }
        hidden
    }
}
