//! TD-10: a Fargate task definition needs an execution role for awslogs, private ECR and secrets.

use super::{container_name, containers, fargate_task_definitions};
use crate::declare_rule;
use crate::finding::{Finding, Related};
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::value::Node;

declare_rule! {
    /// ## What it does
    /// Checks that a Fargate-bound task definition sets `ExecutionRoleArn` when a container uses
    /// the awslogs log driver, pulls its image from a private Amazon ECR repository, or has
    /// `Secrets` or `LogConfiguration.SecretOptions`.
    ///
    /// ## Why it fails at deploy
    /// On EC2, the container instance's role pulls images and writes logs, so EC2 templates often
    /// have no execution role. Fargate has no instance: ECS rejects the task definition with
    /// `Fargate requires task definition to have execution role ARN to support log driver awslogs.`
    /// (or `... to support ECR images.`), and any launch type rejects secrets without one
    /// (`When you are specifying container secrets, you must also specify a value for
    /// 'executionRoleArn'.`). Images named through a parameter are not checked.
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
    /// No automatic fix yet: the conversion (`cfn-fargate convert`) will add a role.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html>
    pub struct ExecutionRoleRequired {
        code: "TD-10",
        name: "execution-role-required",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for ExecutionRoleRequired {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for (td, _) in fargate_task_definitions(ctx) {
            let entry = td.property("ExecutionRoleArn");
            let absent = ctx.resolver.absent(entry.map(|e| &e.value));
            if absent.is_empty() {
                continue;
            }
            let mut needs: Vec<String> = Vec::new();
            let mut related = Vec::new();
            for container in containers(ctx, &td) {
                let name = container_name(container);
                if let Some(driver) = container
                    .get("LogConfiguration")
                    .and_then(|l| l.get("LogDriver"))
                    && ctx
                        .resolver
                        .alternatives(driver)
                        .iter()
                        .any(|a| a.scalar() == Some("awslogs"))
                {
                    needs.push(format!("container {name} uses the awslogs log driver"));
                    related.push(Related {
                        span: driver.span,
                        message: "awslogs needs an execution role on Fargate".to_string(),
                    });
                }
                if let Some(image) = container.get("Image")
                    && is_private_ecr(ctx, image)
                {
                    needs.push(format!(
                        "container {name} pulls from a private ECR repository"
                    ));
                    related.push(Related {
                        span: image.span,
                        message: "pulling from private ECR needs an execution role on Fargate"
                            .to_string(),
                    });
                }
                let secret_lists = [
                    container.get("Secrets"),
                    container
                        .get("LogConfiguration")
                        .and_then(|l| l.get("SecretOptions")),
                ];
                for list in secret_lists.into_iter().flatten() {
                    if list.as_sequence().is_some_and(|s| !s.is_empty()) {
                        needs.push(format!("container {name} has secrets"));
                        related.push(Related {
                            span: list.span,
                            message: "secrets are fetched with the execution role".to_string(),
                        });
                        break;
                    }
                }
            }
            if needs.is_empty() {
                continue;
            }
            for alt in absent {
                let Some((binding, env)) = ctx.fargate.task_definition_under(td.id, &alt.env)
                else {
                    continue;
                };
                let span = entry.map_or_else(|| td.missing_property_span(), |e| e.key_span);
                let mut f = ctx.finding(
                    &Self::META,
                    &td,
                    span,
                    format!(
                        "ExecutionRoleArn is not set{}, but {} and this task definition is {}; ECS rejects it (\"Fargate requires task definition to have execution role ARN ...\"). Set ExecutionRoleArn to a role that trusts ecs-tasks.amazonaws.com and has the AmazonECSTaskExecutionRolePolicy managed policy",
                        when(&env),
                        needs.join(", "),
                        binding.reason
                    ),
                );
                f.related = related.clone();
                out.push(f);
            }
        }
    }
}

/// Whether an image name points at a private ECR registry
/// (`<account>.dkr.ecr.<region>.amazonaws.com/...`), in a literal, a `Fn::Sub` template or the
/// literal parts of a `Fn::Join`.
pub(crate) fn is_private_ecr(ctx: &Context<'_>, image: &Node) -> bool {
    let mut texts = Vec::new();
    for alt in ctx.resolver.alternatives(image) {
        if let Some(s) = alt.scalar() {
            texts.push(s.to_string());
        }
    }
    if let Some((name, arg)) = image.as_intrinsic() {
        match name {
            "Fn::Sub" => {
                let template = arg.as_sequence().and_then(|s| s.first()).unwrap_or(arg);
                if let Some(s) = template.as_scalar() {
                    texts.push(s.to_string());
                }
            }
            "Fn::Join" => {
                if let Some([sep, parts]) = arg.as_sequence() {
                    let sep = sep.as_scalar().unwrap_or("");
                    let joined: Vec<&str> = parts
                        .as_sequence()
                        .unwrap_or_default()
                        .iter()
                        .map(|p| p.as_scalar().unwrap_or("${}"))
                        .collect();
                    texts.push(joined.join(sep));
                }
            }
            _ => {}
        }
    }
    texts
        .iter()
        .any(|t| t.contains(".dkr.ecr.") && t.contains(".amazonaws.com"))
}
