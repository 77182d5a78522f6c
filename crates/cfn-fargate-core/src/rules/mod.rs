//! The rule set: one rule per file, registered here.
//!
//! Adding a rule: write `rules/<code>.rs` (doc comment, `declare_rule!`, `impl Rule`), add its
//! fixtures under `tests/fixtures/<CODE>/`, and add one line to [`all`].

use crate::fargate::Binding;
use crate::resolve::{Alternative, Possible};
use crate::rule::{Context, Rule};
use crate::template::Resource;
use crate::value::Node;

mod cd_01;
mod cd_02;
mod cd_03;
mod cd_04;
mod cd_05;
mod cd_06;
mod cd_07;
mod cd_08;
mod cd_09;
mod cd_10;
mod cd_11;
mod cd_12;
mod cd_13;
mod cd_14;
mod cd_16;
mod cd_17;
mod cd_18;
mod cd_20;
mod cd_21;
mod cd_22;
mod cd_24;
mod cd_25;
mod cl_01;
mod cl_02;
mod cl_03;
mod ev_01;
mod ev_02;
mod ev_03;
mod ev_04;
mod ev_05;
mod fargate_blocked;
mod fargate_ready;
mod fixes;
pub(crate) mod iam;
mod iam_01;
mod iam_02;
mod iam_03;
mod iam_04;
mod launchers;
mod lp_01;
mod lp_02;
mod lp_03;
mod lp_05;
mod lp_07;
mod parts;
mod props;
pub(crate) mod readiness;
mod scheduled;
mod svc_01;
mod svc_02;
mod svc_03;
mod svc_04;
mod svc_05;
mod svc_06;
mod svc_07;
mod svc_08;
mod svc_09;
mod svc_10;
mod svc_11;
mod svc_12;
mod svc_13;
mod svc_16;
mod svc_17;
mod td_01;
mod td_02;
mod td_03;
mod td_04;
mod td_05;
mod td_06;
mod td_07;
mod td_08;
mod td_09;
mod td_10;
mod td_11;
mod td_12;
mod td_13;
mod td_14;
mod td_16;
mod td_17;
mod tg_01;
mod tg_02;
mod tg_03;
mod tg_04;
mod tg_05;
mod tg_06;
mod ts_01;
mod ts_02;
mod ts_03;

