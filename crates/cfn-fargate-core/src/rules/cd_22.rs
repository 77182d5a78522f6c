//! CD-22: environment files need an execution role on Fargate.

use super::props::{Problem, check_container_property, non_empty_list};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that a Fargate-bound task definition whose containers set `EnvironmentFiles` has an
    /// `ExecutionRoleArn`.
    ///
    /// ## Why it fails at deploy
    /// Fargate (Linux platform 1.4.0 or later) downloads environment files from S3 with the task
    /// execution role; without one the task fails to start. (Whether the role has `s3:GetObject`
    /// and `s3:GetBucketLocation` is not checked.)
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
    ///           EnvironmentFiles:
    ///             - Type: s3
    ///               Value: arn:aws:s3:::my-bucket/app.env
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
    ///       ExecutionRoleArn: !Sub arn:aws:iam::${AWS::AccountId}:role/ecsTaskExecutionRole
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           EnvironmentFiles:
    ///             - Type: s3
    ///               Value: arn:aws:s3:::my-bucket/app.env
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet: the conversion will add an execution role that may read the files.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-linux-fargate.html>
    pub struct EnvironmentFilesNeedExecutionRole {
        code: "CD-22",
        name: "environment-files-need-execution-role",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for EnvironmentFilesNeedExecutionRole {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        check_container_property(
            ctx,
            &Self::META,
            &["EnvironmentFiles"],
            true,
            |td, node| {
                (non_empty_list(node) && td.property("ExecutionRoleArn").is_none()).then(|| Problem {
                    what: "EnvironmentFiles are set while the task definition has no ExecutionRoleArn".to_string(),
                    advice: "Fargate downloads environment files from S3 with the task execution role, so the task cannot start. Set ExecutionRoleArn to a role with s3:GetObject and s3:GetBucketLocation on the files".to_string(),
                })
            },
            out,
        );
    }
}
