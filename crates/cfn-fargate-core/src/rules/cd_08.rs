//! CD-08: a Fargate container may not be privileged.

use super::props::{Problem, check_container_property, is_true};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that no container of a Fargate-bound task definition sets `Privileged: true`.
    ///
    /// ## Why it fails at deploy
    /// A privileged container gets root access to the host. Fargate (and Windows) does not run
    /// privileged containers, so ECS refuses the task definition. It is unclear whether ECS also
    /// refuses an explicit `Privileged: false`; that is not reported.
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
    ///           Privileged: true
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
    /// No automatic fix: whatever needed host privileges (device access, kernel settings) must be
    /// solved another way, for example with specific Linux capabilities.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html>
    pub struct NoPrivileged {
        code: "CD-08",
        name: "no-privileged",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for NoPrivileged {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        check_container_property(
            ctx,
            &Self::META,
            &["Privileged"],
            true,
            |_, node| {
                node.as_scalar().is_some_and(is_true).then(|| Problem {
                    what: "Privileged is true".to_string(),
                    advice: "Fargate does not run privileged containers. Remove Privileged and grant only the Linux capabilities the container needs, or keep this workload on EC2".to_string(),
                })
            },
            out,
        );
    }
}
