//! TD-13: Fargate RuntimePlatform: Windows needs X86_64 and a Windows family Fargate supports.

use super::fargate_task_definitions;
use super::props::{PathValue, path_values, span_of};
use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::resolve::{Possible, consistent_pairs};
use crate::rule::{Context, Rule, RuleMeta, when};

/// Windows families the Fargate documentation lists.
const FARGATE_WINDOWS: &[&str] = &[
    "WINDOWS_SERVER_2019_FULL",
    "WINDOWS_SERVER_2019_CORE",
    "WINDOWS_SERVER_2022_FULL",
    "WINDOWS_SERVER_2022_CORE",
];

declare_rule! {
    /// ## What it does
    /// Checks `RuntimePlatform` of a Fargate-bound task definition: a Windows task must use the
    /// `X86_64` CPU architecture, and its `OperatingSystemFamily` should be one Fargate documents
    /// (Windows Server 2019 or 2022, Full or Core).
    ///
    /// ## Why it fails at deploy
    /// Fargate runs Windows containers on x86-64 only; ARM64 (Graviton) is for Linux tasks. The
    /// CloudFormation schema also lists Windows families (2016, 2004, 20H2, 2025) that the Fargate
    /// documentation does not mention; since that part is uncertain, it is reported as a warning.
    /// Whether the image matches the architecture cannot be seen from the template.
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
    /// No automatic fix: the architecture must match the images, which the template does not show.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RuntimePlatform.html>
    /// - <https://github.com/awsdocs/amazon-ecs-developer-guide/blob/49232cf/doc_source/AWS_Fargate.md>
    pub struct RuntimePlatformSupported {
        code: "TD-13",
        name: "runtime-platform-supported",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for RuntimePlatformSupported {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for (td, _) in fargate_task_definitions(ctx) {
            let Some(props) = td.properties() else {
                continue;
            };
            let families = path_values(ctx, props, &["RuntimePlatform", "OperatingSystemFamily"]);
            let archs = path_values(ctx, props, &["RuntimePlatform", "CpuArchitecture"]);
            // Families Fargate does not document, once per value.
            for fam in &families {
                let Some(family) = fam.alt.scalar() else {
                    continue;
                };
                if !family.starts_with("WINDOWS_") || FARGATE_WINDOWS.contains(&family) {
                    continue;
                }
                self.report(
                    ctx,
                    &td,
                    fam,
                    &fam.alt.env,
                    Severity::Warning,
                    format!("OperatingSystemFamily is `{family}`"),
                    "the Fargate documentation lists only Windows Server 2019 and 2022 (Full or Core) for Windows tasks. Use one of those families, or confirm that Fargate accepts this one in your Region",
                    out,
                );
            }
            let fam_alts: Vec<_> = families.iter().map(|p| p.alt.clone()).collect();
            for arch in &archs {
                if arch.alt.scalar() != Some("ARM64") {
                    continue;
                }
                for (fam, _, env) in consistent_pairs(&fam_alts, std::slice::from_ref(&arch.alt)) {
                    let Possible::Value(node) = fam.value else {
                        continue;
                    };
                    let Some(family) = node.as_scalar() else {
                        continue;
                    };
                    if !family.starts_with("WINDOWS_") {
                        continue;
                    }
                    self.report(
                        ctx,
                        &td,
                        arch,
                        &env,
                        Severity::Error,
                        format!("CpuArchitecture is ARM64 with OperatingSystemFamily `{family}`"),
                        "Fargate runs Windows containers on X86_64 only. Set `CpuArchitecture: X86_64` (with Windows images), or use Linux for ARM64",
                        out,
                    );
                }
            }
        }
    }
}

impl RuntimePlatformSupported {
    #[allow(clippy::too_many_arguments)]
    fn report(
        &self,
        ctx: &Context<'_>,
        td: &crate::template::Resource<'_>,
        pv: &PathValue<'_>,
        env: &crate::resolve::Env,
        severity: Severity,
        what: String,
        advice: &str,
        out: &mut Vec<Finding>,
    ) {
        let Some((binding, env)) = ctx.fargate.task_definition_under(td.id, env) else {
            return;
        };
        let Some(span) = span_of(ctx, td, pv, false) else {
            return;
        };
        let mut f = ctx.finding(
            &Self::META,
            td,
            span,
            format!(
                "{what}{}, but this task definition is {}; {advice}",
                when(&env),
                binding.reason
            ),
        );
        f.severity = severity;
        f.related = ctx.bound_because(td.id);
        out.push(f);
    }
}
