//! `--format github`: GitHub Actions workflow commands, shown as annotations on the diff.

use super::human_range;
use crate::check::CheckedFile;
use cfn_fargate_core::Severity;
use std::io::Write;

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub(crate) fn write(out: &mut dyn Write, files: &[CheckedFile]) -> std::io::Result<()> {
    for file in files {
        for f in &file.findings {
            let command = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info | Severity::Hint => "notice",
            };
            let ((sl, sc), (el, ec)) = human_range(file, f.span);
            writeln!(
                out,
                "::{command} file={},line={sl},col={sc},endLine={el},endColumn={ec},title={}::{}",
                escape_property(&file.path),
                escape_property(&format!("cfn-fargate {}", f.code)),
                escape_data(&f.message)
            )?;
        }
    }
    Ok(())
}
