//! TD-04: a Fargate task definition must set task-level Memory.

use super::report_missing_task_property;
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that a Fargate-bound task definition sets `Memory` at the task level.
    ///
    /// ## Why it fails at deploy
    /// On EC2, memory may be set per container only. Fargate needs the task's memory to pick a
    /// size, and registration fails without it (reported as
    /// `Fargate requires that 'memory' be defined at the task level.`).
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
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           Memory: 300
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
    ///           Memory: 300
    /// ```
    ///
    /// ## Fix safety
    /// Unsafe: adds task-level Memory with the smallest Fargate size that holds what the
    /// containers ask for (never smaller), using parameter defaults where values come from
    /// parameters. The size sets the cost, so it is applied only when asked.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html>
    /// - <https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-taskdefinition.html>
    pub struct TaskMemoryRequired {
        code: "TD-04",
        name: "task-memory-required",
        severity: Error,
        cfn_lint: ["E3048"],
        fix: Sometimes,
    }
}

impl Rule for TaskMemoryRequired {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        report_missing_task_property(
            ctx,
            &Self::META,
            "Memory",
            "Add Memory in MiB that is valid for the task's Cpu and covers the containers' memory",
            out,
        );
    }
}
