//! `--format junit`: one test case per checked file; its findings at or above the failure
//! threshold make it fail.

use super::human_position;
use crate::check::CheckedFile;
use cfn_fargate_core::Severity;
use std::io::Write;

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot carry at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

pub(crate) fn write(
    out: &mut dyn Write,
    files: &[CheckedFile],
    fail_on: Severity,
) -> std::io::Result<()> {
    let failing = |f: &CheckedFile| f.findings.iter().filter(|x| x.severity >= fail_on).count();
    let failures = files.iter().filter(|f| failing(f) > 0).count();
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<testsuites name="cfn-fargate" tests="{}" failures="{failures}">"#,
        files.len()
    )?;
    writeln!(
        out,
        r#"  <testsuite name="cfn-fargate" tests="{}" failures="{failures}" errors="0">"#,
        files.len()
    )?;
    for file in files {
        let path = escape(&file.path);
        let n = failing(file);
        if n == 0 {
            writeln!(
                out,
                r#"    <testcase name="{path}" classname="cfn-fargate"/>"#
            )?;
            continue;
        }
        writeln!(
            out,
            r#"    <testcase name="{path}" classname="cfn-fargate">"#
        )?;
        let summary = format!(
            "{n} finding{} at or above {}",
            if n == 1 { "" } else { "s" },
            fail_on.as_str()
        );
        write!(
            out,
            r#"      <failure message="{}" type="cfn-fargate">"#,
            escape(&summary)
        )?;
        for f in file.findings.iter().filter(|x| x.severity >= fail_on) {
            let (line, col) = human_position(file, f.span.start);
            writeln!(
                out,
                "{}",
                escape(&format!(
                    "{}:{line}:{col}: {}[{}] {}",
                    file.path,
                    f.severity.as_str(),
                    f.code,
                    f.message
                ))
            )?;
        }
        writeln!(out, "</failure>")?;
        writeln!(out, "    </testcase>")?;
    }
    writeln!(out, "  </testsuite>")?;
    writeln!(out, "</testsuites>")
}
