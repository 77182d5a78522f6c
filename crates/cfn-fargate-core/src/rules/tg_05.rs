//! TG-05: UDP target groups need Fargate Linux platform 1.4.0.

use super::TARGET_GROUP;
use super::launchers::{launchers_targeting, runs_windows};
use crate::declare_rule;
use crate::finding::{Finding, Related};
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks a UDP or TCP_UDP target group behind a Fargate service or task set whose
    /// `PlatformVersion` pins a Linux platform older than 1.4.0.
    ///
    /// ## Why it fails at deploy
    /// Network Load Balancers route UDP to Fargate tasks only from Linux platform 1.4.0 (Windows
    /// 1.0.0). On an older platform the service deploys but the UDP traffic never reaches the
    /// tasks and health checks fail.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   TargetGroup:
    ///     Type: AWS::ElasticLoadBalancingV2::TargetGroup
    ///     Properties:
    ///       TargetType: ip
    ///       Port: 53
    ///       Protocol: UDP
    ///       VpcId: vpc-0abc
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       PlatformVersion: 1.3.0
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/dns:1
    ///       LoadBalancers:
    ///         - ContainerName: dns
    ///           ContainerPort: 53
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
    ///       Port: 53
    ///       Protocol: UDP
    ///       VpcId: vpc-0abc
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       PlatformVersion: LATEST
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/dns:1
    ///       LoadBalancers:
    ///         - ContainerName: dns
    ///           ContainerPort: 53
    ///           TargetGroupArn: !Ref TargetGroup
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Setting `PlatformVersion: LATEST` on the service will be safe.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/load-balancer-types.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-linux-fargate.html>
    pub struct UdpNeedsPlatform14 {
        code: "TG-05",
        name: "udp-needs-current-platform",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for UdpNeedsPlatform14 {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for tg in ctx.template.resources_of_type(TARGET_GROUP) {
            let Some(protocol) = tg.property("Protocol") else {
                continue;
            };
            for alt in ctx.resolver.alternatives(&protocol.value) {
                let Some(p) = alt.scalar().filter(|p| matches!(*p, "UDP" | "TCP_UDP")) else {
                    continue;
                };
                for (launcher, _) in launchers_targeting(ctx, tg.id) {
                    if runs_windows(ctx, &launcher).is_some() {
                        continue;
                    }
                    let Some(pv) = launcher.property("PlatformVersion") else {
                        continue;
                    };
                    for v in ctx.resolver.alternatives(&pv.value) {
                        let Some(version) = v.scalar() else { continue };
                        let old = matches!(
                            version.trim().split('.').collect::<Vec<_>>().as_slice(),
                            ["1", m, _] if m.parse::<u32>().is_ok_and(|m| m < 4)
                        );
                        if !old {
                            continue;
                        }
                        let Some(env) = alt.env.merge(&v.env) else {
                            continue;
                        };
                        let Some((_, env)) = ctx.fargate.launcher_under(launcher.id, &env) else {
                            continue;
                        };
                        let mut f = ctx.finding(
                            &Self::META,
                            &tg,
                            ctx.span_in_resource(&tg, protocol.value.span, protocol.value.span),
                            format!(
                                "this target group routes {p}{}, but Fargate {} pins PlatformVersion {version}; UDP from a Network Load Balancer reaches Fargate tasks only on Linux platform 1.4.0. Set PlatformVersion to LATEST",
                                when(&env),
                                launcher.id
                            ),
                        );
                        f.related = vec![Related {
                            span: pv.value.span,
                            message: format!("the platform version of {} is set here", launcher.id),
                        }];
                        out.push(f);
                    }
                }
            }
        }
    }
}
