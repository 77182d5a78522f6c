//! WIN-01: a Windows task on Fargate needs a Fargate Windows Server family and X86_64.

use super::fargate_task_definitions;
use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::resolve::{Possible, consistent_pairs};
use crate::rule::{Context, Rule, RuleMeta, when};

/// The Windows Server families AWS documents for Fargate.
const FARGATE_FAMILIES: &[&str] = &[
    "WINDOWS_SERVER_2019_FULL",
    "WINDOWS_SERVER_2019_CORE",
    "WINDOWS_SERVER_2022_FULL",
    "WINDOWS_SERVER_2022_CORE",
];

declare_rule! {
    /// ## What it does
    /// Checks `RuntimePlatform` of a Fargate-bound task definition whose `OperatingSystemFamily`
    /// is a Windows family:
    /// - `CpuArchitecture` must be `X86_64` (or omitted): `ARM64` with Windows is an error;
    /// - the family should be one AWS documents for Fargate (Windows Server 2019 or 2022, Full
    ///   or Core). Other families in the CloudFormation schema (2016, 2004, 20H2, 2025) are
    ///   reported as warnings: the catalog could not confirm whether Fargate offers them (U8).
    ///
    /// TD-13 covers the same ground for all operating systems; this rule is the Windows part of
    /// it from the catalog's Windows section, kept for the Windows migration checklist.
    ///
    /// ## Why it fails at deploy
    /// Fargate runs Windows containers only on x86-64 hosts with the Windows Server versions it
    /// supports, and a Windows container image must match the host's Windows Server version. ECS
    /// rejects a Windows task definition for `ARM64`, and a family Fargate does not offer leaves
    /// the task without capacity to run on.
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
    ///         CpuArchitecture: ARM64
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
    ///         CpuArchitecture: X86_64
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix: the family and architecture must match the container image, which the
    /// template does not show.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-windows-fargate.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RuntimePlatform.html>
    /// - <https://github.com/awsdocs/amazon-ecs-developer-guide/blob/49232cf/doc_source/AWS_Fargate.md>
    pub struct WindowsRuntimePlatform {
        code: "WIN-01",
        name: "windows-runtime-platform",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for WindowsRuntimePlatform {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for (td, _) in fargate_task_definitions(ctx) {
            let Some(rp) = td.property("RuntimePlatform") else {
                continue;
            };
            for rp_alt in ctx.resolver.alternatives(&rp.value) {
                let Possible::Value(rp_node) = rp_alt.value else {
                    continue;
                };
                let Some(family) = rp_node.get("OperatingSystemFamily") else {
                    continue;
                };
                let families = ctx.resolver.alternatives(family);
                let arches = ctx.resolver.property(rp_node.get("CpuArchitecture"));
                let mut family_reported = Vec::new();
                for (fam, arch, env) in consistent_pairs(&families, &arches) {
                    let Some(name) = fam.scalar().filter(|f| f.starts_with("WINDOWS")) else {
                        continue;
                    };
                    let Some(env) = env.merge(&rp_alt.env) else {
                        continue;
                    };
                    let Some((binding, env)) = ctx.fargate.task_definition_under(td.id, &env)
                    else {
                        continue;
                    };
                    if arch.scalar() == Some("ARM64")
                        && let Possible::Value(node) = arch.value
                    {
                        let mut f = ctx.finding(
                            &Self::META,
                            &td,
                            ctx.span_in_resource(&td, node.span, rp.value.span),
                            format!(
                                "CpuArchitecture is ARM64 with OperatingSystemFamily {name}{}, but this task definition is {}; Fargate runs Windows containers only on X86_64. Set `CpuArchitecture: X86_64` and use an x86-64 Windows image",
                                when(&env),
                                binding.reason
                            ),
                        );
                        f.related = ctx.bound_because(td.id);
                        out.push(f);
                    }
                    if !FARGATE_FAMILIES.contains(&name) && !family_reported.contains(&name) {
                        family_reported.push(name);
                        let Possible::Value(node) = fam.value else {
                            continue;
                        };
                        let mut f = ctx.finding(
                            &Self::META,
                            &td,
                            ctx.span_in_resource(&td, node.span, rp.value.span),
                            format!(
                                "OperatingSystemFamily {name}{} is not one of the Windows Server versions AWS documents for Fargate (2019 and 2022, Full or Core), and this task definition is {}; the task may find no capacity. Use a documented family that matches the image",
                                when(&env),
                                binding.reason
                            ),
                        );
                        f.severity = Severity::Warning;
                        f.related = ctx.bound_because(td.id);
                        out.push(f);
                    }
                }
            }
        }
    }
}
