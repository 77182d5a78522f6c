//! Which resources are Fargate-bound (catalog entry X-01).
//!
//! A task definition is Fargate-bound when its `RequiresCompatibilities` contains FARGATE, or when
//! a service, task set, EventBridge rule target, Scheduler schedule or Pipe that launches on
//! Fargate uses it (through `Ref`, `Fn::GetAtt` or `${X}` in `Fn::Sub`). A launcher launches on
//! Fargate with `LaunchType: FARGATE`, a capacity provider strategy naming FARGATE or
//! FARGATE_SPOT, or (with neither) the default strategy of a cluster in the template that names
//! them. A target group is Fargate-bound when such a service's load balancer points at it.
//! Values behind `Fn::If` count when any branch launches on Fargate.

use crate::options::Target;
use crate::references::resource_targets;
use crate::resolve::{Assumption, Env, Possible, Resolver};
use crate::span::Span;
use crate::template::{Resource, Template};
use crate::value::Node;
use std::collections::{HashMap, HashSet};

/// Why a resource is Fargate-bound, where that is written, and under which conditions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Binding {
    pub reason: String,
    pub span: Span,
    /// The launcher that makes it so, when it is not the resource itself.
    pub launcher: Option<String>,
    /// The assumptions under which it holds: the launcher's own `Condition`, and the branch of an
    /// `Fn::If` that chose Fargate.
    pub env: Env,
}

#[derive(Debug, Default)]
pub struct FargateContext {
    /// Task definitions used by launchers on Fargate, one binding per launcher.
    launched: HashMap<String, Vec<Binding>>,
    /// Task definitions whose RequiresCompatibilities contains FARGATE.
    declared: HashMap<String, Binding>,
    /// Services and task sets that launch on Fargate.
    launchers: HashMap<String, Binding>,
    /// Target groups behind a Fargate service, one binding per service.
    target_groups: HashMap<String, Vec<Binding>>,
    /// Services whose task definition sets `NetworkMode: awsvpc` literally.
    awsvpc_services: HashSet<String>,
    /// The `Condition` of each resource that has one.
    conditions: HashMap<String, Env>,
}

const LAUNCHER_TYPES: &[&str] = &["AWS::ECS::Service", "AWS::ECS::TaskSet"];

/// A launch on Fargate: where it is set, a phrase for messages, and its assumptions.
pub struct Launch {
    pub span: Span,
    pub how: String,
    pub env: Env,
}

/// The span of a resource's `Type` line (its logical ID when it has no Type).
fn type_span(resource: &Resource<'_>) -> Span {
    resource
        .type_entry()
        .map_or(resource.id_span, |t| t.key_span.cover(t.value.span))
}

fn resource_env(resource: &Resource<'_>) -> Env {
    match resource.condition() {
        Some(c) => Env::single(Assumption::Condition(c.to_string(), true)),
        None => Env::default(),
    }
}

