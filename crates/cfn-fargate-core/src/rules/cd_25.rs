//! CD-25: mount points and volumes-from must name a volume and a container of the task.

use super::{container_name, containers, fargate_task_definitions};
use crate::declare_rule;
use crate::finding::Finding;
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::value::Node;

declare_rule! {
    /// ## What it does
    /// Checks the containers of a Fargate-bound task definition: each `MountPoints[*].SourceVolume`
    /// must name a volume in the task's `Volumes`, and each `VolumesFrom[*].SourceContainer` a
    /// container of the task. Names that come from parameters or conditions are not checked, nor
    /// are task definitions whose volume list is not written out.
    ///
    /// ## Why it fails at deploy
    /// Converting an EC2 task definition to Fargate usually removes or replaces volumes (host
    /// paths and Docker volumes become EFS or bind mounts, VOL-*). A mount point left pointing at a
    /// removed volume makes ECS refuse the task definition.
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
    ///           MountPoints:
    ///             - SourceVolume: cache
    ///               ContainerPath: /var/cache/nginx
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
    ///               ContainerPath: /var/cache/nginx
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet: either the volume is added back (in a Fargate-compatible form) or the
    /// mount point is removed together with it.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html>
    pub struct MountPointsMatchVolumes {
        code: "CD-25",
        name: "mount-points-match-volumes",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

/// The literal names in a list of mappings (`Name` of volumes or containers); `None` when any name
/// or item is not literal, so nothing is reported.
fn literal_names<'t>(items: &'t [Node], key: &str) -> Option<Vec<&'t str>> {
    items
        .iter()
        .map(|i| i.get(key).and_then(Node::as_scalar))
        .collect()
}

impl Rule for MountPointsMatchVolumes {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for (td, _) in fargate_task_definitions(ctx) {
            let volumes: Option<Vec<&str>> = match td.property("Volumes") {
                None => Some(Vec::new()),
                Some(e) => match ctx.resolver.alternatives(&e.value).as_slice() {
                    [alt] if alt.env.is_empty() => match alt.value {
                        Possible::Value(v) => {
                            v.as_sequence().and_then(|s| literal_names(s, "Name"))
                        }
                        Possible::Absent => Some(Vec::new()),
                        Possible::Unknown => None,
                    },
                    _ => None,
                },
            };
            let all = containers(ctx, &td);
            let container_names: Option<Vec<&str>> = all
                .iter()
                .map(|c| c.get("Name").and_then(Node::as_scalar))
                .collect();
            let Some((binding, env)) = ctx
                .fargate
                .task_definition_under(td.id, &crate::resolve::Env::default())
            else {
                continue;
            };
            for container in &all {
                let name = container_name(container);
                let checks = [
                    (
                        "MountPoints",
                        "SourceVolume",
                        volumes.as_ref(),
                        "volume",
                        "Volumes",
                    ),
                    (
                        "VolumesFrom",
                        "SourceContainer",
                        container_names.as_ref(),
                        "container",
                        "ContainerDefinitions",
                    ),
                ];
                for (list_key, ref_key, known, what, section) in checks {
                    let Some(known) = known else { continue };
                    let items = container
                        .get(list_key)
                        .and_then(Node::as_sequence)
                        .unwrap_or_default();
                    for item in items {
                        let Some(target) = item.get(ref_key) else {
                            continue;
                        };
                        let Some(wanted) = target.as_scalar() else {
                            continue;
                        };
                        if known.contains(&wanted) {
                            continue;
                        }
                        let mut f = ctx.finding(
                            &Self::META,
                            &td,
                            target.span,
                            format!(
                                "in container {name}, {list_key} refers to {what} `{wanted}`, which is not in the task definition's {section}{}; this task definition is {}, and ECS refuses references to {what}s it does not have. Add the {what} or remove the reference",
                                when(&env),
                                binding.reason
                            ),
                        );
                        f.related = ctx.bound_because(td.id);
                        out.push(f);
                    }
                }
            }
        }
    }
}
