//! WIN-04: a Windows service on Fargate must use Windows platform version 1.0.0 (LATEST).

use super::{SERVICE, task_os};
use crate::declare_rule;
use crate::fargate::task_definitions_of;
use crate::finding::{Finding, Related};
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::sizes::Os;

declare_rule! {
    /// ## What it does
    /// Checks `PlatformVersion` of services and task sets that launch on Fargate and run a task
    /// definition of the template whose `RuntimePlatform` is Windows: it must be omitted,
    /// `LATEST` or `1.0.0`.
    ///
    /// ## Why it fails at deploy
    /// Fargate numbers its Windows platform versions separately from the Linux ones, and the
    /// only Windows version is 1.0.0. A Linux version such as `1.4.0`, often pinned in templates
    /// for EFS or larger tasks, does not exist for Windows, and ECS refuses to create the service.
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
    ///         OperatingSystemFamily: WINDOWS_SERVER_2019_CORE
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2019
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       TaskDefinition: !Ref Task
    ///       LaunchType: FARGATE
    ///       PlatformVersion: 1.4.0
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
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
    ///       RuntimePlatform:
    ///         OperatingSystemFamily: WINDOWS_SERVER_2019_CORE
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2019
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       TaskDefinition: !Ref Task
    ///       LaunchType: FARGATE
    ///       PlatformVersion: LATEST
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Removing `PlatformVersion` or setting `LATEST` will be safe: it is
    /// 1.0.0 for Windows.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-windows-fargate.html>
    pub struct WindowsPlatformVersion {
        code: "WIN-04",
        name: "windows-platform-version",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for WindowsPlatformVersion {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        let launchers = ctx
            .template
            .resources_of_type(SERVICE)
            .chain(ctx.template.resources_of_type("AWS::ECS::TaskSet"));
        for svc in launchers {
            let Some(entry) = svc.property("PlatformVersion") else {
                continue;
            };
            let Some(td_id) = task_definitions_of(ctx.template, &svc)
                .into_iter()
                .find(|id| {
                    ctx.template
                        .resource(id)
                        .is_some_and(|td| task_os(ctx, &td) == Os::Windows)
                })
            else {
                continue;
            };
            for alt in ctx.resolver.alternatives(&entry.value) {
                let Some(version) = alt.scalar() else {
                    continue;
                };
                if matches!(version, "LATEST" | "1.0.0") {
                    continue;
                }
                let Some((binding, env)) = ctx.fargate.launcher_under(svc.id, &alt.env) else {
                    continue;
                };
                let Possible::Value(node) = alt.value else {
                    continue;
                };
                let mut f = ctx.finding(
                    &Self::META,
                    &svc,
                    ctx.span_in_resource(&svc, node.span, entry.value.span),
                    format!(
                        "PlatformVersion is {version}{}, but {} {} and runs the Windows task definition {td_id}; the only Fargate platform version for Windows is 1.0.0. Remove PlatformVersion or set it to LATEST",
                        when(&env),
                        svc.id,
                        binding.reason
                    ),
                );
                f.related = vec![Related {
                    span: binding.span,
                    message: "Fargate is chosen here".to_string(),
                }];
                out.push(f);
            }
        }
    }
}
