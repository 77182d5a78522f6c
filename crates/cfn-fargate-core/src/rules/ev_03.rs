//! EV-03: only Fargate scheduled tasks may ask for a public IP.

use super::scheduled::{TargetLaunch, ecs_targets};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that the ECS parameters of an EventBridge rule, Scheduler schedule or Pipe target
    /// set `AssignPublicIp: ENABLED` only when the task launches on Fargate. Targets whose
    /// launch type cannot be told from the template are not reported.
    ///
    /// ## Why it fails at deploy
    /// Only Fargate tasks can receive a public IP address; awsvpc tasks on EC2 instances never
    /// do. The stack deploys, but `RunTask` rejects the parameters each time the target fires.
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
    ///             LaunchType: EC2
    ///             NetworkConfiguration:
    ///               AwsVpcConfiguration:
    ///                 Subnets: [subnet-0abc]
    ///                 AssignPublicIp: ENABLED
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
    ///                 AssignPublicIp: ENABLED
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix: either the task moves to Fargate or the public IP goes, and without it
    /// the task may lose its path to the internet.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-awsvpcconfiguration.html>
    pub struct ScheduledTaskPublicIp {
        code: "EV-03",
        name: "scheduled-task-public-ip",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for ScheduledTaskPublicIp {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for t in ecs_targets(ctx) {
            let TargetLaunch::NotFargate(why) = t.launch(ctx) else {
                continue;
            };
            let Some(config) = t.params.get("NetworkConfiguration") else {
                continue;
            };
            let vpc = config
                .get("AwsVpcConfiguration")
                .or_else(|| config.get("AwsvpcConfiguration"));
            let Some(entry) = vpc.and_then(|v| v.entry("AssignPublicIp")) else {
                continue;
            };
            if ctx
                .resolver
                .alternatives(&entry.value)
                .iter()
                .any(|a| a.scalar() == Some("ENABLED"))
            {
                out.push(ctx.finding(
                    &Self::META,
                    &t.res,
                    entry.key_span,
                    format!(
                        "AssignPublicIp is ENABLED, but the {} target does not launch on Fargate ({why}); only Fargate tasks can get a public IP and RunTask fails when the target fires. Set LaunchType FARGATE, or set AssignPublicIp to DISABLED",
                        t.kind
                    ),
                ));
            }
        }
    }
}
