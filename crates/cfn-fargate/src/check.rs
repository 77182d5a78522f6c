//! `cfn-fargate check`.

use crate::files::{self, Input};
use crate::render;
use crate::{CheckArgs, Io, OutputFormat, RuleArgs, TargetArg, baseline, config, exit, use_color};
use cfn_fargate_core::finding::SYNTAX_CODE;
use cfn_fargate_core::{Finding, Format, LineIndex, Options, Severity, Span, Target, analyze_with};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// One checked template: its text and findings, for the renderers.
pub(crate) struct CheckedFile {
    pub path: String,
    pub text: String,
    pub line_index: LineIndex,
    pub findings: Vec<Finding>,
}

pub(crate) struct Summary {
    pub checked: usize,
    pub skipped: usize,
    /// Findings hidden by `--baseline`.
    pub hidden: usize,
}

/// The options for one file: its configuration file (or `--config`), then the flags.
pub(crate) struct OptionsSource<'a> {
    args: &'a RuleArgs,
    explicit: Option<Options>,
    finder: config::Finder,
    loaded: HashMap<PathBuf, Options>,
}

impl<'a> OptionsSource<'a> {
    /// Check the flags and read `--config`; the error is the message for the user.
    pub(crate) fn new(args: &'a RuleArgs) -> Result<OptionsSource<'a>, String> {
        check_flag_codes(args)?;
        let explicit = match &args.config {
            Some(path) => Some(config::load(path).map_err(|e| e.0)?),
            None => None,
        };
        Ok(OptionsSource {
            args,
            explicit,
            finder: config::Finder::default(),
            loaded: HashMap::new(),
        })
    }

    pub(crate) fn for_file(&mut self, file: Option<&Path>) -> Result<Options, config::ConfigError> {
        let mut options = match &self.explicit {
            Some(o) => o.clone(),
            None => {
                let start = file.map_or_else(|| PathBuf::from("./-"), Path::to_path_buf);
                match self.finder.find(&start) {
                    Some(path) => match self.loaded.get(&path) {
                        Some(o) => o.clone(),
                        None => {
                            let o = config::load(&path)?;
                            self.loaded.insert(path, o.clone());
                            o
                        }
                    },
                    None => Options::default(),
                }
            }
        };
        if let Some(select) = &self.args.select {
            options.select = select.clone();
        }
        if let Some(ignore) = &self.args.ignore {
            options.ignore = ignore.clone();
        }
        if let Some(target) = self.args.target {
            options.target = match target {
                TargetArg::Auto => Target::Auto,
                TargetArg::Fargate => Target::Fargate,
            };
        }
        Ok(options)
    }
}

/// Codes named on the command line must exist.
pub(crate) fn check_flag_codes(args: &RuleArgs) -> Result<(), String> {
    let known = cfn_fargate_core::rules::all_codes;
    for (flag, list) in [("--select", &args.select), ("--ignore", &args.ignore)] {
        for code in list.iter().flatten() {
            if !cfn_fargate_core::options::is_known_pattern(code, known()) {
                return Err(format!(
                    "{flag} names `{code}`, which is no rule code or prefix; `cfn-fargate rules` lists them"
                ));
            }
        }
    }
    Ok(())
}

pub(crate) fn run(args: &CheckArgs, io: &mut Io<'_>) -> std::io::Result<i32> {
    let mut sources = match OptionsSource::new(&args.rules) {
        Ok(s) => s,
        Err(message) => {
            writeln!(io.stderr, "error: {message}")?;
            return Ok(exit::USAGE);
        }
    };
    let (inputs, path_errors) = files::expand(&args.paths);
    let mut unreadable = path_errors.len();
    for e in &path_errors {
        writeln!(
            io.stderr,
            "error: cannot read `{}`: {}",
            e.path.display(),
            e.reason
        )?;
    }
    let mut checked = Vec::new();
    let mut skipped = 0;
    for input in inputs {
        let options = match sources.for_file(match &input {
            Input::File(p) => Some(p.as_path()),
            Input::Stdin => None,
        }) {
            Ok(o) => o,
            Err(e) => {
                writeln!(io.stderr, "error: {}", e.0)?;
                return Ok(exit::USAGE);
            }
        };
        let (path, bytes, ext_format) = match input {
            Input::Stdin => {
                let mut bytes = Vec::new();
                if let Err(e) = io.stdin.read_to_end(&mut bytes) {
                    writeln!(
                        io.stderr,
                        "error: cannot read standard input: {}",
                        files::describe_io_error(&e)
                    )?;
                    unreadable += 1;
                    continue;
                }
                ("<stdin>".to_string(), bytes, None)
            }
            Input::File(path) => match std::fs::read(&path) {
                Ok(bytes) => {
                    let format = Format::from_path(&path.to_string_lossy());
                    (path.display().to_string(), bytes, format)
                }
                Err(e) => {
                    writeln!(
                        io.stderr,
                        "error: cannot read `{}`: {}",
                        path.display(),
                        files::describe_io_error(&e)
                    )?;
                    unreadable += 1;
                    continue;
                }
            },
        };
        match check_bytes(path, bytes, ext_format, &options) {
            Some(file) => checked.push(file),
            None => skipped += 1,
        }
    }
    if let Some(path) = &args.write_baseline {
        match baseline::write(path, &checked) {
            Ok(n) => writeln!(
                io.stderr,
                "Recorded {n} finding(s) in `{}`.",
                path.display()
            )?,
            Err(e) => {
                writeln!(io.stderr, "error: {e}")?;
                return Ok(exit::USAGE);
            }
        }
    }
    let mut hidden = 0;
    if let Some(path) = &args.baseline {
        match baseline::Baseline::load(path) {
            Ok(mut b) => hidden = b.filter(&mut checked),
            Err(e) => {
                writeln!(io.stderr, "error: {e}")?;
                return Ok(exit::USAGE);
            }
        }
    }
    let summary = Summary {
        checked: checked.len(),
        skipped,
        hidden,
    };
    match args.format {
        OutputFormat::Text => {
            let color = use_color(args.color, io.stdout_is_terminal);
            render::text::write(&mut io.stdout, &checked, &summary, color)?;
        }
        OutputFormat::Json => render::json::write(&mut io.stdout, &checked)?,
        OutputFormat::Sarif => render::sarif::write(&mut io.stdout, &checked)?,
        OutputFormat::Junit => {
            render::junit::write(&mut io.stdout, &checked, args.fail_on.severity())?
        }
        OutputFormat::Github => render::github::write(&mut io.stdout, &checked)?,
    }
    io.stdout.flush()?;
    let threshold = args.fail_on.severity();
    let failing = checked
        .iter()
        .any(|f| f.findings.iter().any(|x| x.severity >= threshold));
    Ok(if unreadable > 0 {
        exit::USAGE
    } else if failing && !args.exit_zero {
        exit::FINDINGS
    } else {
        exit::OK
    })
}

/// Check one file's bytes. `None` when it is not a CloudFormation template.
pub(crate) fn check_bytes(
    path: String,
    bytes: Vec<u8>,
    ext_format: Option<Format>,
    options: &Options,
) -> Option<CheckedFile> {
    let (text, utf8_error) = match String::from_utf8(bytes) {
        Ok(text) => (text, None),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let bad = e.as_bytes()[at];
            // Keep the valid prefix exactly (so positions stay right) and stop there.
            let text = String::from_utf8_lossy(&e.as_bytes()[..at]).into_owned();
            (text, Some((at, bad)))
        }
    };
    if let Some((at, bad)) = utf8_error {
        let line_index = LineIndex::new(&text);
        let finding = Finding {
            code: SYNTAX_CODE,
            name: "syntax-error",
            severity: Severity::Error,
            message: format!(
                "the file is not valid UTF-8 (byte 0x{bad:02x}); CloudFormation templates must be UTF-8"
            ),
            span: Span::at(at),
            resource: None,
            related: Vec::new(),
            fix: None,
        };
        return Some(CheckedFile {
            path,
            text,
            line_index,
            findings: vec![finding],
        });
    }
    // A byte order mark is not part of the document; blank it so offsets stay the same.
    let analysis_text;
    let source = if let Some(rest) = text.strip_prefix('\u{feff}') {
        analysis_text = format!("   {rest}");
        &analysis_text
    } else {
        &text
    };
    let format = ext_format.unwrap_or_else(|| Format::detect(source));
    let analysis = analyze_with(source, format, options);
    if !analysis.is_template {
        return None;
    }
    let line_index = LineIndex::new(&text);
    Some(CheckedFile {
        path,
        text,
        line_index,
        findings: analysis.findings,
    })
}
