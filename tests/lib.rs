//! Helpers for the end-to-end tests: run the command line in-process and read its JSON output.

use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Output of one command-line run.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Run `cfn-fargate ARGS` with `stdin`, in-process, from the repository root's point of view
/// (relative paths are resolved against it).
pub fn run(args: &[&str], stdin: &str) -> Run {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let root = root();
    let mut argv: Vec<std::ffi::OsString> = vec!["cfn-fargate".into()];
    for a in args {
        let p = root.join(a);
        if !a.starts_with('-') && p.exists() {
            argv.push(p.into_os_string());
        } else {
            argv.push((*a).into());
        }
    }
    let code = {
        let mut io = cfn_fargate::Io {
            stdin: Box::new(stdin.as_bytes()),
            stdout: Box::new(&mut out),
            stderr: Box::new(&mut err),
            stdout_is_terminal: false,
        };
        cfn_fargate::run(argv, &mut io)
    };
    Run {
        code,
        stdout: String::from_utf8(out).unwrap(),
        stderr: String::from_utf8(err).unwrap(),
    }
}

/// `check --format json` on one path: exit code and findings.
pub fn check_json(path: &str) -> (i32, Vec<serde_json::Value>) {
    let r = run(&["check", "--format", "json", path], "");
    let findings: Vec<serde_json::Value> = serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", r.stdout, r.stderr));
    (r.code, findings)
}
