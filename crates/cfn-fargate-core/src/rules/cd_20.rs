//! CD-20: private registry credentials need an execution role on Fargate.

use super::iam::{allows, execution_role};
use super::props::{Problem, check_container_property};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that a Fargate-bound task definition whose containers set `RepositoryCredentials` has
    /// an `ExecutionRoleArn` that may read the credentials secret.
    ///
    /// ## Why it fails at deploy
    /// On Fargate the registry credentials are read from Secrets Manager with the task execution
    /// role; there is no instance role to fall back on. Without an execution role the image cannot
    /// be pulled and the task fails to start. When the execution role is a role of the same
    /// template and all its policies can be read, one of them must allow
    /// `secretsmanager:GetSecretValue` (the managed execution policy does not); resource scopes and
    /// `kms:Decrypt` for a customer-managed key are not checked.
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
    ///           RepositoryCredentials:
    ///             CredentialsParameter: !Sub arn:aws:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:registry
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
    ///           RepositoryCredentials:
    ///             CredentialsParameter: !Sub arn:aws:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:registry
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet: the conversion will add an execution role that may read the secret.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html>
    pub struct RepositoryCredentialsNeedExecutionRole {
        code: "CD-20",
        name: "repository-credentials-need-execution-role",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for RepositoryCredentialsNeedExecutionRole {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        check_container_property(
            ctx,
            &Self::META,
            &["RepositoryCredentials"],
            true,
            |td, node| {
                node.as_mapping()?;
                if td.property("ExecutionRoleArn").is_none() {
                    return Some(Problem {
                        what: "RepositoryCredentials is set while the task definition has no ExecutionRoleArn".to_string(),
                        advice: "Fargate reads registry credentials from Secrets Manager with the task execution role, so the image cannot be pulled. Set ExecutionRoleArn to a role that may call secretsmanager:GetSecretValue on the secret".to_string(),
                    });
                }
                let (role, actions) = execution_role(ctx, td)?;
                (!allows(&actions, "secretsmanager:GetSecretValue")).then(|| Problem {
                    what: format!("the registry credentials are read with execution role {}, whose policies do not allow secretsmanager:GetSecretValue", role.id),
                    advice: "the image cannot be pulled and the task cannot start. Allow secretsmanager:GetSecretValue on the credentials secret in a policy of the role".to_string(),
                })
            },
            out,
        );
    }
}
