//! TG-04: a Fargate target group lists no static targets.

use super::TARGET_GROUP;
use crate::declare_rule;
use crate::finding::{Finding, Related};
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks that a target group behind a Fargate service has no static `Targets`. The
    /// catalog rates this medium confidence, so it is a warning.
    ///
    /// ## Why it fails at deploy
    /// ECS registers and deregisters each Fargate task's IP address itself. Static targets left
    /// over from EC2 (instance IDs) cannot be registered in an ip target group, and static IP
    /// targets receive traffic that is not under the service's control.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   TargetGroup:
    ///     Type: AWS::ElasticLoadBalancingV2::TargetGroup
    ///     Properties:
    ///       TargetType: ip
    ///       Port: 80
    ///       Protocol: HTTP
    ///       VpcId: vpc-0abc
    ///       Targets:
    ///         - Id: i-0123456789abcdef0
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       LoadBalancers:
    ///         - ContainerName: app
    ///           ContainerPort: 80
    ///           TargetGroupArn: !Ref TargetGroup
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   TargetGroup:
    ///     Type: AWS::ElasticLoadBalancingV2::TargetGroup
    ///     Properties:
    ///       TargetType: ip
    ///       Port: 80
    ///       Protocol: HTTP
    ///       VpcId: vpc-0abc
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       LoadBalancers:
    ///         - ContainerName: app
    ///           ContainerPort: 80
    ///           TargetGroupArn: !Ref TargetGroup
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Removing `Targets` will be safe: ECS manages registration.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html>
    pub struct NoStaticTargets {
        code: "TG-04",
        name: "no-static-targets",
        severity: Warning,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for NoStaticTargets {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for tg in ctx.template.resources_of_type(TARGET_GROUP) {
            let Some(entry) = tg.property("Targets") else {
                continue;
            };
            for alt in ctx.resolver.alternatives(&entry.value) {
                let Possible::Value(list) = alt.value else {
                    continue;
                };
                if list.as_sequence().is_none_or(<[_]>::is_empty) {
                    continue;
                }
                let Some((binding, env)) = ctx.fargate.target_group_under(tg.id, &alt.env) else {
                    continue;
                };
                let mut f = ctx.finding(
                    &Self::META,
                    &tg,
                    entry.key_span,
                    format!(
                        "Targets lists static targets{}, but this target group is the {}; ECS registers each task's IP address itself, and instance targets cannot join an ip target group. Remove Targets",
                        when(&env),
                        binding.reason
                    ),
                );
                f.related = vec![Related {
                    span: binding.span,
                    message: "the Fargate service is set here".to_string(),
                }];
                out.push(f);
                break;
            }
        }
    }
}
