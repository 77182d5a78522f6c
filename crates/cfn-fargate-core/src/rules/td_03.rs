//! TD-03: a Fargate task definition must set task-level Cpu.

use super::report_missing_task_property;
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that a Fargate-bound task definition sets `Cpu` at the task level.
    ///
    /// ## Why it fails at deploy
    /// On EC2 task-level Cpu is optional and containers may carry their own Cpu. Fargate sizes
    /// and bills the task as a whole, so registration fails without it (reported as
    /// `Fargate requires that 'cpu' be defined at the task level.`).
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: awsvpc
    ///       Memory: 512
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           Cpu: 128
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
    ///           Cpu: 128
    /// ```
    ///
    /// ## Fix safety
    /// Unsafe: adds task-level Cpu with the smallest Fargate size that holds what the
    /// containers ask for (never smaller), using parameter defaults where values come from
    /// parameters. The size sets the cost, so it is applied only when asked.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html>
    /// - <https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-taskdefinition.html>
    pub struct TaskCpuRequired {
        code: "TD-03",
        name: "task-cpu-required",
        severity: Error,
        cfn_lint: ["E3048"],
        fix: Sometimes,
    }
}

impl Rule for TaskCpuRequired {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        report_missing_task_property(
            ctx,
            &Self::META,
            "Cpu",
            "Add Cpu with a Fargate size (256, 512, 1024, 2048, 4096, 8192 or 16384 CPU units) at least the sum of the containers' Cpu",
            out,
        );
    }
}
