//! Completions: valid Fargate sizes for task Cpu and Memory, enumerated values, logical IDs after
//! `Ref` and `GetAtt`. Each item's edit covers exactly the token being typed.

use crate::cursor;
use crate::document::Snapshot;
use cfn_fargate_core::Encoding;
use cfn_fargate_core::sizes::{self, Os};
use cfn_fargate_core::template::PSEUDO_PARAMETERS;
use cfn_fargate_core::value::Node;
use tower_lsp_server::ls_types::{
    CompletionItem, CompletionItemKind, CompletionTextEdit, TextEdit,
};

/// Values for keys whose value is one of a few words, Fargate's first.
const ENUMS: &[(&str, &[&str])] = &[
    (
        "LaunchType",
        &["FARGATE", "EC2", "EXTERNAL", "MANAGED_INSTANCES"],
    ),
    ("NetworkMode", &["awsvpc", "bridge", "host", "none"]),
    ("AssignPublicIp", &["DISABLED", "ENABLED"]),
    ("TargetType", &["ip", "instance", "lambda", "alb"]),
    ("PlatformVersion", &["LATEST", "1.4.0"]),
    ("LogDriver", &["awslogs", "awsfirelens", "splunk"]),
    ("CapacityProvider", &["FARGATE", "FARGATE_SPOT"]),
    (
        "OperatingSystemFamily",
        &[
            "LINUX",
            "WINDOWS_SERVER_2022_CORE",
            "WINDOWS_SERVER_2022_FULL",
            "WINDOWS_SERVER_2019_CORE",
            "WINDOWS_SERVER_2019_FULL",
        ],
    ),
    ("CpuArchitecture", &["X86_64", "ARM64"]),
    ("SchedulingStrategy", &["REPLICA", "DAEMON"]),
    ("RequiresCompatibilities", &["FARGATE", "EC2"]),
];

fn vcpu(units: u32) -> String {
    match units {
        256 => ".25 vCPU".to_string(),
        512 => ".5 vCPU".to_string(),
        u => format!("{} vCPU", u / 1024),
    }
}

fn gb(mib: u32) -> String {
    if mib.is_multiple_of(1024) {
        format!("{} GB", mib / 1024)
    } else {
        format!("{:.1} GB", f64::from(mib) / 1024.0)
    }
}

pub fn complete(snapshot: &Snapshot, offset: usize, encoding: Encoding) -> Vec<CompletionItem> {
    let c = cursor::at(&snapshot.text, offset);
    let Some(key) = c.key.as_deref().filter(|_| c.in_value) else {
        return Vec::new();
    };
    let positions = snapshot.positions(encoding);
    let range = positions.range(c.token);
    // In JSON a value is typed inside quotes; the token excludes them, so the label fits as is.
    let item = |label: String, detail: String, kind: CompletionItemKind, sort: usize| {
        let new_text = label.clone();
        CompletionItem {
            label: label.clone(),
            kind: Some(kind),
            detail: Some(detail),
            sort_text: Some(format!("{sort:04}")),
            filter_text: Some(label),
            text_edit: Some(CompletionTextEdit::Edit(TextEdit { range, new_text })),
            ..CompletionItem::default()
        }
    };
    let template = snapshot.analysis.template.as_ref();
    // `DependsOn` names resources.
    if key == "DependsOn" {
        let Some(template) = template else {
            return Vec::new();
        };
        return template
            .resources()
            .enumerate()
            .map(|(i, r)| {
                item(
                    r.id.to_string(),
                    r.type_name().unwrap_or("resource").to_string(),
                    CompletionItemKind::REFERENCE,
                    i,
                )
            })
            .collect();
    }
    if c.after_ref || c.after_getatt {
        let Some(template) = template else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for r in template.resources() {
            let detail = r.type_name().unwrap_or("resource").to_string();
            out.push(item(
                r.id.to_string(),
                detail,
                CompletionItemKind::REFERENCE,
                out.len(),
            ));
        }
        if c.after_ref {
            for p in template.parameters() {
                let detail = format!("parameter ({})", p.type_name().unwrap_or("String"));
                out.push(item(
                    p.id.to_string(),
                    detail,
                    CompletionItemKind::VARIABLE,
                    out.len(),
                ));
            }
            for p in PSEUDO_PARAMETERS {
                out.push(item(
                    p.to_string(),
                    "pseudo parameter".to_string(),
                    CompletionItemKind::CONSTANT,
                    out.len(),
                ));
            }
        }
        return out;
    }
    // Task-level Cpu and Memory of a task definition.
    if let (Some(template), "Cpu" | "Memory") = (template, key) {
        let resource = cursor::resource_at(template, offset);
        if let Some(td) = resource.filter(|r| r.type_name() == Some("AWS::ECS::TaskDefinition")) {
            // Task level: not inside the container definitions.
            let task_level = !td
                .property("ContainerDefinitions")
                .is_some_and(|e| e.value.span.start <= offset && offset <= e.value.span.end);
            if task_level {
                let os = os_of(&td);
                return if key == "Cpu" {
                    let memory = td
                        .property("Memory")
                        .and_then(|e| e.value.as_scalar())
                        .and_then(sizes::parse_memory)
                        .and_then(|m| match m {
                            sizes::ParsedMemory::Mib(x) => Some(x),
                            sizes::ParsedMemory::Undocumented(_) => None,
                        });
                    sizes::cpus(os)
                        .filter(|&cpu| {
                            sizes::tier(cpu, os).is_some_and(|t| {
                                t.status == sizes::TierStatus::Ga
                                    && memory.is_none_or(|m| t.allows_memory(m))
                            })
                        })
                        .enumerate()
                        .map(|(i, cpu)| {
                            item(cpu.to_string(), vcpu(cpu), CompletionItemKind::VALUE, i)
                        })
                        .collect()
                } else {
                    let cpu = td
                        .property("Cpu")
                        .and_then(|e| e.value.as_scalar())
                        .and_then(sizes::parse_cpu)
                        .map(|(c, _)| c);
                    let Some(tier) = cpu.and_then(|c| sizes::tier(c, os)) else {
                        return Vec::new();
                    };
                    tier.memories()
                        .into_iter()
                        .enumerate()
                        .map(|(i, m)| item(m.to_string(), gb(m), CompletionItemKind::VALUE, i))
                        .collect()
                };
            }
        }
    }
    if let Some((_, values)) = ENUMS.iter().find(|(k, _)| *k == key) {
        return values
            .iter()
            .enumerate()
            .map(|(i, v)| {
                item(
                    v.to_string(),
                    format!("{key} value"),
                    CompletionItemKind::ENUM_MEMBER,
                    i,
                )
            })
            .collect();
    }
    Vec::new()
}

fn os_of(td: &cfn_fargate_core::template::Resource<'_>) -> Os {
    let windows = td
        .property("RuntimePlatform")
        .and_then(|e| e.value.get("OperatingSystemFamily"))
        .and_then(Node::as_scalar)
        .is_some_and(|f| f.starts_with("WINDOWS"));
    if windows { Os::Windows } else { Os::Linux }
}
