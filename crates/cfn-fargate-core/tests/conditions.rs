//! Findings follow conditions and parameters: a value is checked only under the assumptions in
//! which its resource is Fargate-bound, and independent choices are not reported as certain.

use cfn_fargate_core::{Format, Severity, analyze};

fn findings(yaml: &str) -> Vec<(String, Severity, String)> {
    analyze(yaml, Format::Yaml)
        .findings
        .into_iter()
        .filter(|f| f.severity >= Severity::Warning)
        .map(|f| (f.code.to_string(), f.severity, f.message))
        .collect()
}

const CONDITIONAL_SERVICE: &str = r#"
Parameters:
  LaunchType: {Type: String, AllowedValues: [EC2, FARGATE], Default: FARGATE}
Conditions:
  Fargate: !Equals [!Ref LaunchType, FARGATE]
Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: !If [Fargate, [FARGATE], [EC2]]
      NetworkMode: !If [Fargate, awsvpc, bridge]
      Cpu: 256
      Memory: 512
      ContainerDefinitions:
        - Name: app
          Image: public.ecr.aws/nginx/nginx:latest
          PortMappings:
            - ContainerPort: 80
              HostPort: !If [Fargate, !Ref AWS::NoValue, 0]
  FargateService:
    Type: AWS::ECS::Service
    Condition: Fargate
    Properties:
      LaunchType: FARGATE
      TaskDefinition: !Ref Task
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: [subnet-0abc]
          SecurityGroups: [sg-0abc]
  Ec2Service:
    Type: AWS::ECS::Service
    Condition: Ec2
    Properties:
      LaunchType: EC2
      TaskDefinition: !Ref Task
"#;

#[test]
fn branches_for_the_other_launch_type_are_not_reported() {
    let f = findings(CONDITIONAL_SERVICE);
    assert!(f.is_empty(), "{f:#?}");
    // The same template with the Fargate branch broken is reported, under its condition.
    let broken = CONDITIONAL_SERVICE.replace(
        "!If [Fargate, awsvpc, bridge]",
        "!If [Fargate, host, bridge]",
    );
    let f = findings(&broken);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].0, "TD-02");
    assert!(
        f[0].2
            .contains("NetworkMode is host (when Fargate is true)"),
        "{}",
        f[0].2
    );
}

const INDEPENDENT_SIZES: &str = r#"
Parameters:
  Cpu: {Type: String, Default: "256", AllowedValues: ["256", "512", "1024"]}
  Memory: {Type: String, Default: "DEFAULT", AllowedValues: ["512", "1024", "2048", "3072"]}
Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: !Ref Cpu
      Memory: !Ref Memory
      ContainerDefinitions:
        - Name: app
          Image: public.ecr.aws/nginx/nginx:latest
"#;

#[test]
fn independent_size_parameters_give_one_warning() {
    let f = findings(&INDEPENDENT_SIZES.replace("DEFAULT", "512"));
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!((f[0].0.as_str(), f[0].1), ("TD-05", Severity::Warning));
    // 256/3072, 512/512, 1024/512, 1024/1024
    assert!(
        f[0].2.starts_with("4 of the Cpu and Memory combinations"),
        "{}",
        f[0].2
    );
}

#[test]
fn invalid_defaults_are_an_error() {
    let f = findings(&INDEPENDENT_SIZES.replace("DEFAULT", "3072"));
    let errors: Vec<_> = f.iter().filter(|x| x.1 == Severity::Error).collect();
    assert_eq!(errors.len(), 1, "{f:#?}");
    assert!(
        errors[0].2.contains("with the parameters' default values"),
        "{}",
        errors[0].2
    );
    assert!(
        errors[0].2.contains("when Cpu is 256 and Memory is 3072"),
        "{}",
        errors[0].2
    );
}

#[test]
fn sizes_from_one_mapping_row_are_paired() {
    let yaml = r#"
Parameters:
  Size: {Type: String, Default: small, AllowedValues: [small, large]}
Mappings:
  Sizes:
    small: {Cpu: 256, Memory: 512}
    large: {Cpu: 4096, Memory: 30720}
Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: !FindInMap [Sizes, !Ref Size, Cpu]
      Memory: !FindInMap [Sizes, !Ref Size, Memory]
      ContainerDefinitions:
        - Name: app
          Image: public.ecr.aws/nginx/nginx:latest
"#;
    assert!(findings(yaml).is_empty());
    let bad = yaml.replace("Memory: 30720}", "Memory: 512}");
    let f = findings(&bad);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!((f[0].0.as_str(), f[0].1), ("TD-05", Severity::Error));
    assert!(f[0].2.contains("when Size is large"), "{}", f[0].2);
    // Keyed by the region (no parameter), every row is checked, still as pairs.
    let by_region = yaml
        .replace("!Ref Size", "!Ref AWS::Region")
        .replace("small:", "us-east-1:")
        .replace("large:", "eu-west-1:");
    assert!(
        findings(&by_region).is_empty(),
        "{:#?}",
        findings(&by_region)
    );
}

#[test]
fn forty_conditions_do_not_blow_up() {
    let mut yaml = String::from("Conditions:\n");
    for i in 0..40 {
        yaml.push_str(&format!("  C{i}: !Equals [a, b]\n"));
    }
    yaml.push_str("Resources:\n");
    for i in 0..40 {
        yaml.push_str(&format!(
            "  Task{i}:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      RequiresCompatibilities: [FARGATE]\n      NetworkMode: awsvpc\n      Cpu: !If [C{i}, 256, 512]\n      Memory: !If [C{i}, 512, 1024]\n      ContainerDefinitions:\n        - {{Name: app, Image: public.ecr.aws/nginx/nginx:latest}}\n"
        ));
    }
    assert!(findings(&yaml).is_empty());
}

#[test]
fn configured_platform_version_applies_to_services_without_one() {
    let yaml = r#"
Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: 256
      Memory: 512
      EphemeralStorage: {SizeInGiB: 50}
      ContainerDefinitions:
        - {Name: app, Image: public.ecr.aws/nginx/nginx:latest}
  Service:
    Type: AWS::ECS::Service
    Properties:
      LaunchType: FARGATE
      TaskDefinition: !Ref Task
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: [subnet-0abc]
          SecurityGroups: [sg-0abc]
"#;
    let svc11 = |options: &cfn_fargate_core::Options| {
        cfn_fargate_core::analyze_with(yaml, Format::Yaml, options)
            .findings
            .into_iter()
            .filter(|f| f.code == "SVC-11")
            .map(|f| f.message)
            .collect::<Vec<_>>()
    };
    assert!(svc11(&cfn_fargate_core::Options::default()).is_empty());
    let pinned = cfn_fargate_core::Options {
        platform_version: Some("1.3.0".into()),
        ..Default::default()
    };
    let m = svc11(&pinned);
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(
        m[0].contains("configured platform-version 1.3.0"),
        "{}",
        m[0]
    );
}
