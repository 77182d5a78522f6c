//! CD-16: Windows containers on Fargate do not support Ulimits.

use super::props::{Problem, check_container_property, non_empty_list};
use super::task_os;
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};
use crate::sizes::Os;

declare_rule! {
    /// ## What it does
    /// Checks that no container of a Fargate-bound Windows task definition sets `Ulimits`. On
    /// Linux, `Ulimits` are supported and not reported.
    ///
    /// ## Why it fails at deploy
    /// Resource limits are a Linux kernel feature; ECS documents `ulimits` as unsupported for
    /// Windows containers. The catalog rates this entry with medium confidence, so the rule warns.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: awsvpc
    ///       Cpu: 1024
    ///       Memory: 2048
    ///       RuntimePlatform:
    ///         OperatingSystemFamily: WINDOWS_SERVER_2022_CORE
    ///         CpuArchitecture: X86_64
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
    ///           Ulimits:
    ///             - Name: nofile
    ///               SoftLimit: 65535
    ///               HardLimit: 65535
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: awsvpc
    ///       Cpu: 1024
    ///       Memory: 2048
    ///       RuntimePlatform:
    ///         OperatingSystemFamily: WINDOWS_SERVER_2022_CORE
    ///         CpuArchitecture: X86_64
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Removing `Ulimits` from a Windows container changes nothing at run
    /// time, since Windows never applied them.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Ulimit.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html>
    pub struct NoWindowsUlimits {
        code: "CD-16",
        name: "no-windows-ulimits",
        severity: Warning,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for NoWindowsUlimits {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        check_container_property(
            ctx,
            &Self::META,
            &["Ulimits"],
            true,
            |td, node| {
                (non_empty_list(node) && task_os(ctx, td) == Os::Windows).then(|| Problem {
                    what: "Ulimits are set in a Windows task definition".to_string(),
                    advice: "ECS does not support ulimits for Windows containers. Remove Ulimits"
                        .to_string(),
                })
            },
            out,
        );
    }
}