impl FargateContext {
    /// Decide what is Fargate-bound. With `Target::Fargate` every ECS service, task set and task
    /// definition is, whatever it says.
    pub fn build(template: &Template, resolver: &Resolver<'_>, target: Target) -> FargateContext {
        let mut ctx = FargateContext::default();
        let cluster_defaults = fargate_cluster_defaults(template, resolver);
        for resource in template.resources() {
            if resource.condition().is_some() {
                ctx.conditions
                    .insert(resource.id.to_string(), resource_env(&resource));
            }
        }

        for td in template.resources_of_type("AWS::ECS::TaskDefinition") {
            if let Some(entry) = td.property("RequiresCompatibilities")
                && let Some(env) = alternative_listing(resolver, &entry.value, &["FARGATE"])
                && let Some(env) = env.merge(&resource_env(&td))
            {
                ctx.declared.insert(
                    td.id.to_string(),
                    Binding {
                        reason: "declared for Fargate (RequiresCompatibilities lists FARGATE)"
                            .to_string(),
                        span: entry.key_span,
                        launcher: None,
                        env,
                    },
                );
            }
        }

        for resource in template.resources() {
            let Some(type_name) = resource.type_name() else {
                continue;
            };
            let Some(props) = resource.properties() else {
                continue;
            };
            let own_env = resource_env(&resource);
            if LAUNCHER_TYPES.contains(&type_name) {
                let cluster_default = props
                    .get("Cluster")
                    .map(|c| resource_targets(template, c))
                    .unwrap_or_default()
                    .into_iter()
                    .find_map(|(id, _)| {
                        cluster_defaults.get(&id).map(|l| Launch {
                            span: l.span,
                            how: l.how.clone(),
                            env: l.env.clone(),
                        })
                    });
                let launch = fargate_launch(resolver, props, cluster_default).or_else(|| {
                    (target == Target::Fargate).then(|| Launch {
                        span: type_span(&resource),
                        how: "is checked as a Fargate service (target = fargate)".to_string(),
                        env: Env::default(),
                    })
                });
                let kind = if type_name == "AWS::ECS::Service" {
                    "service"
                } else {
                    "task set"
                };
                let tds = props
                    .get("TaskDefinition")
                    .map(|n| resource_targets(template, n))
                    .unwrap_or_default();
                if type_name == "AWS::ECS::Service"
                    && tds.iter().any(|(id, _)| literal_awsvpc(template, id))
                {
                    ctx.awsvpc_services.insert(resource.id.to_string());
                }
                let Some(launch) = launch else { continue };
                let Some(env) = launch.env.merge(&own_env) else {
                    continue;
                };
                let how = launch.how;
                ctx.launchers.insert(
                    resource.id.to_string(),
                    Binding {
                        reason: how.clone(),
                        span: launch.span,
                        launcher: None,
                        env: env.clone(),
                    },
                );
                let binding = |reason: String| Binding {
                    reason,
                    span: launch.span,
                    launcher: Some(resource.id.to_string()),
                    env: env.clone(),
                };
                for (td, _) in tds {
                    ctx.launched.entry(td).or_default().push(binding(format!(
                        "used by {kind} {}, which {how}",
                        resource.id
                    )));
                }
                if let Some(lbs) = props.get("LoadBalancers").and_then(Node::as_sequence) {
                    for lb in lbs {
                        let Some(tg) = lb.get("TargetGroupArn") else {
                            continue;
                        };
                        for (id, _) in resource_targets(template, tg) {
                            ctx.target_groups
                                .entry(id)
                                .or_default()
                                .push(binding(format!(
                                    "target of {kind} {}, which {how}",
                                    resource.id
                                )));
                        }
                    }
                }
            }
            for (launch_node, td_node, kind) in scheduled_targets(type_name, props) {
                let Some(launch) = fargate_launch(resolver, launch_node, None) else {
                    continue;
                };
                let Some(env) = launch.env.merge(&own_env) else {
                    continue;
                };
                for (td, _) in resource_targets(template, td_node) {
                    ctx.launched.entry(td).or_default().push(Binding {
                        reason: format!("used by {kind} {}, which {}", resource.id, launch.how),
                        span: launch.span,
                        launcher: Some(resource.id.to_string()),
                        env: env.clone(),
                    });
                }
            }
        }
        if target == Target::Fargate {
            for td in template.resources_of_type("AWS::ECS::TaskDefinition") {
                if ctx.task_definition(td.id).is_none() {
                    ctx.declared.insert(
                        td.id.to_string(),
                        Binding {
                            reason: "checked as a Fargate task definition (target = fargate)"
                                .to_string(),
                            span: type_span(&td),
                            launcher: None,
                            env: resource_env(&td),
                        },
                    );
                }
            }
        }
        ctx
    }

    /// Why a task definition is Fargate-bound under some assumptions, if it is.
    pub fn task_definition(&self, id: &str) -> Option<&Binding> {
        self.launched
            .get(id)
            .and_then(|b| b.first())
            .or_else(|| self.declared.get(id))
    }

    /// Why a task definition is Fargate-bound when `env` holds, with the combined assumptions
    /// (including the task definition's own `Condition`).
    pub fn task_definition_under(&self, id: &str, env: &Env) -> Option<(&Binding, Env)> {
        let launched = self.launched.get(id).into_iter().flatten();
        self.first_under(id, env, launched.chain(self.declared.get(id)))
    }

