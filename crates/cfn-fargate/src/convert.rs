//! `cfn-fargate convert`.

use crate::files;
use crate::{ConvertArgs, Io, exit};
use cfn_fargate_core::convert::{Outcome, convert};
use cfn_fargate_core::finding::SYNTAX_CODE;
use cfn_fargate_core::{Format, analyze};
use std::io::{Read, Write};

pub(crate) fn run(args: &ConvertArgs, io: &mut Io<'_>) -> std::io::Result<i32> {
    let stdin = args.path.as_os_str() == "-";
    let name = if stdin {
        "<stdin>".to_string()
    } else {
        args.path.display().to_string()
    };
    let bytes = if stdin {
        let mut b = Vec::new();
        io.stdin.read_to_end(&mut b).map(|_| b)
    } else {
        std::fs::read(&args.path)
    };
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => {
            writeln!(
                io.stderr,
                "error: cannot read `{name}`: {}",
                files::describe_io_error(&e)
            )?;
            return Ok(exit::USAGE);
        }
    };
    let Ok(text) = String::from_utf8(bytes) else {
        writeln!(
            io.stderr,
            "error: `{name}` is not valid UTF-8; nothing was converted"
        )?;
        return Ok(exit::USAGE);
    };
    let (bom, body) = match text.strip_prefix('\u{feff}') {
        Some(rest) => ("\u{feff}", rest),
        None => ("", text.as_str()),
    };
    let format = if stdin {
        Format::detect(body)
    } else {
        Format::from_path(&args.path.to_string_lossy()).unwrap_or_else(|| Format::detect(body))
    };
    let analysis = analyze(body, format);
    if !analysis.is_template {
        writeln!(
            io.stderr,
            "error: `{name}` is not a CloudFormation template; nothing was converted"
        )?;
        return Ok(exit::USAGE);
    }
    if let Some(e) = analysis.findings.iter().find(|f| f.code == SYNTAX_CODE) {
        let index = cfn_fargate_core::LineIndex::new(body);
        let pos = index.position(body, e.span.start, cfn_fargate_core::Encoding::Utf32);
        writeln!(
            io.stderr,
            "error: `{name}` does not parse ({}:{}:{}: {}); nothing was converted",
            name,
            pos.line + 1,
            pos.col + 1,
            e.message
        )?;
        return Ok(exit::USAGE);
    }
    let conversion = convert(body, format, &args.services);
    let converted = format!("{bom}{}", conversion.text);
    for s in &conversion.services {
        match &s.outcome {
            Outcome::Converted => {
                writeln!(io.stderr, "{name}: converted {}", s.service)?;
                for c in &s.changes {
                    writeln!(io.stderr, "  - {c}")?;
                }
                for r in &s.remaining {
                    writeln!(io.stderr, "  ! still an error: {r}")?;
                }
            }
            Outcome::Blocked(reasons) => {
                writeln!(
                    io.stderr,
                    "{name}: {} not converted: it cannot run on Fargate as it is:",
                    s.service
                )?;
                for r in reasons {
                    writeln!(io.stderr, "  - {r}")?;
                }
            }
            Outcome::NotFound => {
                writeln!(
                    io.stderr,
                    "{name}: {} is not an AWS::ECS::Service of this template",
                    s.service
                )?;
            }
        }
    }
    if conversion.services.is_empty() {
        writeln!(io.stderr, "{name}: no ECS service to convert")?;
    }
    let complete = conversion.is_complete();
    if args.diff {
        if converted != text {
            let diff = similar::TextDiff::from_lines(&text, &converted);
            write!(
                io.stdout,
                "{}",
                diff.unified_diff().context_radius(3).header(&name, &name)
            )?;
        }
    } else if args.write {
        if !complete {
            writeln!(
                io.stderr,
                "{name}: not written, because the conversion is not complete"
            )?;
        } else if converted != text {
            if stdin {
                write!(io.stdout, "{converted}")?;
            } else if let Err(e) = files::write_atomically(&args.path, converted.as_bytes()) {
                writeln!(
                    io.stderr,
                    "error: cannot write `{name}`: {}",
                    files::describe_io_error(&e)
                )?;
                return Ok(exit::USAGE);
            } else {
                writeln!(io.stderr, "{name}: written")?;
            }
        }
    } else {
        write!(io.stdout, "{converted}")?;
    }
    Ok(if complete { exit::OK } else { exit::FINDINGS })
}
