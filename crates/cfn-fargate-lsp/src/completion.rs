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
    // Only in CloudFormation templates: a compose file's `NetworkMode:` gets nothing.
    if !snapshot.analysis().is_template {
        return Vec::new();
    }
    let c = cursor::at(snapshot.text(), offset);
    let sizes_for_parameter = parameter_sizes(snapshot, offset, encoding);
    if !sizes_for_parameter.is_empty() {
        return sizes_for_parameter;
    }
    let Some(key) = c.key.as_deref().filter(|_| c.in_value) else {
        // Typing a key: the property names the schema allows here, or resources.
        return if c.key.is_none() {
            let mut items = property_names(snapshot, offset, encoding);
            items.extend(resource_snippets(snapshot, offset, encoding));
            items
        } else {
            Vec::new()
        };
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
    let template = snapshot.analysis().template.as_ref();
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
    if c.after_getatt
        && let Some((resource, _)) = c.prefix.split_once('.')
    {
        let Some(template) = template else {
            return Vec::new();
        };
        let Some(type_name) = template.resource(resource).and_then(|r| r.type_name()) else {
            return Vec::new();
        };
        return crate::schema_types::attributes(type_name)
            .iter()
            .enumerate()
            .map(|(i, a)| {
                item(
                    format!("{resource}.{a}"),
                    format!("attribute of {type_name}"),
                    CompletionItemKind::FIELD,
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
    let schema_values = template
        .and_then(|t| {
            cursor::resource_at(t, offset)
                .map(|r| (r.type_name(), object_path(snapshot, &r, offset)))
        })
        .and_then(|(t, p)| {
            let (path, _) = p?;
            let object = schema_object(t?, &path)?;
            object
                .properties
                .iter()
                .find(|p| p.name == key)
                .map(|p| p.values)
        })
        .filter(|v| !v.is_empty());
    // Our list of a key's values (Fargate's first), else the schema's.
    let values = ENUMS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| *v)
        .or(schema_values)
        .unwrap_or_default();
    values
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
        .collect()
}

fn os_of(td: &cfn_fargate_core::template::Resource<'_>) -> Os {
    let windows = td
        .property("RuntimePlatform")
        .and_then(|e| e.value.get("OperatingSystemFamily"))
        .and_then(Node::as_scalar)
        .is_some_and(|f| f.starts_with("WINDOWS"));
    if windows { Os::Windows } else { Os::Linux }
}

/// The object the cursor's line is a key of: the mapping inside a resource's `Properties` that
/// has a key at the cursor's column and starts nearest before the cursor, as a key path from
/// `Properties` (list items are transparent).
fn object_path(
    snapshot: &Snapshot,
    resource: &cfn_fargate_core::template::Resource<'_>,
    offset: usize,
) -> Option<(Vec<String>, Vec<String>)> {
    let props = resource.properties()?;
    let line = snapshot.index().line_of(offset);
    let line_start = snapshot.index().line_start(line)?;
    let line_text = &snapshot.text()[line_start..];
    let column = line_text.len() - line_text.trim_start_matches([' ', '-']).len();
    let col_of = |o: usize| {
        o - snapshot
            .index()
            .line_start(snapshot.index().line_of(o))
            .unwrap_or(0)
    };
    let mut best: Option<(usize, Vec<String>, Vec<String>)> = None;
    let mut stack: Vec<(&Node, Vec<String>)> = vec![(props, Vec::new())];
    while let Some((node, path)) = stack.pop() {
        match &node.value {
            cfn_fargate_core::value::Value::Mapping(entries) => {
                let here = entries
                    .iter()
                    .any(|e| col_of(e.key_span.start) == column && e.key_span.start <= offset);
                if here && entries.first().is_some_and(|e| e.key_span.start <= offset) {
                    let start = entries[0].key_span.start;
                    if best.as_ref().is_none_or(|b| start > b.0) {
                        let present = entries.iter().map(|e| e.key.clone()).collect();
                        best = Some((start, path.clone(), present));
                    }
                }
                for e in entries {
                    let mut p = path.clone();
                    p.push(e.key.clone());
                    stack.push((&e.value, p));
                }
            }
            cfn_fargate_core::value::Value::Sequence(items) => {
                for item in items {
                    stack.push((item, path.clone()));
                }
            }
            _ => {}
        }
    }
    best.map(|(_, path, present)| (path, present))
}

/// The schema object at a key path from a resource type's properties.
fn schema_object(
    type_name: &str,
    path: &[String],
) -> Option<&'static crate::schema_types::ObjectSchema> {
    let mut object = crate::schema_types::object(type_name)?;
    for key in path {
        let p = object.properties.iter().find(|p| p.name == key)?;
        object = crate::schema_types::object(p.target?)?;
    }
    Some(object)
}

/// Property names for the key being typed: those of the object the line belongs to, required
/// ones first, without the ones already there.
pub fn property_names(
    snapshot: &Snapshot,
    offset: usize,
    encoding: Encoding,
) -> Vec<CompletionItem> {
    use crate::schema_types::Kind;
    let Some(template) = snapshot.analysis().template.as_ref() else {
        return Vec::new();
    };
    let Some(resource) = cursor::resource_at(template, offset) else {
        return Vec::new();
    };
    let Some(type_name) = resource.type_name() else {
        return Vec::new();
    };
    let Some(props) = resource.properties() else {
        return Vec::new();
    };
    if offset < props.span.start {
        return Vec::new();
    }
    let Some((path, present)) = object_path(snapshot, &resource, offset) else {
        return Vec::new();
    };
    let Some(object) = schema_object(type_name, &path) else {
        return Vec::new();
    };
    // The word being typed on the line.
    let line_start = snapshot
        .index()
        .line_start(snapshot.index().line_of(offset))
        .unwrap_or(0);
    let before = &snapshot.text()[line_start..offset];
    let word_len = before.len()
        - before
            .trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == '"')
            .len();
    let token = cfn_fargate_core::Span::new(offset - word_len, offset);
    let range = snapshot.positions(encoding).range(token);
    let indent = " ".repeat(before.len() - before.trim_start_matches([' ', '-']).len());
    let json = snapshot.format == cfn_fargate_core::Format::Json;
    object
        .properties
        .iter()
        .filter(|p| !present.iter().any(|k| k == p.name))
        .map(|p| {
            let new_text = if json {
                format!("\"{}\": ", p.name)
            } else {
                match p.kind {
                    Kind::Object => format!("{}:\n{indent}  ", p.name),
                    Kind::List if p.target.is_some() => format!("{}:\n{indent}  - ", p.name),
                    _ => format!("{}: ", p.name),
                }
            };
            CompletionItem {
                label: p.name.to_string(),
                kind: Some(CompletionItemKind::PROPERTY),
                detail: Some(format!(
                    "{}{type_name}",
                    if p.required { "required, " } else { "" }
                )),
                sort_text: Some(format!("{}{}", u8::from(!p.required), p.name)),
                filter_text: Some(p.name.to_string()),
                text_edit: Some(CompletionTextEdit::Edit(TextEdit { range, new_text })),
                ..CompletionItem::default()
            }
        })
        .collect()
}

/// In a parameter's `Default` or `AllowedValues` when a task definition takes its Cpu or Memory
/// from that parameter: the valid sizes (Memory: those the task's Cpu allows, when it is literal).
fn parameter_sizes(snapshot: &Snapshot, offset: usize, encoding: Encoding) -> Vec<CompletionItem> {
    let Some(template) = snapshot.analysis().template.as_ref() else {
        return Vec::new();
    };
    // The parameter whose text holds the cursor.
    let Some(param) = template
        .parameters()
        .filter(|p| p.id_span.start <= offset)
        .max_by_key(|p| p.id_span.start)
    else {
        return Vec::new();
    };
    // Nothing else (another parameter, another section) starts between it and the cursor.
    let later = template
        .parameters()
        .map(|p| p.id_span.start)
        .chain(
            template
                .root
                .as_mapping()
                .unwrap_or_default()
                .iter()
                .map(|e| e.key_span.start),
        )
        .any(|start| start > param.id_span.start && start <= offset);
    if later {
        return Vec::new();
    }
    let line_start = snapshot
        .index()
        .line_start(snapshot.index().line_of(offset))
        .unwrap_or(0);
    let line = &snapshot.text()[line_start..offset];
    let trimmed = line.trim_start();
    let in_default = trimmed.starts_with("Default:") || trimmed.starts_with("\"Default\":");
    let in_allowed = trimmed.starts_with("AllowedValues:")
        || trimmed.starts_with("\"AllowedValues\":")
        || (trimmed.starts_with("- ")
            && param
                .node
                .get("AllowedValues")
                .is_some_and(|a| a.span.start <= offset))
        || param
            .node
            .get("AllowedValues")
            .is_some_and(|a| a.span.start <= offset && offset <= a.span.end);
    if !in_default && !in_allowed {
        return Vec::new();
    }
    // Which task property the parameter feeds.
    let mut feeds = None;
    for td in template.resources_of_type("AWS::ECS::TaskDefinition") {
        for key in ["Cpu", "Memory"] {
            let refs = td
                .property(key)
                .and_then(|e| e.value.as_intrinsic())
                .filter(|(name, _)| *name == "Ref")
                .and_then(|(_, arg)| arg.as_scalar());
            if refs == Some(param.id) {
                feeds = Some((key, td));
            }
        }
    }
    let Some((key, td)) = feeds else {
        return Vec::new();
    };
    // The token: the number being typed.
    let word = line.len()
        - line
            .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.')
            .len();
    let range = snapshot
        .positions(encoding)
        .range(cfn_fargate_core::Span::new(offset - word, offset));
    let os = os_of(&td);
    let values: Vec<(u32, String)> = if key == "Cpu" {
        sizes::cpus(os)
            .filter(|c| sizes::tier(*c, os).is_some_and(|t| t.status == sizes::TierStatus::Ga))
            .map(|c| (c, vcpu(c)))
            .collect()
    } else {
        let cpu = td
            .property("Cpu")
            .and_then(|e| e.value.as_scalar())
            .and_then(sizes::parse_cpu)
            .map(|(c, _)| c);
        match cpu.and_then(|c| sizes::tier(c, os)) {
            Some(t) => t.memories().into_iter().map(|m| (m, gb(m))).collect(),
            None => Vec::new(),
        }
    };
    values
        .into_iter()
        .enumerate()
        .map(|(i, (v, detail))| CompletionItem {
            label: v.to_string(),
            kind: Some(CompletionItemKind::VALUE),
            detail: Some(format!("{detail}, for {} of {}", key, td.id)),
            sort_text: Some(format!("{i:04}")),
            text_edit: Some(CompletionTextEdit::Edit(TextEdit {
                range,
                new_text: v.to_string(),
            })),
            ..CompletionItem::default()
        })
        .collect()
}

/// At the level of the `Resources` keys in YAML: a "Fargate service" snippet with a complete,
/// valid set of resources (task definition, execution role, log group, service).
fn resource_snippets(
    snapshot: &Snapshot,
    offset: usize,
    encoding: Encoding,
) -> Vec<CompletionItem> {
    use tower_lsp_server::ls_types::InsertTextFormat;
    if snapshot.format != cfn_fargate_core::Format::Yaml {
        return Vec::new();
    }
    let Some(template) = snapshot.analysis().template.as_ref() else {
        return Vec::new();
    };
    let Some(resources) = template.root.entry("Resources") else {
        return Vec::new();
    };
    let line_start = snapshot
        .index()
        .line_start(snapshot.index().line_of(offset))
        .unwrap_or(0);
    let before = &snapshot.text()[line_start..offset];
    let indent = before.len() - before.trim_start().len();
    // The cursor is at the column of the logical IDs, below `Resources:`.
    let first = resources
        .value
        .as_mapping()
        .and_then(|e| e.first())
        .map(|e| {
            e.key_span.start
                - snapshot
                    .index()
                    .line_start(snapshot.index().line_of(e.key_span.start))
                    .unwrap_or(0)
        });
    if offset < resources.key_span.end
        || first.is_some_and(|c| c != indent)
        || (first.is_none() && indent == 0)
    {
        return Vec::new();
    }
    if template
        .root
        .as_mapping()
        .unwrap_or_default()
        .iter()
        .any(|e| {
            e.key != "Resources"
                && e.key_span.start > resources.key_span.start
                && e.key_span.start < offset
        })
    {
        return Vec::new();
    }
    let word = before.trim_start();
    let range = snapshot
        .positions(encoding)
        .range(cfn_fargate_core::Span::new(offset - word.len(), offset));
    let i = " ".repeat(indent);
    let snippet = [
        "${1:App}TaskDefinition:",
        "  Type: AWS::ECS::TaskDefinition",
        "  Properties:",
        "    RequiresCompatibilities: [FARGATE]",
        "    NetworkMode: awsvpc",
        "    Cpu: \"${2:256}\"",
        "    Memory: \"${3:512}\"",
        "    ExecutionRoleArn: !GetAtt ${1:App}ExecutionRole.Arn",
        "    ContainerDefinitions:",
        "      - Name: ${4:app}",
        "        Image: ${5:public.ecr.aws/nginx/nginx:latest}",
        "        PortMappings:",
        "          - ContainerPort: ${6:80}",
        "        LogConfiguration:",
        "          LogDriver: awslogs",
        "          Options:",
        "            awslogs-group: !Ref ${1:App}LogGroup",
        "            awslogs-region: !Ref AWS::Region",
        "            awslogs-stream-prefix: ${4:app}",
        "${1:App}LogGroup:",
        "  Type: AWS::Logs::LogGroup",
        "  Properties:",
        "    RetentionInDays: 30",
        "${1:App}ExecutionRole:",
        "  Type: AWS::IAM::Role",
        "  Properties:",
        "    AssumeRolePolicyDocument:",
        "      Statement:",
        "        - Effect: Allow",
        "          Principal: {Service: ecs-tasks.amazonaws.com}",
        "          Action: sts:AssumeRole",
        "    ManagedPolicyArns:",
        "      - arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy",
        "${1:App}Service:",
        "  Type: AWS::ECS::Service",
        "  Properties:",
        "    LaunchType: FARGATE",
        "    TaskDefinition: !Ref ${1:App}TaskDefinition",
        "    DesiredCount: ${7:2}",
        "    NetworkConfiguration:",
        "      AwsvpcConfiguration:",
        "        Subnets: [${8:subnet-id}]",
        "        SecurityGroups: [${9:security-group-id}]",
    ]
    .iter()
    .enumerate()
    .map(|(n, l)| {
        if n == 0 {
            (*l).to_string()
        } else {
            format!("{i}{l}")
        }
    })
    .collect::<Vec<_>>()
    .join("\n");
    vec![CompletionItem {
        label: "Fargate service".to_string(),
        kind: Some(CompletionItemKind::SNIPPET),
        detail: Some(
            "task definition, execution role, log group and service on Fargate".to_string(),
        ),
        insert_text_format: Some(InsertTextFormat::SNIPPET),
        sort_text: Some("~fargate".to_string()),
        filter_text: Some(format!("{word} Fargate service")),
        text_edit: Some(CompletionTextEdit::Edit(TextEdit {
            range,
            new_text: snippet,
        })),
        ..CompletionItem::default()
    }]
}
