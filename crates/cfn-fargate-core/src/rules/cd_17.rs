//! CD-17: SystemControls on Fargate: not on Windows, and one value per sysctl for the task.

use super::props::{Problem, check_container_property, non_empty_list};
use super::{container_name, fargate_task_definitions, task_os};
use crate::declare_rule;
use crate::finding::{Finding, Related, Severity};
use crate::resolve::Env;
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::sizes::Os;
use crate::value::Node;

declare_rule! {
    /// ## What it does
    /// Checks `SystemControls` in the containers of a Fargate-bound task definition: a Windows
    /// task may not set them, and two containers should not give the same namespaced kernel
    /// parameter different values.
    ///
    /// ## Why it fails at deploy
    /// Fargate supports namespaced sysctls on Linux platform 1.4.0 or later, not on Windows. With
    /// awsvpc the containers share the task's network namespace, so a `net.*` setting made in one
    /// container applies to the whole task and the container that starts last wins: differing
    /// values are a warning. Windows use is refused by ECS, but the catalog rates this entry with
    /// medium confidence, so it is a warning too.
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
    ///           SystemControls:
    ///             - Namespace: net.core.somaxconn
    ///               Value: "4096"
    ///         - Name: sidecar
    ///           Image: public.ecr.aws/docker/library/busybox:latest
    ///           SystemControls:
    ///             - Namespace: net.core.somaxconn
    ///               Value: "128"
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
    ///           SystemControls:
    ///             - Namespace: net.core.somaxconn
    ///               Value: "4096"
    ///         - Name: sidecar
    ///           Image: public.ecr.aws/docker/library/busybox:latest
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix: which value the task needs is for the application owners to decide.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_SystemControl.html>
    pub struct SystemControlsTaskWide {
        code: "CD-17",
        name: "system-controls-task-wide",
        severity: Warning,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for SystemControlsTaskWide {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        check_container_property(
            ctx,
            &Self::META,
            &["SystemControls"],
            true,
            |td, node| {
                (non_empty_list(node) && task_os(ctx, td) == Os::Windows).then(|| Problem {
                    what: "SystemControls are set in a Windows task definition".to_string(),
                    advice: "Fargate supports sysctls only for Linux tasks. Remove SystemControls"
                        .to_string(),
                })
            },
            out,
        );
        for (td, _) in fargate_task_definitions(ctx) {
            if task_os(ctx, &td) == Os::Windows {
                continue;
            }
            let Some((binding, env)) = ctx.fargate.task_definition_under(td.id, &Env::default())
            else {
                continue;
            };
            let Some(list) = td
                .property("ContainerDefinitions")
                .and_then(|e| e.value.as_sequence())
            else {
                continue;
            };
            // (namespace, value, container index, container name, value node)
            let mut seen: Vec<(&str, &str, usize, String, &Node)> = Vec::new();
            let plain = list
                .iter()
                .filter(|c| c.as_mapping().is_some() && c.as_intrinsic().is_none());
            for (index, container) in plain.enumerate() {
                let name = container_name(container);
                let controls = container
                    .get("SystemControls")
                    .and_then(Node::as_sequence)
                    .unwrap_or_default();
                for control in controls {
                    let (Some(ns), Some(value_node)) = (
                        control.get("Namespace").and_then(Node::as_scalar),
                        control.get("Value"),
                    ) else {
                        continue;
                    };
                    let Some(value) = value_node.as_scalar() else {
                        continue;
                    };
                    let clash = seen
                        .iter()
                        .find(|(n, v, i, _, _)| *n == ns && *v != value && *i != index);
                    if let Some((_, other, _, first, first_node)) = clash {
                        let mut f = ctx.finding(
                            &Self::META,
                            &td,
                            value_node.span,
                            format!(
                                "containers {first} and {name} set {ns} to different values (`{other}` and `{value}`){}, and this task definition is {}; the containers share the task's namespaces, so the container that starts last decides the value for all. Set the same value in every container, or in one only",
                                when(&env),
                                binding.reason
                            ),
                        );
                        f.severity = Severity::Warning;
                        f.related = vec![Related {
                            span: first_node.span,
                            message: format!("container {first} sets {ns} here"),
                        }];
                        out.push(f);
                        continue;
                    }
                    seen.push((ns, value, index, name.clone(), value_node));
                }
            }
        }
    }
}
