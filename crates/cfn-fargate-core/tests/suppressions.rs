//! Suppressions: cfn-lint's `ignore_checks`, our resource metadata and our YAML comments.

use cfn_fargate_core::{Format, Options, analyze, analyze_with};

/// A Fargate task definition with bridge mode (TD-02), no task Memory (TD-04) and a private ECR
/// image without execution role (TD-10).
fn template(task_metadata: &str, network_mode_comment: &str, template_metadata: &str) -> String {
    format!(
        r#"{template_metadata}
Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
{task_metadata}
    Properties:
      RequiresCompatibilities: [FARGATE]
{network_mode_comment}
      NetworkMode: bridge
      Cpu: 256
      ContainerDefinitions:
        - Name: app
          Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1
"#
    )
}

fn codes(text: &str, options: &Options) -> Vec<String> {
    let mut c: Vec<String> = analyze_with(text, Format::Yaml, options)
        .findings
        .iter()
        .map(|f| f.code.to_string())
        .collect();
    c.sort();
    c
}

fn messages(text: &str) -> Vec<String> {
    analyze(text, Format::Yaml)
        .findings
        .iter()
        .filter(|f| f.code == "SUPPRESSION")
        .map(|f| f.message.clone())
        .collect()
}

#[test]
fn baseline_has_three_findings() {
    assert_eq!(
        codes(&template("", "", ""), &Options::default()),
        ["TD-02", "TD-04", "TD-10"]
    );
}

#[test]
fn cfn_lint_ignore_checks_map_to_our_codes() {
    let t = template(
        "",
        "",
        "Metadata:\n  cfn-lint:\n    config:\n      ignore_checks: [E3048]\n",
    );
    // E3048 is the cfn-lint equivalent of TD-02 and TD-04 (among others); TD-10 has none.
    assert_eq!(codes(&t, &Options::default()), ["TD-10"]);
    let t = template(
        "    Metadata:\n      cfn-lint:\n        config:\n          ignore_checks: [E30]\n",
        "",
        "",
    );
    assert_eq!(codes(&t, &Options::default()), ["TD-10"]);
}

#[test]
fn resource_metadata_needs_a_known_code_and_a_reason() {
    let ok = "    Metadata:\n      cfn-fargate:\n        ignore:\n          - {code: TD-10, reason: the image is pulled by a sidecar}\n";
    assert_eq!(
        codes(&template(ok, "", ""), &Options::default()),
        ["TD-02", "TD-04"]
    );

    let no_reason =
        "    Metadata:\n      cfn-fargate:\n        ignore:\n          - {code: TD-10}\n";
    let t = template(no_reason, "", "");
    assert_eq!(
        codes(&t, &Options::default()),
        ["SUPPRESSION", "TD-02", "TD-04", "TD-10"]
    );
    assert!(
        messages(&t)[0].contains("has no `reason`"),
        "{:?}",
        messages(&t)
    );

    let unknown = "    Metadata:\n      cfn-fargate:\n        ignore:\n          - {code: TD-99, reason: x}\n";
    assert!(messages(&template(unknown, "", ""))[0].contains("`TD-99` is no rule code"));

    let unused = "    Metadata:\n      cfn-fargate:\n        ignore:\n          - {code: TG-01, reason: not behind a load balancer}\n";
    assert!(messages(&template(unused, "", ""))[0].contains("hides nothing"));
    // Unless the rule did not run at all.
    let only_td = Options {
        select: vec!["TD".into(), "SUPPRESSION".into()],
        ..Options::default()
    };
    assert_eq!(
        codes(&template(unused, "", ""), &only_td),
        ["TD-02", "TD-04", "TD-10"]
    );
}

#[test]
fn comment_above_a_property() {
    let t = template(
        "",
        "      # cfn-fargate: ignore[TD-02] bridge until the proxy moves",
        "",
    );
    assert_eq!(codes(&t, &Options::default()), ["TD-04", "TD-10"]);
    // It covers only the property below it.
    let t = template("", "      # cfn-fargate: ignore[TD-04] wrong place", "");
    assert_eq!(
        codes(&t, &Options::default()),
        ["SUPPRESSION", "TD-02", "TD-04", "TD-10"]
    );
    assert!(messages(&t)[0].contains("hides nothing"));
    let t = template("", "      # cfn-fargate: ignore[TD-02]", "");
    assert!(messages(&t)[0].contains("needs codes and a reason"));
    let t = template("", "      # cfn-fargate: ignore[TD-02, XX-1] both", "");
    assert!(messages(&t)[0].contains("`XX-1` is no rule code"));
}
