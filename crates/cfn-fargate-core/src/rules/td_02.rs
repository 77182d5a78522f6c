//! TD-02: a Fargate task definition must use network mode awsvpc.

use super::fixes;
use super::{fargate_task_definitions, is_other_than};
use crate::declare_rule;
use crate::edit::NewValue;
use crate::finding::{Applicability, Finding};
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks that a Fargate-bound task definition sets `NetworkMode: awsvpc`.
    ///
    /// ## Why it fails at deploy
    /// Fargate tasks get their own elastic network interface; awsvpc is the only network mode
    /// Fargate supports. Without `NetworkMode` a Linux task definition uses bridge mode, so moving an
    /// EC2 service to Fargate without setting it fails at registration with
    /// `Fargate only supports network mode 'awsvpc'.`
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: bridge
    ///       Cpu: 256
    ///       Memory: 512
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
    /// Safe: adds `NetworkMode: awsvpc`, or replaces a literal other mode, when the value does
    /// not depend on a condition. The task is Fargate-bound, so no other mode can deploy. Host
    /// ports, the service role and instance target groups change with it (CD-01, SVC-04, SVC-07,
    /// TG-01), each with its own finding.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html>
    pub struct NetworkModeAwsvpc {
        code: "TD-02",
        name: "network-mode-awsvpc",
        severity: Error,
        cfn_lint: ["E3048"],
        fix: Sometimes,
    }
}

impl Rule for NetworkModeAwsvpc {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for (td, _) in fargate_task_definitions(ctx) {
            let entry = td.property("NetworkMode");
            for alt in ctx.resolver.property(entry.map(|e| &e.value)) {
                let Some((binding, env)) = ctx.fargate.task_definition_under(td.id, &alt.env)
                else {
                    continue;
                };
                let mut finding = match alt.value {
                    Possible::Absent => ctx.finding(
                        &Self::META,
                        &td,
                        entry.map_or_else(|| td.missing_property_span(), |e| e.key_span),
                        format!(
                            "NetworkMode is not set{}, so the task uses bridge mode, but this task definition is {}; Fargate supports only awsvpc. Add `NetworkMode: awsvpc`",
                            when(&env),
                            binding.reason
                        ),
                    ),
                    Possible::Value(node) if is_other_than(&alt, "awsvpc") => {
                        let fallback = entry.map_or(node.span, |e| e.value.span);
                        ctx.finding(
                            &Self::META,
                            &td,
                            ctx.span_in_resource(&td, node.span, fallback),
                            format!(
                                "NetworkMode is {}{}, but this task definition is {}; Fargate supports only awsvpc (ECS: \"Fargate only supports network mode 'awsvpc'\"). Set `NetworkMode: awsvpc`",
                                alt.scalar().unwrap_or_default(),
                                when(&env),
                                binding.reason
                            ),
                        )
                    }
                    _ => continue,
                };
                finding.related = ctx.bound_because(td.id);
                // A fix only where the value is the same under every condition.
                if alt.env.is_empty() {
                    let awsvpc = NewValue::str("awsvpc");
                    finding.fix = match (entry, alt.value) {
                        (None, _) => fixes::insert_property(
                            ctx,
                            &td,
                            "NetworkMode",
                            &awsvpc,
                            "Add `NetworkMode: awsvpc`".to_string(),
                            Applicability::Safe,
                        ),
                        (Some(_), Possible::Value(node)) if fixes::is_local_literal(&td, node) => {
                            Some(fixes::replace_value(
                                ctx,
                                node,
                                &awsvpc,
                                "Set `NetworkMode: awsvpc`".to_string(),
                                Applicability::Safe,
                            ))
                        }
                        _ => None,
                    };
                }
                out.push(finding);
            }
        }
    }
}