pub use cd_01::HostPortMatchesContainerPort;
pub use cl_01::AssociateProvidersOnce;
pub use cl_02::ClusterDefaultStrategy;
pub use cl_03::DependsOnAssociation;
pub use ev_01::ScheduledTaskLaunchType;
pub use ev_02::ScheduledTaskNetworkConfiguration;
pub use ev_03::ScheduledTaskPublicIp;
pub use ev_04::ScheduledTaskPlatformVersion;
pub use ev_05::ScheduledTaskNoPlacement;
mod vol_01;
mod vol_02;
mod vol_03;
mod vol_04;
mod vol_05;
mod win_01;
mod win_03;
mod win_04;
mod x_04;
mod x_05;
pub use cd_02::UniqueContainerPorts;
pub use cd_03::NoLinks;
pub use cd_04::NoHostname;
pub use cd_05::NoExtraHosts;
pub use cd_06::NoContainerDns;
pub use cd_07::NoDisableNetworking;
pub use cd_08::NoPrivileged;
pub use cd_09::NoDockerSecurityOptions;
pub use cd_10::GmsaDomainless;
pub use cd_11::FargateLogDriver;
pub use cd_12::AwslogsOptions;
pub use cd_13::FirelensConfigFile;
pub use cd_14::NoGpuResources;
pub use cd_16::NoWindowsUlimits;
pub use cd_17::SystemControlsTaskWide;
pub use cd_18::ContainerTimeoutRange;
pub use cd_20::RepositoryCredentialsNeedExecutionRole;
pub use cd_21::SecretsReadableByExecutionRole;
pub use cd_22::EnvironmentFilesNeedExecutionRole;
pub use cd_24::NoWindowsUserOrReadonlyRoot;
pub use cd_25::MountPointsMatchVolumes;
pub use fargate_blocked::FargateBlocked;
pub use fargate_ready::FargateReady;
pub use iam_01::ExecutionRoleTrust;
pub use iam_02::ExecutionRolePermissions;
pub use iam_03::ExecutionRoleArnForm;
pub use iam_04::LauncherPassRole;
pub use lp_01::OnlySysPtraceAdded;
pub use lp_02::NoDevices;
pub use lp_03::NoSharedMemorySize;
pub use lp_05::NoSwap;
pub use lp_07::NoLinuxParametersOnWindows;
pub use svc_01::LaunchTypeXorCapacityProviders;
pub use svc_02::CapacityProviderStrategyRules;
pub use svc_03::ProvidersAssociatedWithCluster;
pub use svc_04::NetworkConfigurationRequired;
pub use svc_05::SubnetsAndSecurityGroups;
pub use svc_06::PublicSubnetNeedsPublicIp;
pub use svc_07::NoServiceRole;
pub use svc_08::NoServicePlacementConstraints;
pub use svc_09::NoServicePlacementStrategies;
pub use svc_10::NoDaemonScheduling;
pub use svc_11::PlatformVersionSupported;
pub use svc_12::LoadBalancersForFargate;
pub use svc_13::ServiceRegistriesForAwsvpc;
pub use svc_16::ExecuteCommandPrerequisites;
pub use svc_17::ManagedEbsVolumes;
pub use td_01::RequiresCompatibilitiesFargate;
pub use td_02::NetworkModeAwsvpc;
pub use td_03::TaskCpuRequired;
pub use td_04::TaskMemoryRequired;
pub use td_05::ValidTaskSize;
pub use td_06::ValidTaskCpu;
pub use td_07::NoTaskPlacementConstraints;
pub use td_08::NoIpcMode;
pub use td_09::PidModeTask;
pub use td_10::ExecutionRoleRequired;
pub use td_11::TaskRoleNeeded;
pub use td_12::EphemeralStorageRange;
pub use td_13::RuntimePlatformSupported;
pub use td_14::NoInferenceAccelerators;
pub use td_16::ContainersFitTask;
pub use td_17::EssentialContainer;
pub use tg_01::TargetTypeIp;
pub use tg_02::TargetGroupVpcPortProtocol;
pub use tg_03::HealthCheckPortServed;
pub use tg_04::NoStaticTargets;
pub use tg_05::UdpNeedsPlatform14;
pub use tg_06::TaskSecurityGroupAdmitsPorts;
pub use ts_01::TaskSetComputeSelection;
pub use ts_02::TaskSetNetworkConfiguration;
pub use ts_03::TaskSetServiceSettings;
pub use vol_01::NoHostSourcePath;
pub use vol_02::NoDockerVolumes;
pub use vol_03::EfsVolumeSettings;
pub use vol_04::NoFsxWindowsVolumes;
pub use vol_05::EbsVolumesAtLaunch;
pub use win_01::WindowsRuntimePlatform;
pub use win_03::NoFargateSpotForWindows;
pub use win_04::WindowsPlatformVersion;
pub use x_04::AwsvpcConfigurationSpelling;
pub use x_05::OutboundNetworkPath;

