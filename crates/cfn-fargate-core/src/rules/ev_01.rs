//! EV-01: a scheduled or event-driven ECS task launches on Fargate when its task definition needs it.

use super::launchers::{list_items, mixed_provider};
use super::scheduled::{TargetLaunch, ecs_targets};
use crate::declare_rule;
use crate::finding::{Finding, Related, Severity};
use crate::references::resource_targets;
use crate::resolve::{Possible, consistent_pairs};
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks the ECS parameters of `AWS::Events::Rule` targets, `AWS::Scheduler::Schedule`
    /// targets and `AWS::Pipes::Pipe` targets: `LaunchType` and `CapacityProviderStrategy` are
    /// not both set, a strategy has at most 6 items and does not mix Fargate with other
    /// providers, and a task definition in the template that is compatible with Fargate only
    /// is launched on Fargate. When the target sets neither launch type nor strategy and its
    /// cluster is not in the template, the launch type cannot be known and only a warning is
    /// given.
    ///
    /// ## Why it fails at deploy
    /// The stack usually deploys: the target is only used when the rule fires, and then
    /// `RunTask` fails. Without a launch type or strategy ECS uses the cluster's default
    /// strategy, or the EC2 launch type when there is none, and a task definition that lists
    /// only FARGATE in `RequiresCompatibilities` cannot run there.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: awsvpc
    ///       Cpu: 256
    ///       Memory: 512
    ///       ContainerDefinitions:
    ///         - Name: job
    ///           Image: public.ecr.aws/docker/library/busybox:latest
    ///   Nightly:
    ///     Type: AWS::Events::Rule
    ///     Properties:
    ///       ScheduleExpression: rate(1 day)
    ///       Targets:
    ///         - Id: job
    ///           Arn: arn:aws:ecs:us-east-1:123456789012:cluster/jobs
    ///           RoleArn: arn:aws:iam::123456789012:role/events-run-task
    ///           EcsParameters:
    ///             TaskDefinitionArn: !Ref Task
    ///             LaunchType: EC2
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: awsvpc
    ///       Cpu: 256
    ///       Memory: 512
    ///       ContainerDefinitions:
    ///         - Name: job
    ///           Image: public.ecr.aws/docker/library/busybox:latest
    ///   Nightly:
    ///     Type: AWS::Events::Rule
    ///     Properties:
    ///       ScheduleExpression: rate(1 day)
    ///       Targets:
    ///         - Id: job
    ///           Arn: arn:aws:ecs:us-east-1:123456789012:cluster/jobs
    ///           RoleArn: arn:aws:iam::123456789012:role/events-run-task
    ///           EcsParameters:
    ///             TaskDefinitionArn: !Ref Task
    ///             LaunchType: FARGATE
    ///             NetworkConfiguration:
    ///               AwsVpcConfiguration:
    ///                 Subnets: [subnet-0abc]
    ///                 SecurityGroups: [sg-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Setting `LaunchType: FARGATE` will be safe once the target also has
    /// a network configuration (EV-02).
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-ecsparameters.html>
    pub struct ScheduledTaskLaunchType {
        code: "EV-01",
        name: "scheduled-task-launch-type",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for ScheduledTaskLaunchType {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for t in ecs_targets(ctx) {
            let own = t.own_env();
            let lt = t.params.entry("LaunchType");
            let cps = t.params.entry("CapacityProviderStrategy");
            if let (Some(lt), Some(cps)) = (lt, cps) {
                let lts = ctx.resolver.alternatives(&lt.value);
                let strategies = ctx.resolver.alternatives(&cps.value);
                if let Some((_, _, env)) = consistent_pairs(&lts, &strategies)
                    .into_iter()
                    .filter(|(a, b, _)| {
                        !matches!(a.value, Possible::Absent)
                            && matches!(b.value, Possible::Value(n) if n.as_sequence().is_none_or(|s| !s.is_empty()))
                    })
                    .find_map(|(a, b, env)| env.merge(&own).map(|e| (a, b, e)))
                {
                    out.push(ctx.finding(
                        &Self::META,
                        &t.res,
                        lt.key_span,
                        format!(
                            "the {} target sets both LaunchType and CapacityProviderStrategy{}; RunTask accepts one or the other and fails when the target fires. Keep LaunchType FARGATE or a Fargate strategy",
                            t.kind,
                            when(&env)
                        ),
                    ));
                }
            }
            if let Some(cps) = cps {
                for alt in ctx.resolver.alternatives(&cps.value) {
                    let Possible::Value(list) = alt.value else {
                        continue;
                    };
                    let (Some(items), Some(env)) = (list_items(ctx, list), alt.env.merge(&own))
                    else {
                        continue;
                    };
                    if items.sure > 6 {
                        out.push(ctx.finding(
                            &Self::META,
                            &t.res,
                            cps.key_span,
                            format!(
                                "the {} target's capacity provider strategy has {} items{}; these targets accept at most 6. Remove items",
                                t.kind,
                                items.sure,
                                when(&env)
                            ),
                        ));
                    }
                    if let Some((other, span, mix_env)) = mixed_provider(ctx, &items)
                        && let Some(env) = env.merge(&mix_env)
                    {
                        out.push(ctx.finding(
                            &Self::META,
                            &t.res,
                            ctx.span_in_resource(&t.res, span, cps.key_span),
                            format!(
                                "the {} target's capacity provider strategy mixes Fargate providers with `{other}`{}; ECS rejects a mix of Auto Scaling group and Fargate providers when the task is run. Keep only FARGATE and FARGATE_SPOT",
                                t.kind,
                                when(&env)
                            ),
                        ));
                    }
                }
            }
            // A Fargate-only task definition launched elsewhere.
            let TargetLaunch::NotFargate(why) = t.launch(ctx) else {
                let unknown =
                    matches!(t.launch(ctx), TargetLaunch::Unknown) && lt.is_none() && cps.is_none();
                if unknown && let Some(td) = fargate_only_td(ctx, t.params) {
                    let mut f = ctx.finding(
                        &Self::META,
                        &t.res,
                        t.params_key,
                        format!(
                            "the {} target runs task definition {td}, which is compatible with Fargate only, but sets no LaunchType or capacity provider strategy; unless its cluster has a Fargate default strategy, RunTask uses the EC2 launch type and fails. Set LaunchType FARGATE",
                            t.kind
                        ),
                    );
                    f.severity = Severity::Warning;
                    out.push(f);
                }
                continue;
            };
            if let Some(td) = fargate_only_td(ctx, t.params) {
                let mut f = ctx.finding(
                    &Self::META,
                    &t.res,
                    t.key_span(if lt.is_some() { "LaunchType" } else if cps.is_some() { "CapacityProviderStrategy" } else { "TaskDefinitionArn" }),
                    format!(
                        "the {} target runs task definition {td}, which is compatible with Fargate only, but {why}{}; RunTask fails when the target fires. Set LaunchType FARGATE",
                        t.kind,
                        when(&own)
                    ),
                );
                if let Some(td_res) = ctx.template.resource(&td) {
                    f.related = vec![Related {
                        span: td_res.id_span,
                        message: format!("task definition {td} is declared here"),
                    }];
                }
                out.push(f);
            }
        }
    }
}

/// A task definition of the template, used by these parameters, whose
/// `RequiresCompatibilities` is literally FARGATE only.
fn fargate_only_td(ctx: &Context<'_>, params: &crate::value::Node) -> Option<String> {
    let td = params.get("TaskDefinitionArn")?;
    resource_targets(ctx.template, td)
        .into_iter()
        .find(|(id, _)| {
            ctx.template
                .resource(id)
                .and_then(|r| r.property("RequiresCompatibilities"))
                .and_then(|e| e.value.as_sequence())
                .is_some_and(|list| {
                    !list.is_empty() && list.iter().all(|i| i.as_scalar() == Some("FARGATE"))
                })
        })
        .map(|(id, _)| id)
}
