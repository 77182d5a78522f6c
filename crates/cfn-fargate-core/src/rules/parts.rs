//! Shared walks for the LP-* and VOL-* rules: values set inside containers' `LinuxParameters`
//! and inside a task definition's `Volumes`, each with the assumptions under which it holds and
//! why the task definition is Fargate-bound then.

use super::{containers, fargate_task_definitions, task_os};
use crate::resolve::{Env, Possible};
use crate::rule::Context;
use crate::sizes::Os;
use crate::template::Resource;
use crate::value::{Entry, Node};

/// One property set inside a Fargate-bound task definition, under one alternative.
pub(crate) struct Hit<'t> {
    pub td: Resource<'t>,
    /// The container, for properties inside `LinuxParameters`.
    pub container: Option<&'t Node>,
    /// The mapping that holds the property (the `LinuxParameters` or the volume).
    pub parent: &'t Node,
    /// The property's key and written value.
    pub entry: &'t Entry,
    /// The value under this alternative.
    pub value: &'t Node,
    /// The assumptions, combined with those that make the task definition Fargate-bound.
    pub env: Env,
    /// Why the task definition is Fargate-bound (for messages).
    pub reason: String,
    pub os: Os,
}

impl Hit<'_> {
    /// "volume `data`" (for volume properties).
    pub fn volume_note(&self) -> String {
        let name = self
            .parent
            .get("Name")
            .and_then(Node::as_scalar)
            .map_or_else(|| "(unnamed)".to_string(), |n| format!("`{n}`"));
        format!("volume {name}")
    }

    /// " in container `app`" or "".
    pub fn container_note(&self) -> String {
        self.container
            .map(|c| format!("in container {}, ", super::container_name(c)))
            .unwrap_or_default()
    }
}

/// Values of `LinuxParameters.<key>` in the containers of Fargate-bound task definitions.
/// Absent and unknown values are left out.
pub(crate) fn linux_parameters<'t>(ctx: &'t Context<'t>, key: &str) -> Vec<Hit<'t>> {
    let mut out = Vec::new();
    for (td, _) in fargate_task_definitions(ctx) {
        let os = task_os(ctx, &td);
        for container in containers(ctx, &td) {
            let Some(lp) = container.get("LinuxParameters") else {
                continue;
            };
            collect(ctx, &td, Some(container), lp, key, os, &mut out);
        }
    }
    out
}

/// Values of `<key>` in the `Volumes` of Fargate-bound task definitions.
pub(crate) fn volume_properties<'t>(ctx: &'t Context<'t>, key: &str) -> Vec<Hit<'t>> {
    let mut out = Vec::new();
    for (td, _) in fargate_task_definitions(ctx) {
        let os = task_os(ctx, &td);
        for (volume, env) in volumes(ctx, &td) {
            collect_in(ctx, &td, None, volume, key, os, &env, &mut out);
        }
    }
    out
}

/// The volume mappings of a task definition, each with its assumptions.
pub(crate) fn volumes<'t>(ctx: &'t Context<'t>, td: &Resource<'t>) -> Vec<(&'t Node, Env)> {
    let mut out = Vec::new();
    let Some(entry) = td.property("Volumes") else {
        return out;
    };
    for alt in ctx.resolver.alternatives(&entry.value) {
        let Possible::Value(list) = alt.value else {
            continue;
        };
        for item in list.as_sequence().unwrap_or_default() {
            for a in ctx.resolver.alternatives(item) {
                if let Possible::Value(v) = a.value
                    && v.as_mapping().is_some()
                    && let Some(env) = alt.env.merge(&a.env)
                {
                    out.push((v, env));
                }
            }
        }
    }
    out
}

fn collect<'t>(
    ctx: &'t Context<'t>,
    td: &Resource<'t>,
    container: Option<&'t Node>,
    holder: &'t Node,
    key: &str,
    os: Os,
    out: &mut Vec<Hit<'t>>,
) {
    for alt in ctx.resolver.alternatives(holder) {
        if let Possible::Value(parent) = alt.value {
            collect_in(ctx, td, container, parent, key, os, &alt.env, out);
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn collect_in<'t>(
    ctx: &'t Context<'t>,
    td: &Resource<'t>,
    container: Option<&'t Node>,
    parent: &'t Node,
    key: &str,
    os: Os,
    env: &Env,
    out: &mut Vec<Hit<'t>>,
) {
    let Some(entry) = parent.entry(key) else {
        return;
    };
    for alt in ctx.resolver.alternatives(&entry.value) {
        let Possible::Value(value) = alt.value else {
            continue;
        };
        let Some(env) = env.merge(&alt.env) else {
            continue;
        };
        let Some((binding, env)) = ctx.fargate.task_definition_under(td.id, &env) else {
            continue;
        };
        out.push(Hit {
            td: *td,
            container,
            parent,
            entry,
            value,
            env,
            reason: binding.reason.clone(),
            os,
        });
    }
}

/// Report every `LinuxParameters.<key>` that is set in a Fargate-bound Linux task definition (an
/// empty list counts as not set). `why` completes "Fargate ..." and `advice` says what to do.
pub(crate) fn report_linux_parameter(
    ctx: &Context<'_>,
    meta: &'static crate::rule::RuleMeta,
    key: &str,
    why: &str,
    advice: &str,
    out: &mut Vec<crate::finding::Finding>,
) {
    for hit in linux_parameters(ctx, key) {
        // LinuxParameters as a whole is LP-07's on Windows.
        if hit.os == Os::Windows || hit.value.as_sequence().is_some_and(<[Node]>::is_empty) {
            continue;
        }
        let mut f = ctx.finding(
            meta,
            &hit.td,
            hit.entry.key_span,
            format!(
                "{}LinuxParameters.{key} is set{}, but this task definition is {}; Fargate {why}. {advice}",
                hit.container_note(),
                crate::rule::when(&hit.env),
                hit.reason
            ),
        );
        f.related = ctx.bound_because(hit.td.id);
        out.push(f);
    }
}
