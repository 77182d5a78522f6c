//! VOL-04: FSx for Windows File Server volumes are not available on Fargate.

use super::parts::volume_properties;
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Reports `FSxWindowsFileServerVolumeConfiguration` on the volumes of a Fargate-bound task
    /// definition.
    ///
    /// ## Why it fails at deploy
    /// ECS mounts FSx for Windows File Server shares through the Windows container instance,
    /// which joins the share's Active Directory domain. Only Windows tasks on EC2 can use these
    /// volumes; Fargate, Linux or Windows, does not support them, and the task definition is
    /// rejected.
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
    ///       Volumes:
    ///         - Name: share
    ///           FSxWindowsFileServerVolumeConfiguration:
    ///             FileSystemId: fs-0123456789abcdef0
    ///             RootDirectory: share
    ///             AuthorizationConfig:
    ///               CredentialsParameter: arn:aws:secretsmanager:us-east-1:123456789012:secret:fsx
    ///               Domain: corp.example.com
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
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
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix: the container has to mount the SMB share itself, or the task stays on
    /// EC2.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/wfsx-volumes.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html>
    /// - <https://github.com/aws/containers-roadmap/issues/1654>
    pub struct NoFsxWindowsVolumes {
        code: "VOL-04",
        name: "no-fsx-windows-volumes",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for NoFsxWindowsVolumes {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for hit in volume_properties(ctx, "FSxWindowsFileServerVolumeConfiguration") {
            let mut f = ctx.finding(
                &Self::META,
                &hit.td,
                hit.entry.key_span,
                format!(
                    "{} is an FSx for Windows File Server volume{}, but this task definition is {}; only Windows tasks on EC2 can use these volumes. Remove the volume and mount the share from inside the container, or keep the task on EC2",
                    hit.volume_note(),
                    when(&hit.env),
                    hit.reason
                ),
            );
            f.related = ctx.bound_because(hit.td.id);
            out.push(f);
        }
    }
}
