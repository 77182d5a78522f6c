//! Shared checks for rules about one task-level or container-level property of a Fargate-bound
//! task definition: walk the property's alternatives, let the rule judge each known value, and
//! report what it finds under the assumptions that make the task definition Fargate-bound.

use super::{container_name, containers, fargate_task_definitions, origin_note};
use crate::finding::Finding;
use crate::resolve::{Alternative, Env, Possible};
use crate::rule::{Context, RuleMeta, when};
use crate::span::Span;
use crate::template::Resource;
use crate::value::{Entry, Node};

/// What a rule finds wrong with one alternative of a property.
pub(crate) struct Problem {
    /// What is wrong, e.g. "IpcMode is `host`".
    pub what: String,
    /// Why Fargate rejects it and what to do instead.
    pub advice: String,
}

/// One alternative of a value reached through a path of keys, with the last entry on the path
/// (when the last key is written) for spans.
pub(crate) struct PathValue<'t> {
    pub alt: Alternative<'t>,
    pub entry: Option<&'t Entry>,
}

/// The alternatives of `base.k1.k2...`: intermediate intrinsics are resolved and their
/// assumptions combined. A missing key gives an `Absent` alternative, an unknown intermediate
/// value an `Unknown` one.
pub(crate) fn path_values<'t>(
    ctx: &Context<'t>,
    base: &'t Node,
    path: &[&str],
) -> Vec<PathValue<'t>> {
    let mut current = vec![PathValue {
        alt: Alternative {
            value: Possible::Value(base),
            env: Env::default(),
        },
        entry: None,
    }];
    for key in path {
        let mut next = Vec::new();
        for pv in current {
            let Possible::Value(node) = pv.alt.value else {
                next.push(pv);
                continue;
            };
            let Some(entry) = node.entry(key) else {
                next.push(PathValue {
                    alt: Alternative {
                        value: if node.as_mapping().is_some() {
                            Possible::Absent
                        } else {
                            Possible::Unknown
                        },
                        env: pv.alt.env,
                    },
                    entry: None,
                });
                continue;
            };
            for a in ctx.resolver.alternatives(&entry.value) {
                if let Some(env) = pv.alt.env.merge(&a.env) {
                    next.push(PathValue {
                        alt: Alternative {
                            value: a.value,
                            env,
                        },
                        entry: Some(entry),
                    });
                }
            }
        }
        current = next;
    }
    current
}

/// Whether a scalar spells boolean true (`true`, `"true"`, `"True"`).
pub(crate) fn is_true(text: &str) -> bool {
    text.eq_ignore_ascii_case("true")
}

/// Where to point at an alternative: the key of the property when `at_key`, else the value (the
/// `Fn::If` branch that holds it, when it lies in the resource).
pub(crate) fn span_of(
    ctx: &Context<'_>,
    td: &Resource<'_>,
    pv: &PathValue<'_>,
    at_key: bool,
) -> Option<Span> {
    let entry = pv.entry?;
    if at_key {
        return Some(entry.key_span);
    }
    Some(match pv.alt.value {
        Possible::Value(node) => ctx.span_in_resource(td, node.span, entry.value.span),
        _ => entry.value.span,
    })
}

/// Reports a task-level property (at `path` under `Properties`) of every Fargate-bound task
/// definition, for each alternative `judge` finds wrong. `judge` sees known values only.
pub(crate) fn check_task_property(
    ctx: &Context<'_>,
    meta: &'static RuleMeta,
    path: &[&str],
    at_key: bool,
    judge: impl Fn(&Resource<'_>, &Node) -> Option<Problem>,
    out: &mut Vec<Finding>,
) {
    for (td, _) in fargate_task_definitions(ctx) {
        let Some(props) = td.properties() else {
            continue;
        };
        for pv in path_values(ctx, props, path) {
            let Possible::Value(node) = pv.alt.value else {
                continue;
            };
            let Some(problem) = judge(&td, node) else {
                continue;
            };
            let Some((binding, env)) = ctx.fargate.task_definition_under(td.id, &pv.alt.env) else {
                continue;
            };
            let Some(span) = span_of(ctx, &td, &pv, at_key) else {
                continue;
            };
            let mut f = ctx.finding(
                meta,
                &td,
                span,
                format!(
                    "{}{}, but this task definition is {}; {}",
                    problem.what,
                    when(&env),
                    binding.reason,
                    problem.advice
                ),
            );
            f.related = origin_note(ctx, &td, node, path.last().copied().unwrap_or_default());
            f.related.extend(ctx.bound_because(td.id));
            out.push(f);
        }
    }
}

/// Reports a container-level property (at `path` in each container definition) of every
/// Fargate-bound task definition, for each alternative `judge` finds wrong. `judge` sees known
/// values only.
pub(crate) fn check_container_property(
    ctx: &Context<'_>,
    meta: &'static RuleMeta,
    path: &[&str],
    at_key: bool,
    judge: impl Fn(&Resource<'_>, &Node) -> Option<Problem>,
    out: &mut Vec<Finding>,
) {
    for (td, _) in fargate_task_definitions(ctx) {
        for container in containers(ctx, &td) {
            for pv in path_values(ctx, container, path) {
                let Possible::Value(node) = pv.alt.value else {
                    continue;
                };
                let Some(problem) = judge(&td, node) else {
                    continue;
                };
                let Some((binding, env)) = ctx.fargate.task_definition_under(td.id, &pv.alt.env)
                else {
                    continue;
                };
                let Some(span) = span_of(ctx, &td, &pv, at_key) else {
                    continue;
                };
                let mut f = ctx.finding(
                    meta,
                    &td,
                    span,
                    format!(
                        "in container {}, {}{}, but this task definition is {}; {}",
                        container_name(container),
                        problem.what,
                        when(&env),
                        binding.reason,
                        problem.advice
                    ),
                );
                f.related = origin_note(ctx, &td, node, path.last().copied().unwrap_or_default());
                f.related.extend(ctx.bound_because(td.id));
                out.push(f);
            }
        }
    }
}

/// Whether a list value has at least one item.
pub(crate) fn non_empty_list(node: &Node) -> bool {
    node.as_sequence().is_some_and(|s| !s.is_empty())
}
