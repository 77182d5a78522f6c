//! SVC-13: a Fargate service has one service registry, with Port or a container port, not both.

use super::SERVICE;
use super::launchers::{fargate_alternatives, fargate_launchers, launched_here, list_items};
use crate::declare_rule;
use crate::finding::Finding;
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::template::Resource;

declare_rule! {
    /// ## What it does
    /// Checks the `ServiceRegistries` of a service that launches on Fargate: at most one
    /// registry, and a registry gives either `Port` or `ContainerName`/`ContainerPort`, not both.
    ///
    /// ## Why it fails at deploy
    /// With awsvpc each task is registered in Cloud Map under its own IP address; an SRV record
    /// takes its port either from `Port` or from a container's port mapping, and ECS rejects a
    /// registry that gives both. ECS supports one service registry per service.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       ServiceRegistries:
    ///         - RegistryArn: arn:aws:servicediscovery:us-east-1:123456789012:service/srv-0abc
    ///           Port: 80
    ///           ContainerName: app
    ///           ContainerPort: 80
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
    ///       LaunchType: FARGATE
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       ServiceRegistries:
    ///         - RegistryArn: arn:aws:servicediscovery:us-east-1:123456789012:service/srv-0abc
    ///           ContainerName: app
    ///           ContainerPort: 80
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Dropping `Port` when a container port is given will be safe: the
    /// SRV record then uses the container port.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceRegistry.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-discovery.html>
    pub struct ServiceRegistriesForAwsvpc {
        code: "SVC-13",
        name: "service-registries-for-awsvpc",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for ServiceRegistriesForAwsvpc {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for svc in fargate_launchers(ctx, SERVICE) {
            check_registries(ctx, &Self::META, &svc, out);
        }
    }
}

/// The SVC-13 checks on a service or task set that launches on Fargate.
pub(crate) fn check_registries(
    ctx: &Context<'_>,
    meta: &'static RuleMeta,
    res: &Resource<'_>,
    out: &mut Vec<Finding>,
) {
    let present = |n: Option<&crate::value::Node>| {
        n.is_some_and(|n| {
            ctx.resolver
                .alternatives(n)
                .iter()
                .all(|a| !matches!(a.value, Possible::Absent))
        })
    };
    for fa in fargate_alternatives(ctx, res, "ServiceRegistries") {
        let Possible::Value(list) = fa.alt.value else {
            continue;
        };
        let Some(items) = list_items(ctx, list) else {
            continue;
        };
        let w = when(&fa.env);
        if items.sure > 1 {
            let mut f = ctx.finding(
                meta,
                res,
                fa.entry.key_span,
                format!(
                    "ServiceRegistries has {} entries{w}; ECS supports one service registry per service. Keep one",
                    items.sure
                ),
            );
            f.related = launched_here(fa.binding);
            out.push(f);
        }
        for (item, _) in &items.values {
            let Some(port) = item.entry("Port") else {
                continue;
            };
            if present(Some(&port.value))
                && (present(item.get("ContainerName")) || present(item.get("ContainerPort")))
            {
                let mut f = ctx.finding(
                    meta,
                    res,
                    ctx.span_in_resource(res, port.key_span, fa.entry.key_span),
                    format!(
                        "the service registry sets Port and a container (ContainerName/ContainerPort){w}; ECS takes the SRV port from one or the other and rejects both. Remove Port and keep ContainerName and ContainerPort"
                    ),
                );
                f.related = launched_here(fa.binding);
                out.push(f);
            }
        }
    }
}
