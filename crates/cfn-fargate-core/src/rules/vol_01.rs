//! VOL-01: Fargate volumes cannot name a host path (Host.SourcePath).

use super::parts::volume_properties;
use crate::declare_rule;
use crate::finding::Finding;
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Reports `Host.SourcePath` on the volumes of a Fargate-bound task definition. A volume with
    /// only a `Name`, or with an empty `Host`, is fine: Fargate turns it into scratch storage
    /// that the task's containers share.
    ///
    /// ## Why it fails at deploy
    /// A bind mount with a source path mounts a directory of the EC2 container instance, such as
    /// `/var/run/docker.sock`, `/proc` or `/var/log`. Fargate tasks have no host directory to
    /// mount, so ECS accepts only bind mounts without a source path and rejects the task
    /// definition.
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
    ///       Volumes:
    ///         - Name: scratch
    ///           Host:
    ///             SourcePath: /data/scratch
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           MountPoints:
    ///             - SourceVolume: scratch
    ///               ContainerPath: /scratch
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
    ///       Volumes:
    ///         - Name: scratch
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           MountPoints:
    ///             - SourceVolume: scratch
    ///               ContainerPath: /scratch
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Dropping `SourcePath` keeps the volume but makes it task storage
    /// that is lost when the task stops; when the path was a host system path (the Docker socket,
    /// `/proc`, `/sys/fs/cgroup`), the container is a host agent that cannot move to Fargate as it
    /// is. Such a fix will be unsafe.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HostVolumeProperties.html>
    /// - <https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-taskdefinition.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html>
    pub struct NoHostSourcePath {
        code: "VOL-01",
        name: "no-host-source-path",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

/// Host paths whose use means the container watches or controls the host.
const SYSTEM_PATHS: &[&str] = &[
    "/var/run/docker.sock",
    "/proc",
    "/sys",
    "/dev",
    "/var/lib/docker",
];

impl Rule for NoHostSourcePath {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for hit in volume_properties(ctx, "Host") {
            let Some(entry) = hit.value.entry("SourcePath") else {
                continue;
            };
            for alt in ctx.resolver.alternatives(&entry.value) {
                let Some(path) = alt.scalar().filter(|p| !p.trim().is_empty()) else {
                    continue;
                };
                let Some(env) = hit.env.merge(&alt.env) else {
                    continue;
                };
                let Possible::Value(node) = alt.value else {
                    continue;
                };
                let system = SYSTEM_PATHS
                    .iter()
                    .any(|p| path == *p || path.starts_with(&format!("{p}/")));
                let advice = if system {
                    "this is a host system path, so the container that mounts it probably cannot run on Fargate as it is"
                } else {
                    "remove SourcePath to get task storage that the containers share (it does not outlive the task), or use an EFS volume for data that must persist"
                };
                let mut f = ctx.finding(
                    &Self::META,
                    &hit.td,
                    ctx.span_in_resource(&hit.td, node.span, entry.key_span),
                    format!(
                        "{} mounts host path {path}{}, but this task definition is {}; Fargate tasks have no host directories to mount. {}{}",
                        hit.volume_note(),
                        when(&env),
                        hit.reason,
                        advice[..1].to_uppercase(),
                        &advice[1..]
                    ),
                );
                f.related = ctx.bound_because(hit.td.id);
                out.push(f);
            }
        }
    }
}
