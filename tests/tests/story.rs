//! The story this project starts from, end to end: a service switched to `LaunchType: FARGATE`
//! shows every failure at once, each in the right resource and on the right line.

use cfn_fargate_e2e::{check_json, root};
use serde_json::Value;

fn line_of(text: &str, needle: &str) -> u64 {
    let offset = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in template"));
    text[..offset].lines().count() as u64 + u64::from(text[..offset].ends_with('\n'))
}

fn codes(findings: &[Value], severity: &str) -> Vec<String> {
    let mut c: Vec<String> = findings
        .iter()
        .filter(|f| f["severity"] == severity)
        .map(|f| f["code"].as_str().unwrap().to_string())
        .collect();
    c.sort();
    c
}

fn find<'a>(findings: &'a [Value], code: &str) -> &'a Value {
    findings
        .iter()
        .find(|f| f["code"] == code)
        .unwrap_or_else(|| panic!("no {code} finding in {findings:#?}"))
}

fn check_story(path: &str) {
    let (code, findings) = check_json(path);
    assert_eq!(code, 1, "the story template must fail the check");
    assert_eq!(
        codes(&findings, "error"),
        [
            "CD-01", "CD-12", "SVC-04", "SVC-07", "TD-02", "TD-03", "TD-04", "TD-10", "TG-01"
        ],
        "{findings:#?}"
    );
    // The catalog gives TD-01 ERROR only for a list without FARGATE; absent, it is a warning.
    assert_eq!(codes(&findings, "warning"), ["TD-01"]);
    let text = std::fs::read_to_string(root().join(path)).unwrap();
    let resource_of = |c: &str| find(&findings, c)["resource"].as_str().unwrap().to_string();
    for c in [
        "TD-01", "TD-02", "TD-03", "TD-04", "TD-10", "CD-01", "CD-12",
    ] {
        assert_eq!(resource_of(c), "OrdersTaskDefinition", "{c}");
    }
    assert_eq!(resource_of("SVC-04"), "OrdersService");
    assert_eq!(resource_of("SVC-07"), "OrdersService");
    assert_eq!(resource_of("TG-01"), "TargetGroup");
    // Where the offending property exists, the finding is on its line.
    let line = |c: &str| {
        find(&findings, c)["range"]["start"]["line"]
            .as_u64()
            .unwrap()
    };
    let role_key = if path.ends_with(".json") {
        "\"Role\""
    } else {
        " Role:"
    };
    assert_eq!(line("SVC-07"), line_of(&text, role_key));
    let host_port = if path.ends_with(".json") {
        "\"HostPort\""
    } else {
        "HostPort:"
    };
    assert_eq!(line("CD-01"), line_of(&text, host_port));
}

#[test]
fn story_yaml_shows_every_failure() {
    check_story("examples/story-service.yaml");
}

#[test]
fn story_json_shows_every_failure() {
    check_story("examples/story-service.json");
}

#[test]
fn story_twins_agree() {
    let strip = |path| {
        let (_, findings) = check_json(path);
        let mut v: Vec<(String, String, String)> = findings
            .iter()
            .map(|f| {
                (
                    f["code"].as_str().unwrap().to_string(),
                    f["resource"].to_string(),
                    f["message"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        strip("examples/story-service.yaml"),
        strip("examples/story-service.json")
    );
}

#[test]
fn correct_fargate_template_passes() {
    for path in [
        "examples/fargate-service.yaml",
        "examples/fargate-service.json",
    ] {
        let (code, findings) = check_json(path);
        assert_eq!(
            codes(&findings, "error"),
            Vec::<String>::new(),
            "{path}: {findings:#?}"
        );
        assert_eq!(code, 0, "{path}");
    }
}
