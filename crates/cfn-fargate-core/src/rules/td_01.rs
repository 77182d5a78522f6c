//! TD-01: a task definition launched on Fargate must list FARGATE in RequiresCompatibilities.

use super::TASK_DEFINITION;
use super::fixes;
use crate::declare_rule;
use crate::edit::NewValue;
use crate::finding::{Applicability, Finding, Severity};
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks that a task definition used by a service, task set or scheduled task that launches on
    /// Fargate lists `FARGATE` in `RequiresCompatibilities`.
    ///
    /// ## Why it fails at deploy
    /// `RequiresCompatibilities` is what makes ECS validate a task definition for Fargate when it is
    /// registered. When the list exists without FARGATE, a Fargate service that uses the definition
    /// fails with `Task definition does not support launch_type FARGATE.` When the property is absent
    /// the outcome is not documented (catalog uncertainty U3): ECS may compute compatibility itself,
    /// and cfn-lint accepts such definitions when they use awsvpc. To avoid a false error, a missing
    /// list is a warning; a list without FARGATE is an error.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [EC2]
    ///       NetworkMode: awsvpc
    ///       Cpu: 256
    ///       Memory: 512
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: !Ref Task
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
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
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: !Ref Task
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// Safe: adds `RequiresCompatibilities: [FARGATE]`, or FARGATE to a literal list (EC2 stays
    /// if it was there). The task is launched on Fargate already; the change replaces the task
    /// definition, as every task definition change does.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html>
    pub struct RequiresCompatibilitiesFargate {
        code: "TD-01",
        name: "requires-compatibilities-fargate",
        severity: Error,
        cfn_lint: ["E3054"],
        fix: Sometimes,
    }
}

impl Rule for RequiresCompatibilitiesFargate {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for td in ctx.template.resources_of_type(TASK_DEFINITION) {
            if ctx.fargate.task_definition(td.id).is_none() {
                continue;
            }
            let entry = td.property("RequiresCompatibilities");
            for alt in ctx.resolver.property(entry.map(|e| &e.value)) {
                let Some((binding, env)) = ctx.fargate.launched_by_under(td.id, &alt.env) else {
                    continue;
                };
                let mut finding = match alt.value {
                    Possible::Absent => {
                        let mut f = ctx.finding(
                            &Self::META,
                            &td,
                            entry.map_or_else(|| td.missing_property_span(), |e| e.key_span),
                            format!(
                                "RequiresCompatibilities is not set{}, but this task definition is {}; add `RequiresCompatibilities: [FARGATE]` so that ECS validates it for Fargate when it is registered",
                                when(&env),
                                binding.reason
                            ),
                        );
                        f.severity = Severity::Warning;
                        f
                    }
                    Possible::Value(list) => {
                        let Some(items) = list.as_sequence() else {
                            continue;
                        };
                        let mut names = Vec::new();
                        let mut has_fargate_or_unknown = false;
                        for item in items {
                            for a in ctx.resolver.alternatives(item) {
                                match a.scalar() {
                                    Some("FARGATE") | None => has_fargate_or_unknown = true,
                                    Some(other) => names.push(other),
                                }
                            }
                        }
                        if has_fargate_or_unknown {
                            continue;
                        }
                        let span = ctx.span_in_resource(
                            &td,
                            list.span,
                            entry.map_or(list.span, |e| e.value.span),
                        );
                        ctx.finding(
                            &Self::META,
                            &td,
                            span,
                            format!(
                                "RequiresCompatibilities lists {} but not FARGATE{}, and this task definition is {}; ECS rejects that with \"Task definition does not support launch_type FARGATE\". Add FARGATE to the list",
                                if names.is_empty() { "nothing".to_string() } else { names.join(", ") },
                                when(&env),
                                binding.reason
                            ),
                        )
                    }
                    Possible::Unknown => continue,
                };
                finding.related = ctx.bound_because(td.id);
                if alt.env.is_empty() {
                    finding.fix = requires_fargate_fix(ctx, &td, entry.map(|e| &e.value));
                }
                out.push(finding);
            }
        }
    }
}

/// Add `RequiresCompatibilities: [FARGATE]`, or FARGATE to a literal list (keeping what it has,
/// so EC2 stays possible). Safe: the task definition is launched on Fargate already.
fn requires_fargate_fix(
    ctx: &Context<'_>,
    td: &crate::template::Resource<'_>,
    list: Option<&crate::value::Node>,
) -> Option<crate::finding::Fix> {
    match list {
        None => fixes::insert_property(
            ctx,
            td,
            "RequiresCompatibilities",
            &NewValue::List(vec![NewValue::str("FARGATE")]),
            "Add `RequiresCompatibilities: [FARGATE]`".to_string(),
            Applicability::Safe,
        ),
        Some(list) => {
            // Only a list written in the resource itself.
            if !list
                .as_sequence()?
                .iter()
                .all(|i| fixes::is_local_literal(td, i))
            {
                return None;
            }
            let values = crate::edit::list_with(list, "FARGATE")?;
            Some(fixes::replace_value(
                ctx,
                list,
                &values,
                "Add FARGATE to RequiresCompatibilities".to_string(),
                Applicability::Safe,
            ))
        }
    }
}
