//! TD-17: at least one container of a task definition must be essential.

use super::{containers, fargate_task_definitions};
use crate::declare_rule;
use crate::finding::{Finding, Related};
use crate::resolve::{Env, Possible};
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks that a Fargate-bound task definition has at least one essential container. A
    /// container is essential unless it sets `Essential` to false; an `Essential` value that
    /// depends on a parameter or condition counts as possibly essential.
    ///
    /// ## Why it fails at deploy
    /// ECS stops a task when an essential container exits, so a task needs at least one; it
    /// refuses a task definition in which every container says `Essential: false`. This holds on
    /// every launch type; the rule looks at Fargate-bound task definitions like the rest of the
    /// catalog.
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
    ///           Essential: false
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
    /// No automatic fix: which container the task lives and dies with is a design decision.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html>
    pub struct EssentialContainer {
        code: "TD-17",
        name: "essential-container",
        severity: Error,
        cfn_lint: ["E3042"],
        fix: None,
    }
}

impl Rule for EssentialContainer {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for (td, _) in fargate_task_definitions(ctx) {
            let Some(entry) = td.property("ContainerDefinitions") else {
                continue;
            };
            let list = containers(ctx, &td);
            if list.is_empty() {
                continue;
            }
            let mut related = Vec::new();
            let all_non_essential = list.iter().all(|c| {
                let Some(essential) = c.get("Essential") else {
                    return false;
                };
                let alts = ctx.resolver.alternatives(essential);
                let never = alts.iter().all(|a| match a.value {
                    Possible::Value(v) => v
                        .as_scalar()
                        .is_some_and(|s| s.eq_ignore_ascii_case("false")),
                    _ => false,
                });
                if never {
                    related.push(Related {
                        span: essential.span,
                        message: "this container is not essential".to_string(),
                    });
                }
                never
            });
            if !all_non_essential {
                continue;
            }
            let Some((binding, env)) = ctx.fargate.task_definition_under(td.id, &Env::default())
            else {
                continue;
            };
            let mut f = ctx.finding(
                &Self::META,
                &td,
                entry.key_span,
                format!(
                    "every container sets `Essential: false`{}, and this task definition is {}; ECS requires at least one essential container, whose exit stops the task. Remove `Essential: false` from the main container",
                    when(&env),
                    binding.reason
                ),
            );
            f.related = related;
            out.push(f);
        }
    }
}
