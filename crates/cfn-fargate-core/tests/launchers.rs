//! Edge cases of the service, task set, cluster and scheduled-task rules: values behind
//! conditions and parameters are not reported as certain, and what cannot be seen from the
//! template is not reported as an error.

use cfn_fargate_core::{Format, Severity, analyze};

fn findings(yaml: &str) -> Vec<(String, Severity, String)> {
    analyze(yaml, Format::Yaml)
        .findings
        .into_iter()
        .map(|f| (f.code.to_string(), f.severity, f.message))
        .collect()
}

fn codes(yaml: &str) -> Vec<String> {
    findings(yaml).into_iter().map(|f| f.0).collect()
}

#[test]
fn providers_on_opposite_branches_are_not_a_mix() {
    let yaml = r#"
Parameters:
  UseFargate: {Type: String, AllowedValues: ["true", "false"], Default: "true"}
Conditions:
  Fargate: !Equals [!Ref UseFargate, "true"]
Resources:
  Service:
    Type: AWS::ECS::Service
    Properties:
      CapacityProviderStrategy:
        - CapacityProvider: !If [Fargate, FARGATE, legacy-asg-provider]
          Weight: 1
      TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: [subnet-0abc]
          SecurityGroups: [sg-0abc]
"#;
    assert!(
        !codes(yaml).contains(&"SVC-02".to_string()),
        "{:#?}",
        findings(yaml)
    );
    let mixed = yaml.replace(
        "        - CapacityProvider: !If [Fargate, FARGATE, legacy-asg-provider]\n          Weight: 1\n",
        "        - CapacityProvider: FARGATE\n          Weight: 1\n        - CapacityProvider: !If [Fargate, legacy-asg-provider, FARGATE_SPOT]\n          Weight: 1\n",
    );
    let f = findings(&mixed);
    assert!(
        f.iter()
            .any(|(c, _, m)| c == "SVC-02" && m.contains("(when Fargate is true)")),
        "{f:#?}"
    );
}

#[test]
fn subnets_from_a_list_parameter_are_not_counted() {
    let yaml = r#"
Parameters:
  Subnets: {Type: "List<AWS::EC2::Subnet::Id>"}
Resources:
  Service:
    Type: AWS::ECS::Service
    Properties:
      LaunchType: FARGATE
      TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: !Ref Subnets
          SecurityGroups: [sg-0abc]
"#;
    assert!(codes(yaml).is_empty(), "{:#?}", findings(yaml));
}

#[test]
fn a_cluster_outside_the_template_is_not_checked_for_associations() {
    let yaml = r#"
Parameters:
  ClusterName: {Type: String}
Resources:
  Service:
    Type: AWS::ECS::Service
    Properties:
      Cluster: !Ref ClusterName
      CapacityProviderStrategy:
        - CapacityProvider: FARGATE_SPOT
          Weight: 1
      TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: [subnet-0abc]
          SecurityGroups: [sg-0abc]
"#;
    let c = codes(yaml);
    assert!(!c.contains(&"SVC-03".to_string()), "{c:?}");
    assert!(!c.contains(&"CL-03".to_string()), "{c:?}");
}

#[test]
fn a_scheduled_task_on_an_unknown_cluster_gets_a_warning_only() {
    let yaml = r#"
Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: 256
      Memory: 512
      ContainerDefinitions:
        - Name: job
          Image: public.ecr.aws/docker/library/busybox:latest
  Nightly:
    Type: AWS::Events::Rule
    Properties:
      ScheduleExpression: rate(1 day)
      Targets:
        - Id: job
          Arn: arn:aws:ecs:us-east-1:123456789012:cluster/jobs
          RoleArn: arn:aws:iam::123456789012:role/events-run-task
          EcsParameters:
            TaskDefinitionArn: !Ref Task
"#;
    let f = findings(yaml);
    let ev: Vec<_> = f.iter().filter(|(c, _, _)| c.starts_with("EV-")).collect();
    assert_eq!(ev.len(), 1, "{f:#?}");
    assert_eq!(ev[0].0, "EV-01");
    assert_eq!(ev[0].1, Severity::Warning);
}

#[test]
fn a_scheduled_task_on_a_fargate_default_cluster_needs_a_network_configuration() {
    let yaml = r#"
Resources:
  Cluster:
    Type: AWS::ECS::Cluster
    Properties:
      CapacityProviders: [FARGATE]
      DefaultCapacityProviderStrategy:
        - CapacityProvider: FARGATE
          Weight: 1
  Schedule:
    Type: AWS::Scheduler::Schedule
    Properties:
      ScheduleExpression: rate(1 hour)
      FlexibleTimeWindow: {Mode: "OFF"}
      Target:
        Arn: !GetAtt Cluster.Arn
        RoleArn: arn:aws:iam::123456789012:role/scheduler-run-task
        EcsParameters:
          TaskDefinitionArn: arn:aws:ecs:us-east-1:123456789012:task-definition/job:1
"#;
    let f = findings(yaml);
    assert!(
        f.iter().any(|(c, s, m)| c == "EV-02"
            && *s == Severity::Error
            && m.contains("AwsvpcConfiguration")),
        "{f:#?}"
    );
}

#[test]
fn ec2_services_are_left_alone() {
    let yaml = r#"
Resources:
  Service:
    Type: AWS::ECS::Service
    Properties:
      LaunchType: EC2
      SchedulingStrategy: DAEMON
      TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/agent:1
      PlacementConstraints:
        - Type: distinctInstance
      PlacementStrategies:
        - Type: spread
          Field: instanceId
"#;
    assert!(codes(yaml).is_empty(), "{:#?}", findings(yaml));
}
