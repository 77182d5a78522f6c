//! TD-14: Elastic Inference accelerators are not available on Fargate.

use super::props::{Problem, check_task_property, non_empty_list};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that a Fargate-bound task definition declares no `InferenceAccelerators`.
    ///
    /// ## Why it fails at deploy
    /// Elastic Inference accelerators attach to EC2 container instances; Fargate tasks cannot use
    /// them, and the service no longer takes new customers. The catalog rates this entry with
    /// medium confidence only, so the rule reports a warning rather than an error.
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
    ///       InferenceAccelerators:
    ///         - DeviceName: device1
    ///           DeviceType: eia2.medium
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
    /// No automatic fix: the workload needs another home for its accelerator (EC2 or ECS Managed
    /// Instances), or has to run without it.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html>
    /// - <https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-service.html>
    pub struct NoInferenceAccelerators {
        code: "TD-14",
        name: "no-inference-accelerators",
        severity: Warning,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for NoInferenceAccelerators {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        check_task_property(
            ctx,
            &Self::META,
            &["InferenceAccelerators"],
            true,
            |_, node| {
                non_empty_list(node).then(|| Problem {
                    what: "InferenceAccelerators are declared".to_string(),
                    advice: "Elastic Inference accelerators attach to EC2 instances and are not available to Fargate tasks. Remove them, or run this task on EC2".to_string(),
                })
            },
            out,
        );
    }
}
