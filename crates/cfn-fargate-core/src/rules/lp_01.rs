//! LP-01: on Fargate, LinuxParameters.Capabilities.Add may only name SYS_PTRACE.

use super::parts::linux_parameters;
use crate::declare_rule;
use crate::finding::Finding;
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::sizes::Os;

declare_rule! {
    /// ## What it does
    /// Checks the `LinuxParameters.Capabilities.Add` list of every container in a Fargate-bound
    /// Linux task definition: the only capability Fargate lets a container add is `SYS_PTRACE`.
    /// `Capabilities.Drop` is not checked; dropping capabilities works on Fargate.
    ///
    /// ## Why it fails at deploy
    /// Fargate runs many customers' tasks on shared infrastructure and keeps the kernel
    /// capabilities of containers fixed, apart from `SYS_PTRACE` (platform version 1.4.0 and
    /// later), which debugging and tracing tools need. Adding any other capability, for example
    /// `NET_ADMIN` or `SYS_ADMIN`, which EC2 task definitions often add for network or monitoring
    /// agents, makes ECS reject the task definition. Values that cannot be known (a parameter
    /// without a default) are not checked.
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
    ///           LinuxParameters:
    ///             Capabilities:
    ///               Add: [NET_ADMIN]
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
    ///           LinuxParameters:
    ///             Capabilities:
    ///               Add: [SYS_PTRACE]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Removing a capability can break the program that asked for it, so
    /// such a fix will be unsafe; each removed capability needs a review.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinuxParameters.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html>
    pub struct OnlySysPtraceAdded {
        code: "LP-01",
        name: "only-sys-ptrace-added",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for OnlySysPtraceAdded {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for hit in linux_parameters(ctx, "Capabilities") {
            // LinuxParameters as a whole is LP-07's on Windows.
            if hit.os == Os::Windows {
                continue;
            }
            let Some(add) = hit.value.get("Add") else {
                continue;
            };
            for list_alt in ctx.resolver.alternatives(add) {
                let Possible::Value(list) = list_alt.value else {
                    continue;
                };
                let Some(env) = hit.env.merge(&list_alt.env) else {
                    continue;
                };
                for item in list.as_sequence().unwrap_or_default() {
                    for cap in ctx.resolver.alternatives(item) {
                        let Some(name) = cap.scalar() else { continue };
                        if name == "SYS_PTRACE" {
                            continue;
                        }
                        let Some(env) = env.merge(&cap.env) else {
                            continue;
                        };
                        let Possible::Value(node) = cap.value else {
                            continue;
                        };
                        let mut f = ctx.finding(
                            &Self::META,
                            &hit.td,
                            ctx.span_in_resource(&hit.td, node.span, item.span),
                            format!(
                                "{}LinuxParameters.Capabilities.Add adds {name}{}, but this task definition is {}; Fargate lets containers add only SYS_PTRACE. Remove {name} and check that the program works without it",
                                hit.container_note(),
                                when(&env),
                                hit.reason
                            ),
                        );
                        f.related = ctx.bound_because(hit.td.id);
                        out.push(f);
                    }
                }
            }
        }
    }
}
