//! SVC-16: ECS Exec on Fargate needs a task role and platform 1.4.0.

use super::SERVICE;
use super::launchers::{
    fargate_alternatives, fargate_launchers, launched_here, runs_windows, task_definitions,
};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks a service that launches on Fargate with `EnableExecuteCommand: true`: its task
    /// definition (when in the template) should set `TaskRoleArn`, and a Linux service should
    /// not pin a platform older than 1.4.0.
    ///
    /// ## Why it fails at deploy
    /// It does not fail at deploy, hence a warning. ECS Exec runs the SSM agent inside the task,
    /// which talks to Systems Manager with the task role (it needs the `ssmmessages` actions)
    /// and needs Linux platform 1.4.0; without them `execute-command` sessions fail. The task
    /// also needs a network path to the SSM endpoints.
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
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       EnableExecuteCommand: true
    ///       TaskDefinition: !Ref Task
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
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
    ///       TaskRoleArn: arn:aws:iam::123456789012:role/app-task-with-ssmmessages
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       EnableExecuteCommand: true
    ///       TaskDefinition: !Ref Task
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix: the task role and its permissions are the author's choice.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html>
    pub struct ExecuteCommandPrerequisites {
        code: "SVC-16",
        name: "execute-command-prerequisites",
        severity: Warning,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for ExecuteCommandPrerequisites {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for svc in fargate_launchers(ctx, SERVICE) {
            let Some(fa) = fargate_alternatives(ctx, &svc, "EnableExecuteCommand")
                .into_iter()
                .find(|fa| {
                    fa.alt
                        .scalar()
                        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
                })
            else {
                continue;
            };
            let w = when(&fa.env);
            for td in task_definitions(ctx, &svc) {
                if td.property("TaskRoleArn").is_none() {
                    let mut f = ctx.finding(
                        &Self::META,
                        &svc,
                        fa.entry.key_span,
                        format!(
                            "EnableExecuteCommand is true{w}, but task definition {} has no TaskRoleArn; ECS Exec sessions use the task role for the ssmmessages actions and will fail. Add a task role that allows ssmmessages:CreateControlChannel, CreateDataChannel, OpenControlChannel and OpenDataChannel",
                            td.id
                        ),
                    );
                    f.related = launched_here(fa.binding);
                    out.push(f);
                }
            }
            if runs_windows(ctx, &svc).is_none()
                && let Some(pv) = svc.property("PlatformVersion")
                && let Some(v) = pv.value.as_scalar()
                && matches!(v.split('.').collect::<Vec<_>>().as_slice(), ["1", m, _] if m.parse::<u32>().is_ok_and(|m| m < 4))
            {
                let mut f = ctx.finding(
                    &Self::META,
                    &svc,
                    pv.key_span,
                    format!(
                        "EnableExecuteCommand is true{w}, but PlatformVersion {v} is older than 1.4.0, which ECS Exec needs on Fargate Linux. Use LATEST"
                    ),
                );
                f.related = launched_here(fa.binding);
                out.push(f);
            }
        }
    }
}
