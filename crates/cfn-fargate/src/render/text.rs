//! `--format text`: compiler-style findings with the source line and carets, and a summary.

use super::human_position;
use crate::check::{CheckedFile, Summary};
use cfn_fargate_core::Severity;
use std::io::Write;

struct Style {
    on: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn severity(&self, s: Severity) -> String {
        let code = match s {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;34",
            Severity::Hint => "1;36",
        };
        self.paint(code, s.as_str())
    }
}

pub(crate) fn write(
    out: &mut dyn Write,
    files: &[CheckedFile],
    summary: &Summary,
    color: bool,
) -> std::io::Result<()> {
    let style = Style { on: color };
    let mut counts = [0usize; 4];
    for file in files {
        for f in &file.findings {
            counts[f.severity as usize] += 1;
            let (line, col) = human_position(file, f.span.start);
            writeln!(
                out,
                "{}: {}{} {}",
                style.paint("1", &format!("{}:{line}:{col}", file.path)),
                style.severity(f.severity),
                style.paint("1", &format!("[{}]", f.code)),
                f.message
            )?;
            write_snippet(out, file, f.span.start, f.span.end, &style)?;
            for r in &f.related {
                let (rl, rc) = human_position(file, r.span.start);
                writeln!(
                    out,
                    "  {} {}:{rl}:{rc}: {}",
                    style.paint("1;34", "= note:"),
                    file.path,
                    r.message
                )?;
            }
            writeln!(out)?;
        }
    }
    let [hints, infos, warnings, errors] = counts;
    let total = errors + warnings + infos + hints;
    let files_word = |n: usize| if n == 1 { "template" } else { "templates" };
    let hidden = if summary.hidden > 0 {
        format!(" {} recorded in the baseline not shown.", summary.hidden)
    } else {
        String::new()
    };
    let skipped = if summary.skipped > 0 {
        format!(
            " ({} other file{} skipped: not CloudFormation templates)",
            summary.skipped,
            if summary.skipped == 1 { "" } else { "s" }
        )
    } else {
        String::new()
    };
    if total == 0 {
        writeln!(
            out,
            "No problems found in {} {}{skipped}.{hidden}",
            summary.checked,
            files_word(summary.checked)
        )?;
    } else {
        let mut parts = Vec::new();
        for (n, word) in [
            (errors, "error"),
            (warnings, "warning"),
            (infos, "info"),
            (hints, "hint"),
        ] {
            if n > 0 {
                parts.push(format!(
                    "{n} {word}{}",
                    if n == 1 || word == "info" { "" } else { "s" }
                ));
            }
        }
        writeln!(
            out,
            "Found {} in {} {}{skipped}.{hidden}",
            parts.join(", "),
            summary.checked,
            files_word(summary.checked)
        )?;
    }
    Ok(())
}

/// The line of `start` with carets under the span (to the end of that line when the span runs
/// over several lines). Tabs are kept in the caret line so the carets line up.
fn write_snippet(
    out: &mut dyn Write,
    file: &CheckedFile,
    start: usize,
    end: usize,
    style: &Style,
) -> std::io::Result<()> {
    let line = file.line_index.line_of(start);
    let Some(range) = file.line_index.line_range(&file.text, line) else {
        return Ok(());
    };
    let source = &file.text[range.clone()];
    let number = (line + 1).to_string();
    let gutter = " ".repeat(number.len());
    let start_in_line = start.saturating_sub(range.start).min(source.len());
    let end_in_line = end
        .saturating_sub(range.start)
        .clamp(start_in_line, source.len());
    let before = source.get(..start_in_line).unwrap_or("");
    let marked = source.get(start_in_line..end_in_line).unwrap_or("");
    let pad: String = before
        .chars()
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    let width = marked.chars().count().max(1);
    writeln!(out, "{}", style.paint("1;34", &format!("{gutter} |")))?;
    writeln!(
        out,
        "{} {}",
        style.paint("1;34", &format!("{number} |")),
        source
    )?;
    writeln!(
        out,
        "{} {pad}{}",
        style.paint("1;34", &format!("{gutter} |")),
        style.paint("1;31", &"^".repeat(width))
    )?;
    Ok(())
}
