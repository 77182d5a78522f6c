//! CL-01: Fargate providers are associated on the cluster or by one association resource, not both.

use super::launchers::{CLUSTER, associations_of, is_fargate_provider, provider_list};
use crate::declare_rule;
use crate::finding::{Finding, Related};
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that a cluster of the template whose capacity providers include FARGATE or
    /// FARGATE_SPOT does not get providers both from its own `CapacityProviders` and from an
    /// `AWS::ECS::ClusterCapacityProviderAssociations` resource.
    ///
    /// ## Why it fails at deploy
    /// The cluster's `CapacityProviders` property and the association resource write the same
    /// setting, and each replaces what the other wrote. Creating the association for a cluster
    /// that already has providers fails with `The cluster already contains capacity provider
    /// associations`.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Cluster:
    ///     Type: AWS::ECS::Cluster
    ///     Properties:
    ///       CapacityProviders: [FARGATE]
    ///   Providers:
    ///     Type: AWS::ECS::ClusterCapacityProviderAssociations
    ///     Properties:
    ///       Cluster: !Ref Cluster
    ///       CapacityProviders: [FARGATE_SPOT]
    ///       DefaultCapacityProviderStrategy:
    ///         - CapacityProvider: FARGATE_SPOT
    ///           Weight: 1
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   Cluster:
    ///     Type: AWS::ECS::Cluster
    ///   Providers:
    ///     Type: AWS::ECS::ClusterCapacityProviderAssociations
    ///     Properties:
    ///       Cluster: !Ref Cluster
    ///       CapacityProviders: [FARGATE, FARGATE_SPOT]
    ///       DefaultCapacityProviderStrategy:
    ///         - CapacityProvider: FARGATE_SPOT
    ///           Weight: 1
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Moving the cluster's providers into the association resource will
    /// be safe when nothing else reads the cluster's property.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-capacity-providers.html>
    /// - <https://github.com/aws/aws-cdk/issues/14730>
    pub struct AssociateProvidersOnce {
        code: "CL-01",
        name: "associate-providers-once",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for AssociateProvidersOnce {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for cluster in ctx.template.resources_of_type(CLUSTER) {
            let Some(own) = cluster.property("CapacityProviders") else {
                continue;
            };
            let own_set = ctx.resolver.alternatives(&own.value).iter().any(|a| {
                matches!(a.value, Possible::Value(n) if n.as_sequence().is_none_or(|s| !s.is_empty()))
            });
            if !own_set {
                continue;
            }
            let own_list = provider_list(ctx, Some(&own.value)).unwrap_or_default();
            for assoc in associations_of(ctx, &cluster) {
                let list = assoc
                    .property("CapacityProviders")
                    .and_then(|e| provider_list(ctx, Some(&e.value)))
                    .unwrap_or_default();
                if !own_list
                    .iter()
                    .chain(list.iter())
                    .any(|p| is_fargate_provider(p))
                {
                    continue;
                }
                let span = assoc
                    .property("Cluster")
                    .map_or_else(|| assoc.missing_property_span(), |e| e.key_span);
                let mut f = ctx.finding(
                    &Self::META,
                    &assoc,
                    span,
                    format!(
                        "this association attaches capacity providers to cluster {}, which also lists CapacityProviders itself; ECS refuses the association (\"The cluster already contains capacity provider associations\"). Associate FARGATE and FARGATE_SPOT in one place: move the cluster's list into this resource, or drop this resource",
                        cluster.id
                    ),
                );
                f.related = vec![Related {
                    span: own.key_span,
                    message: format!("cluster {} lists its providers here", cluster.id),
                }];
                out.push(f);
            }
        }
    }
}