    /// Like [`task_definition_under`](Self::task_definition_under), for launchers only (a
    /// service, task set or scheduled task that launches on Fargate uses it).
    pub fn launched_by_under(&self, id: &str, env: &Env) -> Option<(&Binding, Env)> {
        self.first_under(id, env, self.launched.get(id).into_iter().flatten())
    }

    /// The first binding consistent with `env` and the resource's own `Condition`.
    fn first_under<'a>(
        &self,
        id: &str,
        env: &Env,
        mut bindings: impl Iterator<Item = &'a Binding>,
    ) -> Option<(&'a Binding, Env)> {
        let own = self.conditions.get(id).cloned().unwrap_or_default();
        let env = env.merge(&own)?;
        bindings.find_map(|b| b.env.merge(&env).map(|e| (b, e)))
    }

    /// Why a service or task set launches on Fargate, if it does ("launches on Fargate
    /// (LaunchType FARGATE)").
    pub fn launcher(&self, id: &str) -> Option<&Binding> {
        self.launchers.get(id)
    }

    /// A launcher's binding when `env` holds, with the combined assumptions.
    pub fn launcher_under(&self, id: &str, env: &Env) -> Option<(&Binding, Env)> {
        let b = self.launchers.get(id)?;
        b.env.merge(env).map(|e| (b, e))
    }

    /// A target group's binding when `env` holds, with the combined assumptions.
    pub fn target_group_under(&self, id: &str, env: &Env) -> Option<(&Binding, Env)> {
        self.first_under(id, env, self.target_groups.get(id).into_iter().flatten())
    }

    /// Whether a service's task definition sets `NetworkMode: awsvpc` literally.
    pub fn service_uses_awsvpc(&self, id: &str) -> bool {
        self.awsvpc_services.contains(id)
    }
}

fn literal_awsvpc(template: &Template, td: &str) -> bool {
    template
        .resource(td)
        .and_then(|r| r.property("NetworkMode"))
        .and_then(|e| e.value.as_scalar())
        == Some("awsvpc")
}

/// The assumptions of the first alternative of a list value that contains one of `wanted`.
fn alternative_listing(resolver: &Resolver<'_>, node: &Node, wanted: &[&str]) -> Option<Env> {
    for alt in resolver.alternatives(node) {
        let Possible::Value(n) = alt.value else {
            continue;
        };
        for item in n.as_sequence().unwrap_or_default() {
            for a in resolver.alternatives(item) {
                if a.scalar().is_some_and(|s| wanted.contains(&s))
                    && let Some(env) = alt.env.merge(&a.env)
                {
                    return Some(env);
                }
            }
        }
    }
    None
}

/// Whether the launch settings in `props` (LaunchType, CapacityProviderStrategy) put tasks on
/// Fargate, with the span that says so, a phrase for messages and the assumptions.
pub fn fargate_launch(
    resolver: &Resolver<'_>,
    props: &Node,
    cluster_default: Option<Launch>,
) -> Option<Launch> {
    let launch_type = props.get("LaunchType");
    if let Some(lt) = launch_type
        && let Some(alt) = resolver
            .alternatives(lt)
            .into_iter()
            .find(|a| a.scalar() == Some("FARGATE"))
    {
        return Some(Launch {
            span: lt.span,
            how: "launches on Fargate (LaunchType FARGATE)".to_string(),
            env: alt.env,
        });
    }
    let strategy = props.get("CapacityProviderStrategy");
    if let Some((span, env)) = strategy.and_then(|cps| fargate_provider(resolver, cps)) {
        return Some(Launch {
            span,
            how: "uses a Fargate capacity provider".to_string(),
            env,
        });
    }
    // Without either, the cluster's default strategy decides; with one behind a condition,
    // the default applies where the other branch leaves it absent.
    let absent = |n: Option<&Node>| {
        n.is_none_or(|n| {
            resolver
                .alternatives(n)
                .iter()
                .all(|a| matches!(a.value, Possible::Absent))
        })
    };
    if absent(launch_type) && absent(strategy) {
        return cluster_default;
    }
    None
}

