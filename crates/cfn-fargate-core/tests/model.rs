//! The template model: YAML short tags and the JSON long form give the same values, and the
//! references of a template are found with their spans.

use cfn_fargate_core::references::{ReferenceKind, all_references};
use cfn_fargate_core::resolve::canonical;
use cfn_fargate_core::syntax::{Format, parse};
use cfn_fargate_core::template::{RefTarget, Template};

const YAML: &str = r#"
# comment
AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env: {Type: String, Default: prod, AllowedValues: [dev, prod]}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  NotProd: !Not [!Condition IsProd]
  Both: !And [!Condition IsProd, !Or [!Condition NotProd, !Condition IsProd]]
Mappings:
  Sizes:
    prod: {Cpu: 512}
Resources:
  Role:
    Type: AWS::IAM::Role
  Task:
    Type: AWS::ECS::TaskDefinition
    DependsOn: [Role]
    Properties:
      Cpu: !FindInMap [Sizes, !Ref Env, Cpu]
      Memory: !If [IsProd, 1024, 2048]
      ExecutionRoleArn: !GetAtt Role.Arn
      TaskRoleArn: !GetAtt [Role, Arn]
      Family: !Sub "${AWS::StackName}-${Env}"
      Tags:
        - Key: a
          Value: !Join ["-", !Split [",", !Select [0, !GetAZs ""]]]
        - Key: b
          Value: !Base64 'plain'
        - Key: c
          Value: !ImportValue other-stack-export
        - Key: d
          Value: !Select [0, !Cidr [10.0.0.0/16, 2, 8]]
        - Key: e
          Value: !Sub
            - "${X}-${Role.Arn}"
            - X: literal
      Volumes: !Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}
"#;

const JSON: &str = r#"{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Parameters": {"Env": {"Type": "String", "Default": "prod", "AllowedValues": ["dev", "prod"]}},
  "Conditions": {
    "IsProd": {"Fn::Equals": [{"Ref": "Env"}, "prod"]},
    "NotProd": {"Fn::Not": [{"Condition": "IsProd"}]},
    "Both": {"Fn::And": [{"Condition": "IsProd"}, {"Fn::Or": [{"Condition": "NotProd"}, {"Condition": "IsProd"}]}]}
  },
  "Mappings": {"Sizes": {"prod": {"Cpu": 512}}},
  "Resources": {
    "Role": {"Type": "AWS::IAM::Role"},
    "Task": {
      "Type": "AWS::ECS::TaskDefinition",
      "DependsOn": ["Role"],
      "Properties": {
        "Cpu": {"Fn::FindInMap": ["Sizes", {"Ref": "Env"}, "Cpu"]},
        "Memory": {"Fn::If": ["IsProd", 1024, 2048]},
        "ExecutionRoleArn": {"Fn::GetAtt": ["Role", "Arn"]},
        "TaskRoleArn": {"Fn::GetAtt": ["Role", "Arn"]},
        "Family": {"Fn::Sub": "${AWS::StackName}-${Env}"},
        "Tags": [
          {"Key": "a", "Value": {"Fn::Join": ["-", {"Fn::Split": [",", {"Fn::Select": [0, {"Fn::GetAZs": ""}]}]}]}},
          {"Key": "b", "Value": {"Fn::Base64": "plain"}},
          {"Key": "c", "Value": {"Fn::ImportValue": "other-stack-export"}},
          {"Key": "d", "Value": {"Fn::Select": [0, {"Fn::Cidr": ["10.0.0.0/16", 2, 8]}]}},
          {"Key": "e", "Value": {"Fn::Sub": ["${X}-${Role.Arn}", {"X": "literal"}]}}
        ],
        "Volumes": {"Fn::Transform": {"Name": "AWS::Include", "Parameters": {"Location": "s3://b/k"}}}
      }
    }
  }
}"#;

#[test]
fn short_tags_equal_long_form() {
    let yaml = parse(YAML, Format::Yaml);
    let json = parse(JSON, Format::Json);
    assert!(yaml.errors.is_empty(), "{:?}", yaml.errors);
    assert!(json.errors.is_empty(), "{:?}", json.errors);
    assert_eq!(
        canonical(&yaml.root.unwrap()),
        canonical(&json.root.unwrap())
    );
}

#[test]
fn references_with_spans() {
    for (text, format) in [(YAML, Format::Yaml), (JSON, Format::Json)] {
        let template = Template::new(parse(text, format).root.unwrap());
        let refs = all_references(&template);
        let find = |kind, target: &str| {
            refs.iter()
                .find(|r| r.kind == kind && r.target == target)
                .unwrap_or_else(|| panic!("{kind:?} {target} not found in {refs:#?}"))
        };
        let dep = find(ReferenceKind::DependsOn, "Role");
        assert!(text[dep.span.start..dep.span.end].contains("Role"));
        let getatt = find(ReferenceKind::GetAtt, "Role");
        assert_eq!(getatt.attribute.as_deref(), Some("Arn"));
        assert!(text[getatt.span.start..getatt.span.end].contains("Role"));
        find(ReferenceKind::Sub, "Env");
        find(ReferenceKind::Sub, "AWS::StackName");
        // `${X}` is a local variable of the Sub, `${Role.Arn}` a reference.
        assert!(
            !refs
                .iter()
                .any(|r| r.kind == ReferenceKind::Sub && r.target == "X")
        );
        assert_eq!(
            find(ReferenceKind::Sub, "Role").attribute.as_deref(),
            Some("Arn")
        );
        find(ReferenceKind::Ref, "Env");
        find(ReferenceKind::Condition, "IsProd");
        find(ReferenceKind::FindInMap, "Sizes");
        assert_eq!(template.ref_target("Env"), RefTarget::Parameter);
        assert_eq!(template.ref_target("Role"), RefTarget::Resource);
        assert_eq!(template.ref_target("AWS::Region"), RefTarget::Pseudo);
        assert_eq!(template.ref_target("Nope"), RefTarget::Unknown);
        let env = template.parameter("Env").unwrap();
        assert_eq!(env.type_name(), Some("String"));
        assert_eq!(env.default().and_then(|d| d.as_scalar()), Some("prod"));
        assert_eq!(env.allowed_values().unwrap().len(), 2);
        assert!(template.condition("IsProd").is_some());
        assert!(template.mapping("Sizes").is_some());
    }
}

#[test]
fn documents_that_are_not_templates() {
    for (text, format) in [
        ("{\"name\": \"pkg\", \"version\": \"1.0.0\"}", Format::Json),
        ("version: 2\njobs: {}\n", Format::Yaml),
        ("Resources:\n  X:\n    Type: Custom::Thing\n", Format::Yaml),
        ("", Format::Yaml),
    ] {
        let analysis = cfn_fargate_core::analyze(text, format);
        assert!(!analysis.is_template, "{text}");
        assert!(analysis.findings.is_empty());
    }
    assert!(
        cfn_fargate_core::analyze(
            "Resources:\n  X:\n    Type: AWS::SNS::Topic\n",
            Format::Yaml
        )
        .is_template
    );
}
