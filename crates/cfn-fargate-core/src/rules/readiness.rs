//! What keeps an EC2 service from running on Fargate as it is: the blockers behind
//! FARGATE-READY and FARGATE-BLOCKED.

use super::{SERVICE, TASK_DEFINITION, container_name, containers};
use crate::finding::Related;
use crate::options::Target;
use crate::resolve::Possible;
use crate::rule::Context;
use crate::span::Span;
use crate::template::Resource;
use crate::value::Node;

/// An EC2 service whose readiness can be judged: it does not launch on Fargate, and its task
/// definition is in the template.
pub(crate) struct Candidate<'t> {
    pub service: Resource<'t>,
    pub task_definition: Resource<'t>,
    pub blockers: Vec<Related>,
}

/// The services running elsewhere than Fargate, with what blocks each from moving. Nothing under
/// `target = fargate`, where every rule applies instead.
pub(crate) fn candidates<'t>(ctx: &Context<'t>) -> Vec<Candidate<'t>> {
    let mut out = Vec::new();
    if ctx.options.target == Target::Fargate {
        return out;
    }
    for service in ctx.template.resources_of_type(SERVICE) {
        if ctx.fargate.launcher(service.id).is_some() {
            continue;
        }
        let tds = crate::fargate::task_definitions_of(ctx.template, &service);
        let [td_id] = tds.as_slice() else { continue };
        let Some(task_definition) = ctx.template.resource(td_id) else {
            continue;
        };
        if task_definition.type_name() != Some(TASK_DEFINITION) {
            continue;
        }
        let blockers = blockers(ctx, &service, &task_definition);
        out.push(Candidate {
            service,
            task_definition,
            blockers,
        });
    }
    out
}

/// What keeps a service and its task definition from running on Fargate.
pub(crate) fn blockers(
    ctx: &Context<'_>,
    service: &Resource<'_>,
    task_definition: &Resource<'_>,
) -> Vec<Related> {
    let mut out = Vec::new();
    service_blockers(ctx, service, &mut out);
    unmapped_load_balancer_ports(service, task_definition, &mut out);
    task_blockers(ctx, task_definition, &mut out);
    out
}

/// The span of a resource's `Type` line.
pub(crate) fn type_line(resource: &Resource<'_>) -> Span {
    resource
        .type_entry()
        .map_or(resource.id_span, |t| t.key_span.cover(t.value.span))
}

fn any_scalar(ctx: &Context<'_>, node: Option<&Node>, test: impl Fn(&str) -> bool) -> Option<Span> {
    let node = node?;
    ctx.resolver
        .alternatives(node)
        .iter()
        .any(|a| a.scalar().is_some_and(&test))
        .then_some(node.span)
}

fn non_empty_list(ctx: &Context<'_>, node: Option<&Node>) -> Option<Span> {
    let node = node?;
    ctx.resolver
        .alternatives(node)
        .iter()
        .any(|a| matches!(a.value, Possible::Value(n) if n.as_sequence().is_some_and(|s| !s.is_empty())))
        .then_some(node.span)
}

fn push(out: &mut Vec<Related>, span: Option<Span>, message: impl Into<String>) {
    if let Some(span) = span {
        out.push(Related {
            span,
            message: message.into(),
        });
    }
}

fn service_blockers(ctx: &Context<'_>, svc: &Resource<'_>, out: &mut Vec<Related>) {
    let Some(props) = svc.properties() else {
        return;
    };
    push(
        out,
        any_scalar(ctx, props.get("SchedulingStrategy"), |s| s == "DAEMON"),
        "it uses DAEMON scheduling, which Fargate does not offer (SVC-10)",
    );
    for lb in props
        .get("LoadBalancers")
        .and_then(Node::as_sequence)
        .unwrap_or_default()
    {
        push(
            out,
            lb.get("LoadBalancerName").map(|n| n.span),
            "it is registered with a Classic Load Balancer, which cannot target Fargate tasks (SVC-12)",
        );
    }
}

