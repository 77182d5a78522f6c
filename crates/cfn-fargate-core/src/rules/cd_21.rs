//! CD-21: the execution role must be allowed to read the containers' secrets.

use super::iam::{allows, execution_role};
use super::{container_name, containers, fargate_task_definitions};
use crate::declare_rule;
use crate::finding::{Finding, Related};
use crate::resolve::Env;
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::value::Node;

declare_rule! {
    /// ## What it does
    /// Checks a Fargate-bound task definition whose containers have `Secrets` or
    /// `LogConfiguration.SecretOptions`, when its `ExecutionRoleArn` points at an `AWS::IAM::Role`
    /// of the same template: some policy attached to that role must allow
    /// `secretsmanager:GetSecretValue` (for Secrets Manager references) or `ssm:GetParameters`
    /// (for Parameter Store references).
    ///
    /// ## Why it fails at deploy
    /// ECS fetches secrets with the task execution role before the containers start. The managed
    /// `AmazonECSTaskExecutionRolePolicy` covers image pulls and logs, not secrets, so a role with
    /// only that policy lets the stack deploy and every task then stops with a
    /// `ResourceInitializationError`. A task definition without any execution role is TD-10's
    /// finding. The rule stays silent when it cannot see every policy of the role: other managed
    /// policies, roles from parameters or imports, policy documents built with functions. It does
    /// not look at `Resource` scopes, KMS keys, resource policies on the secret, or the network
    /// path to the Secrets Manager and SSM endpoints.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   ExecutionRole:
    ///     Type: AWS::IAM::Role
    ///     Properties:
    ///       AssumeRolePolicyDocument:
    ///         Statement:
    ///           - Effect: Allow
    ///             Principal: {Service: ecs-tasks.amazonaws.com}
    ///             Action: sts:AssumeRole
    ///       ManagedPolicyArns:
    ///         - arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: awsvpc
    ///       Cpu: 256
    ///       Memory: 512
    ///       ExecutionRoleArn: !GetAtt ExecutionRole.Arn
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           Secrets:
    ///             - Name: DB_PASSWORD
    ///               ValueFrom: !Sub arn:aws:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:db
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   ExecutionRole:
    ///     Type: AWS::IAM::Role
    ///     Properties:
    ///       AssumeRolePolicyDocument:
    ///         Statement:
    ///           - Effect: Allow
    ///             Principal: {Service: ecs-tasks.amazonaws.com}
    ///             Action: sts:AssumeRole
    ///       ManagedPolicyArns:
    ///         - arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy
    ///       Policies:
    ///         - PolicyName: read-secrets
    ///           PolicyDocument:
    ///             Statement:
    ///               - Effect: Allow
    ///                 Action: secretsmanager:GetSecretValue
    ///                 Resource: !Sub arn:aws:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:db*
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: awsvpc
    ///       Cpu: 256
    ///       Memory: 512
    ///       ExecutionRoleArn: !GetAtt ExecutionRole.Arn
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           Secrets:
    ///             - Name: DB_PASSWORD
    ///               ValueFrom: !Sub arn:aws:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:db
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet: the statement should name the secrets (and the KMS key of a
    /// customer-managed key) rather than grant the action on everything.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-linux-fargate.html>
    /// - <https://github.com/hashicorp/terraform-provider-aws/issues/6503>
    pub struct SecretsReadableByExecutionRole {
        code: "CD-21",
        name: "secrets-readable-by-execution-role",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

/// The action a secret reference needs, from its `ValueFrom`.
fn needed_action(value_from: &Node) -> Option<&'static str> {
    let text = match value_from.as_intrinsic() {
        None => value_from.as_scalar()?,
        Some(("Fn::Sub", t)) => t.as_scalar()?,
        Some(_) => return None,
    };
    if text.contains(":secretsmanager:") {
        Some("secretsmanager:GetSecretValue")
    } else if text.contains(":ssm:") || !text.starts_with("arn:") {
        Some("ssm:GetParameters")
    } else {
        None
    }
}

impl Rule for SecretsReadableByExecutionRole {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for (td, _) in fargate_task_definitions(ctx) {
            let Some((role, actions)) = execution_role(ctx, &td) else {
                continue;
            };
            let role_id = role.id;
            let Some((binding, env)) = ctx.fargate.task_definition_under(td.id, &Env::default())
            else {
                continue;
            };
            for container in containers(ctx, &td) {
                let lists = [
                    container.entry("Secrets"),
                    container
                        .get("LogConfiguration")
                        .and_then(|l| l.entry("SecretOptions")),
                ];
                for entry in lists.into_iter().flatten() {
                    let mut missing: Vec<&str> = Vec::new();
                    for secret in entry.value.as_sequence().unwrap_or_default() {
                        let Some(action) = secret.get("ValueFrom").and_then(needed_action) else {
                            continue;
                        };
                        if !missing.contains(&action) && !allows(&actions, action) {
                            missing.push(action);
                        }
                    }
                    if missing.is_empty() {
                        continue;
                    }
                    let mut f = ctx.finding(
                        &Self::META,
                        &td,
                        entry.key_span,
                        format!(
                            "in container {}, {} are read with execution role {role_id}, but no policy of that role allows {}{}; this task definition is {}, and its tasks will stop before the containers start. Add a statement allowing {} on these secrets to the role",
                            container_name(container),
                            entry.key,
                            missing.join(" or "),
                            when(&env),
                            binding.reason,
                            missing.join(" and ")
                        ),
                    );
                    f.related = vec![Related {
                        span: role.id_span,
                        message: format!("execution role {role_id}"),
                    }];
                    out.push(f);
                }
            }
        }
    }
}
