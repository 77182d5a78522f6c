//! SVC-03: the providers in a Fargate strategy are associated with the service's cluster.

use super::SERVICE;
use super::launchers::{
    CAPACITY_PROVIDER, associations_of, clusters_of, fargate_alternatives, fargate_launchers,
    is_fargate_provider, list_items, provider_key, provider_list,
};
use crate::declare_rule;
use crate::finding::{Finding, Related};
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::template::Resource;

declare_rule! {
    /// ## What it does
    /// Checks that every capacity provider in the `CapacityProviderStrategy` of a service that
    /// launches on Fargate is associated with its cluster, when that cluster is declared in the
    /// template: listed in the cluster's `CapacityProviders` or in an
    /// `AWS::ECS::ClusterCapacityProviderAssociations` resource for it. Clusters outside the
    /// template, and provider lists that cannot be resolved, are not checked. A missing
    /// `DependsOn` on the association resource is reported by CL-03.
    ///
    /// ## Why it fails at deploy
    /// FARGATE and FARGATE_SPOT exist in every account but must be associated with a cluster
    /// before a strategy may name them. ECS rejects the service with `The specified capacity
    /// provider strategy cannot contain a capacity provider that is not associated with the
    /// cluster.`
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Cluster:
    ///     Type: AWS::ECS::Cluster
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       Cluster: !Ref Cluster
    ///       CapacityProviderStrategy:
    ///         - CapacityProvider: FARGATE
    ///           Weight: 1
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   Cluster:
    ///     Type: AWS::ECS::Cluster
    ///     Properties:
    ///       CapacityProviders: [FARGATE, FARGATE_SPOT]
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       Cluster: !Ref Cluster
    ///       CapacityProviderStrategy:
    ///         - CapacityProvider: FARGATE
    ///           Weight: 1
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Adding the provider to the mechanism the template already uses (the
    /// cluster's `CapacityProviders` or its association resource, never both; see CL-01) will be
    /// safe.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html>
    /// - <https://github.com/dask/dask-cloudprovider/issues/328>
    /// - <https://github.com/aws/containers-roadmap/issues/631>
    pub struct ProvidersAssociatedWithCluster {
        code: "SVC-03",
        name: "providers-associated-with-cluster",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for ProvidersAssociatedWithCluster {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for svc in fargate_launchers(ctx, SERVICE) {
            check_association(ctx, &Self::META, &svc, out);
        }
    }
}

/// The SVC-03 check on a service or task set that launches on Fargate.
pub(crate) fn check_association(
    ctx: &Context<'_>,
    meta: &'static RuleMeta,
    res: &Resource<'_>,
    out: &mut Vec<Finding>,
) {
    let clusters = clusters_of(ctx, res.property("Cluster").map(|e| &e.value));
    let [cluster] = clusters.as_slice() else {
        return;
    };
    let Some(mut associated) =
        provider_list(ctx, cluster.property("CapacityProviders").map(|e| &e.value))
    else {
        return;
    };
    for assoc in associations_of(ctx, cluster) {
        let Some(list) = provider_list(ctx, assoc.property("CapacityProviders").map(|e| &e.value))
        else {
            return;
        };
        associated.extend(list);
    }
    // Capacity provider resources may be named by their Name in the strategy; when one has no
    // literal Name, a literal non-Fargate name might be it, and is not reported.
    let mut unnamed_provider = false;
    for key in associated.clone() {
        if let Some(cp) = ctx.template.resource(&key)
            && cp.type_name() == Some(CAPACITY_PROVIDER)
        {
            match cp.property("Name").and_then(|e| e.value.as_scalar()) {
                Some(name) => associated.push(name.to_string()),
                None => unnamed_provider = true,
            }
        }
    }
    for fa in fargate_alternatives(ctx, res, "CapacityProviderStrategy") {
        let Possible::Value(list) = fa.alt.value else {
            continue;
        };
        let Some(items) = list_items(ctx, list) else {
            continue;
        };
        let mut reported = Vec::new();
        for (item, item_env) in &items.values {
            let Some(provider) = item.get("CapacityProvider") else {
                continue;
            };
            let Some(env) = fa.env.merge(item_env) else {
                continue;
            };
            for a in ctx.resolver.alternatives(provider) {
                let name = match a.value {
                    Possible::Value(n) => provider_key(ctx, n),
                    Possible::Unknown => provider_key(ctx, provider),
                    Possible::Absent => None,
                };
                let Some(name) = name else { continue };
                let literal_other =
                    !is_fargate_provider(&name) && ctx.template.resource(&name).is_none();
                if associated.contains(&name)
                    || reported.contains(&name)
                    || (unnamed_provider && literal_other)
                {
                    continue;
                }
                let Some(env) = env.merge(&a.env) else {
                    continue;
                };
                let mut f = ctx.finding(
                    meta,
                    res,
                    ctx.span_in_resource(res, provider.span, fa.entry.key_span),
                    format!(
                        "capacity provider `{name}` is not associated with cluster {}{}; ECS rejects a strategy naming a provider the cluster does not have (\"The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster\"). Add it to the cluster's CapacityProviders or to its ClusterCapacityProviderAssociations",
                        cluster.id,
                        when(&env)
                    ),
                );
                f.related = vec![Related {
                    span: cluster.id_span,
                    message: format!("cluster {} is declared here", cluster.id),
                }];
                out.push(f);
                reported.push(name);
            }
        }
    }
}