static RULES: &[&dyn Rule] = &[
    &RequiresCompatibilitiesFargate,
    &NetworkModeAwsvpc,
    &TaskCpuRequired,
    &TaskMemoryRequired,
    &ValidTaskSize,
    &ValidTaskCpu,
    &NoTaskPlacementConstraints,
    &NoIpcMode,
    &PidModeTask,
    &ExecutionRoleRequired,
    &TaskRoleNeeded,
    &EphemeralStorageRange,
    &RuntimePlatformSupported,
    &NoInferenceAccelerators,
    &ContainersFitTask,
    &EssentialContainer,
    &HostPortMatchesContainerPort,
    &UniqueContainerPorts,
    &NoLinks,
    &NoHostname,
    &NoExtraHosts,
    &NoContainerDns,
    &NoDisableNetworking,
    &NoPrivileged,
    &NoDockerSecurityOptions,
    &GmsaDomainless,
    &FargateLogDriver,
    &AwslogsOptions,
    &FirelensConfigFile,
    &NoGpuResources,
    &NoWindowsUlimits,
    &SystemControlsTaskWide,
    &ContainerTimeoutRange,
    &RepositoryCredentialsNeedExecutionRole,
    &SecretsReadableByExecutionRole,
    &EnvironmentFilesNeedExecutionRole,
    &NoWindowsUserOrReadonlyRoot,
    &MountPointsMatchVolumes,
    &OnlySysPtraceAdded,
    &NoDevices,
    &NoSharedMemorySize,
    &NoSwap,
    &NoLinuxParametersOnWindows,
    &NoHostSourcePath,
    &NoDockerVolumes,
    &EfsVolumeSettings,
    &NoFsxWindowsVolumes,
    &EbsVolumesAtLaunch,
    &LaunchTypeXorCapacityProviders,
    &CapacityProviderStrategyRules,
    &ProvidersAssociatedWithCluster,
    &NetworkConfigurationRequired,
    &SubnetsAndSecurityGroups,
    &PublicSubnetNeedsPublicIp,
    &NoServiceRole,
    &NoServicePlacementConstraints,
    &NoServicePlacementStrategies,
    &NoDaemonScheduling,
    &PlatformVersionSupported,
    &LoadBalancersForFargate,
    &ServiceRegistriesForAwsvpc,
    &ExecuteCommandPrerequisites,
    &ManagedEbsVolumes,
    &TaskSetComputeSelection,
    &TaskSetNetworkConfiguration,
    &TaskSetServiceSettings,
    &TargetTypeIp,
    &TargetGroupVpcPortProtocol,
    &HealthCheckPortServed,
    &NoStaticTargets,
    &UdpNeedsPlatform14,
    &TaskSecurityGroupAdmitsPorts,
    &ExecutionRoleTrust,
    &ExecutionRolePermissions,
    &ExecutionRoleArnForm,
    &LauncherPassRole,
    &AssociateProvidersOnce,
    &ClusterDefaultStrategy,
    &DependsOnAssociation,
    &ScheduledTaskLaunchType,
    &ScheduledTaskNetworkConfiguration,
    &ScheduledTaskPublicIp,
    &ScheduledTaskPlatformVersion,
    &ScheduledTaskNoPlacement,
    &WindowsRuntimePlatform,
    &NoFargateSpotForWindows,
    &WindowsPlatformVersion,
    &AwsvpcConfigurationSpelling,
    &OutboundNetworkPath,
    &FargateReady,
    &FargateBlocked,
];

/// Every rule, in catalog order.
pub fn all() -> &'static [&'static dyn Rule] {
    RULES
}

/// Every code a finding can have: the rules', `SYNTAX` and `SUPPRESSION`.
pub fn all_codes() -> impl Iterator<Item = &'static str> + Clone {
    RULES.iter().map(|r| r.meta().code).chain([
        crate::finding::SYNTAX_CODE,
        crate::suppression::SUPPRESSION_CODE,
    ])
}

/// The rule with this code.
pub fn by_code(code: &str) -> Option<&'static dyn Rule> {
    RULES
        .iter()
        .copied()
        .find(|r| r.meta().code.eq_ignore_ascii_case(code))
}

pub(crate) const TASK_DEFINITION: &str = "AWS::ECS::TaskDefinition";
pub(crate) const SERVICE: &str = "AWS::ECS::Service";
pub(crate) const TARGET_GROUP: &str = "AWS::ElasticLoadBalancingV2::TargetGroup";

/// Fargate-bound task definitions, with why each is bound.
pub(crate) fn fargate_task_definitions<'c>(
    ctx: &'c Context<'_>,
) -> impl Iterator<Item = (Resource<'c>, &'c Binding)> {
    ctx.template
        .resources_of_type(TASK_DEFINITION)
        .filter_map(|td| ctx.fargate.task_definition(td.id).map(|b| (td, b)))
}

/// Services that launch on Fargate or whose task definition uses awsvpc: the services for which
/// ECS demands a network configuration and refuses a service role.
pub(crate) fn awsvpc_services<'c>(ctx: &'c Context<'_>) -> impl Iterator<Item = Resource<'c>> {
    ctx.template.resources_of_type(SERVICE).filter(|svc| {
        ctx.fargate.launcher(svc.id).is_some() || ctx.fargate.service_uses_awsvpc(svc.id)
    })
}

/// Why a service's tasks use awsvpc when `env` holds (for messages), and the combined assumptions.
pub(crate) fn awsvpc_service_under(
    ctx: &Context<'_>,
    svc: &Resource<'_>,
    env: &crate::resolve::Env,
) -> Option<(String, crate::resolve::Env)> {
    if let Some((b, env)) = ctx.fargate.launcher_under(svc.id, env) {
        return Some((format!("it {}", b.reason), env));
    }
    if ctx.fargate.service_uses_awsvpc(svc.id) {
        return Some((
            "its task definition uses network mode awsvpc".to_string(),
            env.clone(),
        ));
    }
    None
}

