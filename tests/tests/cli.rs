//! The command line as a user meets it: exit codes, formats, directories, stdin, bad paths.

use cfn_fargate_e2e::{root, run};

#[test]
fn text_format_is_compiler_style_with_carets_and_summary() {
    let r = run(&["check", "examples/story-service.yaml"], "");
    assert_eq!(r.code, 1);
    let first = r.stdout.lines().next().unwrap();
    let (location, rest) = first.split_once(": ").unwrap();
    assert!(location.ends_with(".yaml:38:5"), "{first}");
    assert!(rest.starts_with("warning[TD-01] "), "{first}");
    assert!(r.stdout.contains("   |     ^^^^^^^^^^"), "{}", r.stdout);
    assert!(
        r.stdout
            .trim_end()
            .ends_with("Found 9 errors, 1 warning in 1 template."),
        "{}",
        r.stdout
    );
    assert!(
        !r.stdout.contains('\x1b'),
        "no colour when not on a terminal"
    );
}

#[test]
fn directories_are_walked_and_non_templates_skipped() {
    let dir = std::env::temp_dir().join(format!("cfn-fargate-walk-{}", std::process::id()));
    let nested = dir.join("nested");
    std::fs::create_dir_all(&nested).unwrap();
    std::fs::write(dir.join("package.json"), "{\"name\": \"x\"}").unwrap();
    std::fs::write(dir.join("notes.txt"), "not looked at").unwrap();
    std::fs::copy(
        root().join("examples/story-service.yaml"),
        nested.join("svc.template"),
    )
    .unwrap();
    let r = run(&["check", dir.to_str().unwrap()], "");
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.contains("svc.template:38:5"), "{}", r.stdout);
    assert!(!r.stdout.contains("package.json:"), "{}", r.stdout);
    assert!(r.stdout.contains("1 other file skipped"), "{}", r.stdout);
}

#[test]
fn stdin_is_read_with_dash() {
    let text = std::fs::read_to_string(root().join("examples/story-service.json")).unwrap();
    let r = run(&["check", "--format", "json", "-"], &text);
    assert_eq!(r.code, 1);
    let findings: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(findings[0]["path"], "<stdin>");
    assert_eq!(findings.len(), 10);
}

#[test]
fn unreadable_path_exits_2_and_names_it() {
    let r = run(&["check", "does/not/exist.yaml"], "");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("does/not/exist.yaml"), "{}", r.stderr);
    assert!(
        r.stderr.contains("no such file or directory"),
        "{}",
        r.stderr
    );
}

#[test]
fn bad_usage_exits_2() {
    assert_eq!(run(&["check"], "").code, 2);
    assert_eq!(run(&["check", "--format", "xml", "x"], "").code, 2);
    assert_eq!(run(&["frobnicate"], "").code, 2);
}

#[test]
fn syntax_errors_have_positions_and_exit_1() {
    let r = run(
        &["check", "--format", "json", "-"],
        "{\n  \"Resources\": {\n    \"A\": {\"Type\": \"AWS::ECS::Service\",\n",
    );
    assert_eq!(r.code, 1);
    let findings: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
    let syntax = findings
        .iter()
        .find(|f| f["code"] == "SYNTAX")
        .expect("a syntax finding");
    assert!(syntax["range"]["start"]["line"].as_u64().unwrap() >= 1);

    let r = run(
        &["check", "-"],
        "Resources:\n  A:\n    Type: AWS::ECS::Service\n   Properties: x\n",
    );
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("<stdin>:4:"), "{}", r.stdout);
}

#[test]
fn invalid_utf8_is_a_positioned_error() {
    let dir = std::env::temp_dir().join(format!("cfn-fargate-utf8-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bad.yaml");
    std::fs::write(&file, b"Resources:\n  A: \xff\n").unwrap();
    let r = run(&["check", file.to_str().unwrap()], "");
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(r.code, 1);
    assert!(
        r.stdout
            .contains("bad.yaml:2:6: error[SYNTAX] the file is not valid UTF-8"),
        "{}",
        r.stdout
    );
}

#[test]
fn a_clean_template_exits_0() {
    let r = run(&["check", "examples/fargate-service.yaml"], "");
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(
        r.stdout.contains("No problems found in 1 template."),
        "{}",
        r.stdout
    );
}

#[test]
fn rules_and_explain() {
    let r = run(&["rules"], "");
    assert_eq!(r.code, 0);
    assert!(r.stdout.lines().any(|l| l.starts_with("TD-02")
        && l.contains("network-mode-awsvpc")
        && l.contains("E3048")));
    let r = run(&["explain", "td-05"], "");
    assert_eq!(r.code, 0);
    assert!(
        r.stdout
            .starts_with("# TD-05 (valid-task-size)\n\nDefault severity: error.")
    );
    assert!(r.stdout.contains("## Why it fails at deploy"));
    assert_eq!(run(&["explain", "XX-99"], "").code, 2);
}
