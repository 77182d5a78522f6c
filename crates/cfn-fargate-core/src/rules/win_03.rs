//! WIN-03: Windows tasks cannot use Fargate Spot.

use super::{SERVICE, task_os};
use crate::declare_rule;
use crate::fargate::task_definitions_of;
use crate::finding::{Finding, Related};
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::sizes::Os;

declare_rule! {
    /// ## What it does
    /// Checks services and task sets whose `CapacityProviderStrategy` names `FARGATE_SPOT` and
    /// that run a task definition of the template whose `RuntimePlatform` is Windows. An entry
    /// with `Weight: 0` and no `Base` is not reported, since no task is placed there.
    ///
    /// The catalog entry lists more features Windows on Fargate lacks; each has its own rule,
    /// so this rule checks only what no other rule does: LinuxParameters (LP-07), EFS (VOL-03),
    /// FSx (VOL-04) and EBS (VOL-05) volumes are checked there, and Privileged, User,
    /// ReadonlyRootFilesystem, Ulimits, SystemControls, PidMode and IpcMode belong to the
    /// CD-* and TD-* rules of the task definition.
    ///
    /// ## Why it fails at deploy
    /// Fargate Spot runs Linux tasks only. A Windows task definition launched through the
    /// `FARGATE_SPOT` capacity provider has no capacity that can run it, so ECS does not start
    /// the service's tasks there.
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
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       TaskDefinition: !Ref Task
    ///       CapacityProviderStrategy:
    ///         - CapacityProvider: FARGATE_SPOT
    ///           Weight: 1
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
    ///         OperatingSystemFamily: WINDOWS_SERVER_2022_CORE
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       TaskDefinition: !Ref Task
    ///       CapacityProviderStrategy:
    ///         - CapacityProvider: FARGATE
    ///           Weight: 1
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Replacing `FARGATE_SPOT` with `FARGATE` will be safe but costs more.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-capacity-providers.html>
    /// - <https://docs.aws.amazon.com/batch/latest/APIReference/API_RuntimePlatform.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html>
    pub struct NoFargateSpotForWindows {
        code: "WIN-03",
        name: "no-fargate-spot-for-windows",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for NoFargateSpotForWindows {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        let launchers = ctx
            .template
            .resources_of_type(SERVICE)
            .chain(ctx.template.resources_of_type("AWS::ECS::TaskSet"));
        for svc in launchers {
            let windows: Vec<String> = task_definitions_of(ctx.template, &svc)
                .into_iter()
                .filter(|id| {
                    ctx.template
                        .resource(id)
                        .is_some_and(|td| task_os(ctx, &td) == Os::Windows)
                })
                .collect();
            let Some(td_id) = windows.first() else {
                continue;
            };
            let Some(strategy) = svc.property("CapacityProviderStrategy") else {
                continue;
            };
            'alts: for alt in ctx.resolver.alternatives(&strategy.value) {
                let Possible::Value(list) = alt.value else {
                    continue;
                };
                for item in list.as_sequence().unwrap_or_default() {
                    let Some(provider) = item.get("CapacityProvider") else {
                        continue;
                    };
                    let number = |k: &str| {
                        item.get(k)
                            .and_then(|n| n.as_scalar())
                            .and_then(|s| s.parse::<u64>().ok())
                    };
                    if number("Weight") == Some(0) && number("Base").unwrap_or(0) == 0 {
                        continue;
                    }
                    for p in ctx.resolver.alternatives(provider) {
                        if p.scalar() != Some("FARGATE_SPOT") {
                            continue;
                        }
                        let Some(env) = alt.env.merge(&p.env) else {
                            continue;
                        };
                        let Possible::Value(node) = p.value else {
                            continue;
                        };
                        let mut f = ctx.finding(
                            &Self::META,
                            &svc,
                            ctx.span_in_resource(&svc, node.span, provider.span),
                            format!(
                                "{} uses the FARGATE_SPOT capacity provider{}, but its task definition {td_id} runs Windows; Fargate Spot runs Linux tasks only. Use the FARGATE capacity provider for Windows tasks",
                                svc.id,
                                when(&env)
                            ),
                        );
                        if let Some(td) = ctx.template.resource(td_id)
                            && let Some(rp) = td.property("RuntimePlatform")
                        {
                            f.related = vec![Related {
                                span: rp.key_span,
                                message: "the task definition is Windows here".to_string(),
                            }];
                        }
                        out.push(f);
                        break 'alts;
                    }
                }
            }
        }
    }
}
