//! TD-05: task Cpu and Memory must form a Fargate size.

use super::fixes;
use super::{fargate_task_definitions, origin_note, task_os};
use crate::declare_rule;
use crate::edit::NewValue;
use crate::finding::{Applicability, Finding, Severity};
use crate::resolve::{Assumption, Env, Possible, consistent_pairs};
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::sizes::{self, ParsedMemory};

declare_rule! {
    /// ## What it does
    /// Checks that a Fargate-bound task definition's `Cpu` and `Memory` are one of the Fargate task
    /// sizes: 74 pairs on Linux, 43 on Windows (1, 2 and 4 vCPU only). Values are read in every
    /// spelling ECS accepts (`1024`, `"1 vCPU"`, `".25 vcpu"`, `"2GB"`, `"2 gb"`) and through
    /// intrinsic functions: each `Fn::If` branch, each `AllowedValues` entry (else the `Default`) of
    /// a parameter, each row of a mapping. Cpu and Memory chosen by the same condition, parameter or
    /// mapping row are checked together, never as a cross product. A value that cannot be known
    /// (an import, a parameter without default) is not checked.
    ///
    /// ## Why it fails at deploy
    /// ECS accepts only the sizes in the table and rejects the task definition with
    /// `No Fargate configuration exists for given values.` Memory steps differ per tier: 1 GB up
    /// to 4 vCPU, 4 GB at 8 vCPU, 8 GB at 16 vCPU, and .25 vCPU allows only 512, 1024 and 2048.
    /// Memory in an undocumented unit (`"2048 MiB"`) is reported as a warning and not checked.
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
    ///       Memory: 4096
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
    ///       Memory: 4096
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    /// ```
    ///
    /// ## Fix safety
    /// Unsafe: a literal Memory is raised to the next valid value for the task's Cpu (never
    /// lowered). The size sets the cost, so it is applied only when asked.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html>
    pub struct ValidTaskSize {
        code: "TD-05",
        name: "valid-task-size",
        severity: Error,
        cfn_lint: ["E3047"],
        fix: Sometimes,
    }
}

