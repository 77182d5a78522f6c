//! Helpers shared by the service, task set, cluster and scheduled-task rules.

use crate::fargate::Binding;
use crate::references::resource_targets;
use crate::resolve::{Alternative, Env, Possible};
use crate::rule::Context;
use crate::template::Resource;
use crate::value::{Entry, Node};

pub(crate) const TASK_SET: &str = "AWS::ECS::TaskSet";
pub(crate) const CLUSTER: &str = "AWS::ECS::Cluster";
pub(crate) const ASSOCIATIONS: &str = "AWS::ECS::ClusterCapacityProviderAssociations";
pub(crate) const CAPACITY_PROVIDER: &str = "AWS::ECS::CapacityProvider";

/// One alternative of a launcher's property under which the launcher runs on Fargate.
pub(crate) struct FargateAlt<'t> {
    pub entry: &'t Entry,
    pub alt: Alternative<'t>,
    pub binding: &'t Binding,
    pub env: Env,
}

/// The alternatives of a present property of a service or task set under which it launches on
/// Fargate (absent alternatives are left out).
pub(crate) fn fargate_alternatives<'t>(
    ctx: &Context<'t>,
    res: &Resource<'t>,
    key: &str,
) -> Vec<FargateAlt<'t>> {
    let Some(entry) = res.property(key) else {
        return Vec::new();
    };
    ctx.resolver
        .alternatives(&entry.value)
        .into_iter()
        .filter_map(|alt| {
            if matches!(alt.value, Possible::Absent) {
                return None;
            }
            let (binding, env) = ctx.fargate.launcher_under(res.id, &alt.env)?;
            Some(FargateAlt {
                entry,
                alt,
                binding,
                env,
            })
        })
        .collect()
}

/// Resources of a launcher type (service or task set) that launch on Fargate somewhere.
pub(crate) fn fargate_launchers<'c>(
    ctx: &'c Context<'_>,
    type_name: &'c str,
) -> impl Iterator<Item = Resource<'c>> {
    ctx.template
        .resources_of_type(type_name)
        .filter(|r| ctx.fargate.launcher(r.id).is_some())
}

/// The items of a list value: how many are surely present (no alternative is `AWS::NoValue`),
/// how many may be present, and each item's known values with their assumptions.
pub(crate) struct Items<'t> {
    pub sure: usize,
    pub maybe: usize,
    pub values: Vec<(&'t Node, Env)>,
}

pub(crate) fn list_items<'t>(ctx: &Context<'t>, list: &'t Node) -> Option<Items<'t>> {
    let seq = list.as_sequence()?;
    let mut items = Items {
        sure: 0,
        maybe: 0,
        values: Vec::new(),
    };
    for item in seq {
        let alts = ctx.resolver.alternatives(item);
        let absent = alts
            .iter()
            .filter(|a| matches!(a.value, Possible::Absent))
            .count();
        if absent == 0 {
            items.sure += 1;
        }
        if absent < alts.len() {
            items.maybe += 1;
        }
        for a in alts {
            if let Possible::Value(n) = a.value {
                items.values.push((n, a.env));
            }
        }
    }
    Some(items)
}

/// The clusters in the template that a launcher's `Cluster` value names.
pub(crate) fn clusters_of<'t>(ctx: &Context<'t>, node: Option<&'t Node>) -> Vec<Resource<'t>> {
    let Some(node) = node else {
        return Vec::new();
    };
    resource_targets(ctx.template, node)
        .into_iter()
        .filter_map(|(id, _)| ctx.template.resource(&id))
        .filter(|r| r.type_name() == Some(CLUSTER))
        .collect()
}

/// The ClusterCapacityProviderAssociations resources that attach to `cluster`.
pub(crate) fn associations_of<'t>(ctx: &Context<'t>, cluster: &Resource<'t>) -> Vec<Resource<'t>> {
    let cluster_name = cluster
        .property("ClusterName")
        .and_then(|e| e.value.as_scalar());
    ctx.template
        .resources_of_type(ASSOCIATIONS)
        .filter(|a| {
            let Some(c) = a.property("Cluster") else {
                return false;
            };
            resource_targets(ctx.template, &c.value)
                .iter()
                .any(|(id, _)| id == cluster.id)
                || (cluster_name.is_some() && c.value.as_scalar() == cluster_name)
        })
        .collect()
}

/// How a capacity provider is named: a literal name, or the logical ID of a capacity provider
/// resource in the template. `None` when it cannot be known.
pub(crate) fn provider_key(ctx: &Context<'_>, node: &Node) -> Option<String> {
    if let Some(text) = node.as_scalar() {
        return Some(text.to_string());
    }
    if let Some(("Ref", arg)) = node.as_intrinsic()
        && let Some(id) = arg.as_scalar()
        && ctx
            .template
            .resource(id)
            .is_some_and(|r| r.type_name() == Some(CAPACITY_PROVIDER))
    {
        return Some(id.to_string());
    }
    None
}

