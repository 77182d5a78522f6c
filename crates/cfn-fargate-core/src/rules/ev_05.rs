//! EV-05: scheduled Fargate tasks set no placement constraints or strategies.

use super::launchers::non_empty;
use super::scheduled::{TargetLaunch, ecs_targets};
use crate::declare_rule;
use crate::finding::{Finding, Related};
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks that the ECS parameters of an EventBridge rule, Scheduler schedule or Pipe target
    /// that launches on Fargate set no `PlacementConstraints` and no placement strategy
    /// (`PlacementStrategies` on EventBridge rules, `PlacementStrategy` on schedules and pipes).
    /// Empty lists are accepted.
    ///
    /// ## Why it fails at deploy
    /// Placement chooses among container instances, which Fargate does not have. The stack
    /// deploys, but `RunTask` rejects the placement settings each time the target fires.
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
    ///             PlacementStrategies:
    ///               - Type: binpack
    ///                 Field: memory
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
    ///             NetworkConfiguration:
    ///               AwsVpcConfiguration:
    ///                 Subnets: [subnet-0abc]
    ///                 SecurityGroups: [sg-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Removing the placement settings will be safe.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-ecsparameters.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PlacementConstraint.html>
    pub struct ScheduledTaskNoPlacement {
        code: "EV-05",
        name: "scheduled-task-no-placement",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for ScheduledTaskNoPlacement {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for t in ecs_targets(ctx) {
            let TargetLaunch::Fargate(how, span, launch_env) = t.launch(ctx) else {
                continue;
            };
            for key in ["PlacementConstraints", t.strategy_key] {
                let Some(entry) = t.params.entry(key) else {
                    continue;
                };
                let Some(env) = ctx
                    .resolver
                    .alternatives(&entry.value)
                    .into_iter()
                    .filter(non_empty)
                    .find_map(|a| launch_env.merge(&a.env))
                else {
                    continue;
                };
                let mut f = ctx.finding(
                    &Self::META,
                    &t.res,
                    entry.key_span,
                    format!(
                        "{key} is set{}, but the {} target {how}; Fargate has no container instances to place tasks on and RunTask fails when the target fires. Remove {key}",
                        when(&env),
                        t.kind
                    ),
                );
                f.related = vec![Related {
                    span,
                    message: how.clone(),
                }];
                out.push(f);
            }
        }
    }
}