/// The container definitions of a task definition (all alternatives), each a mapping node.
pub(crate) fn containers<'t>(ctx: &Context<'t>, td: &Resource<'t>) -> Vec<&'t Node> {
    let mut out = Vec::new();
    let Some(entry) = td.property("ContainerDefinitions") else {
        return out;
    };
    for alt in ctx.resolver.alternatives(&entry.value) {
        let Possible::Value(list) = alt.value else {
            continue;
        };
        for item in list.as_sequence().unwrap_or_default() {
            for a in ctx.resolver.alternatives(item) {
                if let Possible::Value(c) = a.value
                    && c.as_mapping().is_some()
                    && !out.iter().any(|x: &&Node| std::ptr::eq(*x, c))
                {
                    out.push(c);
                }
            }
        }
    }
    out
}

/// A container's name for messages.
pub(crate) fn container_name(container: &Node) -> String {
    container
        .get("Name")
        .and_then(Node::as_scalar)
        .map_or_else(|| "(unnamed)".to_string(), |n| format!("`{n}`"))
}

/// Whether the alternative is a known scalar other than `expected`.
pub(crate) fn is_other_than(alt: &Alternative<'_>, expected: &str) -> bool {
    alt.scalar().is_some_and(|s| s != expected)
}

/// Report a task-level property that a Fargate-bound task definition must set and does not (on
/// every alternative where it is absent).
pub(crate) fn report_missing_task_property(
    ctx: &Context<'_>,
    meta: &'static crate::rule::RuleMeta,
    property: &str,
    advice: &str,
    out: &mut Vec<crate::finding::Finding>,
) {
    for (td, _) in fargate_task_definitions(ctx) {
        let entry = td.property(property);
        for alt in ctx.resolver.property(entry.map(|e| &e.value)) {
            if !matches!(alt.value, Possible::Absent) {
                continue;
            }
            let Some((binding, env)) = ctx.fargate.task_definition_under(td.id, &alt.env) else {
                continue;
            };
            let span = entry.map_or_else(|| td.missing_property_span(), |e| e.key_span);
            let mut finding = ctx.finding(
                meta,
                &td,
                span,
                format!(
                    "task-level {property} is not set{}, but this task definition is {}; Fargate requires it. {advice}",
                    crate::rule::when(&env),
                    binding.reason
                ),
            );
            finding.related = ctx.bound_because(td.id);
            if entry.is_none() && alt.env.is_empty() {
                finding.fix = sized_property_fix(ctx, &td, property);
            }
            out.push(finding);
        }
    }
}

/// Add task-level Cpu or Memory sized from the containers (catalog section 1.6). Unsafe: the
/// size sets the bill.
fn sized_property_fix(
    ctx: &Context<'_>,
    td: &Resource<'_>,
    property: &str,
) -> Option<crate::finding::Fix> {
    use crate::sizing;
    let os = task_os(ctx, td);
    let needs = sizing::needs(ctx.template, &ctx.resolver, td);
    let task_cpu = td
        .property("Cpu")
        .and_then(|e| e.value.as_scalar())
        .and_then(crate::sizes::parse_cpu)
        .map(|(c, _)| c)
        .filter(|c| crate::sizes::tier(*c, os).is_some());
    let (value, what) = match property {
        "Cpu" => {
            let size = sizing::fit(&needs, os)?;
            (size.cpu, crate::sizes::describe_cpu(size.cpu))
        }
        _ => {
            let memory = match task_cpu {
                Some(cpu) => sizing::memory_for_cpu(cpu, needs.memory, os)?,
                None => sizing::fit(&needs, os)?.memory,
            };
            (memory, format!("{memory} MiB"))
        }
    };
    let defaults = if needs.from_defaults.is_empty() {
        String::new()
    } else {
        format!(", using the default of {}", needs.from_defaults.join(", "))
    };
    fixes::insert_property(
        ctx,
        td,
        property,
        &crate::edit::NewValue::str(value.to_string()),
        format!(
            "Add {property}: {what}, the smallest Fargate size for the containers{defaults} (sets the cost)"
        ),
        crate::finding::Applicability::Unsafe,
    )
}

