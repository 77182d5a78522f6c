//! CL-03: a Fargate service that uses providers from an association resource depends on it.

use super::SERVICE;
use super::launchers::{associations_of, clusters_of, fargate_launchers};
use crate::declare_rule;
use crate::finding::{Finding, Related};
use crate::rule::{Context, Rule, RuleMeta};
use crate::value::Node;

declare_rule! {
    /// ## What it does
    /// Checks a service that launches on Fargate through capacity providers (its own
    /// `CapacityProviderStrategy`, or none and the cluster's default) on a cluster of the
    /// template whose providers come from an `AWS::ECS::ClusterCapacityProviderAssociations`
    /// resource: the service should list that resource in `DependsOn`. This is also the warning
    /// half of SVC-03.
    ///
    /// ## Why it fails at deploy
    /// Nothing orders the two resources otherwise: both only reference the cluster. On create,
    /// CloudFormation may create the service before FARGATE is associated, and the service
    /// fails with `The specified capacity provider strategy cannot contain a capacity provider
    /// that is not associated with the cluster.`; on delete, the association may be removed
    /// while the service still uses it. It works most of the time, hence a warning.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Cluster:
    ///     Type: AWS::ECS::Cluster
    ///   Providers:
    ///     Type: AWS::ECS::ClusterCapacityProviderAssociations
    ///     Properties:
    ///       Cluster: !Ref Cluster
    ///       CapacityProviders: [FARGATE]
    ///       DefaultCapacityProviderStrategy:
    ///         - CapacityProvider: FARGATE
    ///           Weight: 1
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
    ///   Providers:
    ///     Type: AWS::ECS::ClusterCapacityProviderAssociations
    ///     Properties:
    ///       Cluster: !Ref Cluster
    ///       CapacityProviders: [FARGATE]
    ///       DefaultCapacityProviderStrategy:
    ///         - CapacityProvider: FARGATE
    ///           Weight: 1
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     DependsOn: Providers
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
    /// No automatic fix yet. Adding the `DependsOn` entry will be safe.
    ///
    /// ## References
    /// - <https://github.com/aws/containers-roadmap/issues/631>
    pub struct DependsOnAssociation {
        code: "CL-03",
        name: "depends-on-association",
        severity: Warning,
        cfn_lint: [],
        fix: None,
    }
}

fn depends_on(node: Option<&Node>) -> Vec<&str> {
    match node {
        Some(n) => match n.as_sequence() {
            Some(list) => list.iter().filter_map(Node::as_scalar).collect(),
            None => n.as_scalar().into_iter().collect(),
        },
        None => Vec::new(),
    }
}

impl Rule for DependsOnAssociation {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for svc in fargate_launchers(ctx, SERVICE) {
            let explicit_type = svc.property("LaunchType").is_some();
            if explicit_type && svc.property("CapacityProviderStrategy").is_none() {
                continue;
            }
            let deps = depends_on(svc.node.get("DependsOn"));
            for cluster in clusters_of(ctx, svc.property("Cluster").map(|e| &e.value)) {
                for assoc in associations_of(ctx, &cluster) {
                    if deps.contains(&assoc.id) {
                        continue;
                    }
                    let span = svc
                        .property("CapacityProviderStrategy")
                        .map_or(svc.id_span, |e| e.key_span);
                    let mut f = ctx.finding(
                        &Self::META,
                        &svc,
                        span,
                        format!(
                            "this service uses capacity providers that {} associates with cluster {}, but does not depend on it; CloudFormation may create the service before the association (\"capacity provider that is not associated with the cluster\") or delete the association first. Add `DependsOn: {}`",
                            assoc.id, cluster.id, assoc.id
                        ),
                    );
                    f.related = vec![Related {
                        span: assoc.id_span,
                        message: format!("association {} is declared here", assoc.id),
                    }];
                    out.push(f);
                }
            }
        }
    }
}
