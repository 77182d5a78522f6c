//! LP-03: Fargate does not support LinuxParameters.SharedMemorySize.

use super::parts::report_linux_parameter;
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Reports `LinuxParameters.SharedMemorySize` in the containers of a Fargate-bound Linux task
    /// definition.
    ///
    /// ## Why it fails at deploy
    /// `SharedMemorySize` sets the size of the container's `/dev/shm`, which Docker takes from the
    /// host's memory. ECS does not support this parameter for Fargate tasks and rejects the task
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
    ///             SharedMemorySize: 256
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
    /// No automatic fix yet. Removing the key leaves `/dev/shm` at the runtime's default size,
    /// which may be too small for programs that use a lot of shared memory (browsers, databases);
    /// such a fix will be unsafe. Whether a `Tmpfs` mount at `/dev/shm` can replace it on Fargate
    /// is not confirmed (catalog U2), so this rule does not suggest it.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinuxParameters.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html>
    pub struct NoSharedMemorySize {
        code: "LP-03",
        name: "no-shared-memory-size",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for NoSharedMemorySize {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        report_linux_parameter(
            ctx,
            &Self::META,
            "SharedMemorySize",
            "does not support sizing /dev/shm",
            "Remove SharedMemorySize; /dev/shm then has the runtime's default size",
            out,
        );
    }
}
