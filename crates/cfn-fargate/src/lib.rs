//! The cfn-fargate command line: `check`, `rules`, `explain`.
//!
//! Everything runs through [`run`], which takes the arguments and the standard streams, so the
//! tests drive the same code path as the binary.

mod baseline;
mod check;
mod config;
mod convert;
mod files;
mod fix;
mod render;

use clap::{Parser, Subcommand, ValueEnum};
use std::ffi::OsString;
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;

/// Exit codes: the documented contract.
pub mod exit {
    /// No finding of severity error.
    pub const OK: i32 = 0;
    /// At least one error-level finding (syntax errors count).
    pub const FINDINGS: i32 = 1;
    /// Bad usage, or a path that cannot be read.
    pub const USAGE: i32 = 2;
}

/// The standard streams, replaceable in tests.
pub struct Io<'a> {
    pub stdin: Box<dyn Read + 'a>,
    pub stdout: Box<dyn Write + 'a>,
    pub stderr: Box<dyn Write + 'a>,
    /// Whether stdout is a terminal (colour is used only then).
    pub stdout_is_terminal: bool,
}

impl Io<'static> {
    pub fn std() -> Io<'static> {
        Io {
            stdin: Box::new(std::io::stdin()),
            // Not locked: `cfn-fargate lsp` writes to stdout from its own threads.
            stdout: Box::new(std::io::BufWriter::new(std::io::stdout())),
            stderr: Box::new(std::io::stderr()),
            stdout_is_terminal: std::io::stdout().is_terminal(),
        }
    }
}

#[derive(Parser)]
#[command(
    name = "cfn-fargate",
    version,
    about = "Find every reason an ECS service in a CloudFormation template will not run on AWS Fargate."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check templates and report what stops their ECS resources from running on Fargate.
    ///
    /// Exit status: 0 when no finding is an error, 1 when one is (syntax errors count), 2 on
    /// bad usage or a path that cannot be read.
    Check(CheckArgs),
    /// Apply the fixes of the findings (safe ones; unsafe ones with --unsafe) until nothing
    /// changes. Prints the fixed template, a diff (--diff), or writes it in place (--write).
    ///
    /// Exit status: 0 when no error-level finding remains, 1 when one does, 2 on bad usage or a
    /// path that cannot be read or written.
    Fix(FixArgs),
    /// Convert ECS services to Fargate: the services, their task definitions and target groups,
    /// keeping the template's formatting. Prints the converted template, a diff (--diff), or
    /// writes it in place (--write); what changed and why goes to standard error.
    ///
    /// Exit status: 0 when every requested service was converted and nothing it touched still
    /// has an error, 1 when a service is blocked or an error remains (then --write writes
    /// nothing), 2 when the template cannot be read or parsed.
    Convert(ConvertArgs),
    /// Print a new template.
    #[command(subcommand)]
    New(NewCommand),
    /// Serve the Language Server Protocol over standard input and output.
    Lsp {
        /// Accepted for clients that pass it; standard input and output is the only transport.
        #[arg(long)]
        stdio: bool,
    },
    /// List the rules: code, name, severity, fix, cfn-lint equivalent.
    Rules,
    /// Show the documentation of a rule.
    Explain {
        /// A rule code, such as TD-02.
        code: String,
    },
}