/// Whether a provider key names a Fargate provider.
pub(crate) fn is_fargate_provider(key: &str) -> bool {
    matches!(key, "FARGATE" | "FARGATE_SPOT")
}

/// The providers a list of capacity providers (on a cluster or an association) names, over all
/// its alternatives; `None` when any of them cannot be known.
pub(crate) fn provider_list(ctx: &Context<'_>, node: Option<&Node>) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let Some(node) = node else {
        return Some(out);
    };
    for alt in ctx.resolver.alternatives(node) {
        match alt.value {
            Possible::Absent => {}
            Possible::Unknown => return None,
            Possible::Value(list) => {
                for item in list.as_sequence()? {
                    for a in ctx.resolver.alternatives(item) {
                        match a.value {
                            Possible::Absent => {}
                            Possible::Unknown => out.push(provider_key(ctx, item)?),
                            Possible::Value(n) => out.push(provider_key(ctx, n)?),
                        }
                    }
                }
            }
        }
    }
    Some(out)
}

/// The task definitions in the template a launcher uses.
pub(crate) fn task_definitions<'t>(
    ctx: &Context<'t>,
    launcher: &Resource<'t>,
) -> Vec<Resource<'t>> {
    crate::fargate::task_definitions_of(ctx.template, launcher)
        .iter()
        .filter_map(|id| ctx.template.resource(id))
        .collect()
}

/// Whether any task definition the launcher uses is a Windows task (on every alternative).
pub(crate) fn runs_windows(ctx: &Context<'_>, launcher: &Resource<'_>) -> Option<String> {
    task_definitions(ctx, launcher)
        .into_iter()
        .find(|td| matches!(super::task_os(ctx, td), crate::sizes::Os::Windows))
        .map(|td| td.id.to_string())
}

/// Whether an alternative is a list with items (or another known value that is not a list).
pub(crate) fn non_empty(alt: &Alternative<'_>) -> bool {
    matches!(alt.value, Possible::Value(n) if n.as_sequence().is_none_or(|s| !s.is_empty()))
}

/// Related information pointing at what makes a launcher run on Fargate.
pub(crate) fn launched_here(binding: &Binding) -> Vec<crate::finding::Related> {
    vec![crate::finding::Related {
        span: binding.span,
        message: binding.reason.clone(),
    }]
}

/// The Fargate services and task sets whose `LoadBalancers` point at target group `tg`, with
/// the load balancer entry.
pub(crate) fn launchers_targeting<'t>(
    ctx: &Context<'t>,
    tg: &str,
) -> Vec<(Resource<'t>, &'t Node)> {
    let mut out = Vec::new();
    for type_name in [super::SERVICE, TASK_SET] {
        for res in ctx.template.resources_of_type(type_name) {
            if ctx.fargate.launcher(res.id).is_none() {
                continue;
            }
            let Some(lbs) = res
                .property("LoadBalancers")
                .and_then(|e| e.value.as_sequence())
            else {
                continue;
            };
            for lb in lbs {
                if lb.get("TargetGroupArn").is_some_and(|t| {
                    resource_targets(ctx.template, t)
                        .iter()
                        .any(|(id, _)| id == tg)
                }) {
                    out.push((res, lb));
                }
            }
        }
    }
    out
}

/// The VPC resources a value references (`Ref` or `Fn::GetAtt` to an `AWS::EC2::VPC`).
pub(crate) fn vpc_refs(ctx: &Context<'_>, node: &Node) -> Vec<String> {
    resource_targets(ctx.template, node)
        .into_iter()
        .filter(|(id, _)| {
            ctx.template
                .resource(id)
                .is_some_and(|r| r.type_name() == Some("AWS::EC2::VPC"))
        })
        .map(|(id, _)| id)
        .collect()
}

/// A non-Fargate provider listed, under consistent assumptions, next to a Fargate provider in a
/// strategy: its name, span and the combined assumptions.
pub(crate) fn mixed_provider(
    ctx: &Context<'_>,
    items: &Items<'_>,
) -> Option<(String, crate::span::Span, Env)> {
    let mut named = Vec::new();
    for (item, item_env) in &items.values {
        let Some(provider) = item.get("CapacityProvider") else {
            continue;
        };
        for a in ctx.resolver.alternatives(provider) {
            let name = match a.value {
                Possible::Value(n) => provider_key(ctx, n),
                Possible::Unknown => provider_key(ctx, provider),
                Possible::Absent => None,
            };
            if let (Some(name), Some(env)) = (name, item_env.merge(&a.env)) {
                named.push((name, provider.span, env));
            }
        }
    }
    for (f, _, f_env) in &named {
        if !is_fargate_provider(f) {
            continue;
        }
        for (o, span, o_env) in &named {
            if is_fargate_provider(o) {
                continue;
            }
            if let Some(env) = f_env.merge(o_env) {
                return Some((o.clone(), *span, env));
            }
        }
    }
    None
}
