//! IAM-01: the execution role of a Fargate task definition must trust ecs-tasks.amazonaws.com.

use super::fargate_task_definitions;
use super::iam::{Trust, role_refs, trusts};
use crate::declare_rule;
use crate::finding::{Finding, Related};
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Follows `ExecutionRoleArn` of a Fargate-bound task definition to an `AWS::IAM::Role` of
    /// the template (`Fn::GetAtt Role.Arn`, `Ref Role`, `Fn::Sub`, through `Fn::If` branches) and
    /// checks that the role's `AssumeRolePolicyDocument` allows `ecs-tasks.amazonaws.com` to
    /// call `sts:AssumeRole`. A role outside the template, and a trust policy built with
    /// intrinsic functions that do not mention `ecs-tasks`, are not checked.
    ///
    /// ## Why it fails at deploy
    /// The stack deploys, but the tasks do not start: ECS assumes the execution role as the
    /// `ecs-tasks.amazonaws.com` service to pull the image and send logs, and a role that does not
    /// trust that service cannot be assumed, so every task stops before its containers run. A
    /// common cause in templates moved from EC2 is reusing the container instances' role, which
    /// trusts `ec2.amazonaws.com`.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   InstanceRole:
    ///     Type: AWS::IAM::Role
    ///     Properties:
    ///       AssumeRolePolicyDocument:
    ///         Statement:
    ///           - Effect: Allow
    ///             Principal: {Service: ec2.amazonaws.com}
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
    ///       ExecutionRoleArn: !GetAtt InstanceRole.Arn
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
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
    ///           Image: public.ecr.aws/nginx/nginx:latest
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix. Adding `ecs-tasks.amazonaws.com` to a role that other services use
    /// widens who can assume it; creating a separate execution role is the better change.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html>
    pub struct ExecutionRoleTrust {
        code: "IAM-01",
        name: "execution-role-trust",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for ExecutionRoleTrust {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        let mut reported: Vec<&str> = Vec::new();
        for (td, _) in fargate_task_definitions(ctx) {
            let Some(entry) = td.property("ExecutionRoleArn") else {
                continue;
            };
            for r in role_refs(ctx, &entry.value) {
                if reported.contains(&r.role.id) {
                    continue;
                }
                let Some((binding, env)) = ctx.fargate.task_definition_under(td.id, &r.env) else {
                    continue;
                };
                let Trust::NotTrusted(others) = trusts(&r.role, "ecs-tasks.") else {
                    continue;
                };
                reported.push(r.role.id);
                let instead = if others.is_empty() {
                    String::new()
                } else {
                    format!(" (it trusts {})", others.join(", "))
                };
                let span = r
                    .role
                    .property("AssumeRolePolicyDocument")
                    .map_or_else(|| r.role.missing_property_span(), |e| e.key_span);
                let mut f = ctx.finding(
                    &Self::META,
                    &r.role,
                    span,
                    format!(
                        "role {} is the execution role of task definition {}{}, which is {}, but its trust policy does not let ecs-tasks.amazonaws.com assume it{instead}; the tasks cannot start. Use a separate execution role that trusts ecs-tasks.amazonaws.com",
                        r.role.id,
                        td.id,
                        when(&env),
                        binding.reason
                    ),
                );
                f.related = vec![Related {
                    span: r.span,
                    message: format!("task definition {} uses the role here", td.id),
                }];
                out.push(f);
            }
        }
    }
}
