//! CD-22: environment files need an execution role on Fargate.

use super::iam::{allows, execution_role};
use super::props::{Problem, check_container_property, non_empty_list};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that a Fargate-bound task definition whose containers set `EnvironmentFiles` has an
    /// `ExecutionRoleArn` that may download them.
    ///
    /// ## Why it fails at deploy
    /// Fargate (Linux platform 1.4.0 or later) downloads environment files from S3 with the task
    /// execution role; without one the task fails to start. When the execution role is a role of
    /// the same template and all its policies can be read, one of them must allow `s3:GetObject`
    /// (the managed execution policy does not); resource scopes are not checked.
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
                if !(non_empty_list(node)) {
                    return None;
                }
                if td.property("ExecutionRoleArn").is_none() {
                    return Some(Problem {
                        what: "EnvironmentFiles are set while the task definition has no ExecutionRoleArn".to_string(),
                        advice: "Fargate downloads environment files from S3 with the task execution role, so the task cannot start. Set ExecutionRoleArn to a role with s3:GetObject and s3:GetBucketLocation on the files".to_string(),
                    });
                }
                let (role, actions) = execution_role(ctx, td)?;
                (!allows(&actions, "s3:GetObject")).then(|| Problem {
                    what: format!("the environment files are downloaded with execution role {}, whose policies do not allow s3:GetObject", role.id),
                    advice: "the task cannot start. Allow s3:GetObject and s3:GetBucketLocation on the files in a policy of the role".to_string(),
                })
            },
            out,
        );
    }
}
