//! SVC-05: an awsvpc service names 1 to 16 subnets and at most 5 security groups.

use super::launchers::list_items;
use super::{awsvpc_service_under, awsvpc_services};
use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::resolve::{Env, Possible};
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::span::Span;
use crate::template::Resource;
use crate::value::Node;

declare_rule! {
    /// ## What it does
    /// Checks the `AwsvpcConfiguration` of a service that launches on Fargate (or whose task
    /// definition uses awsvpc): `Subnets` must be set and list 1 to 16 subnets, and
    /// `SecurityGroups` at most 5. A configuration without `SecurityGroups` gets a warning: the
    /// tasks then use the VPC's default security group. Lists behind parameters are not counted.
    ///
    /// ## Why it fails at deploy
    /// ECS gives each task its own network interface in one of the subnets, with the listed
    /// security groups, and rejects the service when the limits are not met. The default
    /// security group usually does not admit traffic from the load balancer, so health checks
    /// fail even though the service deploys. Whether all subnets lie in one VPC cannot be seen
    /// from subnet IDs, and is not checked.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: []
    ///           SecurityGroups: [sg-0abc]
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc, subnet-0def]
    ///           SecurityGroups: [sg-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix: which subnets and security groups to use is the author's choice.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking-awsvpc.html>
    pub struct SubnetsAndSecurityGroups {
        code: "SVC-05",
        name: "subnets-and-security-groups",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for SubnetsAndSecurityGroups {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for svc in awsvpc_services(ctx) {
            let Some(entry) = svc.property("NetworkConfiguration") else {
                continue;
            };
            for alt in ctx.resolver.alternatives(&entry.value) {
                let Possible::Value(config) = alt.value else {
                    continue;
                };
                let Some(vpc) = config.entry("AwsvpcConfiguration") else {
                    continue;
                };
                for a in ctx.resolver.alternatives(&vpc.value) {
                    let Possible::Value(vpc_node) = a.value else {
                        continue;
                    };
                    let Some(env) = alt.env.merge(&a.env) else {
                        continue;
                    };
                    let Some((why, env)) = awsvpc_service_under(ctx, &svc, &env) else {
                        continue;
                    };
                    check_awsvpc(
                        ctx,
                        &Self::META,
                        &svc,
                        vpc_node,
                        vpc.key_span,
                        &env,
                        &why,
                        out,
                    );
                }
            }
        }
    }
}

/// The subnet and security-group checks on one awsvpc configuration mapping.
#[allow(clippy::too_many_arguments)]
pub(crate) fn check_awsvpc(
    ctx: &Context<'_>,
    meta: &'static RuleMeta,
    res: &Resource<'_>,
    vpc: &Node,
    vpc_key: Span,
    env: &Env,
    why: &str,
    out: &mut Vec<Finding>,
) {
    let subnets = vpc.entry("Subnets");
    for alt in ctx.resolver.property(subnets.map(|e| &e.value)) {
        let Some(env) = env.merge(&alt.env) else {
            continue;
        };
        let span = subnets.map_or(vpc_key, |e| e.key_span);
        let problem = match alt.value {
            Possible::Absent => Some("no Subnets".to_string()),
            Possible::Value(list) => match list_items(ctx, list) {
                Some(items) if items.maybe == 0 => Some("an empty Subnets list".to_string()),
                Some(items) if items.sure > 16 => Some(format!("{} subnets", items.sure)),
                _ => None,
            },
            Possible::Unknown => None,
        };
        if let Some(problem) = problem {
            out.push(ctx.finding(
                meta,
                res,
                span,
                format!(
                    "the awsvpc configuration has {problem}{}, but {why}; ECS needs 1 to 16 subnets to place each task's network interface. List between 1 and 16 subnets of one VPC",
                    when(&env)
                ),
            ));
        }
    }
    let groups = vpc.entry("SecurityGroups");
    for alt in ctx.resolver.property(groups.map(|e| &e.value)) {
        let Some(env) = env.merge(&alt.env) else {
            continue;
        };
        match alt.value {
            Possible::Absent => {
                let mut f = ctx.finding(
                    meta,
                    res,
                    groups.map_or(vpc_key, |e| e.key_span),
                    format!(
                        "the awsvpc configuration sets no SecurityGroups{}, so the tasks get the VPC's default security group, which usually does not admit load balancer or client traffic. Add a task security group that allows the container ports",
                        when(&env)
                    ),
                );
                f.severity = Severity::Warning;
                out.push(f);
            }
            Possible::Value(list) => {
                if let Some(items) = list_items(ctx, list)
                    && items.sure > 5
                {
                    out.push(ctx.finding(
                        meta,
                        res,
                        groups.map_or(vpc_key, |e| e.key_span),
                        format!(
                            "the awsvpc configuration lists {} security groups{}, but {why}; ECS accepts at most 5. Merge rules into fewer groups",
                            items.sure,
                            when(&env)
                        ),
                    ));
                }
            }
            Possible::Unknown => {}
        }
    }
}
