//! Which resources are Fargate-bound (catalog entry X-01).
//!
//! A task definition is Fargate-bound when its `RequiresCompatibilities` contains FARGATE, or when
//! a service, task set, EventBridge rule target, Scheduler schedule or Pipe that launches on
//! Fargate uses it (through `Ref`, `Fn::GetAtt` or `${X}` in `Fn::Sub`). A launcher launches on
//! Fargate with `LaunchType: FARGATE`, a capacity provider strategy naming FARGATE or
//! FARGATE_SPOT, or (with neither) the default strategy of a cluster in the template that names
//! them. A target group is Fargate-bound when such a service's load balancer points at it.
//! Values behind `Fn::If` count when any branch launches on Fargate.

use crate::references::resource_targets;
use crate::resolve::Resolver;
use crate::span::Span;
use crate::template::{Resource, Template};
use crate::value::Node;
use std::collections::{HashMap, HashSet};

/// Why a resource is Fargate-bound, and where that is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Binding {
    pub reason: String,
    pub span: Span,
    /// The launcher that makes it so, when it is not the resource itself.
    pub launcher: Option<String>,
}

#[derive(Debug, Default)]
pub struct FargateContext {
    /// Task definitions used by a launcher on Fargate, with the first such launcher.
    launched: HashMap<String, Binding>,
    /// Task definitions whose RequiresCompatibilities contains FARGATE.
    declared: HashMap<String, Binding>,
    /// Services and task sets that launch on Fargate.
    launchers: HashMap<String, Binding>,
    /// Target groups behind a Fargate service.
    target_groups: HashMap<String, Binding>,
    /// Services whose task definition sets `NetworkMode: awsvpc` literally.
    awsvpc_services: HashSet<String>,
}

const LAUNCHER_TYPES: &[&str] = &["AWS::ECS::Service", "AWS::ECS::TaskSet"];

