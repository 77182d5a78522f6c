//! The CI output formats and the exit-status options.

use cfn_fargate_e2e::{check_json, run};
use serde_json::Value;

const STORY: &str = "examples/story-service.yaml";

/// A template whose findings are warnings only (TD-01: RequiresCompatibilities absent).
const WARNING_ONLY: &str = r#"
Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: awsvpc
      Cpu: 256
      Memory: 512
      ContainerDefinitions:
        - Name: app
          Image: public.ecr.aws/nginx/nginx:latest
  Service:
    Type: AWS::ECS::Service
    Properties:
      LaunchType: FARGATE
      TaskDefinition: !Ref Task
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: [subnet-0abc]
"#;

#[test]
fn sarif_has_rules_results_and_exact_regions() {
    let (_, findings) = check_json(STORY);
    let r = run(&["check", "--format", "sarif", STORY], "");
    assert_eq!(r.code, 1);
    let log: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(log["version"], "2.1.0");
    let sarif_run = &log["runs"][0];
    assert_eq!(sarif_run["tool"]["driver"]["name"], "cfn-fargate");
    assert_eq!(sarif_run["columnKind"], "unicodeCodePoints");
    let rules = sarif_run["tool"]["driver"]["rules"].as_array().unwrap();
    let results = sarif_run["results"].as_array().unwrap();
    assert_eq!(results.len(), findings.len());
    for (result, finding) in results.iter().zip(&findings) {
        assert_eq!(result["ruleId"], finding["code"]);
        let rule = &rules[result["ruleIndex"].as_u64().unwrap() as usize];
        assert_eq!(rule["id"], result["ruleId"]);
        assert!(rule["helpUri"].as_str().unwrap().ends_with(&format!(
            "docs/rules/{}.md",
            finding["code"].as_str().unwrap()
        )));
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert_eq!(region["startLine"], finding["range"]["start"]["line"]);
        assert_eq!(region["startColumn"], finding["range"]["start"]["column"]);
        let level = match finding["severity"].as_str().unwrap() {
            "error" => "error",
            "warning" => "warning",
            _ => "note",
        };
        assert_eq!(result["level"], level);
    }
}

#[test]
fn junit_has_one_case_per_template() {
    let r = run(&["check", "--format", "junit", "examples/"], "");
    assert_eq!(r.code, 1);
    let cases = r.stdout.matches("<testcase ").count();
    assert_eq!(cases, 4, "{}", r.stdout);
    assert_eq!(
        r.stdout.matches("<failure ").count(),
        2,
        "the two story templates fail: {}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains(r#"<testsuites name="cfn-fargate" tests="4" failures="2">"#)
    );
    // Messages are escaped: quotes in messages never end an attribute.
    assert!(!r.stdout.contains("(\"Fargate"), "{}", r.stdout);
}

#[test]
fn github_annotations() {
    let (_, findings) = check_json(STORY);
    let r = run(&["check", "--format", "github", STORY], "");
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), findings.len());
    for (line, f) in lines.iter().zip(&findings) {
        let kind = if f["severity"] == "error" {
            "::error "
        } else {
            "::warning "
        };
        assert!(line.starts_with(kind), "{line}");
        assert!(
            line.contains(&format!(
                ",line={},col={},",
                f["range"]["start"]["line"], f["range"]["start"]["column"]
            )),
            "{line}"
        );
        assert!(
            line.contains(&format!(
                "title=cfn-fargate {}::",
                f["code"].as_str().unwrap()
            )),
            "{line}"
        );
    }
}

#[test]
fn exit_zero_and_fail_on() {
    assert_eq!(run(&["check", "--exit-zero", STORY], "").code, 0);
    assert_eq!(
        run(&["check", "--exit-zero", "no/such/file.yaml"], "").code,
        2
    );
    let only_warning = run(&["check", "--format", "json", "-"], WARNING_ONLY);
    let findings: Vec<Value> = serde_json::from_str(&only_warning.stdout).unwrap();
    assert!(
        findings.iter().any(|f| f["code"] == "TD-01"),
        "{findings:#?}"
    );
    assert!(
        findings.iter().all(|f| f["severity"] != "error"),
        "{findings:#?}"
    );
    assert_eq!(only_warning.code, 0);
    assert_eq!(
        run(&["check", "--fail-on", "warning", "-"], WARNING_ONLY).code,
        1
    );
}

#[test]
fn baseline_survives_unrelated_edits_and_shows_new_findings() {
    let dir = std::env::temp_dir().join(format!("cfn-fargate-baseline-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("svc.yaml");
    let baseline = dir.join("baseline.json");
    let story = std::fs::read_to_string(cfn_fargate_e2e::root().join(STORY)).unwrap();
    std::fs::write(&file, &story).unwrap();
    let (f, b) = (file.to_str().unwrap(), baseline.to_str().unwrap());
    let (_, findings) = check_json(STORY);
    let n = findings.len();
    let r = run(&["check", "--write-baseline", b, f], "");
    assert!(
        r.stderr.contains(&format!("Recorded {n} finding(s)")),
        "{}",
        r.stderr
    );

    // Lines added above every finding, a key renamed elsewhere: nothing new.
    let edited = format!(
        "# owned by the payments team\n\n{}",
        story.replacen(
            "Description:",
            "Description: |\n  Orders API.\n  Old description:",
            1
        )
    );
    std::fs::write(&file, &edited).unwrap();
    let r = run(&["check", "--baseline", b, f], "");
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(
        r.stdout
            .contains(&format!("{n} recorded in the baseline not shown.")),
        "{}",
        r.stdout
    );

    // A new problem shows; the recorded ones stay hidden.
    let broken = edited.replacen("      LaunchType: FARGATE\n", "      LaunchType: FARGATE\n      CapacityProviderStrategy:\n        - CapacityProvider: FARGATE\n          Weight: 1\n", 1);
    assert_ne!(broken, edited);
    std::fs::write(&file, &broken).unwrap();
    let r = run(&["check", "--format", "json", "--baseline", b, f], "");
    let findings: Vec<Value> = serde_json::from_str(&r.stdout).unwrap();
    let codes: Vec<&str> = findings
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"SVC-01"), "{codes:?}");
    // The recorded findings stay hidden.
    assert!(
        !codes
            .iter()
            .any(|c| ["TD-02", "SVC-07", "TG-01", "CD-01"].contains(c)),
        "{codes:?}"
    );
    assert_eq!(r.code, 1);

    let r = run(
        &[
            "check",
            "--baseline",
            dir.join("missing.json").to_str().unwrap(),
            f,
        ],
        "",
    );
    assert_eq!(r.code, 2);
    std::fs::remove_dir_all(&dir).unwrap();
}
