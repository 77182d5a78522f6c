//! Hover: Fargate sizes on Cpu and Memory, the rule behind a finding, the target of a reference.

use crate::cursor;
use crate::document::Snapshot;
use cfn_fargate_core::references::{ReferenceKind, all_references};
use cfn_fargate_core::rules;
use cfn_fargate_core::sizes::{self, Os};
use cfn_fargate_core::value::Node;
use tower_lsp_server::ls_types::{Hover, HoverContents, MarkupContent, MarkupKind};

fn markdown(value: String) -> Hover {
    Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value,
        }),
        range: None,
    }
}

pub fn hover(snapshot: &Snapshot, offset: usize) -> Option<Hover> {
    let mut parts = Vec::new();
    if let Some(text) = size_hover(snapshot, offset) {
        parts.push(text);
    }
    for f in &snapshot.analysis().findings {
        if f.span.start <= offset
            && offset <= f.span.end
            && let Some(rule) = rules::by_code(f.code)
        {
            parts.push(format!(
                "**{}** ({}): {}",
                f.code,
                rule.meta().name,
                rule.meta().summary()
            ));
        }
    }
    if let Some(template) = &snapshot.analysis().template {
        for r in all_references(template) {
            if r.span.start <= offset && offset <= r.span.end && r.kind != ReferenceKind::Sub {
                if let Some(target) = template.resource(&r.target) {
                    parts.push(format!(
                        "`{}`: {}",
                        r.target,
                        target.type_name().unwrap_or("resource")
                    ));
                } else if let Some(p) = template.parameter(&r.target) {
                    let default = p
                        .default()
                        .and_then(Node::as_scalar)
                        .map(|d| format!(", default `{d}`"))
                        .unwrap_or_default();
                    parts.push(format!(
                        "`{}`: parameter of type {}{default}",
                        r.target,
                        p.type_name().unwrap_or("String")
                    ));
                }
            }
        }
    }
    parts.dedup();
    (!parts.is_empty()).then(|| markdown(parts.join("\n\n---\n\n")))
}

/// On task Cpu or Memory: the valid values for the other one, the current one marked.
fn size_hover(snapshot: &Snapshot, offset: usize) -> Option<String> {
    let template = snapshot.analysis().template.as_ref()?;
    let c = cursor::at(snapshot.text(), offset);
    let key = c.key.as_deref()?;
    if key != "Cpu" && key != "Memory" {
        return None;
    }
    let td = cursor::resource_at(template, offset)
        .filter(|r| r.type_name() == Some("AWS::ECS::TaskDefinition"))?;
    if td
        .property("ContainerDefinitions")
        .is_some_and(|e| e.value.span.start <= offset && offset <= e.value.span.end)
    {
        return None;
    }
    let os = if td
        .property("RuntimePlatform")
        .and_then(|e| e.value.get("OperatingSystemFamily"))
        .and_then(Node::as_scalar)
        .is_some_and(|f| f.starts_with("WINDOWS"))
    {
        Os::Windows
    } else {
        Os::Linux
    };
    let cpu = td
        .property("Cpu")
        .and_then(|e| e.value.as_scalar())
        .and_then(sizes::parse_cpu)
        .map(|(c, _)| c);
    let memory = td
        .property("Memory")
        .and_then(|e| e.value.as_scalar())
        .and_then(sizes::parse_memory)
        .and_then(|m| match m {
            sizes::ParsedMemory::Mib(x) => Some(x),
            sizes::ParsedMemory::Undocumented(_) => None,
        });
    let mark = |v: u32, current: Option<u32>| {
        if current == Some(v) {
            format!("**{v}** (current)")
        } else {
            v.to_string()
        }
    };
    if key == "Cpu" {
        let cpus: Vec<String> = sizes::cpus(os)
            .filter(|c| sizes::tier(*c, os).is_some_and(|t| t.status == sizes::TierStatus::Ga))
            .map(|c| mark(c, cpu))
            .collect();
        let mut text = format!("Fargate task CPU values ({os:?}): {}", cpus.join(", "));
        if let Some(t) = cpu.and_then(|c| sizes::tier(c, os)) {
            text.push_str(&format!(
                "\n\nWith Cpu {}, Memory can be {}.",
                sizes::describe_cpu(t.cpu),
                sizes::describe_memories(t)
            ));
        }
        Some(text)
    } else {
        let tier = cpu.and_then(|c| sizes::tier(c, os))?;
        let memories: Vec<String> = tier
            .memories()
            .into_iter()
            .map(|m| mark(m, memory))
            .collect();
        Some(format!(
            "Memory for Cpu {} on Fargate (MiB): {}",
            sizes::describe_cpu(tier.cpu),
            memories.join(", ")
        ))
    }
}
