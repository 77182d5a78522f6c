//! CD-04: a Fargate container may not set Hostname.

use super::props::{Problem, check_container_property};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that no container of a Fargate-bound task definition sets `Hostname`.
    ///
    /// ## Why it fails at deploy
    /// With awsvpc the task's network interface determines the host name, and ECS refuses a
    /// container host name: `hostname is not supported on container when networkMode=awsvpc.`
    /// Fargate tasks always use awsvpc. A value from a parameter without a default is not reported.
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
    ///           Hostname: web
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
    /// No automatic fix yet. Removing `Hostname` registers the task; check whether the application
    /// relies on its host name.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html>
    /// - <https://github.com/labd/ecs-deplojo/issues/26>
    pub struct NoHostname {
        code: "CD-04",
        name: "no-hostname",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for NoHostname {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        check_container_property(
            ctx,
            &Self::META,
            &["Hostname"],
            true,
            |_, node| {
                (node.as_scalar().is_some()).then(|| Problem {
                    what: "Hostname is set".to_string(),
                    advice: "Fargate tasks use awsvpc, where ECS does not accept a container host name (ECS: \"hostname is not supported on container when networkMode=awsvpc.\"). Remove Hostname".to_string(),
                })
            },
            out,
        );
    }
}
