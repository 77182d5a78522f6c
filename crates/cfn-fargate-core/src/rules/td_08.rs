//! TD-08: a Fargate task definition may not set IpcMode.

use super::props::{Problem, check_task_property};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that a Fargate-bound task definition does not set `IpcMode`, whatever its value.
    ///
    /// ## Why it fails at deploy
    /// `IpcMode` chooses the IPC namespace of the containers (the host's, one per task, or none).
    /// Fargate does not offer this setting at all, and neither does Windows; ECS rejects the task
    /// definition with `Tasks using the Fargate launch type do not support ipcMode.`
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: awsvpc
    ///       IpcMode: task
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
    ///       Cpu: 256
    ///       Memory: 512
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Removing `IpcMode` lets the task register, but containers that shared
    /// memory or semaphores through a common IPC namespace need a manual review.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html>
    pub struct NoIpcMode {
        code: "TD-08",
        name: "no-ipc-mode",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for NoIpcMode {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        check_task_property(
            ctx,
            &Self::META,
            &["IpcMode"],
            false,
            |_, node| {
                let value = node.as_scalar()?;
                Some(Problem {
                    what: format!("IpcMode is `{value}`"),
                    advice: "Fargate does not support IpcMode with any value (ECS: \"Tasks using the Fargate launch type do not support ipcMode.\"). Remove IpcMode".to_string(),
                })
            },
            out,
        );
    }
}
