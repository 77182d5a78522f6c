//! TD-06: task Cpu must be a Fargate CPU value.

use super::fixes;
use super::{fargate_task_definitions, origin_note, task_os};
use crate::declare_rule;
use crate::edit::NewValue;
use crate::finding::{Applicability, Finding, Severity};
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::sizes::{self, Os, Spelling, TierStatus};

declare_rule! {
    /// ## What it does
    /// Checks that a Fargate-bound task definition's `Cpu` is a Fargate CPU value: 256, 512, 1024,
    /// 2048, 4096, 8192 or 16384 CPU units (or the same in vCPU: `".25 vCPU"`, `"1 vCPU"`). Windows
    /// tasks take only 1024, 2048 and 4096. Values behind `Fn::If`, parameters and mappings are
    /// checked like TD-05 does.
    ///
    /// ## Why it fails at deploy
    /// ECS rejects other values with `Invalid 'cpu' setting for task.` EC2 task definitions may
    /// use any value from 128 units, so templates moved from EC2 often carry one Fargate lacks.
    ///
    /// Two readings avoid false errors where the catalog is uncertain: the 32 vCPU tier (32768),
    /// reported by other tools in 2026 but absent from the AWS API documentation, is a warning,
    /// not an error (U1); `0.25 vCPU` and `0.5 vCPU`, which AWS does not document, are read as 256
    /// and 512 with a warning (U6).
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: awsvpc
    ///       Cpu: 384
    ///       Memory: 1024
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: awsvpc
    ///       Cpu: 512
    ///       Memory: 1024
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    /// ```
    ///
    /// ## Fix safety
    /// Unsafe: a literal Cpu that is no Fargate value is raised to the next one (never lowered);
    /// the size sets the cost.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html>
    pub struct ValidTaskCpu {
        code: "TD-06",
        name: "valid-task-cpu",
        severity: Error,
        cfn_lint: ["E3048"],
        fix: Sometimes,
    }
}

impl Rule for ValidTaskCpu {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for (td, _binding) in fargate_task_definitions(ctx) {
            let Some(entry) = td.property("Cpu") else {
                continue;
            };
            let os = task_os(ctx, &td);
            let valid: Vec<String> = sizes::cpus(os)
                .filter(|&c| sizes::tier(c, os).is_some_and(|t| t.status == TierStatus::Ga))
                .map(|c| c.to_string())
                .collect();
            for alt in ctx.resolver.alternatives(&entry.value) {
                let Possible::Value(node) = alt.value else {
                    continue;
                };
                let Some((_, env)) = ctx.fargate.task_definition_under(td.id, &alt.env) else {
                    continue;
                };
                let Some(text) = node.as_scalar() else {
                    continue;
                };
                let span = ctx.span_in_resource(&td, node.span, entry.value.span);
                let (message, severity) = match sizes::parse_cpu(text) {
                    None => (
                        format!(
                            "Cpu `{text}` is not a CPU value ECS reads{}; use CPU units (`1024`) or vCPU (`\"1 vCPU\"`)",
                            when(&env)
                        ),
                        Severity::Error,
                    ),
                    Some((units, spelling)) => match sizes::tier(units, os) {
                        None => {
                            let windows = if os == Os::Windows {
                                " for a Windows task"
                            } else {
                                ""
                            };
                            (
                                format!(
                                    "Cpu {units} is not a Fargate CPU value{windows}{}; use one of {} CPU units (ECS: \"Invalid 'cpu' setting for task\")",
                                    when(&env),
                                    valid.join(", ")
                                ),
                                Severity::Error,
                            )
                        }
                        Some(tier)
                            if tier.status == TierStatus::New && ctx.options.new_size_tiers =>
                        {
                            continue;
                        }
                        Some(tier) if tier.status == TierStatus::New => (
                            format!(
                                "Cpu {} is the 32 vCPU tier, which AWS's API documentation does not list yet and some regions reject{}; check that your region offers it",
                                sizes::describe_cpu(units),
                                when(&env)
                            ),
                            Severity::Warning,
                        ),
                        Some(_) if spelling == Spelling::Undocumented => (
                            format!(
                                "Cpu `{text}` is read as {units}, but AWS documents this size as `{units}` or `\"{} vCPU\"`{}",
                                if units == 256 { ".25" } else { ".5" },
                                when(&env)
                            ),
                            Severity::Warning,
                        ),
                        Some(_) => continue,
                    },
                };
                let mut f = ctx.finding(&Self::META, &td, span, message);
                f.severity = severity;
                f.related = origin_note(ctx, &td, node, "Cpu");
                // An invalid Cpu is raised to the next Fargate value (never lowered).
                if severity == Severity::Error
                    && env.is_empty()
                    && fixes::is_local_literal(&td, node)
                    && let Some((units, _)) = sizes::parse_cpu(text)
                    && let Some(cpu) = crate::sizing::cpu_at_least(units, os)
                {
                    f.fix = Some(fixes::replace_value(
                        ctx,
                        node,
                        &NewValue::str(cpu.to_string()),
                        format!(
                            "Set Cpu to {}, the next Fargate size (raises the cost)",
                            sizes::describe_cpu(cpu)
                        ),
                        Applicability::Unsafe,
                    ));
                }
                out.push(f);
            }
        }
    }
}
