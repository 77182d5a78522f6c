//! X-05: a Fargate service's subnets must give its tasks a way out (public IP, NAT or endpoints).

use super::SERVICE;
use crate::declare_rule;
use crate::finding::{Finding, Related};
use crate::references::resource_targets;
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::template::Resource;
use crate::value::Node;

declare_rule! {
    /// ## What it does
    /// Follows the `Subnets` of a Fargate service's `AwsvpcConfiguration` to the
    /// `AWS::EC2::Subnet`, `SubnetRouteTableAssociation` and `Route` resources of the template and
    /// checks that tasks in each subnet can reach the internet (or AWS services): the subnet's
    /// default route (`0.0.0.0/0`) goes to a NAT gateway or another router, or to an internet
    /// gateway with `AssignPublicIp: ENABLED`.
    ///
    /// The rule stays silent unless every part is in the template and readable: a subnet given
    /// as a parameter or ID, a subnet without an explicit route table association (it uses the
    /// VPC's main route table), or a route whose target cannot be read ends the check. A template
    /// that declares any `AWS::EC2::VPCEndpoint` is not checked either, since private subnets
    /// with endpoints for ECR, S3 and CloudWatch Logs need no internet route. Subnets given
    /// outside the template are not warned about.
    ///
    /// ## Why it fails at deploy
    /// The stack deploys, but the tasks do not start. A Fargate task pulls its image, sends logs
    /// and fetches secrets through its own network interface (platform version 1.4.0 and later),
    /// so it needs a route out. In a public subnet the internet gateway only works for an
    /// interface with a public IP, which `AssignPublicIp` defaults to `DISABLED`; in a subnet
    /// without a default route nothing is reachable. The tasks stop with
    /// `CannotPullContainerError` or `ResourceInitializationError`, and the service waits until
    /// CloudFormation times out. EC2 tasks in bridge mode used the instance's network, so this
    /// shows up only after the move.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Subnet:
    ///     Type: AWS::EC2::Subnet
    ///     Properties:
    ///       VpcId: vpc-0abc
    ///       CidrBlock: 10.0.0.0/24
    ///   RouteTable:
    ///     Type: AWS::EC2::RouteTable
    ///     Properties:
    ///       VpcId: vpc-0abc
    ///   Association:
    ///     Type: AWS::EC2::SubnetRouteTableAssociation
    ///     Properties:
    ///       SubnetId: !Ref Subnet
    ///       RouteTableId: !Ref RouteTable
    ///   DefaultRoute:
    ///     Type: AWS::EC2::Route
    ///     Properties:
    ///       RouteTableId: !Ref RouteTable
    ///       DestinationCidrBlock: 0.0.0.0/0
    ///       GatewayId: igw-0abc
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [!Ref Subnet]
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   Subnet:
    ///     Type: AWS::EC2::Subnet
    ///     Properties:
    ///       VpcId: vpc-0abc
    ///       CidrBlock: 10.0.0.0/24
    ///   RouteTable:
    ///     Type: AWS::EC2::RouteTable
    ///     Properties:
    ///       VpcId: vpc-0abc
    ///   Association:
    ///     Type: AWS::EC2::SubnetRouteTableAssociation
    ///     Properties:
    ///       SubnetId: !Ref Subnet
    ///       RouteTableId: !Ref RouteTable
    ///   DefaultRoute:
    ///     Type: AWS::EC2::Route
    ///     Properties:
    ///       RouteTableId: !Ref RouteTable
    ///       DestinationCidrBlock: 0.0.0.0/0
    ///       GatewayId: igw-0abc
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           AssignPublicIp: ENABLED
    ///           Subnets: [!Ref Subnet]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix: whether the tasks should have public IPs, or sit in private subnets
    /// behind a NAT gateway or VPC endpoints, is a design decision.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-linux-fargate.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking-awsvpc.html>
    pub struct OutboundNetworkPath {
        code: "X-05",
        name: "outbound-network-path",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

/// How tasks in a subnet reach the internet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Egress {
    /// No default route.
    None,
    /// A default route to an internet gateway: works with a public IP only.
    InternetGateway,
    /// A default route to a NAT gateway or another router.
    Routed,
}

/// Route targets that forward traffic without a public IP on the task.
const ROUTED_TARGETS: &[&str] = &[
    "NatGatewayId",
    "InstanceId",
    "TransitGatewayId",
    "NetworkInterfaceId",
    "VpcPeeringConnectionId",
    "CoreNetworkArn",
    "LocalGatewayId",
    "CarrierGatewayId",
    "VpcEndpointId",
];

fn targets(ctx: &Context<'_>, node: Option<&Node>) -> Vec<String> {
    node.map(|n| resource_targets(ctx.template, n))
        .unwrap_or_default()
        .into_iter()
        .map(|(id, _)| id)
        .collect()
}

/// The egress of a route table, or `None` when a route cannot be read.
fn route_table_egress(ctx: &Context<'_>, table: &str) -> Option<Egress> {
    let mut best = Egress::None;
    for route in ctx.template.resources_of_type("AWS::EC2::Route") {
        let Some(props) = route.properties() else {
            continue;
        };
        if !targets(ctx, props.get("RouteTableId"))
            .iter()
            .any(|t| t == table)
        {
            continue;
        }
        let Some(dest) = props.get("DestinationCidrBlock") else {
            continue;
        };
        match dest.as_scalar() {
            Some("0.0.0.0/0") => {}
            Some(_) => continue,
            None => return None,
        }
        let egress = if ROUTED_TARGETS.iter().any(|k| props.get(k).is_some()) {
            Egress::Routed
        } else if let Some(gw) = props.get("GatewayId") {
            let kind = match gw.as_scalar() {
                Some(id) if id.starts_with("igw-") => "AWS::EC2::InternetGateway",
                Some(id) if id.starts_with("vgw-") => "AWS::EC2::VPNGateway",
                Some(_) => return None,
                None => {
                    let ids = targets(ctx, Some(gw));
                    let [id] = ids.as_slice() else { return None };
                    ctx.template.resource(id)?.type_name()?
                }
            };
            match kind {
                "AWS::EC2::InternetGateway" => Egress::InternetGateway,
                "AWS::EC2::VPNGateway" => Egress::Routed,
                _ => return None,
            }
        } else {
            return None;
        };
        best = best.max(egress);
    }
    Some(best)
}

/// The egress of a subnet of the template, or `None` when it cannot be known.
fn subnet_egress(ctx: &Context<'_>, subnet: &str) -> Option<Egress> {
    let mut best: Option<Egress> = None;
    for assoc in ctx
        .template
        .resources_of_type("AWS::EC2::SubnetRouteTableAssociation")
    {
        let Some(props) = assoc.properties() else {
            continue;
        };
        if !targets(ctx, props.get("SubnetId"))
            .iter()
            .any(|t| t == subnet)
        {
            continue;
        }
        let tables = targets(ctx, props.get("RouteTableId"));
        if tables.is_empty() {
            return None;
        }
        for t in tables {
            let e = route_table_egress(ctx, &t)?;
            best = Some(best.map_or(e, |b| b.max(e)));
        }
    }
    best
}

/// The subnet resources a `Subnets` value names, or `None` when any is not a subnet of the
/// template.
fn subnets<'t>(ctx: &Context<'t>, list: &'t Node) -> Option<Vec<Resource<'t>>> {
    let mut out = Vec::new();
    for item in list.as_sequence()? {
        let ("Ref", arg) = item.as_intrinsic()? else {
            return None;
        };
        let subnet = ctx.template.resource(arg.as_scalar()?)?;
        if subnet.type_name() != Some("AWS::EC2::Subnet") {
            return None;
        }
        out.push(subnet);
    }
    Some(out)
}

impl Rule for OutboundNetworkPath {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        if ctx
            .template
            .resources_of_type("AWS::EC2::VPCEndpoint")
            .next()
            .is_some()
        {
            return;
        }
        for svc in ctx.template.resources_of_type(SERVICE) {
            let Some(avc) = svc
                .property("NetworkConfiguration")
                .and_then(|n| n.value.get("AwsvpcConfiguration"))
            else {
                continue;
            };
            let Some(subnets_entry) = avc.entry("Subnets") else {
                continue;
            };
            for list in ctx.resolver.alternatives(&subnets_entry.value) {
                let Possible::Value(list_node) = list.value else {
                    continue;
                };
                let Some(subnets) = subnets(ctx, list_node) else {
                    continue;
                };
                let Some(egress): Option<Vec<Egress>> =
                    subnets.iter().map(|s| subnet_egress(ctx, s.id)).collect()
                else {
                    continue;
                };
                for ip in ctx.resolver.property(avc.get("AssignPublicIp")) {
                    let public = match ip.value {
                        Possible::Absent => false,
                        Possible::Value(_) => ip.scalar() == Some("ENABLED"),
                        Possible::Unknown => continue,
                    };
                    let Some(env) = list.env.merge(&ip.env) else {
                        continue;
                    };
                    let Some((binding, env)) = ctx.fargate.launcher_under(svc.id, &env) else {
                        continue;
                    };
                    let stuck: Vec<(&Resource<'_>, Egress)> = subnets
                        .iter()
                        .zip(egress.iter().copied())
                        .filter(|(_, e)| match e {
                            Egress::Routed => false,
                            Egress::InternetGateway => !public,
                            Egress::None => true,
                        })
                        .collect();
                    if stuck.is_empty() {
                        continue;
                    }
                    let why: Vec<String> = stuck
                        .iter()
                        .map(|(s, e)| match e {
                            Egress::InternetGateway => format!(
                                "{} routes to an internet gateway but the tasks get no public IP",
                                s.id
                            ),
                            _ => format!("{} has no default route", s.id),
                        })
                        .collect();
                    let advice = if stuck.iter().all(|(_, e)| *e == Egress::InternetGateway) {
                        "Set `AssignPublicIp: ENABLED`, or use private subnets with a NAT gateway or VPC endpoints"
                    } else {
                        "Route the subnets through a NAT gateway, or add VPC endpoints for ECR, S3 and CloudWatch Logs"
                    };
                    let mut f = ctx.finding(
                        &Self::META,
                        &svc,
                        subnets_entry.key_span,
                        format!(
                            "service {} {}{}, but its tasks have no way out: {}; they cannot pull images or send logs and stop with CannotPullContainerError. {advice}",
                            svc.id,
                            binding.reason,
                            when(&env),
                            why.join("; ")
                        ),
                    );
                    f.related = stuck
                        .iter()
                        .map(|(s, _)| Related {
                            span: s.id_span,
                            message: format!("subnet {} is declared here", s.id),
                        })
                        .collect();
                    out.push(f);
                }
            }
        }
    }
}
