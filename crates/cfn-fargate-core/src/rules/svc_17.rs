//! SVC-17: service-managed EBS volumes on Fargate have a role, a supported type and a volume to fill.

use super::SERVICE;
use super::launchers::{
    fargate_alternatives, fargate_launchers, launched_here, list_items, runs_windows,
    task_definitions,
};
use crate::declare_rule;
use crate::finding::Finding;
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks `VolumeConfigurations[*].ManagedEBSVolume` on a service that launches on Fargate:
    /// `RoleArn` (the ECS infrastructure role) must be set, `VolumeType` may not be `standard`,
    /// the task may not be a Windows task, and the configuration's `Name` must match a volume of
    /// the task definition with `ConfiguredAtLaunch: true` (checked when the task definition is in
    /// the template and its volumes are written out literally).
    ///
    /// ## Why it fails at deploy
    /// ECS creates and attaches the EBS volume on the task's behalf with the infrastructure role,
    /// so it refuses a configuration without one. Fargate does not support magnetic (`standard`)
    /// volumes, attaches EBS volumes to Linux tasks only, and can only fill a task-definition
    /// volume that is marked as configured at launch. The catalog rates these details as medium
    /// confidence; they follow the API reference for service-managed EBS volumes.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       VolumeConfigurations:
    ///         - Name: data
    ///           ManagedEBSVolume:
    ///             RoleArn: arn:aws:iam::123456789012:role/ecsInfrastructureRole
    ///             VolumeType: standard
    ///             SizeInGiB: 20
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       VolumeConfigurations:
    ///         - Name: data
    ///           ManagedEBSVolume:
    ///             RoleArn: arn:aws:iam::123456789012:role/ecsInfrastructureRole
    ///             VolumeType: gp3
    ///             SizeInGiB: 20
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Mapping `standard` to `gp3` changes the volume's performance and
    /// price and will be offered as an unsafe fix.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceManagedEBSVolumeConfiguration.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html>
    pub struct ManagedEbsVolumes {
        code: "SVC-17",
        name: "managed-ebs-volumes",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for ManagedEbsVolumes {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for svc in fargate_launchers(ctx, SERVICE) {
            let tds = task_definitions(ctx, &svc);
            // Volumes configured at launch, when the one task definition lists them literally.
            let at_launch: Option<(&str, Vec<&str>)> = match tds.as_slice() {
                [td] => match td.property("Volumes") {
                    None => Some((td.id, Vec::new())),
                    Some(e) => e.value.as_sequence().and_then(|vols| {
                        vols.iter()
                            .map(|v| {
                                let name = v.get("Name")?.as_scalar()?;
                                let launch = v
                                    .get("ConfiguredAtLaunch")
                                    .and_then(|c| c.as_scalar())
                                    .is_some_and(|c| c.eq_ignore_ascii_case("true"));
                                Some((name, launch))
                            })
                            .collect::<Option<Vec<_>>>()
                            .map(|v| {
                                let names = v.into_iter().filter(|(_, l)| *l).map(|(n, _)| n);
                                (td.id, names.collect())
                            })
                    }),
                },
                _ => None,
            };
            let windows = runs_windows(ctx, &svc);
            for fa in fargate_alternatives(ctx, &svc, "VolumeConfigurations") {
                let Possible::Value(list) = fa.alt.value else {
                    continue;
                };
                let Some(items) = list_items(ctx, list) else {
                    continue;
                };
                let w = when(&fa.env);
                let mut push = |span, message: String| {
                    let mut f = ctx.finding(&Self::META, &svc, span, message);
                    f.related = launched_here(fa.binding);
                    out.push(f);
                };
                for (item, _) in &items.values {
                    let Some(ebs) = item.entry("ManagedEBSVolume") else {
                        continue;
                    };
                    let here = |span| ctx.span_in_resource(&svc, span, fa.entry.key_span);
                    if let Some(td) = &windows {
                        push(
                            here(ebs.key_span),
                            format!(
                                "the service attaches a managed EBS volume{w}, but task definition {td} is a Windows task; Fargate attaches EBS volumes to Linux tasks only. Remove the volume configuration or use a Linux task"
                            ),
                        );
                    }
                    if ebs.value.as_mapping().is_some() && ebs.value.get("RoleArn").is_none() {
                        push(
                            here(ebs.key_span),
                            format!(
                                "ManagedEBSVolume has no RoleArn{w}; ECS needs an infrastructure role to create and attach the volume. Set RoleArn to a role that trusts ecs.amazonaws.com and has the AmazonECSInfrastructureRolePolicyForVolumes policy"
                            ),
                        );
                    }
                    if let Some(vt) = ebs.value.entry("VolumeType")
                        && vt
                            .value
                            .as_scalar()
                            .is_some_and(|t| t.eq_ignore_ascii_case("standard"))
                    {
                        push(
                            here(vt.value.span),
                            format!(
                                "VolumeType standard (magnetic){w} is not supported for EBS volumes on Fargate. Use gp3 (or gp2, io1, io2, st1, sc1)"
                            ),
                        );
                    }
                    if let Some((td_id, names)) = &at_launch
                        && let Some(name_node) = item.get("Name")
                        && let Some(name) = name_node.as_scalar()
                        && !names.contains(&name)
                    {
                        push(
                            here(name_node.span),
                            format!(
                                "the volume configuration `{name}`{w} matches no volume of task definition {td_id} with ConfiguredAtLaunch true; ECS has no volume to attach it to. Add a volume `{name}` with `ConfiguredAtLaunch: true` to the task definition"
                            ),
                        );
                    }
                }
            }
        }
    }
}
