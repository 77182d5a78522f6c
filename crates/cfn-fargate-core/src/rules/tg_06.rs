//! TG-06: the task security groups of a load-balanced Fargate service admit each container port.

use super::SERVICE;
use super::launchers::{fargate_launchers, launched_here};
use crate::declare_rule;
use crate::finding::{Finding, Related};
use crate::references::resource_targets;
use crate::rule::{Context, Rule, RuleMeta};
use crate::value::Node;

declare_rule! {
    /// ## What it does
    /// Checks a load-balanced service that launches on Fargate whose task security groups are
    /// all `AWS::EC2::SecurityGroup` resources of the template: some ingress rule (inline
    /// `SecurityGroupIngress` or an `AWS::EC2::SecurityGroupIngress` resource) must admit each
    /// `ContainerPort` of its `LoadBalancers`. Nothing is reported when a group comes from
    /// outside the template or a rule's ports or protocol are not literal.
    ///
    /// ## Why it fails at deploy
    /// The stack deploys, but the tasks never become healthy. On EC2 the load balancer reached
    /// the instance on the ephemeral host-port range (32768-65535), so the instance security
    /// group opened that range. A Fargate task has its own network interface with the task
    /// security groups, and the load balancer connects to the container port itself; a group
    /// that only opens the ephemeral range drops the health checks.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   TaskSecurityGroup:
    ///     Type: AWS::EC2::SecurityGroup
    ///     Properties:
    ///       GroupDescription: tasks
    ///       VpcId: vpc-0abc
    ///       SecurityGroupIngress:
    ///         - IpProtocol: tcp
    ///           FromPort: 32768
    ///           ToPort: 65535
    ///           SourceSecurityGroupId: sg-0lb
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       LoadBalancers:
    ///         - ContainerName: app
    ///           ContainerPort: 8080
    ///           TargetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/app/0123456789abcdef
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    ///           SecurityGroups: [!Ref TaskSecurityGroup]
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   TaskSecurityGroup:
    ///     Type: AWS::EC2::SecurityGroup
    ///     Properties:
    ///       GroupDescription: tasks
    ///       VpcId: vpc-0abc
    ///       SecurityGroupIngress:
    ///         - IpProtocol: tcp
    ///           FromPort: 8080
    ///           ToPort: 8080
    ///           SourceSecurityGroupId: sg-0lb
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       LoadBalancers:
    ///         - ContainerName: app
    ///           ContainerPort: 8080
    ///           TargetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/app/0123456789abcdef
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    ///           SecurityGroups: [!Ref TaskSecurityGroup]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Adding an ingress rule from the load balancer's security group on
    /// the container port will be safe; which source to allow is the author's decision.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking-awsvpc.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html>
    pub struct TaskSecurityGroupAdmitsPorts {
        code: "TG-06",
        name: "task-security-group-admits-ports",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

/// An ingress rule as (protocol, from, to); `None` when not literal.
fn rule_of(rule: &Node) -> Option<(String, i64, i64)> {
    let protocol = rule.get("IpProtocol")?.as_scalar()?.to_ascii_lowercase();
    if matches!(protocol.as_str(), "-1" | "all") {
        return Some((protocol, 0, 65535));
    }
    let from = rule.get("FromPort")?.as_scalar()?.trim().parse().ok()?;
    let to = rule.get("ToPort")?.as_scalar()?.trim().parse().ok()?;
    Some((protocol, from, to))
}

fn admits(rules: &[(String, i64, i64)], port: i64) -> bool {
    rules.iter().any(|(p, from, to)| {
        matches!(p.as_str(), "-1" | "all")
            || (matches!(p.as_str(), "tcp" | "6" | "udp" | "17")
                && (*from == -1 || (*from <= port && port <= *to)))
    })
}

impl Rule for TaskSecurityGroupAdmitsPorts {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for svc in fargate_launchers(ctx, SERVICE) {
            let Some(lbs) = svc
                .property("LoadBalancers")
                .and_then(|e| e.value.as_sequence())
            else {
                continue;
            };
            let Some(groups) = svc
                .property("NetworkConfiguration")
                .and_then(|n| n.value.get("AwsvpcConfiguration"))
                .and_then(|c| c.get("SecurityGroups"))
                .and_then(Node::as_sequence)
            else {
                continue;
            };
            // Every group must be a security group resource of the template.
            let mut ids = Vec::new();
            for g in groups {
                let targets = resource_targets(ctx.template, g);
                let [(id, _)] = targets.as_slice() else {
                    ids.clear();
                    break;
                };
                if ctx.template.resource(id).and_then(|r| r.type_name())
                    != Some("AWS::EC2::SecurityGroup")
                {
                    ids.clear();
                    break;
                }
                ids.push(id.clone());
            }
            if ids.is_empty() {
                continue;
            }
            let mut rules = Vec::new();
            let mut known = true;
            for id in &ids {
                let Some(sg) = ctx.template.resource(id) else {
                    continue;
                };
                if let Some(inline) = sg.property("SecurityGroupIngress") {
                    match inline.value.as_sequence() {
                        Some(list) => {
                            for r in list {
                                match rule_of(r) {
                                    Some(r) => rules.push(r),
                                    None => known = false,
                                }
                            }
                        }
                        None => known = false,
                    }
                }
            }
            for ingress in ctx
                .template
                .resources_of_type("AWS::EC2::SecurityGroupIngress")
            {
                let Some(group) = ingress.property("GroupId") else {
                    continue;
                };
                let targets = resource_targets(ctx.template, &group.value);
                if targets.iter().any(|(t, _)| ids.contains(t)) {
                    match ingress.properties().and_then(rule_of) {
                        Some(r) => rules.push(r),
                        None => known = false,
                    }
                } else if group.value.as_scalar().is_none() && targets.is_empty() {
                    // A group ID we cannot resolve might be one of ours.
                    known = false;
                }
            }
            if !known {
                continue;
            }
            let Some(binding) = ctx.fargate.launcher(svc.id) else {
                continue;
            };
            for lb in lbs {
                let Some(port_node) = lb.get("ContainerPort") else {
                    continue;
                };
                let Some(port) = port_node
                    .as_scalar()
                    .and_then(|p| p.trim().parse::<i64>().ok())
                else {
                    continue;
                };
                if admits(&rules, port) {
                    continue;
                }
                let mut f = ctx.finding(
                    &Self::META,
                    &svc,
                    ctx.span_in_resource(&svc, port_node.span, port_node.span),
                    format!(
                        "the load balancer sends traffic to container port {port}, but no ingress rule of the task security groups ({}) admits port {port}; Fargate tasks receive the traffic on their own network interface, so health checks fail and tasks are replaced. Allow port {port} from the load balancer's security group",
                        ids.join(", ")
                    ),
                );
                f.related = launched_here(binding);
                f.related.push(Related {
                    span: ctx
                        .template
                        .resource(&ids[0])
                        .map_or(port_node.span, |r| r.id_span),
                    message: format!("security group {} is declared here", ids[0]),
                });
                out.push(f);
            }
        }
    }
}
