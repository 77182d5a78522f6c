//! EV-02: a scheduled or event-driven Fargate task has a network configuration with subnets.

use super::scheduled::{TargetLaunch, ecs_targets};
use super::svc_05::check_awsvpc;
use crate::declare_rule;
use crate::finding::{Finding, Related};
use crate::references::resource_targets;
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks that the ECS parameters of an EventBridge rule, Scheduler schedule or Pipe target
    /// that launches on Fargate have a network configuration under the key this resource type
    /// uses (`AwsVpcConfiguration` on `AWS::Events::Rule`, `AwsvpcConfiguration` on
    /// `AWS::Scheduler::Schedule` and `AWS::Pipes::Pipe`) with 1 to 16 subnets and at most 5
    /// security groups. It also reports a network configuration on a target that does not run on
    /// Fargate and whose task definition in the template uses bridge or host networking.
    ///
    /// ## Why it fails at deploy
    /// The stack deploys, but `RunTask` fails each time the target fires: Fargate tasks use
    /// awsvpc and need subnets for their network interface, and ECS refuses a network
    /// configuration for tasks that do not use awsvpc. The wrong key spelling is a schema error.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Nightly:
    ///     Type: AWS::Events::Rule
    ///     Properties:
    ///       ScheduleExpression: rate(1 day)
    ///       Targets:
    ///         - Id: job
    ///           Arn: arn:aws:ecs:us-east-1:123456789012:cluster/jobs
    ///           RoleArn: arn:aws:iam::123456789012:role/events-run-task
    ///           EcsParameters:
    ///             TaskDefinitionArn: arn:aws:ecs:us-east-1:123456789012:task-definition/job:1
    ///             LaunchType: FARGATE
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   Nightly:
    ///     Type: AWS::Events::Rule
    ///     Properties:
    ///       ScheduleExpression: rate(1 day)
    ///       Targets:
    ///         - Id: job
    ///           Arn: arn:aws:ecs:us-east-1:123456789012:cluster/jobs
    ///           RoleArn: arn:aws:iam::123456789012:role/events-run-task
    ///           EcsParameters:
    ///             TaskDefinitionArn: arn:aws:ecs:us-east-1:123456789012:task-definition/job:1
    ///             LaunchType: FARGATE
    ///             NetworkConfiguration:
    ///               AwsVpcConfiguration:
    ///                 Subnets: [subnet-0abc]
    ///                 SecurityGroups: [sg-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix: subnets and security groups are the author's choice. Renaming a
    /// misspelled key will be safe.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-ecsparameters.html>
    /// - <https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-awsvpcconfiguration.html>
    pub struct ScheduledTaskNetworkConfiguration {
        code: "EV-02",
        name: "scheduled-task-network-configuration",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for ScheduledTaskNetworkConfiguration {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for t in ecs_targets(ctx) {
            let entry = t.params.entry("NetworkConfiguration");
            match t.launch(ctx) {
                TargetLaunch::Fargate(how, span, launch_env) => {
                    let why = format!("the {} target {how}", t.kind);
                    let related = vec![Related {
                        span,
                        message: how.clone(),
                    }];
                    for alt in ctx.resolver.property(entry.map(|e| &e.value)) {
                        let Some(env) = launch_env.merge(&alt.env) else {
                            continue;
                        };
                        let wrong_key = if t.vpc_key == "AwsVpcConfiguration" {
                            "AwsvpcConfiguration"
                        } else {
                            "AwsVpcConfiguration"
                        };
                        let mut f = match alt.value {
                            Possible::Absent => ctx.finding(
                                &Self::META,
                                &t.res,
                                entry.map_or(t.params_key, |e| e.key_span),
                                format!(
                                    "NetworkConfiguration is not set{}, but {why}; RunTask needs subnets for the task's network interface and fails when the target fires. Add NetworkConfiguration.{} with Subnets and SecurityGroups",
                                    when(&env),
                                    t.vpc_key
                                ),
                            ),
                            Possible::Value(config) => match config.entry(t.vpc_key) {
                                Some(vpc) => {
                                    for a in ctx.resolver.alternatives(&vpc.value) {
                                        let (Possible::Value(v), Some(env)) =
                                            (a.value, env.merge(&a.env))
                                        else {
                                            continue;
                                        };
                                        check_awsvpc(
                                            ctx,
                                            &Self::META,
                                            &t.res,
                                            v,
                                            vpc.key_span,
                                            &env,
                                            &why,
                                            out,
                                        );
                                    }
                                    continue;
                                }
                                None => match config.entry(wrong_key) {
                                    Some(wrong) => ctx.finding(
                                        &Self::META,
                                        &t.res,
                                        wrong.key_span,
                                        format!(
                                            "`{wrong_key}` is spelled `{}` in the ECS parameters of {}; as written the network configuration is not read. Rename the key",
                                            t.vpc_key,
                                            t.res.type_name().unwrap_or_default()
                                        ),
                                    ),
                                    None => ctx.finding(
                                        &Self::META,
                                        &t.res,
                                        entry.map_or(config.span, |e| e.key_span),
                                        format!(
                                            "NetworkConfiguration has no {}{}, but {why}; add it with Subnets and SecurityGroups",
                                            t.vpc_key,
                                            when(&env)
                                        ),
                                    ),
                                },
                            },
                            Possible::Unknown => continue,
                        };
                        f.related = related.clone();
                        out.push(f);
                    }
                }
                TargetLaunch::NotFargate(_) => {
                    let Some(entry) = entry else { continue };
                    let Some(td) = t.params.get("TaskDefinitionArn") else {
                        continue;
                    };
                    for (id, _) in resource_targets(ctx.template, td) {
                        let mode = ctx
                            .template
                            .resource(&id)
                            .and_then(|r| r.property("NetworkMode"))
                            .and_then(|e| e.value.as_scalar());
                        if let Some(mode @ ("bridge" | "host" | "none")) = mode {
                            out.push(ctx.finding(
                                &Self::META,
                                &t.res,
                                entry.key_span,
                                format!(
                                    "the {} target sets NetworkConfiguration, but task definition {id} uses network mode {mode}; ECS accepts a network configuration only for awsvpc tasks and RunTask fails. Remove NetworkConfiguration, or use awsvpc",
                                    t.kind
                                ),
                            ));
                            break;
                        }
                    }
                }
                TargetLaunch::Unknown => {}
            }
        }
    }
}
