//! LP-07: Windows containers cannot have LinuxParameters.

use super::{container_name, containers, fargate_task_definitions, task_os};
use crate::declare_rule;
use crate::finding::Finding;
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::sizes::Os;

declare_rule! {
    /// ## What it does
    /// Reports `LinuxParameters` in the containers of a Fargate-bound task definition whose
    /// `RuntimePlatform.OperatingSystemFamily` is a Windows family. A family that is Windows under
    /// some conditions only is not checked.
    ///
    /// ## Why it fails at deploy
    /// `LinuxParameters` (capabilities, devices, init process, shared memory, swap, tmpfs) are
    /// Linux kernel features. ECS does not support the parameter for Windows containers and
    /// rejects the task definition.
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
    ///           LinuxParameters:
    ///             InitProcessEnabled: true
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
    /// No automatic fix yet. None of these settings has a meaning on Windows, so removing the key
    /// will be safe.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html>
    /// - <https://docs.aws.amazon.com/batch/latest/APIReference/API_RuntimePlatform.html>
    pub struct NoLinuxParametersOnWindows {
        code: "LP-07",
        name: "no-linux-parameters-on-windows",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for NoLinuxParametersOnWindows {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for (td, _) in fargate_task_definitions(ctx) {
            if task_os(ctx, &td) != Os::Windows {
                continue;
            }
            for container in containers(ctx, &td) {
                let Some(entry) = container.entry("LinuxParameters") else {
                    continue;
                };
                for alt in ctx.resolver.alternatives(&entry.value) {
                    if matches!(alt.value, Possible::Absent) {
                        continue;
                    }
                    let Some((binding, env)) = ctx.fargate.task_definition_under(td.id, &alt.env)
                    else {
                        continue;
                    };
                    let mut f = ctx.finding(
                        &Self::META,
                        &td,
                        entry.key_span,
                        format!(
                            "container {} sets LinuxParameters{}, but this task definition runs Windows and is {}; ECS does not support LinuxParameters for Windows containers. Remove LinuxParameters",
                            container_name(container),
                            when(&env),
                            binding.reason
                        ),
                    );
                    f.related = ctx.bound_because(td.id);
                    out.push(f);
                    break;
                }
            }
        }
    }
}
