//! CD-24: Windows containers on Fargate do not support User or ReadonlyRootFilesystem.

use super::props::{Problem, check_container_property, is_true};
use super::task_os;
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};
use crate::sizes::Os;

declare_rule! {
    /// ## What it does
    /// Checks that no container of a Fargate-bound Windows task definition sets `User` or
    /// `ReadonlyRootFilesystem`. Both are fine on Linux.
    ///
    /// ## Why it fails at deploy
    /// Running as another user and a read-only root file system are Linux container features; the
    /// ECS documentation lists them as unsupported for Windows containers. The catalog rates this
    /// entry with medium confidence, so the rule warns.
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
    ///           User: ContainerUser
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
    /// No automatic fix yet. Removing the keys from a Windows container registers it; check that
    /// the image itself runs as the intended account.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html>
    /// - <https://docs.aws.amazon.com/batch/latest/APIReference/API_RuntimePlatform.html>
    pub struct NoWindowsUserOrReadonlyRoot {
        code: "CD-24",
        name: "no-windows-user-or-readonly-root",
        severity: Warning,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for NoWindowsUserOrReadonlyRoot {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        check_container_property(
            ctx,
            &Self::META,
            &["User"],
            true,
            |td, node| {
                (node.as_scalar().is_some() && task_os(ctx, td) == Os::Windows).then(|| Problem {
                    what: "User is set in a Windows task definition".to_string(),
                    advice:
                        "ECS does not support choosing the user of a Windows container. Remove User"
                            .to_string(),
                })
            },
            out,
        );
        check_container_property(
            ctx,
            &Self::META,
            &["ReadonlyRootFilesystem"],
            true,
            |td, node| {
                (node.as_scalar().is_some_and(is_true) && task_os(ctx, td) == Os::Windows).then(
                    || Problem {
                        what: "ReadonlyRootFilesystem is true in a Windows task definition"
                            .to_string(),
                        advice: "ECS does not support a read-only root file system for Windows containers. Remove ReadonlyRootFilesystem".to_string(),
                    },
                )
            },
            out,
        );
    }
}