impl FargateContext {
    pub fn build(template: &Template, resolver: &Resolver<'_>) -> FargateContext {
        let mut ctx = FargateContext::default();
        let cluster_defaults = fargate_cluster_defaults(template, resolver);

        for td in template.resources_of_type("AWS::ECS::TaskDefinition") {
            if let Some(entry) = td.property("RequiresCompatibilities")
                && any_alternative_lists(resolver, &entry.value, &["FARGATE"])
            {
                ctx.declared.insert(
                    td.id.to_string(),
                    Binding {
                        reason: "declared for Fargate (RequiresCompatibilities lists FARGATE)"
                            .to_string(),
                        span: entry.key_span,
                        launcher: None,
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
            if LAUNCHER_TYPES.contains(&type_name) {
                let cluster_default = props
                    .get("Cluster")
                    .map(|c| resource_targets(template, c))
                    .unwrap_or_default()
                    .into_iter()
                    .find_map(|(id, _)| cluster_defaults.get(&id).cloned());
                let launch = fargate_launch(resolver, props, cluster_default);
                let kind = if type_name == "AWS::ECS::Service" {
                    "service"
                } else {
                    "task set"
                };
                let tds = props
                    .get("TaskDefinition")
                    .map(|n| resource_targets(template, n))
                    .unwrap_or_default();
                if type_name == "AWS::ECS::Service" {
                    let awsvpc = tds.iter().any(|(id, _)| literal_awsvpc(template, id));
                    if awsvpc {
                        ctx.awsvpc_services.insert(resource.id.to_string());
                    }
                }
                let Some((span, how)) = launch else { continue };
                ctx.launchers.insert(
                    resource.id.to_string(),
                    Binding {
                        reason: how.clone(),
                        span,
                        launcher: None,
                    },
                );
                for (td, _) in tds {
                    ctx.launched.entry(td.clone()).or_insert_with(|| Binding {
                        reason: format!("used by {kind} {}, which {how}", resource.id),
                        span,
                        launcher: Some(resource.id.to_string()),
                    });
                }
                if let Some(lbs) = props.get("LoadBalancers").and_then(Node::as_sequence) {
                    for lb in lbs {
                        let Some(tg) = lb.get("TargetGroupArn") else {
                            continue;
                        };
                        for (id, _) in resource_targets(template, tg) {
                            ctx.target_groups.entry(id).or_insert_with(|| Binding {
                                reason: format!("target of {kind} {}, which {how}", resource.id),
                                span,
                                launcher: Some(resource.id.to_string()),
                            });
                        }
                    }
                }
            }
            for (launch_node, td_node, kind) in scheduled_targets(type_name, props) {
                let Some((span, how)) = fargate_launch(resolver, launch_node, None) else {
                    continue;
                };
                for (td, _) in resource_targets(template, td_node) {
                    ctx.launched.entry(td).or_insert_with(|| Binding {
                        reason: format!("used by {kind} {}, which {how}", resource.id),
                        span,
                        launcher: Some(resource.id.to_string()),
                    });
                }
            }
        }
        ctx
    }

    /// Why a task definition is Fargate-bound, if it is.
    pub fn task_definition(&self, id: &str) -> Option<&Binding> {
        self.launched.get(id).or_else(|| self.declared.get(id))
    }

    /// The launcher binding of a task definition: a Fargate service or scheduled task uses it.
    pub fn launched_by(&self, id: &str) -> Option<&Binding> {
        self.launched.get(id)
    }

    /// Why a service or task set launches on Fargate, if it does ("launches on Fargate
    /// (LaunchType FARGATE)").
    pub fn launcher(&self, id: &str) -> Option<&Binding> {
        self.launchers.get(id)
    }

    pub fn target_group(&self, id: &str) -> Option<&Binding> {
        self.target_groups.get(id)
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

/// Whether some alternative of a list value contains one of `wanted`.
fn any_alternative_lists(resolver: &Resolver<'_>, node: &Node, wanted: &[&str]) -> bool {
    resolver
        .alternatives(node)
        .iter()
        .any(|alt| match alt.value {
            crate::resolve::Possible::Value(n) => n.as_sequence().is_some_and(|items| {
                items.iter().any(|item| {
                    resolver
                        .alternatives(item)
                        .iter()
                        .any(|a| a.scalar().is_some_and(|s| wanted.contains(&s)))
                })
            }),
            _ => false,
        })
}

/// Whether the launch settings in `props` (LaunchType, CapacityProviderStrategy) put tasks on
/// Fargate, with the span that says so and a phrase for messages.
pub fn fargate_launch(
    resolver: &Resolver<'_>,
    props: &Node,
    cluster_default: Option<(Span, String)>,
) -> Option<(Span, String)> {
    let launch_type = props.get("LaunchType");
    if let Some(lt) = launch_type
        && resolver
            .alternatives(lt)
            .iter()
            .any(|a| a.scalar() == Some("FARGATE"))
    {
        return Some((
            lt.span,
            "launches on Fargate (LaunchType FARGATE)".to_string(),
        ));
    }
    let strategy = props.get("CapacityProviderStrategy");
    if let Some(span) = strategy.and_then(|cps| fargate_provider(resolver, cps)) {
        return Some((span, "uses a Fargate capacity provider".to_string()));
    }
    if launch_type.is_none() && strategy.is_none() {
        return cluster_default;
    }
    None
}

/// The span of the first FARGATE or FARGATE_SPOT provider in a strategy.
fn fargate_provider(resolver: &Resolver<'_>, strategy: &Node) -> Option<Span> {
    for alt in resolver.alternatives(strategy) {
        let crate::resolve::Possible::Value(list) = alt.value else {
            continue;
        };
        for item in list.as_sequence().unwrap_or_default() {
            for item_alt in resolver.alternatives(item) {
                let crate::resolve::Possible::Value(item) = item_alt.value else {
                    continue;
                };
                let Some(provider) = item.get("CapacityProvider") else {
                    continue;
                };
                if resolver
                    .alternatives(provider)
                    .iter()
                    .any(|a| matches!(a.scalar(), Some("FARGATE" | "FARGATE_SPOT")))
                {
                    return Some(provider.span);
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
) -> HashMap<String, (Span, String)> {
    let mut out = HashMap::new();
    let phrase = |cluster: &str| {
        format!("runs on cluster {cluster}, whose default capacity provider strategy is Fargate")
    };
    for cluster in template.resources_of_type("AWS::ECS::Cluster") {
        if let Some(span) = cluster
            .property("DefaultCapacityProviderStrategy")
            .and_then(|e| fargate_provider(resolver, &e.value))
        {
            out.insert(cluster.id.to_string(), (span, phrase(cluster.id)));
        }
    }
    for assoc in template.resources_of_type("AWS::ECS::ClusterCapacityProviderAssociations") {
        let Some(span) = assoc
            .property("DefaultCapacityProviderStrategy")
            .and_then(|e| fargate_provider(resolver, &e.value))
        else {
            continue;
        };
        let Some(cluster) = assoc.property("Cluster") else {
            continue;
        };
        for (id, _) in resource_targets(template, &cluster.value) {
            let text = phrase(&id);
            out.entry(id).or_insert((span, text));
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
