//! CD-05: a Fargate container may not set ExtraHosts.

use super::props::{Problem, check_container_property, non_empty_list};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that no container of a Fargate-bound task definition sets `ExtraHosts`.
    ///
    /// ## Why it fails at deploy
    /// `ExtraHosts` writes entries into the container's `/etc/hosts`. ECS does not support it with
    /// awsvpc, which every Fargate task uses, so the task definition is refused.
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
    ///           ExtraHosts:
    ///             - Hostname: db.internal
    ///               IpAddress: 10.0.0.10
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
    /// No automatic fix yet. Removing `ExtraHosts` registers the task; the names must then resolve
    /// through DNS, for example a Route 53 private hosted zone or AWS Cloud Map.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html>
    pub struct NoExtraHosts {
        code: "CD-05",
        name: "no-extra-hosts",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for NoExtraHosts {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        check_container_property(
            ctx,
            &Self::META,
            &["ExtraHosts"],
            true,
            |_, node| {
                (non_empty_list(node)).then(|| Problem {
                    what: "ExtraHosts is set".to_string(),
                    advice: "Fargate tasks use awsvpc, where ECS does not support extra /etc/hosts entries. Remove ExtraHosts and publish the names in DNS (a Route 53 private hosted zone or AWS Cloud Map)".to_string(),
                })
            },
            out,
        );
    }
}