impl Rule for ValidTaskSize {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for (td, _binding) in fargate_task_definitions(ctx) {
            let (Some(cpu_entry), Some(mem_entry)) = (td.property("Cpu"), td.property("Memory"))
            else {
                continue;
            };
            let os = task_os(ctx, &td);
            let cpus = ctx.resolver.alternatives(&cpu_entry.value);
            let mems = ctx.resolver.alternatives(&mem_entry.value);
            // Memory spellings are reported once per value, not once per CPU it pairs with.
            for mem in &mems {
                let Possible::Value(node) = mem.value else {
                    continue;
                };
                if ctx.fargate.task_definition_under(td.id, &mem.env).is_none() {
                    continue;
                }
                let Some(text) = node.as_scalar() else {
                    continue;
                };
                let span = ctx.span_in_resource(&td, node.span, mem_entry.value.span);
                let message = match sizes::parse_memory(text) {
                    Some(ParsedMemory::Mib(_)) => continue,
                    Some(ParsedMemory::Undocumented(mib)) => format!(
                        "Memory `{text}` uses a unit ECS does not document{}; write `{mib}` (MiB) or a GB value such as \"{} GB\"",
                        when(&mem.env),
                        f64::from(mib) / 1024.0
                    ),
                    None => format!(
                        "Memory `{text}` is not a size ECS reads{}; write MiB as an integer (`2048`) or GB as `\"2 GB\"`",
                        when(&mem.env)
                    ),
                };
                let mut f = ctx.finding(&Self::META, &td, span, message);
                if matches!(
                    sizes::parse_memory(text),
                    Some(ParsedMemory::Undocumented(_))
                ) {
                    f.severity = Severity::Warning;
                }
                f.related = origin_note(ctx, &td, node, "Memory");
                out.push(f);
            }
            // Pairs whose Cpu and Memory vary with different parameters or conditions are
            // combinations the deployer may or may not choose: they are summed up in one warning,
            // unless the parameters' defaults already make the pair invalid.
            let mut combinations: Vec<(u32, u32, Env)> = Vec::new();
            for (cpu, mem, env) in consistent_pairs(&cpus, &mems) {
                let (Possible::Value(cpu_node), Possible::Value(mem_node)) = (cpu.value, mem.value)
                else {
                    continue;
                };
                let (Some(cpu_text), Some(mem_text)) = (cpu_node.as_scalar(), mem_node.as_scalar())
                else {
                    continue;
                };
                let Some((_, env)) = ctx.fargate.task_definition_under(td.id, &env) else {
                    continue;
                };
                // An unreadable or invalid Cpu is TD-06's to report.
                let Some((units, _)) = sizes::parse_cpu(cpu_text) else {
                    continue;
                };
                let Some(tier) = sizes::tier(units, os) else {
                    continue;
                };
                let Some(ParsedMemory::Mib(mib)) = sizes::parse_memory(mem_text) else {
                    continue;
                };
                if tier.allows_memory(mib) {
                    continue;
                }
                let paired =
                    cpu.env.variables_within(&mem.env) || mem.env.variables_within(&cpu.env);
                if !paired && !uses_defaults(ctx, &env) {
                    if !combinations
                        .iter()
                        .any(|(c, m, _)| (*c, *m) == (units, mib))
                    {
                        combinations.push((units, mib, env));
                    }
                    continue;
                }
                let defaults = if paired {
                    ""
                } else {
                    " with the parameters' default values"
                };
                let span = ctx.span_in_resource(&td, mem_node.span, mem_entry.value.span);
                let os_note = if os == sizes::Os::Windows {
                    " on Windows"
                } else {
                    ""
                };
                let mut f = ctx.finding(
                    &Self::META,
                    &td,
                    span,
                    format!(
                        "Memory {mib} MiB is not a Fargate size for Cpu {}{os_note}{}{defaults}; with this Cpu, Memory must be one of {} (ECS: \"No Fargate configuration exists for given values\")",
                        sizes::describe_cpu(units),
                        when(&env),
                        sizes::describe_memories(tier)
                    ),
                );
                f.related = origin_note(ctx, &td, mem_node, "Memory");
                f.related.extend(origin_note(ctx, &td, cpu_node, "Cpu"));
                // Round Memory up within this Cpu's tier; never down.
                if env.is_empty()
                    && fixes::is_local_literal(&td, mem_node)
                    && let Some(memory) = crate::sizing::memory_for_cpu(units, mib, os)
                {
                    f.fix = Some(fixes::replace_value(
                        ctx,
                        mem_node,
                        &NewValue::str(memory.to_string()),
                        format!(
                            "Set Memory to {memory} MiB, the next Fargate size for this Cpu (raises the cost)"
                        ),
                        Applicability::Unsafe,
                    ));
                }
                out.push(f);
            }
            if let Some((units, mib, env)) = combinations.first() {
                let mut f = ctx.finding(
                    &Self::META,
                    &td,
                    mem_entry.value.span,
                    format!(
                        "{} of the Cpu and Memory combinations this template allows are not Fargate sizes, for example Memory {mib} MiB with Cpu {}{}; the stack fails to deploy when one is chosen. Allow only valid pairs, for example by choosing both from one mapping row keyed by a single size parameter",
                        combinations.len(),
                        sizes::describe_cpu(*units),
                        when(env)
                    ),
                );
                f.severity = Severity::Warning;
                out.push(f);
            }
        }
    }
}

/// Whether every parameter assumption in `env` is that parameter's default value, and there is
/// nothing else assumed (conditions and mapping keys have no defaults).
fn uses_defaults(ctx: &Context<'_>, env: &Env) -> bool {
    env.assumptions().iter().all(|a| match a {
        Assumption::Parameter(name, value) => {
            ctx.template
                .parameter(name)
                .and_then(|p| p.default())
                .and_then(|d| d.as_scalar())
                == Some(value.as_str())
        }
        _ => false,
    })
}
