//! IAM-03: ExecutionRoleArn should be the role's ARN (Fn::GetAtt Role.Arn), not its name.

use super::fargate_task_definitions;
use super::iam::{RoleForm, role_refs};
use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks how `ExecutionRoleArn` of a Fargate-bound task definition names an
    /// `AWS::IAM::Role` of the template: `Ref Role` gives the role's name and
    /// `Fn::GetAtt Role.RoleId` its ID, where the property asks for the ARN
    /// (`Fn::GetAtt Role.Arn`).
    ///
    /// The catalog rates this entry medium confidence, and reports from AWS maintainers say ECS
    /// completes a plain role name to an ARN when it registers the task definition; 76 templates
    /// of the public corpus that deploy on Fargate use `Ref` on the execution role. So `Ref` to a
    /// role without a `Path` is not reported, and the other cases are warnings, not errors: a role
    /// with a `Path` other than `/` cannot be found by its name alone, and a role ID is never an
    /// ARN.
    ///
    /// ## Why it fails at deploy
    /// `ExecutionRoleArn` is documented as the ARN of the role. A `Ref` to an IAM role returns
    /// the role's name, not its ARN, which is an easy mistake to make; a role ID is never
    /// accepted.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   ExecutionRole:
    ///     Type: AWS::IAM::Role
    ///     Properties:
    ///       Path: /ecs/
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
    ///       ExecutionRoleArn: !Ref ExecutionRole
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
    /// No automatic fix yet. Replacing `Ref Role` with `Fn::GetAtt Role.Arn` names the same role
    /// and will be safe, though changing the property replaces the task definition.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-taskdefinition.html>
    pub struct ExecutionRoleArnForm {
        code: "IAM-03",
        name: "execution-role-arn-form",
        severity: Error,
        cfn_lint: ["E3511"],
        fix: None,
    }
}

impl Rule for ExecutionRoleArnForm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for (td, _) in fargate_task_definitions(ctx) {
            let Some(entry) = td.property("ExecutionRoleArn") else {
                continue;
            };
            for r in role_refs(ctx, &entry.value) {
                let what = match &r.form {
                    RoleForm::Arn => continue,
                    RoleForm::Name => "Ref gives the role's name".to_string(),
                    RoleForm::Attribute(a) => format!("Fn::GetAtt {a} gives the role's {a}"),
                };
                let Some((binding, env)) = ctx.fargate.task_definition_under(td.id, &r.env) else {
                    continue;
                };
                let path = r
                    .role
                    .property("Path")
                    .and_then(|p| p.value.as_scalar())
                    .filter(|p| *p != "/");
                let risk = match (&r.form, path) {
                    (RoleForm::Name, Some(p)) => {
                        format!("; the role's Path is {p}, so ECS cannot find it by name")
                    }
                    // ECS completes a plain role name to the ARN: 76 public templates that deploy
                    // on Fargate use `Ref` here, so it is not reported.
                    (RoleForm::Name, None) => continue,
                    _ => String::new(),
                };
                let mut f = ctx.finding(
                    &Self::META,
                    &td,
                    ctx.span_in_resource(&td, r.span, entry.value.span),
                    format!(
                        "ExecutionRoleArn names role {} but {what}, not its ARN{}, and this task definition is {}{risk}. Use `Fn::GetAtt {}.Arn`",
                        r.role.id,
                        when(&env),
                        binding.reason,
                        r.role.id
                    ),
                );
                f.severity = Severity::Warning;
                out.push(f);
            }
        }
    }
}