/// The span of the first FARGATE or FARGATE_SPOT provider in a strategy, with its assumptions.
fn fargate_provider(resolver: &Resolver<'_>, strategy: &Node) -> Option<(Span, Env)> {
    for alt in resolver.alternatives(strategy) {
        let Possible::Value(list) = alt.value else {
            continue;
        };
        for item in list.as_sequence().unwrap_or_default() {
            for item_alt in resolver.alternatives(item) {
                let Possible::Value(item) = item_alt.value else {
                    continue;
                };
                let Some(provider) = item.get("CapacityProvider") else {
                    continue;
                };
                for a in resolver.alternatives(provider) {
                    if matches!(a.scalar(), Some("FARGATE" | "FARGATE_SPOT"))
                        && let Some(env) =
                            alt.env.merge(&item_alt.env).and_then(|e| e.merge(&a.env))
                    {
                        return Some((provider.span, env));
                    }
                }
            }
        }
    }
    None
}

/// Clusters in the template whose default capacity provider strategy names a Fargate provider.
fn fargate_cluster_defaults(
    template: &Template,
    resolver: &Resolver<'_>,
) -> HashMap<String, Launch> {
    let mut out = HashMap::new();
    let how = |cluster: &str| {
        format!("runs on cluster {cluster}, whose default capacity provider strategy is Fargate")
    };
    for cluster in template.resources_of_type("AWS::ECS::Cluster") {
        if let Some((span, env)) = cluster
            .property("DefaultCapacityProviderStrategy")
            .and_then(|e| fargate_provider(resolver, &e.value))
        {
            let how = how(cluster.id);
            out.insert(cluster.id.to_string(), Launch { span, how, env });
        }
    }
    for assoc in template.resources_of_type("AWS::ECS::ClusterCapacityProviderAssociations") {
        let Some((span, env)) = assoc
            .property("DefaultCapacityProviderStrategy")
            .and_then(|e| fargate_provider(resolver, &e.value))
        else {
            continue;
        };
        let Some(cluster) = assoc.property("Cluster") else {
            continue;
        };
        for (id, _) in resource_targets(template, &cluster.value) {
            let how = how(&id);
            out.entry(id).or_insert(Launch {
                span,
                how,
                env: env.clone(),
            });
        }
    }
    out
}

/// ECS targets of EventBridge rules, Scheduler schedules and Pipes: the node holding LaunchType
/// and CapacityProviderStrategy, the TaskDefinitionArn node, and a word for messages.
fn scheduled_targets<'t>(
    type_name: &str,
    props: &'t Node,
) -> Vec<(&'t Node, &'t Node, &'static str)> {
    let mut out = Vec::new();
    let mut push = |params: Option<&'t Node>, kind| {
        if let Some(params) = params
            && let Some(td) = params.get("TaskDefinitionArn")
        {
            out.push((params, td, kind));
        }
    };
    match type_name {
        "AWS::Events::Rule" => {
            for target in props
                .get("Targets")
                .and_then(Node::as_sequence)
                .unwrap_or_default()
            {
                push(target.get("EcsParameters"), "EventBridge rule");
            }
        }
        "AWS::Scheduler::Schedule" => {
            push(
                props.get("Target").and_then(|t| t.get("EcsParameters")),
                "schedule",
            );
        }
        "AWS::Pipes::Pipe" => {
            push(
                props
                    .get("TargetParameters")
                    .and_then(|t| t.get("EcsTaskParameters")),
                "pipe",
            );
        }
        _ => {}
    }
    out
}

/// Task definitions a launcher resource uses (for rules that look from a service to its task).
pub fn task_definitions_of(template: &Template, launcher: &Resource<'_>) -> Vec<String> {
    launcher
        .property("TaskDefinition")
        .map(|e| resource_targets(template, &e.value))
        .unwrap_or_default()
        .into_iter()
        .map(|(id, _)| id)
        .collect()
}
