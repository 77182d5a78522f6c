//! ECS targets of EventBridge rules, Scheduler schedules and Pipes, for the EV-* rules.

use super::launchers::{associations_of, clusters_of, provider_key};
use crate::fargate::fargate_launch;
use crate::resolve::{Assumption, Env, Possible};
use crate::rule::Context;
use crate::span::Span;
use crate::template::Resource;
use crate::value::Node;

/// One ECS target: the resource, its ECS parameters node and how this resource type spells
/// things.
pub(crate) struct EcsTarget<'t> {
    pub res: Resource<'t>,
    pub params: &'t Node,
    /// The key span of the parameters (`EcsParameters` / `EcsTaskParameters`).
    pub params_key: Span,
    /// "EventBridge rule", "schedule" or "pipe".
    pub kind: &'static str,
    /// The cluster the task runs in (the target's ARN).
    pub cluster: Option<&'t Node>,
    /// `AwsVpcConfiguration` (Events) or `AwsvpcConfiguration` (Scheduler, Pipes).
    pub vpc_key: &'static str,
    /// The placement strategy key: `PlacementStrategies` (Events) or `PlacementStrategy`.
    pub strategy_key: &'static str,
}

/// How a target launches.
pub(crate) enum TargetLaunch {
    /// On Fargate, with a phrase for messages, the span that says so and the assumptions.
    Fargate(String, Span, Env),
    /// Surely not on Fargate (an explicit non-Fargate launch type or strategy, or no launch
    /// settings and a cluster in the template without a Fargate default).
    NotFargate(String),
    /// Cannot be told from the template.
    Unknown,
}

pub(crate) fn ecs_targets<'t>(ctx: &Context<'t>) -> Vec<EcsTarget<'t>> {
    let mut out = Vec::new();
    for res in ctx.template.resources() {
        let Some(props) = res.properties() else {
            continue;
        };
        match res.type_name() {
            Some("AWS::Events::Rule") => {
                for target in props
                    .get("Targets")
                    .and_then(Node::as_sequence)
                    .unwrap_or_default()
                {
                    if let Some(e) = target.entry("EcsParameters") {
                        out.push(EcsTarget {
                            res,
                            params: &e.value,
                            params_key: e.key_span,
                            kind: "EventBridge rule",
                            cluster: target.get("Arn"),
                            vpc_key: "AwsVpcConfiguration",
                            strategy_key: "PlacementStrategies",
                        });
                    }
                }
            }
            Some("AWS::Scheduler::Schedule") => {
                let target = props.get("Target");
                if let Some(e) = target.and_then(|t| t.entry("EcsParameters")) {
                    out.push(EcsTarget {
                        res,
                        params: &e.value,
                        params_key: e.key_span,
                        kind: "schedule",
                        cluster: target.and_then(|t| t.get("Arn")),
                        vpc_key: "AwsvpcConfiguration",
                        strategy_key: "PlacementStrategy",
                    });
                }
            }
            Some("AWS::Pipes::Pipe") => {
                if let Some(e) = props
                    .get("TargetParameters")
                    .and_then(|t| t.entry("EcsTaskParameters"))
                {
                    out.push(EcsTarget {
                        res,
                        params: &e.value,
                        params_key: e.key_span,
                        kind: "pipe",
                        cluster: props.get("Target"),
                        vpc_key: "AwsvpcConfiguration",
                        strategy_key: "PlacementStrategy",
                    });
                }
            }
            _ => {}
        }
    }
    out
}

/// Whether a default capacity provider strategy (on the cluster or its associations) names a
/// Fargate provider, with its span.
fn fargate_default(ctx: &Context<'_>, cluster: &Resource<'_>) -> Option<Span> {
    let mut strategies: Vec<&Node> = Vec::new();
    if let Some(e) = cluster.property("DefaultCapacityProviderStrategy") {
        strategies.push(&e.value);
    }
    for assoc in associations_of(ctx, cluster) {
        if let Some(e) = assoc.property("DefaultCapacityProviderStrategy") {
            strategies.push(&e.value);
        }
    }
    strategies.into_iter().find_map(|s| {
        s.as_sequence()?.iter().find_map(|item| {
            let p = item.get("CapacityProvider")?;
            provider_key(ctx, p)
                .filter(|k| super::launchers::is_fargate_provider(k))
                .map(|_| p.span)
        })
    })
}

impl<'t> EcsTarget<'t> {
    /// The environment of the resource's own `Condition`.
    pub fn own_env(&self) -> Env {
        self.res
            .condition()
            .map(|c| Env::single(Assumption::Condition(c.to_string(), true)))
            .unwrap_or_default()
    }

    pub fn launch(&self, ctx: &Context<'t>) -> TargetLaunch {
        if let Some(l) = fargate_launch(&ctx.resolver, self.params, None) {
            return match l.env.merge(&self.own_env()) {
                Some(env) => TargetLaunch::Fargate(l.how, l.span, env),
                None => TargetLaunch::Unknown,
            };
        }
        let lt = self.params.get("LaunchType");
        let cps = self.params.get("CapacityProviderStrategy");
        let known_not = |n: Option<&'t Node>| {
            n.is_some_and(|n| {
                let alts = ctx.resolver.alternatives(n);
                !alts.is_empty() && alts.iter().all(|a| matches!(a.value, Possible::Value(_)))
            })
        };
        if known_not(lt) {
            let text = lt.and_then(Node::as_scalar).unwrap_or("not FARGATE");
            return TargetLaunch::NotFargate(format!("its LaunchType is {text}"));
        }
        if known_not(cps)
            && cps
                .and_then(Node::as_sequence)
                .is_some_and(|s| !s.is_empty())
        {
            return TargetLaunch::NotFargate(
                "its capacity provider strategy names no Fargate provider".to_string(),
            );
        }
        if lt.is_some() || cps.is_some() {
            return TargetLaunch::Unknown;
        }
        let clusters = clusters_of(ctx, self.cluster);
        let [cluster] = clusters.as_slice() else {
            return TargetLaunch::Unknown;
        };
        match fargate_default(ctx, cluster) {
            Some(span) => TargetLaunch::Fargate(
                format!(
                    "runs on cluster {}, whose default capacity provider strategy is Fargate",
                    cluster.id
                ),
                span,
                self.own_env(),
            ),
            None => TargetLaunch::NotFargate(format!(
                "it sets no LaunchType or capacity provider strategy and cluster {} has no Fargate default, so ECS uses the EC2 launch type",
                cluster.id
            )),
        }
    }

    /// The span of a key inside the parameters, or the parameters' key.
    pub fn key_span(&self, key: &str) -> Span {
        self.params
            .entry(key)
            .map_or(self.params_key, |e| e.key_span)
    }
}
