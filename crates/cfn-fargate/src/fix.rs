//! `cfn-fargate fix`: apply fixes until nothing changes.

use crate::check::OptionsSource;
use crate::files::{self, Input};
use crate::{FixArgs, Io, exit};
use cfn_fargate_core::finding::SYNTAX_CODE;
use cfn_fargate_core::fix::fix_all;
use cfn_fargate_core::{Applicability, Format, Severity, analyze_with};
use std::io::{Read, Write};

pub(crate) fn run(args: &FixArgs, io: &mut Io<'_>) -> std::io::Result<i32> {
    let mut sources = match OptionsSource::new(&args.rules) {
        Ok(s) => s,
        Err(message) => {
            writeln!(io.stderr, "error: {message}")?;
            return Ok(exit::USAGE);
        }
    };
    let (inputs, path_errors) = files::expand(&args.paths);
    let mut usage_error = !path_errors.is_empty();
    for e in &path_errors {
        writeln!(
            io.stderr,
            "error: cannot read `{}`: {}",
            e.path.display(),
            e.reason
        )?;
    }
    let printing = !args.write && !args.diff;
    if printing && inputs.len() > 1 {
        writeln!(
            io.stderr,
            "error: {} templates given; use --write to fix them in place or --diff to see the changes",
            inputs.len()
        )?;
        return Ok(exit::USAGE);
    }
    let mut errors_left = false;
    for input in inputs {
        let (name, bytes, path) = match &input {
            Input::Stdin => {
                let mut bytes = Vec::new();
                io.stdin.read_to_end(&mut bytes)?;
                ("<stdin>".to_string(), bytes, None)
            }
            Input::File(p) => match std::fs::read(p) {
                Ok(b) => (p.display().to_string(), b, Some(p.clone())),
                Err(e) => {
                    writeln!(
                        io.stderr,
                        "error: cannot read `{}`: {}",
                        p.display(),
                        files::describe_io_error(&e)
                    )?;
                    usage_error = true;
                    continue;
                }
            },
        };
        let options = match sources.for_file(path.as_deref()) {
            Ok(o) => o,
            Err(e) => {
                writeln!(io.stderr, "error: {}", e.0)?;
                return Ok(exit::USAGE);
            }
        };
        let Ok(text) = String::from_utf8(bytes) else {
            writeln!(
                io.stderr,
                "error: `{name}` is not valid UTF-8; `cfn-fargate check` shows where"
            )?;
            usage_error = true;
            continue;
        };
        let (bom, body) = match text.strip_prefix('\u{feff}') {
            Some(rest) => ("\u{feff}", rest),
            None => ("", text.as_str()),
        };
        let format = path
            .as_deref()
            .and_then(|p| Format::from_path(&p.to_string_lossy()))
            .unwrap_or_else(|| Format::detect(body));
        let before = analyze_with(body, format, &options);
        if !before.is_template {
            if printing {
                write!(io.stdout, "{text}")?;
            }
            continue;
        }
        if before.findings.iter().any(|f| f.code == SYNTAX_CODE) {
            writeln!(
                io.stderr,
                "{name}: not fixed: the template has syntax errors; `cfn-fargate check {name}` shows them"
            )?;
            errors_left = true;
            if printing {
                write!(io.stdout, "{text}")?;
            }
            continue;
        }
        let outcome = fix_all(body, format, &options, args.include_unsafe);
        let after = analyze_with(&outcome.text, format, &options);
        let fixed = format!("{bom}{}", outcome.text);
        if printing {
            write!(io.stdout, "{fixed}")?;
        } else if args.diff {
            if fixed != text {
                let diff = similar::TextDiff::from_lines(&text, &fixed);
                write!(
                    io.stdout,
                    "{}",
                    diff.unified_diff().context_radius(3).header(&name, &name)
                )?;
            }
        } else if fixed != text {
            match &path {
                Some(p) => {
                    if let Err(e) = files::write_atomically(p, fixed.as_bytes()) {
                        writeln!(
                            io.stderr,
                            "error: cannot write `{name}`: {}",
                            files::describe_io_error(&e)
                        )?;
                        usage_error = true;
                        continue;
                    }
                }
                None => write!(io.stdout, "{fixed}")?,
            }
        }
        // What was done and what is left, on stderr.
        for a in &outcome.applied {
            let resource = a
                .resource
                .as_deref()
                .map_or(String::new(), |r| format!(" in {r}"));
            writeln!(io.stderr, "{name}: fixed {}{resource}: {}", a.code, a.title)?;
        }
        let remaining_errors = after
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        let unsafe_left = after
            .findings
            .iter()
            .filter(|f| {
                f.fix
                    .as_ref()
                    .is_some_and(|x| x.applicability == Applicability::Unsafe)
            })
            .count();
        let mut summary = format!(
            "{name}: {} fix{} applied, {} finding{} left ({remaining_errors} error{})",
            outcome.applied.len(),
            if outcome.applied.len() == 1 { "" } else { "es" },
            after.findings.len(),
            if after.findings.len() == 1 { "" } else { "s" },
            if remaining_errors == 1 { "" } else { "s" },
        );
        if unsafe_left > 0 && !args.include_unsafe {
            summary.push_str(&format!("; {unsafe_left} more with --unsafe"));
        }
        if outcome.rejected {
            summary.push_str("; some fixes were not applied because they would break the template");
        }
        writeln!(io.stderr, "{summary}")?;
        errors_left |= remaining_errors > 0;
    }
    Ok(if usage_error {
        exit::USAGE
    } else if errors_left {
        exit::FINDINGS
    } else {
        exit::OK
    })
}