/// The task's OS for the size table: Windows when `RuntimePlatform.OperatingSystemFamily` names a
/// Windows family on every alternative, else Linux.
pub(crate) fn task_os(ctx: &Context<'_>, td: &Resource<'_>) -> crate::sizes::Os {
    let family = td
        .property("RuntimePlatform")
        .and_then(|e| e.value.get("OperatingSystemFamily"));
    let Some(family) = family else {
        return crate::sizes::Os::Linux;
    };
    let alts = ctx.resolver.alternatives(family);
    if !alts.is_empty()
        && alts
            .iter()
            .all(|a| a.scalar().is_some_and(|s| s.starts_with("WINDOWS")))
    {
        crate::sizes::Os::Windows
    } else {
        crate::sizes::Os::Linux
    }
}

/// Where an alternative's value came from, when it is not written in the resource itself.
pub(crate) fn origin_note(
    ctx: &Context<'_>,
    td: &Resource<'_>,
    node: &Node,
    what: &str,
) -> Vec<crate::finding::Related> {
    if td.node.span.start <= node.span.start && node.span.end <= td.node.span.end {
        return Vec::new();
    }
    let _ = ctx;
    vec![crate::finding::Related {
        span: node.span,
        message: format!("the {what} value comes from here"),
    }]
}

/// Catalog entries that are documentation, not rules: what they say cannot fail a deployment, or
/// cannot be seen in a template. Listed in docs/rules/README.md with the reason.
pub const DOCUMENTATION_ONLY: &[(&str, &str)] = &[
    (
        "TD-15",
        "ProxyConfiguration (App Mesh) is allowed on Fargate (information).",
    ),
    (
        "TD-18",
        "Every change to a task definition replaces it; expected behaviour, not a failure (information).",
    ),
    (
        "CD-15",
        "Container Cpu and Memory are optional on Fargate; their fit inside the task size is TD-16.",
    ),
    (
        "CD-19",
        "Container health checks are allowed on Fargate (information).",
    ),
    (
        "CD-23",
        "Image pull prerequisites are covered by TD-10 (execution role) and X-05 (network path); the image's CPU architecture cannot be seen in a template.",
    ),
    (
        "CD-26",
        "Container parameters with no Fargate restriction (information).",
    ),
    (
        "LP-04",
        "Tmpfs mounts work on Fargate since January 2026 (information).",
    ),
    (
        "LP-06",
        "InitProcessEnabled is allowed on Fargate (information).",
    ),
    (
        "VOL-06",
        "S3 Files volumes: Fargate support is not confirmed (low confidence); no error is given on uncertain ground.",
    ),
    (
        "VOL-07",
        "How much ephemeral storage images and data need cannot be seen in a template; TD-12 checks the setting itself.",
    ),
    (
        "SVC-14",
        "Whether the conversion replaces or updates a service depends on the deployed template, which a check of one template cannot see.",
    ),
    (
        "SVC-15",
        "Deployment controllers: information; the REPLICA requirement is SVC-10.",
    ),
    (
        "SVC-18",
        "DesiredCount and deployment configuration carry no Fargate constraint (information).",
    ),
    (
        "IAM-05",
        "ECS creates its service-linked role by itself (information).",
    ),
    (
        "CL-04",
        "Leftover EC2 capacity costs money but never fails a deployment (information).",
    ),
    (
        "CL-05",
        "The Fargate ephemeral storage KMS key: information, low confidence; the key policy cannot be seen in a template.",
    ),
    (
        "SD-01",
        "Cloud Map DNS records: SRV stays valid and A records become possible with awsvpc (information).",
    ),
    (
        "SD-02",
        "Cloud Map health checks: no Fargate constraint was found (information).",
    ),
    (
        "WIN-02",
        "Windows task sizes are checked by TD-05 (memory for the 1, 2 and 4 vCPU rows) and TD-06 (Cpu 1024 to 4096).",
    ),
    (
        "X-01",
        "Defines what is Fargate-bound; every rule applies it (crates/cfn-fargate-core/src/fargate.rs).",
    ),
    (
        "X-02",
        "How intrinsic functions are read; the resolver does it for every rule (crates/cfn-fargate-core/src/resolve.rs).",
    ),
    (
        "X-03",
        "How Cpu and Memory spellings are normalised; crates/cfn-fargate-core/src/sizes.rs does it for every rule.",
    ),
    (
        "X-06",
        "Account vCPU quotas cannot be seen in a template (information).",
    ),
];
