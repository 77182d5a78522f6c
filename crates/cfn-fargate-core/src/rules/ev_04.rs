//! EV-04: a scheduled task's PlatformVersion is a live Fargate platform, and only for Fargate.

use super::scheduled::{TargetLaunch, ecs_targets};
use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks `PlatformVersion` in the ECS parameters of an EventBridge rule, Scheduler schedule
    /// or Pipe target: it is used only when the task launches on Fargate, it must be `LATEST` or
    /// a number like `1.4.0`, and the retired Linux versions 1.0.0 to 1.2.0 are errors (1.3.0,
    /// whose retirement date comes from a secondary source, is a warning).
    ///
    /// ## Why it fails at deploy
    /// The stack deploys, but `RunTask` fails when the target fires: ECS rejects a platform
    /// version for a task that does not run on Fargate, and cannot launch tasks on a retired
    /// platform or one whose name it does not know.
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
    ///             PlatformVersion: v1.4
    ///             NetworkConfiguration:
    ///               AwsVpcConfiguration:
    ///                 Subnets: [subnet-0abc]
    ///                 SecurityGroups: [sg-0abc]
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
    ///             PlatformVersion: LATEST
    ///             NetworkConfiguration:
    ///               AwsVpcConfiguration:
    ///                 Subnets: [subnet-0abc]
    ///                 SecurityGroups: [sg-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Removing the value or setting LATEST will be safe.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-ecsparameters.html>
    pub struct ScheduledTaskPlatformVersion {
        code: "EV-04",
        name: "scheduled-task-platform-version",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for ScheduledTaskPlatformVersion {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for t in ecs_targets(ctx) {
            let Some(entry) = t.params.entry("PlatformVersion") else {
                continue;
            };
            match t.launch(ctx) {
                TargetLaunch::NotFargate(why) => {
                    if ctx
                        .resolver
                        .alternatives(&entry.value)
                        .iter()
                        .any(|a| !matches!(a.value, Possible::Absent))
                    {
                        out.push(ctx.finding(
                            &Self::META,
                            &t.res,
                            entry.key_span,
                            format!(
                                "PlatformVersion is set, but the {} target does not launch on Fargate ({why}); platform versions exist only on Fargate and RunTask fails when the target fires. Remove PlatformVersion, or set LaunchType FARGATE",
                                t.kind
                            ),
                        ));
                    }
                }
                TargetLaunch::Fargate(_, _, launch_env) => {
                    for alt in ctx.resolver.alternatives(&entry.value) {
                        let (Some(v), Possible::Value(node)) = (alt.scalar(), alt.value) else {
                            continue;
                        };
                        let Some(env) = launch_env.merge(&alt.env) else {
                            continue;
                        };
                        let w = when(&env);
                        let span = ctx.span_in_resource(&t.res, node.span, entry.value.span);
                        let numeric = v.split('.').count() == 3
                            && v.split('.')
                                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
                        let mut severity = Severity::Error;
                        let message = if v == "LATEST" {
                            continue;
                        } else if !numeric {
                            format!(
                                "PlatformVersion `{v}`{w} is not a Fargate platform version; ECS expects LATEST or a number like 1.4.0, and RunTask fails when the target fires. Use LATEST"
                            )
                        } else if matches!(v, "1.0.0" | "1.1.0" | "1.2.0") {
                            format!(
                                "PlatformVersion {v}{w} is a retired Fargate platform (retired December 2020); RunTask fails when the target fires. Use LATEST"
                            )
                        } else if v == "1.3.0" {
                            severity = Severity::Warning;
                            format!(
                                "PlatformVersion {v}{w} is a Linux platform that AWS scheduled for retirement in June 2026; tasks will not launch on it once retired. Use LATEST"
                            )
                        } else {
                            continue;
                        };
                        let mut f = ctx.finding(&Self::META, &t.res, span, message);
                        f.severity = severity;
                        out.push(f);
                    }
                }
                TargetLaunch::Unknown => {}
            }
        }
    }
}
