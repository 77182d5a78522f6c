//! CL-02: a cluster's default capacity provider strategy does not mix Fargate and other providers.

use super::launchers::{ASSOCIATIONS, CLUSTER, is_fargate_provider, provider_key};
use crate::declare_rule;
use crate::finding::Finding;
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks the `DefaultCapacityProviderStrategy` of an `AWS::ECS::Cluster` or
    /// `AWS::ECS::ClusterCapacityProviderAssociations`: when it names FARGATE or FARGATE_SPOT it
    /// may not also name an Auto Scaling group capacity provider. (A DAEMON service that falls
    /// back on a Fargate default strategy is reported by SVC-10.)
    ///
    /// ## Why it fails at deploy
    /// The default strategy follows the same rule as a service's: ECS rejects a strategy that
    /// mixes Fargate providers with Auto Scaling group providers (`A capacity provider strategy
    /// cannot contain a mix of capacity providers using Auto Scaling groups and Fargate
    /// providers.`).
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Cluster:
    ///     Type: AWS::ECS::Cluster
    ///     Properties:
    ///       CapacityProviders: [FARGATE, legacy-asg-provider]
    ///       DefaultCapacityProviderStrategy:
    ///         - CapacityProvider: FARGATE
    ///           Weight: 1
    ///         - CapacityProvider: legacy-asg-provider
    ///           Weight: 1
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   Cluster:
    ///     Type: AWS::ECS::Cluster
    ///     Properties:
    ///       CapacityProviders: [FARGATE, legacy-asg-provider]
    ///       DefaultCapacityProviderStrategy:
    ///         - CapacityProvider: FARGATE
    ///           Weight: 1
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix: the default decides where every service without its own launch
    /// settings runs, so change it only when all of them have moved to Fargate.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-capacity-providers.html>
    /// - <https://github.com/aws/containers-roadmap/issues/692>
    pub struct ClusterDefaultStrategy {
        code: "CL-02",
        name: "cluster-default-strategy",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for ClusterDefaultStrategy {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        let resources = ctx
            .template
            .resources_of_type(CLUSTER)
            .chain(ctx.template.resources_of_type(ASSOCIATIONS));
        for res in resources {
            let Some(entry) = res.property("DefaultCapacityProviderStrategy") else {
                continue;
            };
            for alt in ctx.resolver.alternatives(&entry.value) {
                let Possible::Value(list) = alt.value else {
                    continue;
                };
                let names: Vec<_> = list
                    .as_sequence()
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|i| i.get("CapacityProvider"))
                    .filter_map(|p| provider_key(ctx, p).map(|k| (k, p.span)))
                    .collect();
                if names.iter().any(|(n, _)| is_fargate_provider(n))
                    && let Some((other, span)) = names.iter().find(|(n, _)| !is_fargate_provider(n))
                {
                    out.push(ctx.finding(
                        &Self::META,
                        &res,
                        ctx.span_in_resource(&res, *span, entry.key_span),
                        format!(
                            "the default capacity provider strategy mixes Fargate providers with `{other}`{}; ECS rejects a strategy that combines Auto Scaling group providers with Fargate ones. Keep one kind in the default, and give services that need the other kind their own strategy",
                            when(&alt.env)
                        ),
                    ));
                    break;
                }
            }
        }
    }
}
