//! CD-03: a Fargate container may not use Links.

use super::props::{Problem, check_container_property, non_empty_list};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that no container of a Fargate-bound task definition sets `Links`.
    ///
    /// ## Why it fails at deploy
    /// Links are a Docker feature of the bridge network: a container reaches another under an
    /// alias. They are only valid in bridge mode, so ECS refuses them with awsvpc and therefore on
    /// Fargate (and on Windows). The containers of one awsvpc task share a network namespace and
    /// reach each other on `localhost`.
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
    ///           Links: [db]
    ///         - Name: db
    ///           Image: public.ecr.aws/docker/library/postgres:16
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
    ///           Environment:
    ///             - Name: DB_HOST
    ///               Value: localhost
    ///         - Name: db
    ///           Image: public.ecr.aws/docker/library/postgres:16
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Removing `Links` registers the task, but settings that use the link
    /// alias as a host name must change to `localhost`.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html>
    pub struct NoLinks {
        code: "CD-03",
        name: "no-links",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for NoLinks {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        check_container_property(
            ctx,
            &Self::META,
            &["Links"],
            true,
            |_, node| {
                (non_empty_list(node)).then(|| Problem {
                    what: "Links is set".to_string(),
                    advice: "links exist only in bridge mode and Fargate tasks use awsvpc, where containers of a task reach each other on localhost. Remove Links and use localhost:<port>".to_string(),
                })
            },
            out,
        );
    }
}
