//! VOL-02: Docker volumes (DockerVolumeConfiguration) are not available on Fargate.

use super::parts::volume_properties;
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Reports `DockerVolumeConfiguration` on the volumes of a Fargate-bound task definition.
    ///
    /// ## Why it fails at deploy
    /// Docker volumes are created by the Docker daemon of an EC2 container instance, optionally
    /// through a volume driver plugin installed there. Fargate exposes no Docker daemon and no
    /// plugins, so ECS supports Docker volumes only on EC2 and rejects the task definition.
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
    ///         - Name: cache
    ///           DockerVolumeConfiguration:
    ///             Scope: task
    ///             Driver: local
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           MountPoints:
    ///             - SourceVolume: cache
    ///               ContainerPath: /cache
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
    ///         - Name: cache
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           MountPoints:
    ///             - SourceVolume: cache
    ///               ContainerPath: /cache
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. A task-scoped volume with the local driver can become a volume with
    /// only a `Name` (task storage), which will be a safe fix; a shared or auto-provisioned
    /// volume, or one that uses a third-party driver, holds data beyond one task and needs EFS or
    /// an EBS volume configured at launch instead.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DockerVolumeConfiguration.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html>
    pub struct NoDockerVolumes {
        code: "VOL-02",
        name: "no-docker-volumes",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for NoDockerVolumes {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for hit in volume_properties(ctx, "DockerVolumeConfiguration") {
            let literal = |key: &str| hit.value.get(key).and_then(|n| n.as_scalar());
            let task_scoped = literal("Scope").is_none_or(|s| s == "task");
            let local = literal("Driver").is_none_or(|d| d == "local")
                && hit.value.get("DriverOpts").is_none();
            let autoprovision =
                literal("Autoprovision").is_some_and(|a| a.eq_ignore_ascii_case("true"));
            let advice = if task_scoped && local && !autoprovision {
                "Replace it with a volume that has only a Name: Fargate gives it task storage that the containers share"
            } else {
                "The volume keeps data beyond one task or uses a driver plugin; use an EFS volume (EFSVolumeConfiguration) or an EBS volume configured at launch instead"
            };
            let mut f = ctx.finding(
                &Self::META,
                &hit.td,
                hit.entry.key_span,
                format!(
                    "{} is a Docker volume{}, but this task definition is {}; Fargate supports Docker volumes only on EC2. {advice}",
                    hit.volume_note(),
                    when(&hit.env),
                    hit.reason
                ),
            );
            f.related = ctx.bound_because(hit.td.id);
            out.push(f);
        }
    }
}
