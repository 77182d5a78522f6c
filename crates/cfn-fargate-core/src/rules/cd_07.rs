//! CD-07: a Fargate container may not disable networking.

use super::props::{Problem, check_container_property, is_true};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that no container of a Fargate-bound task definition sets `DisableNetworking: true`.
    ///
    /// ## Why it fails at deploy
    /// Fargate does not support the `disableNetworking` container parameter: every container joins
    /// the task's network interface. An explicit `false` asks for the default; whether ECS accepts
    /// the key with that value is not documented, so only `true` is reported.
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
    ///           DisableNetworking: true
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
    /// No automatic fix yet. A container without networking cannot be had on Fargate; removing the
    /// key gives it the task's network.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html>
    pub struct NoDisableNetworking {
        code: "CD-07",
        name: "no-disable-networking",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for NoDisableNetworking {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        check_container_property(
            ctx,
            &Self::META,
            &["DisableNetworking"],
            true,
            |_, node| {
                node.as_scalar().is_some_and(is_true).then(|| Problem {
                    what: "DisableNetworking is true".to_string(),
                    advice: "Fargate does not support disabling a container's networking; every container shares the task's network interface. Remove DisableNetworking".to_string(),
                })
            },
            out,
        );
    }
}
