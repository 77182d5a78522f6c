//! X-04: AwsvpcConfiguration or AwsVpcConfiguration, as each resource type spells it.

use crate::declare_rule;
use crate::finding::Finding;
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::template::Resource;
use crate::value::Node;

declare_rule! {
    /// ## What it does
    /// Checks the spelling of the awsvpc key inside `NetworkConfiguration`, which differs by
    /// resource type:
    /// - `AwsvpcConfiguration` in `AWS::ECS::Service`, `AWS::Scheduler::Schedule`
    ///   (`Target.EcsParameters`) and `AWS::Pipes::Pipe` (`TargetParameters.EcsTaskParameters`);
    /// - `AwsVpcConfiguration` in `AWS::ECS::TaskSet` and `AWS::Events::Rule`
    ///   (`Targets[*].EcsParameters`).
    ///
    /// A key that differs from the right one only in case is reported. The check applies to every
    /// such resource, Fargate or not: the misspelling fails the same way on EC2. SVC-04 already
    /// reports `AwsVpcConfiguration` on services that need a network configuration, so this rule
    /// leaves that case to it.
    ///
    /// ## Why it fails at deploy
    /// CloudFormation property names are case-sensitive and these types accept no other
    /// properties, so the misspelled key fails schema validation and the resource is not
    /// created. Copying a network configuration from a service to an EventBridge target (or
    /// back), which a move to Fargate often involves, is how the wrong spelling gets in.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Hourly:
    ///     Type: AWS::Events::Rule
    ///     Properties:
    ///       ScheduleExpression: rate(1 hour)
    ///       Targets:
    ///         - Id: worker
    ///           Arn: arn:aws:ecs:us-east-1:123456789012:cluster/jobs
    ///           RoleArn: arn:aws:iam::123456789012:role/ecsEventsRole
    ///           EcsParameters:
    ///             TaskDefinitionArn: arn:aws:ecs:us-east-1:123456789012:task-definition/worker:1
    ///             LaunchType: FARGATE
    ///             NetworkConfiguration:
    ///               AwsvpcConfiguration:
    ///                 Subnets: [subnet-0abc]
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   Hourly:
    ///     Type: AWS::Events::Rule
    ///     Properties:
    ///       ScheduleExpression: rate(1 hour)
    ///       Targets:
    ///         - Id: worker
    ///           Arn: arn:aws:ecs:us-east-1:123456789012:cluster/jobs
    ///           RoleArn: arn:aws:iam::123456789012:role/ecsEventsRole
    ///           EcsParameters:
    ///             TaskDefinitionArn: arn:aws:ecs:us-east-1:123456789012:task-definition/worker:1
    ///             LaunchType: FARGATE
    ///             NetworkConfiguration:
    ///               AwsVpcConfiguration:
    ///                 Subnets: [subnet-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Renaming the key to the type's spelling will be safe: nothing else
    /// changes.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-service.html>
    /// - <https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-awsvpcconfiguration.html>
    pub struct AwsvpcConfigurationSpelling {
        code: "X-04",
        name: "awsvpc-configuration-spelling",
        severity: Error,
        cfn_lint: ["E3002"],
        fix: None,
    }
}

const LOWER: &str = "AwsvpcConfiguration";
const UPPER: &str = "AwsVpcConfiguration";

/// The `NetworkConfiguration` nodes of a resource, with the spelling its type expects.
fn network_configurations<'t>(resource: &Resource<'t>) -> Vec<(&'t Node, &'static str)> {
    let Some(props) = resource.properties() else {
        return Vec::new();
    };
    let nc = |n: Option<&'t Node>| n.and_then(|n| n.get("NetworkConfiguration"));
    let found: Vec<(Option<&'t Node>, &'static str)> = match resource.type_name() {
        Some("AWS::ECS::Service") => vec![(nc(Some(props)), LOWER)],
        Some("AWS::ECS::TaskSet") => vec![(nc(Some(props)), UPPER)],
        Some("AWS::Scheduler::Schedule") => vec![(
            nc(props.get("Target").and_then(|t| t.get("EcsParameters"))),
            LOWER,
        )],
        Some("AWS::Pipes::Pipe") => vec![(
            nc(props
                .get("TargetParameters")
                .and_then(|t| t.get("EcsTaskParameters"))),
            LOWER,
        )],
        Some("AWS::Events::Rule") => props
            .get("Targets")
            .and_then(Node::as_sequence)
            .unwrap_or_default()
            .iter()
            .map(|t| (nc(t.get("EcsParameters")), UPPER))
            .collect(),
        _ => Vec::new(),
    };
    found
        .into_iter()
        .filter_map(|(n, s)| n.map(|n| (n, s)))
        .collect()
}

impl Rule for AwsvpcConfigurationSpelling {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for resource in ctx.template.resources() {
            for (nc, expected) in network_configurations(&resource) {
                for alt in ctx.resolver.alternatives(nc) {
                    let Possible::Value(map) = alt.value else {
                        continue;
                    };
                    for entry in map.as_mapping().unwrap_or_default() {
                        if entry.key == expected || !entry.key.eq_ignore_ascii_case(expected) {
                            continue;
                        }
                        if entry.key == UPPER && svc04_reports(ctx, &resource) {
                            continue;
                        }
                        out.push(ctx.finding(
                            &Self::META,
                            &resource,
                            entry.key_span,
                            format!(
                                "{} spells the key {}{}, but {} expects {expected}; CloudFormation property names are case-sensitive, so the template fails validation. Rename the key to {expected}",
                                resource.id,
                                entry.key,
                                when(&alt.env),
                                resource.type_name().unwrap_or_default()
                            ),
                        ));
                    }
                }
            }
        }
    }
}

/// Whether SVC-04 reports `AwsVpcConfiguration` on this resource (an awsvpc service).
fn svc04_reports(ctx: &Context<'_>, resource: &Resource<'_>) -> bool {
    resource.type_name() == Some(super::SERVICE)
        && super::awsvpc_services(ctx).any(|s| s.id == resource.id)
}
