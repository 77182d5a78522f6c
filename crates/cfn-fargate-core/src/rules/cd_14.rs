//! CD-14: a Fargate container may not request GPUs or inference accelerators.

use super::props::{Problem, check_container_property};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that no container of a Fargate-bound task definition has a `ResourceRequirements`
    /// entry of type `GPU` or `InferenceAccelerator`.
    ///
    /// ## Why it fails at deploy
    /// GPUs and accelerators are devices of EC2 instances; Fargate offers neither, and `gpu` is
    /// among the parameters ECS refuses for Fargate task definitions.
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
    ///           ResourceRequirements:
    ///             - Type: GPU
    ///               Value: "1"
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
    /// No automatic fix: the workload needs EC2 or ECS Managed Instances with GPU instance types,
    /// or must run without the device.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ResourceRequirement.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html>
    pub struct NoGpuResources {
        code: "CD-14",
        name: "no-gpu-resources",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for NoGpuResources {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        check_container_property(
            ctx,
            &Self::META,
            &["ResourceRequirements"],
            true,
            |_, node| {
                let kinds: Vec<&str> = node
                    .as_sequence()?
                    .iter()
                    .filter_map(|r| r.get("Type").and_then(|t| t.as_scalar()))
                    .filter(|t| ["GPU", "InferenceAccelerator"].contains(t))
                    .collect();
                let first = kinds.first()?;
                Some(Problem {
                    what: format!("ResourceRequirements asks for `{first}`"),
                    advice: "Fargate has no GPUs or inference accelerators. Remove the requirement, or run this task on EC2 or ECS Managed Instances".to_string(),
                })
            },
            out,
        );
    }
}
