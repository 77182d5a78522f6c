//! CD-13: FireLens on Fargate reads its configuration from a file in the image, not from S3.

use super::props::{Problem, check_container_property};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that no container of a Fargate-bound task definition sets
    /// `FirelensConfiguration.Options.config-file-type` to `s3`.
    ///
    /// ## Why it fails at deploy
    /// A FireLens router can load an extra configuration from S3 on EC2 only. On Fargate
    /// `config-file-type` must be `file`, pointing at a file inside the router image. The failure
    /// is confusing: registration may fail with `Invalid arn syntax`, or the router fails to start.
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
    ///           FirelensConfiguration:
    ///             Type: fluentbit
    ///             Options:
    ///               config-file-type: s3
    ///               config-file-value: arn:aws:s3:::my-bucket/extra.conf
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
    ///           FirelensConfiguration:
    ///             Type: fluentbit
    ///             Options:
    ///               config-file-type: file
    ///               config-file-value: /fluent-bit/etc/extra.conf
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix: the configuration has to be built into a custom router image and
    /// referenced with `config-file-type: file`.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FirelensConfiguration.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html>
    /// - <https://github.com/aws-samples/amazon-ecs-firelens-examples/issues/32>
    pub struct FirelensConfigFile {
        code: "CD-13",
        name: "firelens-config-file",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for FirelensConfigFile {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        check_container_property(
            ctx,
            &Self::META,
            &["FirelensConfiguration", "Options", "config-file-type"],
            false,
            |_, node| {
                node.as_scalar()
                    .is_some_and(|t| t.eq_ignore_ascii_case("s3"))
                    .then(|| Problem {
                        what: "the FireLens config-file-type is `s3`".to_string(),
                        advice: "Fargate cannot load FireLens configuration from S3 (it may fail with a misleading \"Invalid arn syntax\"). Build the file into the router image and use `config-file-type: file`".to_string(),
                    })
            },
            out,
        );
    }
}
