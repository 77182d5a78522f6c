//! VOL-03: EFS volumes on Fargate: Linux only, and transit encryption with access points or IAM.

use super::parts::{Hit, volume_properties};
use crate::declare_rule;
use crate::finding::Finding;
use crate::resolve::{Env, Possible};
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::sizes::Os;
use crate::span::Span;

declare_rule! {
    /// ## What it does
    /// Checks the `EFSVolumeConfiguration` volumes of a Fargate-bound task definition:
    /// - the task definition must not be a Windows one;
    /// - with an `AuthorizationConfig.AccessPointId`, or with `AuthorizationConfig.IAM: ENABLED`,
    ///   `TransitEncryption` must be `ENABLED` (it defaults to `DISABLED`);
    /// - with an access point, `RootDirectory` must be omitted or `/`.
    ///
    /// Values that cannot be known are not checked. The parts of the catalog entry that a
    /// template does not show, the NFS (TCP 2049) rule between the task's and the mount
    /// targets' security groups and the platform version, are not checked here.
    ///
    /// ## Why it fails at deploy
    /// Fargate mounts EFS file systems for Linux tasks only (platform version 1.4.0 and later);
    /// ECS rejects EFS volumes in Windows task definitions. An access point or IAM authorization
    /// is enforced over the TLS connection of the EFS mount helper, so ECS rejects either one
    /// without transit encryption, and an access point already fixes the directory that is
    /// mounted, so a different `RootDirectory` is refused too. (A service pinned to a platform
    /// version older than 1.4.0 fails at run time with `PlatformTaskDefinitionIncompatibilityException`;
    /// pinned versions are SVC-11's to check.)
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
    ///         - Name: shared
    ///           EFSVolumeConfiguration:
    ///             FilesystemId: fs-0123456789abcdef0
    ///             AuthorizationConfig:
    ///               AccessPointId: fsap-0123456789abcdef0
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           MountPoints:
    ///             - SourceVolume: shared
    ///               ContainerPath: /shared
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
    ///         - Name: shared
    ///           EFSVolumeConfiguration:
    ///             FilesystemId: fs-0123456789abcdef0
    ///             TransitEncryption: ENABLED
    ///             AuthorizationConfig:
    ///               AccessPointId: fsap-0123456789abcdef0
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           MountPoints:
    ///             - SourceVolume: shared
    ///               ContainerPath: /shared
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Setting `TransitEncryption: ENABLED` will be safe; removing a
    /// `RootDirectory` changes what is mounted only if it differed from the access point's
    /// directory, so that fix will need a review. A Windows task has to mount its share another
    /// way.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSVolumeConfiguration.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-linux-fargate.html>
    /// - <https://github.com/ansible-collections/community.aws/issues/136>
    pub struct EfsVolumeSettings {
        code: "VOL-03",
        name: "efs-volume-settings",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for EfsVolumeSettings {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for hit in volume_properties(ctx, "EFSVolumeConfiguration") {
            if hit.os == Os::Windows {
                push(
                    ctx,
                    &hit,
                    hit.entry.key_span,
                    &hit.env,
                    "is an EFS volume in a Windows task definition",
                    "Fargate mounts EFS only for Linux tasks. Remove the volume and reach the data another way",
                    out,
                );
                continue;
            }
            let efs = hit.value;
            let auth = efs.get("AuthorizationConfig");
            // (why encryption is needed, the assumptions under which it is)
            let mut needs: Vec<(String, Env)> = Vec::new();
            let mut access_points: Vec<Env> = Vec::new();
            if let Some(ap) = auth.and_then(|a| a.get("AccessPointId")) {
                for alt in ctx.resolver.alternatives(ap) {
                    if matches!(alt.value, Possible::Absent) {
                        continue;
                    }
                    if let Some(env) = hit.env.merge(&alt.env) {
                        needs.push(("it uses an access point".to_string(), env.clone()));
                        access_points.push(env);
                    }
                }
            }
            if let Some(iam) = auth.and_then(|a| a.get("IAM")) {
                for alt in ctx.resolver.alternatives(iam) {
                    if alt.scalar() == Some("ENABLED")
                        && let Some(env) = hit.env.merge(&alt.env)
                    {
                        needs.push(("it uses IAM authorization".to_string(), env));
                    }
                }
            }
            let transit = efs.entry("TransitEncryption");
            let mut reported = false;
            for (why, env) in &needs {
                if reported {
                    break;
                }
                for alt in ctx.resolver.property(transit.map(|e| &e.value)) {
                    let Some(env) = env.merge(&alt.env) else {
                        continue;
                    };
                    let (span, state) = match alt.value {
                        Possible::Absent => (
                            transit.map_or(hit.entry.key_span, |e| e.key_span),
                            "is not set (so DISABLED)".to_string(),
                        ),
                        Possible::Value(node) if alt.scalar() == Some("DISABLED") => (
                            ctx.span_in_resource(
                                &hit.td,
                                node.span,
                                transit.map_or(node.span, |e| e.value.span),
                            ),
                            "is DISABLED".to_string(),
                        ),
                        _ => continue,
                    };
                    push(
                        ctx,
                        &hit,
                        span,
                        &env,
                        &format!("has TransitEncryption that {state} while {why}"),
                        "ECS requires transit encryption for access points and IAM authorization. Set `TransitEncryption: ENABLED`",
                        out,
                    );
                    reported = true;
                    break;
                }
            }
            if let Some(root) = efs.entry("RootDirectory") {
                'root: for env in &access_points {
                    for alt in ctx.resolver.alternatives(&root.value) {
                        let Some(dir) = alt.scalar() else { continue };
                        if dir.is_empty() || dir == "/" {
                            continue;
                        }
                        let Some(env) = env.merge(&alt.env) else {
                            continue;
                        };
                        push(
                            ctx,
                            &hit,
                            root.key_span,
                            &env,
                            &format!("sets RootDirectory {dir} together with an access point"),
                            "the access point decides the directory, and ECS accepts only an omitted RootDirectory or `/` with one. Remove RootDirectory and set the directory on the access point",
                            out,
                        );
                        break 'root;
                    }
                }
            }
        }
    }
}

fn push(
    ctx: &Context<'_>,
    hit: &Hit<'_>,
    span: Span,
    env: &Env,
    what: &str,
    advice: &str,
    out: &mut Vec<Finding>,
) {
    let mut f = ctx.finding(
        &EfsVolumeSettings::META,
        &hit.td,
        span,
        format!(
            "{} {what}{}, and this task definition is {}; {advice}",
            hit.volume_note(),
            when(env),
            hit.reason
        ),
    );
    f.related = ctx.bound_because(hit.td.id);
    out.push(f);
}
