//! TG-01: a target group behind a Fargate service must have TargetType ip.

use super::fixes;
use super::{TARGET_GROUP, is_other_than};
use crate::declare_rule;
use crate::edit::NewValue;
use crate::finding::{Applicability, Finding, Related};
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks that a target group that a Fargate service's load balancer points at has
    /// `TargetType: ip`.
    ///
    /// ## Why it fails at deploy
    /// Fargate tasks register with the load balancer by the IP address of their network interface.
    /// A target group without `TargetType` uses `instance`, and ECS fails to create the service:
    /// `... has target type instance, which is incompatible with the awsvpc network mode specified
    /// in the task definition.`
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   TargetGroup:
    ///     Type: AWS::ElasticLoadBalancingV2::TargetGroup
    ///     Properties:
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
    /// Unsafe: sets `TargetType: ip`. `TargetType` is create-only, so CloudFormation replaces the
    /// target group (and fails when the group has a fixed `Name`); the fix title says so.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/load-balancer-types.html>
    /// - <https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html>
    pub struct TargetTypeIp {
        code: "TG-01",
        name: "target-type-ip",
        severity: Error,
        cfn_lint: [],
        fix: Sometimes,
    }
}

impl Rule for TargetTypeIp {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for tg in ctx.template.resources_of_type(TARGET_GROUP) {
            let entry = tg.property("TargetType");
            for alt in ctx.resolver.property(entry.map(|e| &e.value)) {
                let Some((binding, env)) = ctx.fargate.target_group_under(tg.id, &alt.env) else {
                    continue;
                };
                let mut f = match alt.value {
                    Possible::Absent => ctx.finding(
                        &Self::META,
                        &tg,
                        entry.map_or_else(|| tg.missing_property_span(), |e| e.key_span),
                        format!(
                            "TargetType is not set{}, so it is instance, but this target group is the {}; Fargate tasks register by IP. Add `TargetType: ip` (this replaces the target group)",
                            when(&env),
                            binding.reason
                        ),
                    ),
                    Possible::Value(node) if is_other_than(&alt, "ip") => ctx.finding(
                        &Self::META,
                        &tg,
                        ctx.span_in_resource(&tg, node.span, entry.map_or(node.span, |e| e.value.span)),
                        format!(
                            "TargetType is {}{}, but this target group is the {}; Fargate tasks register by IP. Set `TargetType: ip` (this replaces the target group)",
                            alt.scalar().unwrap_or_default(),
                            when(&env),
                            binding.reason
                        ),
                    ),
                    _ => continue,
                };
                f.related = vec![Related {
                    span: binding.span,
                    message: "the Fargate service is set here".to_string(),
                }];
                // TargetType is create-only: the fix replaces the target group (and fails on a
                // group with a fixed Name), so it is never applied without asking.
                if alt.env.is_empty() {
                    let ip = NewValue::str("ip");
                    let title = "Set `TargetType: ip` (replaces the target group)".to_string();
                    f.fix = match (entry, alt.value) {
                        (None, _) => fixes::insert_property(
                            ctx,
                            &tg,
                            "TargetType",
                            &ip,
                            title,
                            Applicability::Unsafe,
                        ),
                        (Some(_), Possible::Value(node)) if fixes::is_local_literal(&tg, node) => {
                            Some(fixes::replace_value(
                                ctx,
                                node,
                                &ip,
                                title,
                                Applicability::Unsafe,
                            ))
                        }
                        _ => None,
                    };
                }
                out.push(f);
            }
        }
    }
}
