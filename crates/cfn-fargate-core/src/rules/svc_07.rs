//! SVC-07: an awsvpc (Fargate) service must not set Role.

use super::fixes;
use super::{awsvpc_service_under, awsvpc_services};
use crate::declare_rule;
use crate::finding::{Applicability, Finding};
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks that a service that launches on Fargate, or whose task definition uses awsvpc, does
    /// not set `Role`.
    ///
    /// ## Why it fails at deploy
    /// `Role` was how load-balanced EC2 services in bridge mode let ECS register instances with the
    /// load balancer. Services whose tasks use awsvpc must use the service-linked role
    /// AWSServiceRoleForECS instead, and ECS rejects the service with
    /// `You cannot specify an IAM role for services that require a service linked role.`
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       Role: ecsServiceRole
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// Removes `Role`. `Role` is create-only, so CloudFormation replaces the service. Safe when
    /// the task definition already uses awsvpc (the role cannot have worked); unsafe otherwise,
    /// since it only makes sense together with the move to awsvpc.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html>
    /// - <https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-service.html>
    pub struct NoServiceRole {
        code: "SVC-07",
        name: "no-service-role",
        severity: Error,
        cfn_lint: [],
        fix: Always,
    }
}

impl Rule for NoServiceRole {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for svc in awsvpc_services(ctx) {
            let Some(entry) = svc.property("Role") else {
                continue;
            };
            for alt in ctx.resolver.alternatives(&entry.value) {
                if matches!(alt.value, Possible::Absent) {
                    continue;
                }
                let Some((why, env)) = awsvpc_service_under(ctx, &svc, &alt.env) else {
                    continue;
                };
                let mut f = ctx.finding(
                    &Self::META,
                    &svc,
                    entry.key_span,
                    format!(
                        "Role is set{}, but {why}; such services use the service-linked role AWSServiceRoleForECS and ECS rejects a Role (\"You cannot specify an IAM role for services that require a service linked role\"). Remove Role",
                        when(&env)
                    ),
                );
                // Role is create-only: removing it replaces the service. Safe when the task
                // already uses awsvpc (the Role could never have worked then); otherwise it goes
                // with the change of network mode and is left to the user.
                let applicability = if ctx.fargate.service_uses_awsvpc(svc.id) {
                    Applicability::Safe
                } else {
                    Applicability::Unsafe
                };
                if let Some(props) = svc.properties() {
                    f.fix = Some(fixes::remove_entry(
                        ctx,
                        props,
                        entry,
                        "Remove Role (replaces the service)".to_string(),
                        applicability,
                    ));
                }
                out.push(f);
                break;
            }
        }
    }
}
