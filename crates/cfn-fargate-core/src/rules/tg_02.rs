//! TG-02: a Fargate target group has VpcId, Port and Protocol, in the VPC of the task subnets.

use super::TARGET_GROUP;
use super::launchers::{launchers_targeting, vpc_refs};
use crate::declare_rule;
use crate::finding::{Finding, Related};
use crate::references::resource_targets;
use crate::resolve::{Env, Possible};
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks that a target group behind a Fargate service sets `VpcId`, `Port` and `Protocol`
    /// (lambda target groups are skipped), and that its `VpcId` is the VPC of the service's task
    /// subnets when both are resources of the template.
    ///
    /// ## Why it fails at deploy
    /// Elastic Load Balancing requires a VPC, port and protocol for instance and ip target
    /// groups. Fargate tasks register by the IP address of their network interface, which lives
    /// in the task subnets; a target group in another VPC cannot take those addresses, and the
    /// service fails to register its tasks.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   TargetGroup:
    ///     Type: AWS::ElasticLoadBalancingV2::TargetGroup
    ///     Properties:
    ///       TargetType: ip
    ///       Port: 80
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
    /// No automatic fix: the VPC, port and protocol are the author's choice, and changing them
    /// replaces the target group.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/load-balancer-types.html>
    pub struct TargetGroupVpcPortProtocol {
        code: "TG-02",
        name: "target-group-vpc-port-protocol",
        severity: Error,
        cfn_lint: ["E3681"],
        fix: None,
    }
}

impl Rule for TargetGroupVpcPortProtocol {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for tg in ctx.template.resources_of_type(TARGET_GROUP) {
            let lambda = tg
                .property("TargetType")
                .and_then(|e| e.value.as_scalar())
                .is_some_and(|t| t == "lambda");
            if lambda {
                continue;
            }
            for key in ["VpcId", "Port", "Protocol"] {
                let entry = tg.property(key);
                for alt in ctx.resolver.property(entry.map(|e| &e.value)) {
                    if !matches!(alt.value, Possible::Absent) {
                        continue;
                    }
                    let Some((binding, env)) = ctx.fargate.target_group_under(tg.id, &alt.env)
                    else {
                        continue;
                    };
                    let mut f = ctx.finding(
                        &Self::META,
                        &tg,
                        entry.map_or_else(|| tg.missing_property_span(), |e| e.key_span),
                        format!(
                            "{key} is not set{}, but this target group is the {}; Elastic Load Balancing requires VpcId, Port and Protocol for an ip target group. Set {key}",
                            when(&env),
                            binding.reason
                        ),
                    );
                    f.related = vec![Related {
                        span: binding.span,
                        message: "the Fargate service is set here".to_string(),
                    }];
                    out.push(f);
                }
            }
            let Some(vpc) = tg.property("VpcId") else {
                continue;
            };
            let tg_vpcs = vpc_refs(ctx, &vpc.value);
            let [tg_vpc] = tg_vpcs.as_slice() else {
                continue;
            };
            for (svc, _) in launchers_targeting(ctx, tg.id) {
                let Some((_, env)) = ctx.fargate.launcher_under(svc.id, &Env::default()) else {
                    continue;
                };
                let config = svc.property("NetworkConfiguration").and_then(|n| {
                    n.value
                        .get("AwsvpcConfiguration")
                        .or_else(|| n.value.get("AwsVpcConfiguration"))
                });
                let subnets = config
                    .and_then(|c| c.get("Subnets"))
                    .map(|s| resource_targets(ctx.template, s))
                    .unwrap_or_default();
                for (subnet, span) in subnets {
                    let Some(sub) = ctx.template.resource(&subnet) else {
                        continue;
                    };
                    if sub.type_name() != Some("AWS::EC2::Subnet") {
                        continue;
                    }
                    let sub_vpcs = sub
                        .property("VpcId")
                        .map(|v| vpc_refs(ctx, &v.value))
                        .unwrap_or_default();
                    if let [sub_vpc] = sub_vpcs.as_slice()
                        && sub_vpc != tg_vpc
                    {
                        let mut f = ctx.finding(
                            &Self::META,
                            &tg,
                            vpc.value.span,
                            format!(
                                "this target group is in VPC {tg_vpc}{}, but {} {} runs its Fargate tasks in subnet {subnet} of VPC {sub_vpc}; the tasks' IP addresses cannot be registered in another VPC. Use the same VPC for the target group and the task subnets",
                                when(&env),
                                if svc.type_name() == Some(super::SERVICE) { "service" } else { "task set" },
                                svc.id
                            ),
                        );
                        f.related = vec![Related {
                            span,
                            message: format!("subnet {subnet} is used here"),
                        }];
                        out.push(f);
                        break;
                    }
                }
            }
        }
    }
}