/// A load balancer entry that names a container port the task does not map: the service cannot
/// be created on any launch type until the port is fixed, and a conversion cannot guess it.
fn unmapped_load_balancer_ports(svc: &Resource<'_>, td: &Resource<'_>, out: &mut Vec<Related>) {
    let containers = td
        .property("ContainerDefinitions")
        .and_then(|e| e.value.as_sequence())
        .unwrap_or_default();
    let lbs = svc
        .property("LoadBalancers")
        .and_then(|e| e.value.as_sequence())
        .unwrap_or_default();
    for lb in lbs {
        let (Some(name), Some(port)) = (
            lb.get("ContainerName").and_then(Node::as_scalar),
            lb.get("ContainerPort"),
        ) else {
            continue;
        };
        let Some(port_text) = port.as_scalar() else {
            continue;
        };
        let Some(container) = containers
            .iter()
            .find(|c| c.get("Name").and_then(Node::as_scalar) == Some(name))
        else {
            continue;
        };
        let Some(mappings) = container.get("PortMappings").and_then(Node::as_sequence) else {
            continue;
        };
        let ports: Option<Vec<&str>> = mappings
            .iter()
            .map(|m| m.get("ContainerPort").and_then(Node::as_scalar))
            .collect();
        if let Some(ports) = ports
            && !ports.contains(&port_text)
        {
            push(
                out,
                Some(port.span),
                format!(
                    "its load balancer sends traffic to port {port_text} of container `{name}`, which maps only {} (SVC-12)",
                    ports.join(", ")
                ),
            );
        }
    }
}

fn task_blockers(ctx: &Context<'_>, td: &Resource<'_>, out: &mut Vec<Related>) {
    let Some(props) = td.properties() else { return };
    push(
        out,
        any_scalar(ctx, props.get("IpcMode"), |s| s == "host" || s == "task"),
        "the task shares IPC resources (IpcMode), which Fargate does not support (TD-08)",
    );
    push(
        out,
        any_scalar(ctx, props.get("PidMode"), |s| s == "host"),
        "the task uses the host's process namespace (PidMode host) (TD-09)",
    );
    push(
        out,
        non_empty_list(ctx, props.get("InferenceAccelerators")),
        "the task uses Elastic Inference accelerators (TD-14)",
    );
    for volume in props
        .get("Volumes")
        .and_then(Node::as_sequence)
        .unwrap_or_default()
    {
        let name = volume
            .get("Name")
            .and_then(Node::as_scalar)
            .unwrap_or("(unnamed)");
        push(
            out,
            volume
                .get("Host")
                .and_then(|h| h.get("SourcePath"))
                .map(|n| n.span),
            format!("volume `{name}` mounts a path of the host (VOL-01)"),
        );
        push(
            out,
            volume.get("DockerVolumeConfiguration").map(|n| n.span),
            format!("volume `{name}` is a Docker volume (VOL-02)"),
        );
        push(
            out,
            volume
                .get("FSxWindowsFileServerVolumeConfiguration")
                .map(|n| n.span),
            format!("volume `{name}` is an FSx for Windows File Server volume (VOL-04)"),
        );
    }
    for container in containers(ctx, td) {
        let name = container_name(container);
        push(
            out,
            any_scalar(ctx, container.get("Privileged"), |s| s == "true"),
            format!("container {name} is privileged (CD-08)"),
        );
        let linux = container.get("LinuxParameters");
        push(
            out,
            non_empty_list(ctx, linux.and_then(|l| l.get("Devices"))),
            format!("container {name} maps host devices (LP-02)"),
        );
        let added = linux
            .and_then(|l| l.get("Capabilities"))
            .and_then(|c| c.get("Add"))
            .and_then(Node::as_sequence)
            .unwrap_or_default();
        for cap in added {
            push(
                out,
                any_scalar(ctx, Some(cap), |s| s != "SYS_PTRACE"),
                format!("container {name} adds a Linux capability other than SYS_PTRACE (LP-01)"),
            );
        }
        for req in container
            .get("ResourceRequirements")
            .and_then(Node::as_sequence)
            .unwrap_or_default()
        {
            push(
                out,
                any_scalar(ctx, req.get("Type"), |s| {
                    s == "GPU" || s == "InferenceAccelerator"
                }),
                format!("container {name} asks for a GPU or an inference accelerator (CD-14)"),
            );
        }
    }
}
