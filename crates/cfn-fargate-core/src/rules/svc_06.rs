//! SVC-06: Fargate tasks in public subnets without a public IP or NAT cannot reach AWS endpoints.

use super::SERVICE;
use super::launchers::{fargate_launchers, launched_here};
use crate::declare_rule;
use crate::finding::Finding;
use crate::references::resource_targets;
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::value::Node;

declare_rule! {
    /// ## What it does
    /// Checks a service that launches on Fargate whose `AssignPublicIp` is `DISABLED` (the
    /// default) while every one of its subnets is an `AWS::EC2::Subnet` of the template with
    /// `MapPublicIpOnLaunch: true`, and the template declares no NAT gateway and no VPC
    /// endpoint. The catalog rates this medium confidence (routes and endpoints may live in
    /// another stack), so it is a warning.
    ///
    /// ## Why it fails at deploy
    /// It does not fail at deploy. A Fargate task pulls its image, fetches secrets and ships
    /// logs over its own network interface. In a public subnet, without a public IP and without
    /// a NAT gateway or VPC endpoints, it has no route to ECR or CloudWatch, so tasks stop with
    /// image-pull errors and the service never stabilizes. Tasks on EC2 instances used the
    /// instance's address instead, which is why the setting often goes missing in a move to
    /// Fargate.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   PublicSubnet:
    ///     Type: AWS::EC2::Subnet
    ///     Properties:
    ///       VpcId: vpc-0abc
    ///       CidrBlock: 10.0.0.0/24
    ///       MapPublicIpOnLaunch: true
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [!Ref PublicSubnet]
    ///           SecurityGroups: [sg-0abc]
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   PublicSubnet:
    ///     Type: AWS::EC2::Subnet
    ///     Properties:
    ///       VpcId: vpc-0abc
    ///       CidrBlock: 10.0.0.0/24
    ///       MapPublicIpOnLaunch: true
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [!Ref PublicSubnet]
    ///           SecurityGroups: [sg-0abc]
    ///           AssignPublicIp: ENABLED
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix: a public IP exposes the task to the internet (subject to its security
    /// groups); private subnets with a NAT gateway or VPC endpoints are the alternative.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking-awsvpc.html>
    pub struct PublicSubnetNeedsPublicIp {
        code: "SVC-06",
        name: "public-subnet-needs-public-ip",
        severity: Warning,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for PublicSubnetNeedsPublicIp {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        let egress = ["AWS::EC2::NatGateway", "AWS::EC2::VPCEndpoint"]
            .iter()
            .any(|t| ctx.template.resources_of_type(t).next().is_some());
        if egress {
            return;
        }
        for svc in fargate_launchers(ctx, SERVICE) {
            let Some(config) = svc
                .property("NetworkConfiguration")
                .and_then(|n| n.value.get("AwsvpcConfiguration"))
            else {
                continue;
            };
            let Some(subnets) = config.get("Subnets").and_then(Node::as_sequence) else {
                continue;
            };
            let public = !subnets.is_empty()
                && subnets.iter().all(|s| {
                    let targets = resource_targets(ctx.template, s);
                    let [(id, _)] = targets.as_slice() else {
                        return false;
                    };
                    ctx.template.resource(id).is_some_and(|r| {
                        r.type_name() == Some("AWS::EC2::Subnet")
                            && r.property("MapPublicIpOnLaunch")
                                .and_then(|e| e.value.as_scalar())
                                .is_some_and(|v| v.eq_ignore_ascii_case("true"))
                    })
                });
            if !public {
                continue;
            }
            let entry = config.entry("AssignPublicIp");
            for alt in ctx.resolver.property(entry.map(|e| &e.value)) {
                let disabled = match alt.value {
                    Possible::Absent => true,
                    Possible::Value(_) => alt.scalar() == Some("DISABLED"),
                    Possible::Unknown => false,
                };
                if !disabled {
                    continue;
                }
                let Some((binding, env)) = ctx.fargate.launcher_under(svc.id, &alt.env) else {
                    continue;
                };
                let span = entry.map_or_else(
                    || {
                        svc.property("NetworkConfiguration")
                            .map_or_else(|| svc.missing_property_span(), |e| e.key_span)
                    },
                    |e| e.key_span,
                );
                let mut f = ctx.finding(
                    &Self::META,
                    &svc,
                    span,
                    format!(
                        "the Fargate tasks get no public IP{} but run in public subnets (MapPublicIpOnLaunch) and the template has no NAT gateway or VPC endpoint; they will likely fail to pull images and send logs. Set AssignPublicIp ENABLED, or use private subnets with a NAT gateway or VPC endpoints",
                        when(&env)
                    ),
                );
                f.related = launched_here(binding);
                out.push(f);
                break;
            }
        }
    }
}
