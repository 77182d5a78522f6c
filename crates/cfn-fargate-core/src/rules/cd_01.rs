//! CD-01: with awsvpc, a port mapping's HostPort must be omitted or equal its ContainerPort.

use super::fixes;
use super::{TASK_DEFINITION, container_name, containers};
use crate::declare_rule;
use crate::finding::{Applicability, Finding};
use crate::resolve::consistent_pairs;
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks the port mappings of Fargate-bound task definitions and of task definitions that set
    /// `NetworkMode: awsvpc`: `HostPort` must be omitted or equal `ContainerPort`.
    ///
    /// ## Why it fails at deploy
    /// In bridge mode, `HostPort: 0` asks Docker for a dynamic host port so that several tasks share
    /// one instance. An awsvpc task has its own network interface and no host port to map, so ECS
    /// rejects the task definition with
    /// `When networkMode=awsvpc, the host ports and container ports in port mappings must match.`
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
    ///           PortMappings:
    ///             - ContainerPort: 80
    ///               HostPort: 0
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
    ///           PortMappings:
    ///             - ContainerPort: 80
    /// ```
    ///
    /// ## Fix safety
    /// Safe: removes `HostPort`. With awsvpc a task has its own address and the host port is
    /// always the container port, so nothing that worked can stop working.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html>
    pub struct HostPortMatchesContainerPort {
        code: "CD-01",
        name: "host-port-matches-container-port",
        severity: Error,
        cfn_lint: ["E3053"],
        fix: Always,
    }
}

impl Rule for HostPortMatchesContainerPort {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for td in ctx.template.resources_of_type(TASK_DEFINITION) {
            let literal_awsvpc =
                td.property("NetworkMode").and_then(|e| e.value.as_scalar()) == Some("awsvpc");
            if ctx.fargate.task_definition(td.id).is_none() && !literal_awsvpc {
                continue;
            }
            for container in containers(ctx, &td) {
                let Some(mappings) = container.get("PortMappings").and_then(|m| m.as_sequence())
                else {
                    continue;
                };
                for mapping in mappings {
                    let Some(host) = mapping.get("HostPort") else {
                        continue;
                    };
                    let hosts = ctx.resolver.alternatives(host);
                    let ports = ctx.resolver.property(mapping.get("ContainerPort"));
                    for (h, c, env) in consistent_pairs(&hosts, &ports) {
                        let Some(h_text) = h.scalar() else { continue };
                        // An unknown container port (a parameter without default) is not checked.
                        let Some(c_text) = c.scalar() else { continue };
                        let same = match (h_text.parse::<u64>(), c_text.parse::<u64>()) {
                            (Ok(a), Ok(b)) => a == b,
                            _ => h_text == c_text,
                        };
                        if same {
                            continue;
                        }
                        let (context, env) = match ctx.fargate.task_definition_under(td.id, &env) {
                            Some((b, env)) => {
                                (format!("this task definition is {}", b.reason), env)
                            }
                            None if literal_awsvpc => (
                                "this task definition uses network mode awsvpc".to_string(),
                                env,
                            ),
                            None => continue,
                        };
                        let container_port = format!(" {c_text}");
                        let what = if h_text == "0" {
                            "HostPort 0 asks for a dynamic host port, which awsvpc tasks do not have".to_string()
                        } else {
                            format!("HostPort {h_text} differs from ContainerPort{container_port}")
                        };
                        let mut f = ctx.finding(
                            &Self::META,
                            &td,
                            ctx.span_in_resource(&td, host.span, host.span),
                            format!(
                                "in container {}, {what}{}; {context}, and with awsvpc ECS requires host and container ports to match. Remove HostPort or set it to the ContainerPort{container_port}",
                                container_name(container),
                                when(&env)
                            ),
                        );
                        f.related = ctx.bound_because(td.id);
                        if let Some(entry) = mapping.entry("HostPort") {
                            f.fix = Some(fixes::remove_entry(
                                ctx,
                                mapping,
                                entry,
                                "Remove HostPort (awsvpc uses the container port)".to_string(),
                                Applicability::Safe,
                            ));
                        }
                        out.push(f);
                    }
                }
            }
        }
    }
}
