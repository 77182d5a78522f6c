//! TD-07: a Fargate task definition may not have task placement constraints.

use super::props::{Problem, check_task_property, non_empty_list};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that a Fargate-bound task definition has no `PlacementConstraints`.
    ///
    /// ## Why it fails at deploy
    /// Placement constraints choose among container instances by their attributes. Fargate has no
    /// container instances to choose from, so ECS does not accept task placement constraints for
    /// Fargate tasks. The `distinctInstance` type is refused in any task definition, on every
    /// launch type (`constraint.type 'distinctInstance' is not supported.`).
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
    ///       PlacementConstraints:
    ///         - Type: memberOf
    ///           Expression: attribute:ecs.instance-type =~ t3.*
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
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
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Removing the constraints is what Fargate needs, but a `memberOf`
    /// expression on instance attributes has no Fargate counterpart: check what it was for.
    /// Fargate spreads a service's tasks across Availability Zones by itself.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskDefinitionPlacementConstraint.html>
    /// - <https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-taskdefinition.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html>
    pub struct NoTaskPlacementConstraints {
        code: "TD-07",
        name: "no-task-placement-constraints",
        severity: Error,
        cfn_lint: ["E3048"],
        fix: None,
    }
}

impl Rule for NoTaskPlacementConstraints {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        check_task_property(
            ctx,
            &Self::META,
            &["PlacementConstraints"],
            true,
            |_, node| {
                if !non_empty_list(node) {
                    return None;
                }
                let distinct =
                    node.as_sequence().unwrap_or_default().iter().any(|c| {
                        c.get("Type").and_then(|t| t.as_scalar()) == Some("distinctInstance")
                    });
                let extra = if distinct {
                    " (and `distinctInstance` is refused in any task definition)"
                } else {
                    ""
                };
                Some(Problem {
                    what: "PlacementConstraints are set".to_string(),
                    advice: format!(
                        "Fargate has no container instances to place tasks on, so ECS does not accept task placement constraints{extra}. Remove PlacementConstraints"
                    ),
                })
            },
            out,
        );
    }
}
