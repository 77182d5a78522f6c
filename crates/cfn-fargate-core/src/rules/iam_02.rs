//! IAM-02: the execution role must allow what the task's containers need at start.

use super::iam::{grants, role_refs};
use super::td_10::is_private_ecr;
use super::{container_name, containers, fargate_task_definitions};
use crate::declare_rule;
use crate::finding::{Finding, Related};
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::span::Span;
use crate::value::Node;

declare_rule! {
    /// ## What it does
    /// Follows `ExecutionRoleArn` of a Fargate-bound task definition to an `AWS::IAM::Role` of
    /// the template and checks that the role's policies allow what the containers need when a
    /// task starts:
    /// - the awslogs log driver: `logs:CreateLogStream`, `logs:PutLogEvents`, and
    ///   `logs:CreateLogGroup` with `awslogs-create-group: true`;
    /// - an image in a private Amazon ECR repository: `ecr:GetAuthorizationToken`,
    ///   `ecr:BatchCheckLayerAvailability`, `ecr:GetDownloadUrlForLayer`, `ecr:BatchGetImage`;
    /// - `Secrets` and `SecretOptions`: `secretsmanager:GetSecretValue` or `ssm:GetParameters`,
    ///   by the kind of reference; `RepositoryCredentials`: `secretsmanager:GetSecretValue`;
    /// - `EnvironmentFiles`: `s3:GetObject` and `s3:GetBucketLocation`.
    ///
    /// The role's inline `Policies`, `AWS::IAM::Policy`, `ManagedPolicy` and `RolePolicy`
    /// resources attached to it, and a few AWS managed policies (`AmazonECSTaskExecutionRolePolicy`
    /// among them) are read. When any policy cannot be read (another managed policy, intrinsic
    /// functions in actions, `NotAction`), the role is not checked. Resources and conditions in
    /// statements are not checked, and neither is `kms:Decrypt` for customer-managed keys.
    ///
    /// ## Why it fails at deploy
    /// The stack deploys, but the tasks do not start: before the containers run, ECS uses the
    /// execution role to pull the image, create the log stream and fetch secrets, and stops the
    /// task when a call is denied. On EC2 the container instance's role often made these calls,
    /// so the execution role of a migrated template can lack them.
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
    ///           Image: !Sub ${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/app:1
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
    ///           Image: !Sub ${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/app:1
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Attaching `AmazonECSTaskExecutionRolePolicy` and adding statements
    /// for the secrets and files the task uses will be safe, but statements scoped to specific
    /// resources need the author's review.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html>
    pub struct ExecutionRolePermissions {
        code: "IAM-02",
        name: "execution-role-permissions",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

const ECR: &[&str] = &[
    "ecr:GetAuthorizationToken",
    "ecr:BatchCheckLayerAvailability",
    "ecr:GetDownloadUrlForLayer",
    "ecr:BatchGetImage",
];

/// One need: the actions, why, and where.
struct Need {
    actions: &'static [&'static str],
    why: String,
    span: Span,
}

impl Rule for ExecutionRolePermissions {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for (td, _) in fargate_task_definitions(ctx) {
            let Some(entry) = td.property("ExecutionRoleArn") else {
                continue;
            };
            let refs = role_refs(ctx, &entry.value);
            if refs.is_empty() {
                continue;
            }
            let needs = needs(ctx, &containers(ctx, &td));
            if needs.is_empty() {
                continue;
            }
            let mut done: Vec<&str> = Vec::new();
            for r in refs {
                if done.contains(&r.role.id) {
                    continue;
                }
                let Some((binding, env)) = ctx.fargate.task_definition_under(td.id, &r.env) else {
                    continue;
                };
                let Some(granted) = grants(ctx, &r.role) else {
                    continue;
                };
                done.push(r.role.id);
                let mut missing: Vec<&str> = Vec::new();
                let mut whys: Vec<String> = Vec::new();
                let mut related = Vec::new();
                for need in &needs {
                    let lacking: Vec<&str> = need
                        .actions
                        .iter()
                        .copied()
                        .filter(|a| !granted.allows(a))
                        .collect();
                    if lacking.is_empty() {
                        continue;
                    }
                    for a in &lacking {
                        if !missing.contains(a) {
                            missing.push(a);
                        }
                    }
                    if !whys.contains(&need.why) {
                        whys.push(need.why.clone());
                    }
                    related.push(Related {
                        span: need.span,
                        message: format!("needs {}", lacking.join(", ")),
                    });
                }
                if missing.is_empty() {
                    continue;
                }
                let span = ["ManagedPolicyArns", "Policies"]
                    .iter()
                    .find_map(|k| r.role.property(k))
                    .map_or_else(|| r.role.missing_property_span(), |e| e.key_span);
                let mut f = ctx.finding(
                    &Self::META,
                    &r.role,
                    span,
                    format!(
                        "role {} is the execution role of task definition {}{}, which is {}, but the role does not allow {}, which ECS needs because {}; the tasks stop before their containers start. Attach the AmazonECSTaskExecutionRolePolicy managed policy or add statements for these actions",
                        r.role.id,
                        td.id,
                        when(&env),
                        binding.reason,
                        missing.join(", "),
                        and_list(&whys)
                    ),
                );
                related.push(Related {
                    span: r.span,
                    message: format!("task definition {} uses the role here", td.id),
                });
                f.related = related;
                out.push(f);
            }
        }
    }
}

