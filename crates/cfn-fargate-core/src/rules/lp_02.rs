//! LP-02: Fargate containers cannot map host devices (LinuxParameters.Devices).

use super::parts::report_linux_parameter;
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Reports `LinuxParameters.Devices` in the containers of a Fargate-bound Linux task
    /// definition. An empty list is not reported.
    ///
    /// ## Why it fails at deploy
    /// `Devices` exposes a device of the host (`/dev/fuse`, a GPU, a serial port) inside the
    /// container. A Fargate task has no host that it may reach into, so ECS does not accept the
    /// parameter for Fargate and the task definition fails to register.
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
    ///             Devices:
    ///               - HostPath: /dev/fuse
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
    /// No automatic fix: a container that needs a host device cannot move to Fargate as it is.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinuxParameters.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html>
    pub struct NoDevices {
        code: "LP-02",
        name: "no-devices",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for NoDevices {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        report_linux_parameter(
            ctx,
            &Self::META,
            "Devices",
            "gives containers no access to host devices",
            "Remove Devices; a container that needs a host device has to stay on EC2",
            out,
        );
    }
}
