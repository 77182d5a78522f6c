//! SVC-11: PlatformVersion names a live Fargate platform that has the task's features.

use super::launchers::{fargate_alternatives, launched_here, runs_windows, task_definitions};
use super::{SERVICE, containers};
use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::template::Resource;

declare_rule! {
    /// ## What it does
    /// Checks `PlatformVersion` on a service that launches on Fargate with Linux tasks: the
    /// versions 1.0.0, 1.1.0 and 1.2.0 are retired, 1.3.0 gets a warning (its retirement date
    /// comes from a secondary source), and a version below 1.4.0 cannot run task definitions that
    /// use 1.4.0 features (EFS volumes, EphemeralStorage, PidMode, 8 or 16 vCPU, environment
    /// files, SystemControls, the SYS_PTRACE capability). It also reports a `PlatformVersion` on
    /// a service with `LaunchType: EC2`. Windows tasks have their own version numbers and are
    /// left to the Windows rules.
    ///
    /// ## Why it fails at deploy
    /// ECS refuses to launch tasks on a retired platform, and a task definition that needs a newer
    /// platform fails with `PlatformTaskDefinitionIncompatibilityException`. For EC2 the API
    /// demands no version at all: `The platform version must be null when specifying an EC2
    /// launch type.`
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       PlatformVersion: 1.2.0
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
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
    ///       PlatformVersion: LATEST
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Replacing the value with LATEST (or removing it) will be safe for
    /// Fargate; for EC2, removing it is safe.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-linux-fargate.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-windows-fargate.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-versions-retired.html>
    /// - <https://pocketlantern.dev/briefs/fargate-linux-pv1-3-retirement-before-june-30-2026>
    /// - <https://github.com/aws/amazon-ecs-cli/issues/1040>
    /// - <https://github.com/ansible-collections/community.aws/issues/136>
    pub struct PlatformVersionSupported {
        code: "SVC-11",
        name: "platform-version-supported",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for PlatformVersionSupported {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for svc in ctx.template.resources_of_type(SERVICE) {
            check_platform_version(ctx, &Self::META, &svc, out);
        }
    }
}

/// A Linux platform version below 1.4.0, as (major, minor, patch).
fn below_1_4(version: &str) -> bool {
    let parts: Vec<u32> = version
        .trim()
        .split('.')
        .map_while(|p| p.parse().ok())
        .collect();
    matches!(parts.as_slice(), [1, m, _] if *m < 4)
}

/// Features of a task definition that need Linux platform 1.4.0.
pub(crate) fn features_needing_1_4(ctx: &Context<'_>, td: &Resource<'_>) -> Vec<&'static str> {
    let mut out = Vec::new();
    let volumes = td.property("Volumes").and_then(|e| e.value.as_sequence());
    if volumes
        .unwrap_or_default()
        .iter()
        .any(|v| v.get("EFSVolumeConfiguration").is_some())
    {
        out.push("EFS volumes");
    }
    if td.property("EphemeralStorage").is_some() {
        out.push("EphemeralStorage");
    }
    if td.property("PidMode").is_some() {
        out.push("PidMode");
    }
    if td
        .property("Cpu")
        .and_then(|e| e.value.as_scalar())
        .and_then(crate::sizes::parse_cpu)
        .is_some_and(|(units, _)| units >= 8192)
    {
        out.push("8 or 16 vCPU");
    }
    let cs = containers(ctx, td);
    if cs.iter().any(|c| c.get("EnvironmentFiles").is_some()) {
        out.push("environment files");
    }
    if cs.iter().any(|c| {
        c.get("SystemControls")
            .and_then(|s| s.as_sequence())
            .is_some_and(|s| !s.is_empty())
    }) {
        out.push("SystemControls");
    }
    if cs.iter().any(|c| {
        c.get("LinuxParameters")
            .and_then(|l| l.get("Capabilities"))
            .and_then(|c| c.get("Add"))
            .and_then(|a| a.as_sequence())
            .is_some_and(|a| a.iter().any(|x| x.as_scalar() == Some("SYS_PTRACE")))
    }) {
        out.push("the SYS_PTRACE capability");
    }
    out
}

