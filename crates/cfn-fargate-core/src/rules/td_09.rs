//! TD-09: on Fargate, PidMode may only be `task` (Linux) and is not supported on Windows.

use super::props::{Problem, check_task_property};
use super::task_os;
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};
use crate::sizes::Os;

declare_rule! {
    /// ## What it does
    /// Checks `PidMode` of a Fargate-bound task definition: on Linux the only accepted value is
    /// `task`; a Windows task definition may not set it at all.
    ///
    /// ## Why it fails at deploy
    /// `PidMode: host` shares the process namespace of the container instance, which Fargate does
    /// not expose; ECS accepts only `task` (one namespace shared by the task's containers, Linux
    /// platform 1.4.0 or later). Windows containers do not support the setting. Monitoring agents
    /// that watch host processes cannot move to Fargate this way.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: awsvpc
    ///       PidMode: host
    ///       Cpu: 256
    ///       Memory: 512
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: awsvpc
    ///       PidMode: task
    ///       Cpu: 256
    ///       Memory: 512
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Changing `host` to `task` registers, but a container that inspected
    /// other processes on the host then only sees the processes of its own task.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html>
    /// - <https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-taskdefinition.html>
    pub struct PidModeTask {
        code: "TD-09",
        name: "pid-mode-task",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for PidModeTask {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        check_task_property(
            ctx,
            &Self::META,
            &["PidMode"],
            false,
            |td, node| {
                let value = node.as_scalar()?;
                if task_os(ctx, td) == Os::Windows {
                    return Some(Problem {
                        what: format!("PidMode is `{value}` in a Windows task definition"),
                        advice: "Windows containers on Fargate do not support PidMode. Remove it"
                            .to_string(),
                    });
                }
                (value != "task").then(|| Problem {
                    what: format!("PidMode is `{value}`"),
                    advice: "Fargate has no host process namespace and accepts only `task` (platform 1.4.0 or later). Set `PidMode: task` or remove it".to_string(),
                })
            },
            out,
        );
    }
}