#[derive(clap::Args)]
pub(crate) struct CheckArgs {
    /// Files or directories (searched recursively for *.json, *.yaml, *.yml and *.template);
    /// `-` reads one template from standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
    /// When to use colour in text output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    #[command(flatten)]
    rules: RuleArgs,
    /// Hide the findings recorded in this file (written by --write-baseline).
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Record the current findings in this file, so that later runs with --baseline show only new
    /// ones.
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    /// Exit 0 even when there are findings (unreadable paths still exit 2).
    #[arg(long)]
    exit_zero: bool,
    /// The lowest severity that makes the exit status 1 (and a JUnit test case fail).
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum TargetArg {
    /// Only what is Fargate-bound (the default).
    Auto,
    /// Every ECS service and task definition.
    Fargate,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FailOn {
    Error,
    Warning,
    Info,
    Hint,
}

impl FailOn {
    pub(crate) fn severity(self) -> cfn_fargate_core::Severity {
        use cfn_fargate_core::Severity;
        match self {
            FailOn::Error => Severity::Error,
            FailOn::Warning => Severity::Warning,
            FailOn::Info => Severity::Info,
            FailOn::Hint => Severity::Hint,
        }
    }
}

#[derive(clap::Args)]
pub(crate) struct FixArgs {
    /// Templates or directories; `-` reads one template from standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Also apply unsafe fixes (they change cost or replace resources).
    #[arg(long = "unsafe")]
    include_unsafe: bool,
    /// Write the fixed templates in place (through a temporary file and a rename).
    #[arg(long, conflicts_with = "diff")]
    write: bool,
    /// Print a unified diff instead of the fixed template.
    #[arg(long)]
    diff: bool,
    #[command(flatten)]
    rules: RuleArgs,
}

#[derive(Subcommand)]
enum NewCommand {
    /// A complete Fargate service: task definition, execution and task roles, log group, task
    /// security group, target group and listener rule on an existing load balancer, and an
    /// optional cluster.
    Service {
        /// The service's name (letters, digits, `-`, `_`).
        name: String,
        /// The template's syntax.
        #[arg(long, value_enum, default_value_t = SyntaxArg::Yaml)]
        format: SyntaxArg,
        /// Task CPU units.
        #[arg(long, default_value_t = 256)]
        cpu: u32,
        /// Task memory in MiB.
        #[arg(long, default_value_t = 512)]
        memory: u32,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum SyntaxArg {
    Yaml,
    Json,
}

#[derive(clap::Args)]
pub(crate) struct ConvertArgs {
    /// The template to convert, or `-` for standard input.
    path: PathBuf,
    /// The logical ID of a service to convert (repeatable); default: every ECS service.
    #[arg(long = "service", value_name = "ID")]
    services: Vec<String>,
    /// Write the converted template in place (through a temporary file and a rename).
    #[arg(long, conflicts_with = "diff")]
    write: bool,
    /// Print a unified diff instead of the converted template.
    #[arg(long)]
    diff: bool,
}

/// Which rules run and how: shared by `check` and `fix`.
#[derive(clap::Args)]
pub(crate) struct RuleArgs {
    /// Configuration file to use instead of the nearest cfn-fargate.toml above each template.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Rule codes or prefixes to run (comma-separated); replaces `select` of the configuration.
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    select: Option<Vec<String>>,
    /// Rule codes or prefixes not to run (comma-separated); replaces `ignore` of the configuration.
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    ignore: Option<Vec<String>>,
    /// `fargate` checks every ECS service and task definition as if it ran on Fargate.
    #[arg(long, value_enum)]
    target: Option<TargetArg>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum OutputFormat {
    /// Compiler-style lines with the source line and carets.
    Text,
    /// One JSON array of findings.
    Json,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// JUnit XML: one test case per template.
    Junit,
    /// GitHub Actions annotations.
    Github,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Run the command line with `args` (the first is the program name); returns the exit code.
pub fn run(args: Vec<OsString>, io: &mut Io<'_>) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                exit::USAGE
            } else {
                exit::OK
            };
            let rendered = if io.stdout_is_terminal {
                e.render().ansi().to_string()
            } else {
                e.render().to_string()
            };
            if e.use_stderr() {
                let _ = write!(io.stderr, "{rendered}");
            } else {
                let _ = write!(io.stdout, "{rendered}");
            }
            return code;
        }
    };
    let result = match cli.command {
        Command::Check(args) => check::run(&args, io),
        Command::Fix(args) => fix::run(&args, io),
        Command::Convert(args) => convert::run(&args, io),
        Command::New(NewCommand::Service {
            name,
            format,
            cpu,
            memory,
        }) => {
            let format = match format {
                SyntaxArg::Yaml => cfn_fargate_core::Format::Yaml,
                SyntaxArg::Json => cfn_fargate_core::Format::Json,
            };
            match cfn_fargate_core::skeleton::fargate_service(&name, format, cpu, memory) {
                Ok(text) => write!(io.stdout, "{text}").map(|()| exit::OK),
                Err(message) => writeln!(io.stderr, "error: {message}").map(|()| exit::USAGE),
            }
        }
        Command::Lsp { .. } => cfn_fargate_lsp::run_stdio().map(|()| exit::OK),
        Command::Rules => render::rules::table(&mut io.stdout).map(|()| exit::OK),
        Command::Explain { code } => match cfn_fargate_core::rules::by_code(&code) {
            Some(rule) => render::rules::explain(rule.meta(), &mut io.stdout).map(|()| exit::OK),
            None => {
                let _ = writeln!(
                    io.stderr,
                    "error: no rule has the code `{code}`; `cfn-fargate rules` lists them"
                );
                Ok(exit::USAGE)
            }
        },
    };
    match result {
        Ok(code) => code,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => exit::OK,
        Err(e) => {
            let _ = writeln!(io.stderr, "error: cannot write output: {e}");
            exit::USAGE
        }
    }
}

fn use_color(choice: ColorChoice, is_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}
