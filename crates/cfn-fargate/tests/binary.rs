//! The real binary: exit codes and streams as a shell sees them.

use std::io::Write;
use std::process::{Command, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_cfn-fargate"))
}

fn example(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(name)
}

#[test]
fn story_fails_with_exit_1_and_fargate_example_passes() {
    let out = bin()
        .arg("check")
        .arg(example("story-service.yaml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    for code in [
        "TD-02", "TD-03", "TD-04", "TD-10", "CD-01", "SVC-04", "SVC-07", "TG-01", "TD-01",
    ] {
        assert!(
            stdout.contains(&format!("[{code}]")),
            "{code} missing from\n{stdout}"
        );
    }
    let out = bin()
        .arg("check")
        .arg(example("fargate-service.json"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn stdin_json_output_through_a_pipe() {
    let mut child = bin()
        .args(["check", "--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let text = std::fs::read(example("story-service.yaml")).unwrap();
    child.stdin.take().unwrap().write_all(&text).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let findings: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(findings.iter().all(|f| f["path"] == "<stdin>"));
    assert!(findings.iter().any(|f| f["code"] == "SVC-07"));
}

#[test]
fn missing_path_exits_2() {
    let out = bin()
        .args(["check", "/nonexistent/template.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/template.yaml"));
}

#[test]
fn help_and_version_exit_0() {
    let out = bin().arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("check"));
    let out = bin().arg("--version").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
}
