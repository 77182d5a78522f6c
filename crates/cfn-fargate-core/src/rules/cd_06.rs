//! CD-06: a Fargate container may not set DnsServers or DnsSearchDomains.

use super::props::{Problem, check_container_property, non_empty_list};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that no container of a Fargate-bound task definition sets `DnsServers` or
    /// `DnsSearchDomains`.
    ///
    /// ## Why it fails at deploy
    /// Fargate tasks resolve names through the VPC: the Amazon-provided resolver and the VPC's DHCP
    /// options set. Per-container DNS servers and search domains are not valid Fargate parameters,
    /// and ECS refuses the task definition.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: awsvpc
    ///       Cpu: 256
    ///       Memory: 512
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           DnsServers: [10.0.0.2]
    ///           DnsSearchDomains: [corp.example.com]
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: awsvpc
    ///       Cpu: 256
    ///       Memory: 512
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Removing the keys registers the task; the resolver settings have to
    /// move to the VPC (a DHCP options set or Route 53 Resolver rules).
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html>
    pub struct NoContainerDns {
        code: "CD-06",
        name: "no-container-dns",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for NoContainerDns {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for property in ["DnsServers", "DnsSearchDomains"] {
            check_container_property(
                ctx,
                &Self::META,
                &[property],
                true,
                |_, node| {
                    non_empty_list(node).then(|| Problem {
                        what: format!("{property} is set"),
                        advice: "Fargate tasks use the VPC's resolver and DHCP options, and ECS does not accept container DNS settings on Fargate. Remove the setting and configure DNS in the VPC (DHCP options set or Route 53 Resolver rules)".to_string(),
                    })
                },
                out,
            );
        }
    }
}
