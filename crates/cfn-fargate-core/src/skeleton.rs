//! `cfn-fargate new service`: a complete Fargate service template, in YAML or JSON.
//!
//! The template is written once, in YAML with short tags; the JSON form is the same document read
//! back through the template model, so the two never drift.

use crate::sizes::{self, Os};
use crate::syntax::{self, Format};
use crate::value::{Node, ScalarKind, Value};

/// A Fargate service named `name` with `cpu` units and `memory` MiB (a valid Fargate size).
pub fn fargate_service(
    name: &str,
    format: Format,
    cpu: u32,
    memory: u32,
) -> Result<String, String> {
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(format!(
            "`{name}` cannot name a service: use letters, digits, `-` and `_`"
        ));
    }
    if !sizes::is_valid_pair(cpu, memory, Os::Linux) {
        let valid = sizes::tier(cpu, Os::Linux)
            .map(|t| {
                format!(
                    "with Cpu {cpu}, Memory must be one of {}",
                    sizes::describe_memories(t)
                )
            })
            .unwrap_or_else(|| "Cpu must be 256, 512, 1024, 2048, 4096, 8192 or 16384".to_string());
        return Err(format!(
            "Cpu {cpu} / Memory {memory} is not a Fargate size: {valid}"
        ));
    }
    let id: String = name
        .split(['-', '_'])
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect();
    let yaml = YAML
        .replace("{{name}}", name)
        .replace("{{Id}}", &id)
        .replace("{{cpu}}", &cpu.to_string())
        .replace("{{memory}}", &memory.to_string());
    match format {
        Format::Yaml => Ok(yaml),
        Format::Json => {
            let root = syntax::parse(&yaml, Format::Yaml)
                .root
                .ok_or_else(|| "the service template did not parse".to_string())?;
            let json = serde_json::to_string_pretty(&to_json(&root)).map_err(|e| e.to_string())?;
            Ok(json + "\n")
        }
    }
}

fn to_json(node: &Node) -> serde_json::Value {
    use serde_json::Value as J;
    match &node.value {
        Value::Scalar { text, kind } => match kind {
            ScalarKind::Null => J::Null,
            ScalarKind::Bool => J::Bool(text == "true"),
            ScalarKind::Number => text
                .parse::<i64>()
                .map(J::from)
                .unwrap_or_else(|_| J::String(text.clone())),
            ScalarKind::String => J::String(text.clone()),
        },
        Value::Sequence(items) => J::Array(items.iter().map(to_json).collect()),
        Value::Mapping(entries) => {
            let mut map = serde_json::Map::new();
            for e in entries {
                map.insert(e.key.clone(), to_json(&e.value));
            }
            J::Object(map)
        }
    }
}

const YAML: &str = r#"AWSTemplateFormatVersion: "2010-09-09"
Description: {{name}} - an ECS service on AWS Fargate behind an existing Application Load Balancer.

