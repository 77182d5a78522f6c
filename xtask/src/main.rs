//! `cargo xtask`: the project's build tasks, in Rust.
//!
//! - `cargo xtask check`: formatting, clippy with warnings denied, and every test.
//! - `cargo xtask fuzz [--seconds N]`: run the cargo-fuzz target `check` for N seconds.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("check") => check(),
        Some("fuzz") => fuzz(&args[1..]),
        _ => {
            eprintln!("usage: cargo xtask <check | fuzz [--seconds N]>");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn run(step: &str, cmd: &mut Command) -> Result<(), String> {
    eprintln!("xtask: {step}: {cmd:?}");
    let status = cmd
        .current_dir(root())
        .status()
        .map_err(|e| format!("{step}: cannot start: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{step} failed ({status})"))
    }
}

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string()))
}

fn check() -> Result<(), String> {
    run("format", cargo().args(["fmt", "--all", "--", "--check"]))?;
    run(
        "clippy",
        cargo().args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
    )?;
    // Snapshots are compared, never written, in a check.
    run(
        "tests",
        cargo()
            .args(["test", "--workspace"])
            .env("INSTA_UPDATE", "no"),
    )?;
    Ok(())
}

fn fuzz(args: &[String]) -> Result<(), String> {
    let mut seconds = 60u64;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--seconds" => {
                seconds = it
                    .next()
                    .and_then(|s| s.parse().ok())
                    .ok_or("--seconds takes a whole number")?;
            }
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    let has_cargo_fuzz = cargo()
        .args(["fuzz", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_cargo_fuzz {
        run(
            "install cargo-fuzz",
            cargo().args(["install", "--locked", "cargo-fuzz"]),
        )?;
    }
    let seeds = root().join("fuzz/seeds/check");
    let corpus = root().join("fuzz/corpus/check");
    std::fs::create_dir_all(&corpus)
        .map_err(|e| format!("cannot create {}: {e}", corpus.display()))?;
    // cargo-fuzz needs nightly-only flags (-Z, AddressSanitizer); RUSTC_BOOTSTRAP lets the
    // stable toolchain accept them. New inputs go to fuzz/corpus; the seeds stay as written.
    run(
        "fuzz",
        cargo()
            .args(["fuzz", "run", "check"])
            .arg(&corpus)
            .arg(&seeds)
            .arg("--")
            .arg(format!("-max_total_time={seconds}"))
            .env("RUSTC_BOOTSTRAP", "1"),
    )
}
