//! LP-05: Fargate does not support swap (LinuxParameters.MaxSwap and Swappiness).

use super::parts::report_linux_parameter;
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Reports `LinuxParameters.MaxSwap` and `LinuxParameters.Swappiness` in the containers of a
    /// Fargate-bound Linux task definition.
    ///
    /// ## Why it fails at deploy
    /// Swap space for containers is a setting of the EC2 container instance. Fargate gives tasks
    /// no swap, so ECS does not support either parameter for Fargate and rejects the task
    /// definition.
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
    ///           LinuxParameters:
    ///             MaxSwap: 1024
    ///             Swappiness: 60
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
    ///       Memory: 1024
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Without swap, a container that relied on it may run out of memory;
    /// removing the keys may call for a larger task `Memory`, so such a fix will be unsafe.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinuxParameters.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html>
    pub struct NoSwap {
        code: "LP-05",
        name: "no-swap",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for NoSwap {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for key in ["MaxSwap", "Swappiness"] {
            report_linux_parameter(
                ctx,
                &Self::META,
                key,
                "gives tasks no swap space",
                &format!("Remove {key}, and raise the task Memory if the container needed swap"),
                out,
            );
        }
    }
}
