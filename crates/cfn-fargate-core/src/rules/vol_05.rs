//! VOL-05: EBS volumes configured at launch: Linux only, one per task definition, and the Fargate
//! service must configure them.

use super::SERVICE;
use super::parts::volume_properties;
use crate::declare_rule;
use crate::fargate::task_definitions_of;
use crate::finding::{Finding, Related, Severity};
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::sizes::Os;

declare_rule! {
    /// ## What it does
    /// Checks the volumes of a Fargate-bound task definition that set `ConfiguredAtLaunch: true`
    /// (Amazon EBS volumes attached when the task starts):
    /// - the task definition must not be a Windows one (error);
    /// - at most one volume per task definition may be configured at launch (warning);
    /// - a Fargate service in the template that runs the task definition should configure the
    ///   volume in `VolumeConfigurations` under the same `Name` (warning).
    ///
    /// The catalog rates this entry medium confidence, so the last two are warnings, not errors.
    ///
    /// ## Why it fails at deploy
    /// Fargate attaches EBS volumes to Linux tasks only. The volume itself (size, type, the
    /// infrastructure role ECS uses to create it) is given by the service or the RunTask call, not
    /// by the task definition, so a service that does not configure it cannot start the task as
    /// defined.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: awsvpc
    ///       Cpu: 1024
    ///       Memory: 2048
    ///       RuntimePlatform:
    ///         OperatingSystemFamily: WINDOWS_SERVER_2022_CORE
    ///       Volumes:
    ///         - Name: data
    ///           ConfiguredAtLaunch: true
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: awsvpc
    ///       Cpu: 1024
    ///       Memory: 2048
    ///       Volumes:
    ///         - Name: data
    ///           ConfiguredAtLaunch: true
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           MountPoints:
    ///             - SourceVolume: data
    ///               ContainerPath: /data
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix: the volume's size and type, and the infrastructure role, have to be
    /// chosen by the author.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceManagedEBSVolumeConfiguration.html>
    pub struct EbsVolumesAtLaunch {
        code: "VOL-05",
        name: "ebs-volumes-at-launch",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for EbsVolumesAtLaunch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        let hits: Vec<_> = volume_properties(ctx, "ConfiguredAtLaunch")
            .into_iter()
            .filter(|h| {
                h.value
                    .as_scalar()
                    .is_some_and(|v| v.eq_ignore_ascii_case("true"))
            })
            .collect();
        // Volumes already counted per task definition (by node, so Fn::If branches count once).
        let mut seen: Vec<(&str, usize)> = Vec::new();
        for hit in &hits {
            if hit.os == Os::Windows {
                let mut f = ctx.finding(
                    &Self::META,
                    &hit.td,
                    hit.entry.key_span,
                    format!(
                        "{} is an EBS volume configured at launch{}, but this task definition runs Windows and is {}; Fargate attaches EBS volumes to Linux tasks only. Remove the volume or run the task on Linux",
                        hit.volume_note(),
                        when(&hit.env),
                        hit.reason
                    ),
                );
                f.related = ctx.bound_because(hit.td.id);
                out.push(f);
                continue;
            }
            let start = hit.parent.span.start;
            if seen.iter().any(|&(td, s)| td == hit.td.id && s == start) {
                continue;
            }
            let earlier = seen.iter().filter(|(td, _)| *td == hit.td.id).count();
            seen.push((hit.td.id, start));
            if earlier > 0 {
                let mut f = ctx.finding(
                    &Self::META,
                    &hit.td,
                    hit.entry.key_span,
                    format!(
                        "{} is another EBS volume configured at launch in this task definition{}; ECS allows one such volume per task definition. Keep one and use EFS or task storage for the others",
                        hit.volume_note(),
                        when(&hit.env)
                    ),
                );
                f.severity = Severity::Warning;
                out.push(f);
            }
            let Some(name) = hit.parent.get("Name").and_then(|n| n.as_scalar()) else {
                continue;
            };
            for svc in ctx.template.resources_of_type(SERVICE) {
                if !task_definitions_of(ctx.template, &svc)
                    .iter()
                    .any(|t| t == hit.td.id)
                {
                    continue;
                }
                let Some((binding, env)) = ctx.fargate.launcher_under(svc.id, &hit.env) else {
                    continue;
                };
                let configs = svc.property("VolumeConfigurations");
                let mut configured = false;
                let mut unknown = false;
                for alt in ctx.resolver.property(configs.map(|e| &e.value)) {
                    match alt.value {
                        Possible::Absent => {}
                        Possible::Unknown => unknown = true,
                        Possible::Value(list) => {
                            for item in list.as_sequence().unwrap_or_default() {
                                match item.get("Name").map(|n| ctx.resolver.alternatives(n)) {
                                    Some(names) => {
                                        for n in names {
                                            match n.scalar() {
                                                Some(s) if s == name => configured = true,
                                                Some(_) => {}
                                                None => unknown = true,
                                            }
                                        }
                                    }
                                    None => unknown = true,
                                }
                            }
                        }
                    }
                }
                if configured || unknown {
                    continue;
                }
                let mut f = ctx.finding(
                    &Self::META,
                    &svc,
                    configs.map_or_else(|| svc.missing_property_span(), |e| e.key_span),
                    format!(
                        "service {} {}{} and runs task definition {}, whose volume `{name}` is configured at launch, but VolumeConfigurations has no entry named `{name}`; ECS needs the volume's settings and an infrastructure role from the service. Add a VolumeConfigurations entry with Name `{name}` and a ManagedEBSVolume with RoleArn",
                        svc.id,
                        binding.reason,
                        when(&env),
                        hit.td.id
                    ),
                );
                f.severity = Severity::Warning;
                f.related = vec![Related {
                    span: hit.entry.key_span,
                    message: format!("volume `{name}` is configured at launch here"),
                }];
                out.push(f);
            }
        }
    }
}
