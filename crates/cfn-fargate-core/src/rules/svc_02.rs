//! SVC-02: a Fargate capacity provider strategy does not mix in other providers and is well formed.

use super::SERVICE;
use super::launchers::{
    fargate_alternatives, fargate_launchers, list_items, mixed_provider, provider_key, runs_windows,
};
use crate::declare_rule;
use crate::finding::{Finding, Related};
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::template::Resource;

declare_rule! {
    /// ## What it does
    /// Checks the `CapacityProviderStrategy` of a service that launches on Fargate: it may not
    /// mix FARGATE/FARGATE_SPOT with other capacity providers (Auto Scaling group providers), it
    /// may have at most 20 items, when it has several items at least one needs a `Weight` above 0,
    /// only one item may set a `Base` above 0, and FARGATE_SPOT cannot run Windows tasks.
    ///
    /// ## Why it fails at deploy
    /// ECS validates the strategy when it creates the service. A mix is rejected with
    /// `A capacity provider strategy cannot contain a mix of capacity providers using Auto Scaling
    /// groups and Fargate providers. Specify one or the other and try again.`; the weight, base and
    /// length limits are rejected as invalid parameters, and Fargate Spot has no Windows capacity.
    /// A single item without `Weight` is not reported: the API text only demands a positive weight
    /// when several providers are listed.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       CapacityProviderStrategy:
    ///         - CapacityProvider: FARGATE
    ///           Weight: 1
    ///         - CapacityProvider: my-asg-provider
    ///           Weight: 1
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       CapacityProviderStrategy:
    ///         - CapacityProvider: FARGATE
    ///           Weight: 1
    ///         - CapacityProvider: FARGATE_SPOT
    ///           Weight: 3
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix: dropping a provider or changing weights changes where tasks run.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-capacity-providers.html>
    pub struct CapacityProviderStrategyRules {
        code: "SVC-02",
        name: "capacity-provider-strategy-rules",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for CapacityProviderStrategyRules {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for svc in fargate_launchers(ctx, SERVICE) {
            check_strategy(ctx, &Self::META, &svc, out);
        }
    }
}

fn number(node: Option<&crate::value::Node>) -> Option<f64> {
    node?.as_scalar()?.trim().parse().ok()
}

/// The SVC-02 checks on the strategy of a service or task set that launches on Fargate.
pub(crate) fn check_strategy(
    ctx: &Context<'_>,
    meta: &'static RuleMeta,
    res: &Resource<'_>,
    out: &mut Vec<Finding>,
) {
    let kind = if res.type_name() == Some(SERVICE) {
        "service"
    } else {
        "task set"
    };
    for fa in fargate_alternatives(ctx, res, "CapacityProviderStrategy") {
        let Possible::Value(list) = fa.alt.value else {
            continue;
        };
        let Some(items) = list_items(ctx, list) else {
            continue;
        };
        let related = vec![Related {
            span: fa.binding.span,
            message: format!("this {kind} {}", fa.binding.reason),
        }];
        let key = fa.entry.key_span;
        let mut push = |span, message: String| {
            let mut f = ctx.finding(meta, res, span, message);
            f.related = related.clone();
            out.push(f);
        };
        let w = when(&fa.env);
        if items.sure > 20 {
            push(
                key,
                format!(
                    "the capacity provider strategy has {} items{w}; ECS accepts at most 20. Remove items",
                    items.sure
                ),
            );
        }
        let spot = items.values.iter().find_map(|(item, _)| {
            let provider = item.get("CapacityProvider")?;
            (provider_key(ctx, provider).as_deref() == Some("FARGATE_SPOT"))
                .then_some(provider.span)
        });
        if let Some((name, span, env)) = mixed_provider(ctx, &items)
            && let Some(env) = fa.env.merge(&env)
        {
            push(
                ctx.span_in_resource(res, span, key),
                format!(
                    "the capacity provider strategy mixes Fargate providers with `{name}`{}; ECS rejects a strategy that combines Auto Scaling group providers with Fargate ones (\"A capacity provider strategy cannot contain a mix of capacity providers using Auto Scaling groups and Fargate providers\"). Keep only FARGATE and FARGATE_SPOT",
                    when(&env)
                ),
            );
        }
        // Weight and Base only when every item is a literal mapping with literal numbers.
        let literal = items.sure == items.maybe
            && items.values.len() == items.sure
            && items.values.iter().all(|(i, _)| i.as_mapping().is_some());
        if literal && items.sure > 1 {
            let weights: Vec<Option<f64>> = items
                .values
                .iter()
                .map(|(i, _)| match i.get("Weight") {
                    None => Some(0.0),
                    w => number(w),
                })
                .collect();
            if weights.iter().all(|w| *w == Some(0.0)) {
                push(
                    key,
                    format!(
                        "no item of the capacity provider strategy has a Weight above 0{w}; with several providers ECS needs at least one positive weight to place tasks. Give FARGATE a Weight of 1"
                    ),
                );
            }
            let with_base: Vec<_> = items
                .values
                .iter()
                .filter_map(|(i, _)| i.entry("Base"))
                .filter(|e| number(Some(&e.value)).is_some_and(|b| b > 0.0))
                .collect();
            if let Some(second) = with_base.get(1) {
                push(
                    ctx.span_in_resource(res, second.key_span, key),
                    format!(
                        "more than one item of the capacity provider strategy sets a Base{w}; ECS allows a base on only one provider. Keep Base on one item"
                    ),
                );
            }
        }
        if let Some(span) = spot
            && let Some(td) = runs_windows(ctx, res)
        {
            push(
                ctx.span_in_resource(res, span, key),
                format!(
                    "the capacity provider strategy uses FARGATE_SPOT{w}, but task definition {td} is a Windows task; Fargate Spot runs Linux tasks only. Use FARGATE"
                ),
            );
        }
    }
}
