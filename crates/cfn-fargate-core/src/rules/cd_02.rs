//! CD-02: two containers of an awsvpc task cannot use the same container port.

use super::{container_name, fargate_task_definitions};
use crate::declare_rule;
use crate::finding::{Finding, Related};
use crate::resolve::Env;
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::value::Node;

declare_rule! {
    /// ## What it does
    /// Checks that no two containers of a Fargate-bound task definition map the same
    /// `ContainerPort` with the same protocol. Only literal port numbers are compared.
    ///
    /// ## Why it fails at deploy
    /// In bridge mode each container has its own network namespace, and different host ports can
    /// expose two containers that both listen on port 80. The containers of an awsvpc task, and so
    /// of every Fargate task, share one network interface and one namespace: the second container
    /// cannot bind the port and fails at run time. The catalog rates this entry with medium
    /// confidence, so the rule warns.
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
    ///         - Name: web
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           PortMappings:
    ///             - ContainerPort: 80
    ///         - Name: admin
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           PortMappings:
    ///             - ContainerPort: 80
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
    ///         - Name: web
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           PortMappings:
    ///             - ContainerPort: 80
    ///         - Name: admin
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           PortMappings:
    ///             - ContainerPort: 8080
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix: one of the applications has to listen on another port.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking-awsvpc.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html>
    pub struct UniqueContainerPorts {
        code: "CD-02",
        name: "unique-container-ports",
        severity: Warning,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for UniqueContainerPorts {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for (td, _) in fargate_task_definitions(ctx) {
            let Some((binding, env)) = ctx.fargate.task_definition_under(td.id, &Env::default())
            else {
                continue;
            };
            // Only containers written out in a plain list: containers chosen by `Fn::If` may
            // never run together.
            let Some(list) = td
                .property("ContainerDefinitions")
                .and_then(|e| e.value.as_sequence())
            else {
                continue;
            };
            let plain = list
                .iter()
                .filter(|c| c.as_mapping().is_some() && c.as_intrinsic().is_none());
            // (port, protocol, container index, container name, port node)
            let mut seen: Vec<(u64, String, usize, String, &Node)> = Vec::new();
            for (index, container) in plain.enumerate() {
                let name = container_name(container);
                let Some(mappings) = container.get("PortMappings").and_then(Node::as_sequence)
                else {
                    continue;
                };
                for mapping in mappings {
                    let Some(port_node) = mapping.get("ContainerPort") else {
                        continue;
                    };
                    let Some(port) = port_node.as_scalar().and_then(|p| p.trim().parse().ok())
                    else {
                        continue;
                    };
                    let protocol = match mapping.get("Protocol") {
                        None => "tcp".to_string(),
                        Some(p) => match p.as_scalar() {
                            Some(p) => p.to_ascii_lowercase(),
                            None => continue,
                        },
                    };
                    if let Some((_, _, _, first, first_node)) = seen
                        .iter()
                        .find(|(p, proto, i, _, _)| *p == port && *proto == protocol && *i != index)
                    {
                        let mut f = ctx.finding(
                            &Self::META,
                            &td,
                            port_node.span,
                            format!(
                                "containers {first} and {name} both map ContainerPort {port}/{protocol}{}, and this task definition is {}; the containers of an awsvpc task share one network namespace, so only one of them can listen on the port. Move one application to another port",
                                when(&env),
                                binding.reason
                            ),
                        );
                        f.related = vec![Related {
                            span: first_node.span,
                            message: format!("container {first} maps port {port} here"),
                        }];
                        out.push(f);
                        continue;
                    }
                    seen.push((port, protocol, index, name.clone(), port_node));
                }
            }
        }
    }
}