fn needs(ctx: &Context<'_>, containers: &[&Node]) -> Vec<Need> {
    let mut out = Vec::new();
    for c in containers {
        let name = container_name(c);
        if let Some(log) = c.get("LogConfiguration")
            && let Some(driver) = log.get("LogDriver")
            && driver.as_scalar() == Some("awslogs")
        {
            out.push(Need {
                actions: &["logs:CreateLogStream", "logs:PutLogEvents"],
                why: format!("container {name} uses the awslogs log driver"),
                span: driver.span,
            });
            if let Some(create) = log
                .get("Options")
                .and_then(|o| o.get("awslogs-create-group"))
                && create
                    .as_scalar()
                    .is_some_and(|v| v.eq_ignore_ascii_case("true"))
            {
                out.push(Need {
                    actions: &["logs:CreateLogGroup"],
                    why: format!("container {name} sets awslogs-create-group"),
                    span: create.span,
                });
            }
        }
        if let Some(image) = c.get("Image")
            && is_private_ecr(ctx, image)
        {
            out.push(Need {
                actions: ECR,
                why: format!("container {name} pulls from a private ECR repository"),
                span: image.span,
            });
        }
        let secret_lists = [
            c.get("Secrets"),
            c.get("LogConfiguration")
                .and_then(|l| l.get("SecretOptions")),
        ];
        for item in secret_lists
            .into_iter()
            .flatten()
            .filter_map(Node::as_sequence)
            .flatten()
        {
            let Some(from) = item.get("ValueFrom") else {
                continue;
            };
            if let Some(actions) = secret_actions(ctx, from) {
                out.push(Need {
                    actions,
                    why: format!("container {name} has secrets"),
                    span: from.span,
                });
            }
        }
        if let Some(creds) = c
            .get("RepositoryCredentials")
            .and_then(|r| r.get("CredentialsParameter"))
        {
            out.push(Need {
                actions: &["secretsmanager:GetSecretValue"],
                why: format!("container {name} has private registry credentials"),
                span: creds.span,
            });
        }
        if let Some(files) = c.get("EnvironmentFiles")
            && files.as_sequence().is_some_and(|s| !s.is_empty())
        {
            out.push(Need {
                actions: &["s3:GetObject", "s3:GetBucketLocation"],
                why: format!("container {name} reads environment files from S3"),
                span: files.span,
            });
        }
    }
    out
}

/// The action that fetches a secret: Secrets Manager for its ARNs and secrets of the template,
/// SSM Parameter Store for other ARNs, parameter names and parameters of the template; `None`
/// when the reference cannot be read.
fn secret_actions(ctx: &Context<'_>, from: &Node) -> Option<&'static [&'static str]> {
    const SM: &[&str] = &["secretsmanager:GetSecretValue"];
    const SSM: &[&str] = &["ssm:GetParameters"];
    let text = match from.as_intrinsic() {
        None => from.as_scalar()?.to_string(),
        Some(("Fn::Sub", arg)) => {
            let text = arg.as_sequence().and_then(|s| s.first()).unwrap_or(arg);
            // `${Secret}` alone could be either kind.
            text.as_scalar()
                .filter(|t| t.starts_with("arn:"))?
                .to_string()
        }
        Some(("Ref", arg)) => {
            return match ctx.template.resource(arg.as_scalar()?)?.type_name()? {
                "AWS::SecretsManager::Secret" => Some(SM),
                "AWS::SSM::Parameter" => Some(SSM),
                _ => None,
            };
        }
        Some(_) => return None,
    };
    if text.contains(":secretsmanager:") {
        Some(SM)
    } else if text.contains(":ssm:") || !text.starts_with("arn:") {
        Some(SSM)
    } else {
        None
    }
}

/// "a, b and c".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
