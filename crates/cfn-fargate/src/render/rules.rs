//! `cfn-fargate rules` and `cfn-fargate explain`.

use cfn_fargate_core::rule::RuleMeta;
use cfn_fargate_core::rules;
use std::io::Write;

pub(crate) fn table(out: &mut dyn Write) -> std::io::Result<()> {
    let header = ["CODE", "NAME", "SEVERITY", "FIX", "CFN-LINT"];
    let rows: Vec<[String; 5]> = rules::all()
        .iter()
        .map(|r| {
            let m = r.meta();
            [
                m.code.to_string(),
                m.name.to_string(),
                m.severity.as_str().to_string(),
                m.fix.as_str().to_string(),
                if m.cfn_lint.is_empty() {
                    "-".to_string()
                } else {
                    m.cfn_lint.join(", ")
                },
            ]
        })
        .collect();
    let mut widths = header.map(str::len);
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.len());
        }
    }
    let line = |cells: [&str; 5]| {
        cells
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    writeln!(out, "{}", line(header))?;
    for row in &rows {
        writeln!(
            out,
            "{}",
            line([&row[0], &row[1], &row[2], &row[3], &row[4]])
        )?;
    }
    Ok(())
}

pub(crate) fn explain(meta: &RuleMeta, out: &mut dyn Write) -> std::io::Result<()> {
    write!(out, "{}", meta.markdown())
}
