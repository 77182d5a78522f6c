//! TD-16: container Cpu and Memory must fit in the task-level size.

use super::{container_name, fargate_task_definitions, origin_note};
use crate::declare_rule;
use crate::finding::{Finding, Related};
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::sizes::{self, ParsedMemory};
use crate::value::Node;

declare_rule! {
    /// ## What it does
    /// Checks a Fargate-bound task definition's containers against its task size: the container
    /// `Cpu` values together may not exceed the task `Cpu`, no container `Memory` may exceed the
    /// task `Memory`, and the memory the containers reserve (`MemoryReservation`, else `Memory`)
    /// together must fit in the task `Memory`.
    ///
    /// ## Why it fails at deploy
    /// Container sizes are optional on Fargate but, when given, must fit inside the task. ECS
    /// refuses the task definition with `The sum of all container 'cpu' values cannot be greater
    /// than the value of the task 'cpu'.` or `The 'memory' setting for container 'X' is greater
    /// than for the task.` A container value that varies with a parameter or condition counts
    /// with its smallest possible value, and a container chosen by `Fn::If` is not counted, so
    /// the rule only reports sizes that cannot fit. Reservations that add up to more than the
    /// task memory are a warning: ECS registers such task definitions (public AWS CDK
    /// integration tests deploy them), but the containers cannot all get what they reserve.
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
    ///           Cpu: 512
    ///           Memory: 1024
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
    ///           Cpu: 512
    ///           Memory: 1024
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Raising the task size to the next Fargate size that holds the
    /// containers keeps their limits and costs more; lowering container limits changes how the
    /// application behaves.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html>
    pub struct ContainersFitTask {
        code: "TD-16",
        name: "containers-fit-task",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

/// The smallest value an integer container property can have, with its node, when every
/// alternative is a known integer; else `None` (counted as 0, which never causes a finding).
fn least<'t>(ctx: &Context<'t>, node: Option<&'t Node>) -> Option<(u64, &'t Node)> {
    let node = node?;
    let mut best: Option<(u64, &Node)> = None;
    for alt in ctx.resolver.alternatives(node) {
        let Possible::Value(v) = alt.value else {
            return None;
        };
        let n: u64 = v.as_scalar()?.trim().parse().ok()?;
        if best.is_none_or(|(b, _)| n < b) {
            best = Some((n, v));
        }
    }
    best
}

struct Sizes<'t> {
    name: String,
    /// The name as written, for quoting the ECS message.
    raw_name: &'t str,
    cpu: Option<(u64, &'t Node)>,
    memory: Option<(u64, &'t Node)>,
    /// The container's `Memory` value as written, for spans.
    memory_at: Option<&'t Node>,
    reserved: u64,
}

impl Rule for ContainersFitTask {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for (td, _) in fargate_task_definitions(ctx) {
            // Only containers written out in a plain list: two lists chosen by `Fn::If` never run
            // together, and a container behind `Fn::If` may be absent, so it counts as 0.
            let Some(list) = td
                .property("ContainerDefinitions")
                .and_then(|e| e.value.as_sequence())
            else {
                continue;
            };
            let sized: Vec<Sizes> = list
                .iter()
                .filter(|c| c.as_mapping().is_some() && c.as_intrinsic().is_none())
                .map(|c| {
                    let memory = least(ctx, c.get("Memory"));
                    let reservation = least(ctx, c.get("MemoryReservation"));
                    let reserved = match (c.get("MemoryReservation"), reservation, memory) {
                        (Some(_), Some((r, _)), _) => r,
                        (Some(_), None, _) => 0,
                        (None, _, Some((m, _))) => m,
                        (None, _, None) => 0,
                    };
                    Sizes {
                        name: container_name(c),
                        raw_name: c.get("Name").and_then(Node::as_scalar).unwrap_or("X"),
                        cpu: least(ctx, c.get("Cpu")),
                        memory,
                        memory_at: c.get("Memory"),
                        reserved,
                    }
                })
                .collect();
            if sized.is_empty() {
                continue;
            }
            if let Some(cpu_entry) = td.property("Cpu") {
                let total: u64 = sized.iter().filter_map(|s| s.cpu.map(|c| c.0)).sum();
                for alt in ctx.resolver.alternatives(&cpu_entry.value) {
                    let Possible::Value(node) = alt.value else {
                        continue;
                    };
                    let Some((units, _)) = node.as_scalar().and_then(sizes::parse_cpu) else {
                        continue;
                    };
                    if total <= u64::from(units) {
                        continue;
                    }
                    let Some((binding, env)) = ctx.fargate.task_definition_under(td.id, &alt.env)
                    else {
                        continue;
                    };
                    let mut f = ctx.finding(
                        &Self::META,
                        &td,
                        ctx.span_in_resource(&td, node.span, cpu_entry.value.span),
                        format!(
                            "the containers' Cpu values add up to {total} units, more than the task Cpu of {units}{}; this task definition is {}, and ECS refuses it (\"The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'.\"). Raise the task Cpu to a Fargate size of at least {total} units or lower the container values",
                            when(&env),
                            binding.reason
                        ),
                    );
                    f.related = origin_note(ctx, &td, node, "Cpu");
                    for s in &sized {
                        if let Some((c, n)) = s.cpu {
                            f.related.push(Related {
                                span: n.span,
                                message: format!("container {} asks for {c} CPU units", s.name),
                            });
                        }
                    }
                    out.push(f);
                }
            }
            let Some(mem_entry) = td.property("Memory") else {
                continue;
            };
            for alt in ctx.resolver.alternatives(&mem_entry.value) {
                let Possible::Value(node) = alt.value else {
                    continue;
                };
                let Some(ParsedMemory::Mib(mib)) = node.as_scalar().and_then(sizes::parse_memory)
                else {
                    continue;
                };
                let mib = u64::from(mib);
                let Some((binding, env)) = ctx.fargate.task_definition_under(td.id, &alt.env)
                else {
                    continue;
                };
                let mut too_big = false;
                for s in &sized {
                    let Some((m, n)) = s.memory else { continue };
                    if m <= mib {
                        continue;
                    }
                    too_big = true;
                    let mut f = ctx.finding(
                        &Self::META,
                        &td,
                        ctx.span_in_resource(&td, n.span, s.memory_at.map_or(n.span, |x| x.span)),
                        format!(
                            "container {} has a Memory limit of {m} MiB, more than the task Memory of {mib} MiB{}; this task definition is {}, and ECS refuses it (\"The 'memory' setting for container '{}' is greater than for the task.\"). Raise the task Memory to a Fargate size of at least {m} MiB or lower the container limit",
                            s.name,
                            when(&env),
                            binding.reason,
                            s.raw_name
                        ),
                    );
                    f.related = origin_note(ctx, &td, node, "Memory");
                    out.push(f);
                }
                let reserved: u64 = sized.iter().map(|s| s.reserved).sum();
                if too_big || reserved <= mib {
                    continue;
                }
                let mut f = ctx.finding(
                    &Self::META,
                    &td,
                    ctx.span_in_resource(&td, node.span, mem_entry.value.span),
                    format!(
                        "the containers reserve {reserved} MiB of memory together (MemoryReservation, else Memory), more than the task Memory of {mib} MiB{}; this task definition is {}, and under memory pressure the containers cannot all get what they reserve. Raise the task Memory to a Fargate size of at least {reserved} MiB or lower the reservations",
                        when(&env),
                        binding.reason
                    ),
                );
                f.related = origin_note(ctx, &td, node, "Memory");
                // ECS registers such task definitions (public CDK integration tests that deploy
                // have them), so this part is a warning, not an error.
                f.severity = crate::finding::Severity::Warning;
                out.push(f);
            }
        }
    }
}
