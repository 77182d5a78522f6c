//! SVC-12: a Fargate service's load balancers are ALB/NLB target groups for a mapped container port.

use super::SERVICE;
use super::launchers::{
    fargate_alternatives, fargate_launchers, launched_here, list_items, task_definitions,
};
use crate::declare_rule;
use crate::finding::Finding;
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::template::Resource;

declare_rule! {
    /// ## What it does
    /// Checks the `LoadBalancers` of a service that launches on Fargate: no Classic Load
    /// Balancer (`LoadBalancerName`), at most 5 entries, and each `ContainerName` and
    /// `ContainerPort` must name a container of the task definition and one of its port mappings
    /// (checked when the task definition is in the template and written out literally). The
    /// target type of each target group is checked by TG-01.
    ///
    /// ## Why it fails at deploy
    /// Fargate tasks register by IP address, which only Application and Network Load Balancer
    /// target groups of type ip accept; Classic Load Balancers register instances. ECS also
    /// rejects a service that points at a container or port the task definition does not have,
    /// and more than 5 target groups per service.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       LoadBalancers:
    ///         - LoadBalancerName: legacy-elb
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
    ///       LoadBalancers:
    ///         - TargetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/app/0123456789abcdef
    ///           ContainerName: app
    ///           ContainerPort: 80
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix: replacing a Classic Load Balancer needs a new ALB or NLB, listener and
    /// target group.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LoadBalancer.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/load-balancer-types.html>
    pub struct LoadBalancersForFargate {
        code: "SVC-12",
        name: "load-balancers-for-fargate",
        severity: Error,
        cfn_lint: ["E3049"],
        fix: None,
    }
}

impl Rule for LoadBalancersForFargate {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for svc in fargate_launchers(ctx, SERVICE) {
            check_load_balancers(ctx, &Self::META, &svc, out);
        }
    }
}

/// Containers of a task definition with their literal port mappings, when all are literal.
pub(crate) fn literal_containers(td: &Resource<'_>) -> Option<Vec<(String, Option<Vec<u64>>)>> {
    let list = td.property("ContainerDefinitions")?.value.as_sequence()?;
    let mut out = Vec::new();
    for c in list {
        c.as_intrinsic().is_none().then_some(())?;
        let name = c.get("Name")?.as_scalar()?.to_string();
        let ports = match c.get("PortMappings") {
            None => Some(Vec::new()),
            Some(m) => m.as_sequence().and_then(|m| {
                m.iter()
                    .map(|p| p.get("ContainerPort")?.as_scalar()?.trim().parse().ok())
                    .collect::<Option<Vec<u64>>>()
            }),
        };
        out.push((name, ports));
    }
    Some(out)
}

/// The SVC-12 checks on a service or task set that launches on Fargate.
pub(crate) fn check_load_balancers(
    ctx: &Context<'_>,
    meta: &'static RuleMeta,
    res: &Resource<'_>,
    out: &mut Vec<Finding>,
) {
    let tds = task_definitions(ctx, res);
    let containers = match tds.as_slice() {
        [td] => literal_containers(td).map(|c| (td.id, c)),
        _ => None,
    };
    for fa in fargate_alternatives(ctx, res, "LoadBalancers") {
        let Possible::Value(list) = fa.alt.value else {
            continue;
        };
        let Some(items) = list_items(ctx, list) else {
            continue;
        };
        let w = when(&fa.env);
        let mut push = |span, message: String| {
            let mut f = ctx.finding(meta, res, span, message);
            f.related = launched_here(fa.binding);
            out.push(f);
        };
        if items.sure > 5 {
            push(
                fa.entry.key_span,
                format!(
                    "LoadBalancers has {} entries{w}; ECS allows at most 5 target groups per service. Remove entries",
                    items.sure
                ),
            );
        }
        for (item, _) in &items.values {
            if let Some(elb) = item.entry("LoadBalancerName")
                && ctx
                    .resolver
                    .alternatives(&elb.value)
                    .iter()
                    .any(|a| !matches!(a.value, Possible::Absent))
            {
                push(
                    ctx.span_in_resource(res, elb.key_span, fa.entry.key_span),
                    format!(
                        "LoadBalancers names a Classic Load Balancer{w}, but Fargate tasks register by IP address, which Classic Load Balancers cannot route to. Put an Application or Network Load Balancer with a target group of TargetType ip in front and use TargetGroupArn"
                    ),
                );
            }
            let Some((td_id, containers)) = &containers else {
                continue;
            };
            let Some(name_node) = item.get("ContainerName") else {
                continue;
            };
            let Some(name) = name_node.as_scalar() else {
                continue;
            };
            let Some((_, ports)) = containers.iter().find(|(n, _)| n == name) else {
                push(
                    ctx.span_in_resource(res, name_node.span, fa.entry.key_span),
                    format!(
                        "LoadBalancers names container `{name}`{w}, but task definition {td_id} has no container of that name; ECS rejects the service. Use the name of the container that serves the traffic"
                    ),
                );
                continue;
            };
            let Some(port_node) = item.get("ContainerPort") else {
                continue;
            };
            let (Some(port), Some(ports)) = (
                port_node
                    .as_scalar()
                    .and_then(|p| p.trim().parse::<u64>().ok()),
                ports,
            ) else {
                continue;
            };
            if !ports.contains(&port) {
                push(
                    ctx.span_in_resource(res, port_node.span, fa.entry.key_span),
                    format!(
                        "LoadBalancers sends traffic to port {port} of container `{name}`{w}, but that container has no port mapping for {port} in task definition {td_id}; ECS rejects the service. Add a PortMappings entry with ContainerPort {port}, or use a mapped port"
                    ),
                );
            }
        }
    }
}