Parameters:
  VpcId:
    Type: AWS::EC2::VPC::Id
    Description: The VPC of the load balancer and the tasks.
  Subnets:
    Type: List<AWS::EC2::Subnet::Id>
    Description: Private subnets for the tasks, with a route to the internet (NAT gateway) or VPC endpoints for ECR and CloudWatch Logs.
  ListenerArn:
    Type: String
    Description: The ARN of the load balancer listener that forwards to this service.
  ListenerRulePriority:
    Type: Number
    Default: 100
    Description: The priority of this service's listener rule (unique per listener).
  PathPattern:
    Type: String
    Default: /*
    Description: The request paths this service answers.
  LoadBalancerSecurityGroup:
    Type: AWS::EC2::SecurityGroup::Id
    Description: The load balancer's security group, allowed to reach the tasks.
  ClusterName:
    Type: String
    Default: ""
    Description: An existing ECS cluster to run in; empty creates one.
  Image:
    Type: String
    Default: public.ecr.aws/nginx/nginx:latest
    Description: The container image.
  ContainerPort:
    Type: Number
    Default: 80
    Description: The port the container listens on.
  DesiredCount:
    Type: Number
    Default: 2
    Description: How many tasks to run.

Conditions:
  CreateCluster: !Equals [!Ref ClusterName, ""]

Resources:
  Cluster:
    Type: AWS::ECS::Cluster
    Condition: CreateCluster
    Properties:
      CapacityProviders: [FARGATE, FARGATE_SPOT]
      ClusterSettings:
        - Name: containerInsights
          Value: enabled

  LogGroup:
    Type: AWS::Logs::LogGroup
    DeletionPolicy: Retain
    UpdateReplacePolicy: Retain
    Properties:
      LogGroupName: !Sub /ecs/${AWS::StackName}/{{name}}
      RetentionInDays: 30

  ExecutionRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              Service: ecs-tasks.amazonaws.com
            Action: sts:AssumeRole
      ManagedPolicyArns:
        - !Sub arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy

  TaskRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              Service: ecs-tasks.amazonaws.com
            Action: sts:AssumeRole

  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: !Sub ${AWS::StackName}-{{name}}
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: "{{cpu}}"
      Memory: "{{memory}}"
      RuntimePlatform:
        OperatingSystemFamily: LINUX
        CpuArchitecture: X86_64
      ExecutionRoleArn: !GetAtt ExecutionRole.Arn
      TaskRoleArn: !GetAtt TaskRole.Arn
      ContainerDefinitions:
        - Name: {{name}}
          Image: !Ref Image
          Essential: true
          PortMappings:
            - ContainerPort: !Ref ContainerPort
              Protocol: tcp
          LogConfiguration:
            LogDriver: awslogs
            Options:
              awslogs-group: !Ref LogGroup
              awslogs-region: !Ref AWS::Region
              awslogs-stream-prefix: {{name}}

  TaskSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: {{name}} tasks, reachable from the load balancer
      VpcId: !Ref VpcId
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: !Ref ContainerPort
          ToPort: !Ref ContainerPort
          SourceSecurityGroupId: !Ref LoadBalancerSecurityGroup
      SecurityGroupEgress:
        - IpProtocol: "-1"
          CidrIp: 0.0.0.0/0

  TargetGroup:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      TargetType: ip
      VpcId: !Ref VpcId
      Port: !Ref ContainerPort
      Protocol: HTTP
      HealthCheckPath: /
      Matcher:
        HttpCode: "200-399"

  ListenerRule:
    Type: AWS::ElasticLoadBalancingV2::ListenerRule
    Properties:
      ListenerArn: !Ref ListenerArn
      Priority: !Ref ListenerRulePriority
      Conditions:
        - Field: path-pattern
          PathPatternConfig:
            Values: [!Ref PathPattern]
      Actions:
        - Type: forward
          TargetGroupArn: !Ref TargetGroup

  {{Id}}Service:
    Type: AWS::ECS::Service
    DependsOn: ListenerRule
    Properties:
      Cluster: !If [CreateCluster, !Ref Cluster, !Ref ClusterName]
      LaunchType: FARGATE
      PlatformVersion: LATEST
      TaskDefinition: !Ref TaskDefinition
      DesiredCount: !Ref DesiredCount
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: !Ref Subnets
          SecurityGroups: [!Ref TaskSecurityGroup]
          AssignPublicIp: DISABLED
      LoadBalancers:
        - ContainerName: {{name}}
          ContainerPort: !Ref ContainerPort
          TargetGroupArn: !Ref TargetGroup
      DeploymentConfiguration:
        DeploymentCircuitBreaker:
          Enable: true
          Rollback: true

Outputs:
  ServiceName:
    Value: !GetAtt {{Id}}Service.Name
  TargetGroupArn:
    Value: !Ref TargetGroup
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_clean_in_both_formats() {
        for format in [Format::Yaml, Format::Json] {
            let text = fargate_service("orders-api", format, 512, 1024).unwrap();
            let analysis = crate::analyze(&text, format);
            let problems: Vec<_> = analysis
                .findings
                .iter()
                .filter(|f| f.severity >= crate::Severity::Warning)
                .collect();
            assert!(problems.is_empty(), "{format:?}: {problems:#?}\n{text}");
            assert!(text.contains("OrdersApiService"));
        }
        assert!(
            fargate_service("x", Format::Yaml, 256, 4096)
                .unwrap_err()
                .contains("512, 1024, 2048")
        );
        assert!(fargate_service("bad name", Format::Yaml, 256, 512).is_err());
    }
}
