//! CD-09: a Fargate container may not set DockerSecurityOptions.

use super::props::{Problem, check_container_property, non_empty_list};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that no container of a Fargate-bound task definition sets `DockerSecurityOptions`.
    ///
    /// ## Why it fails at deploy
    /// Docker security options (SELinux and AppArmor labels, `no-new-privileges`, credential specs)
    /// are applied by the Docker daemon of an EC2 container instance. Fargate does not take them,
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
    ///           DockerSecurityOptions: [no-new-privileges]
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
    /// No automatic fix yet. Remove the options; a gMSA credential spec moves to `CredentialSpecs`
    /// in its domainless form (CD-10).
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html>
    pub struct NoDockerSecurityOptions {
        code: "CD-09",
        name: "no-docker-security-options",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for NoDockerSecurityOptions {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        check_container_property(
            ctx,
            &Self::META,
            &["DockerSecurityOptions"],
            true,
            |_, node| {
                (non_empty_list(node)).then(|| Problem {
                    what: "DockerSecurityOptions is set".to_string(),
                    advice: "Fargate does not accept Docker security options. Remove DockerSecurityOptions; for gMSA use CredentialSpecs with a credentialspecdomainless: ARN".to_string(),
                })
            },
            out,
        );
    }
}