/// The SVC-11 checks on a service or task set.
pub(crate) fn check_platform_version(
    ctx: &Context<'_>,
    meta: &'static RuleMeta,
    res: &Resource<'_>,
    out: &mut Vec<Finding>,
) {
    let Some(entry) = res.property("PlatformVersion") else {
        check_default_platform_version(ctx, meta, res, out);
        return;
    };
    if ctx.fargate.launcher(res.id).is_none() {
        let ec2 = res.property("LaunchType").is_some_and(|lt| {
            let alts = ctx.resolver.alternatives(&lt.value);
            !alts.is_empty() && alts.iter().all(|a| a.scalar() == Some("EC2"))
        });
        let set = ctx
            .resolver
            .alternatives(&entry.value)
            .iter()
            .any(|a| !matches!(a.value, Possible::Absent));
        if ec2 && set {
            out.push(ctx.finding(
                meta,
                res,
                entry.key_span,
                "PlatformVersion is set on a resource with LaunchType EC2; platform versions exist only on Fargate and ECS rejects it (\"The platform version must be null when specifying an EC2 launch type\"). Remove PlatformVersion, or move the service to Fargate",
            ));
        }
        return;
    }
    if runs_windows(ctx, res).is_some() {
        return;
    }
    for fa in fargate_alternatives(ctx, res, "PlatformVersion") {
        let Some(version) = fa.alt.scalar() else {
            continue;
        };
        let Possible::Value(node) = fa.alt.value else {
            continue;
        };
        let span = ctx.span_in_resource(res, node.span, entry.value.span);
        let w = when(&fa.env);
        let mut f = match version.trim() {
            "1.0.0" | "1.1.0" | "1.2.0" => ctx.finding(
                meta,
                res,
                span,
                format!(
                    "PlatformVersion {version}{w} is a retired Fargate platform (retired December 2020) and ECS cannot launch tasks on it. Use LATEST (1.4.0) or remove PlatformVersion"
                ),
            ),
            v if below_1_4(v) => {
                let needs: Vec<String> = task_definitions(ctx, res)
                    .iter()
                    .flat_map(|td| {
                        features_needing_1_4(ctx, td)
                            .into_iter()
                            .map(move |f| format!("{f} (task definition {})", td.id))
                    })
                    .collect();
                if needs.is_empty() {
                    let mut f = ctx.finding(
                        meta,
                        res,
                        span,
                        format!(
                            "PlatformVersion {version}{w} is a Linux platform that AWS scheduled for retirement in June 2026; tasks will not launch on it once retired. Use LATEST (1.4.0) or remove PlatformVersion"
                        ),
                    );
                    f.severity = Severity::Warning;
                    f
                } else {
                    ctx.finding(
                        meta,
                        res,
                        span,
                        format!(
                            "PlatformVersion {version}{w} is older than 1.4.0, but the task uses {}, which needs Linux platform 1.4.0; ECS fails to launch it (PlatformTaskDefinitionIncompatibilityException). Use LATEST (1.4.0)",
                            needs.join(", ")
                        ),
                    )
                }
            }
            _ => continue,
        };
        f.related = launched_here(fa.binding);
        out.push(f);
    }
}

/// With `platform-version` configured, a Fargate service without `PlatformVersion` is checked as
/// if it ran on that version.
fn check_default_platform_version(
    ctx: &Context<'_>,
    meta: &'static RuleMeta,
    res: &Resource<'_>,
    out: &mut Vec<Finding>,
) {
    let Some(version) = ctx.options.platform_version.as_deref() else {
        return;
    };
    if version == "LATEST" || !below_1_4(version) {
        return;
    }
    let Some(binding) = ctx.fargate.launcher(res.id) else {
        return;
    };
    if runs_windows(ctx, res).is_some() {
        return;
    }
    let needs: Vec<String> = task_definitions(ctx, res)
        .iter()
        .flat_map(|td| {
            features_needing_1_4(ctx, td)
                .into_iter()
                .map(move |f| format!("{f} (task definition {})", td.id))
        })
        .collect();
    if needs.is_empty() {
        return;
    }
    let mut f = ctx.finding(
        meta,
        res,
        res.missing_property_span(),
        format!(
            "PlatformVersion is not set, so this service runs on the configured platform-version {version}, but the task uses {}, which needs Linux platform 1.4.0; ECS fails to launch it (PlatformTaskDefinitionIncompatibilityException). Set PlatformVersion: LATEST or raise platform-version",
            needs.join(", ")
        ),
    );
    f.related = vec![crate::finding::Related {
        span: binding.span,
        message: binding.reason.clone(),
    }];
    out.push(f);
}
