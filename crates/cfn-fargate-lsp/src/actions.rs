//! Code actions: the quick fix of each diagnostic (from its `data`), "Convert service to
//! Fargate", fix-all with safe fixes, and "Ignore CODE here".

use crate::cursor;
use crate::document::Snapshot;
use crate::protocol::{FixData, text_edits};
use cfn_fargate_core::convert;
use cfn_fargate_core::fix::fix_all;
use cfn_fargate_core::{Encoding, Format, Options};
use std::collections::HashMap;
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Diagnostic, NumberOrString, Position, Range,
    TextEdit, Uri, WorkspaceEdit,
};

/// The kind of the fix-all source action.
pub const FIX_ALL: &str = "source.fixAll.cfn-fargate";

fn workspace_edit(uri: &Uri, edits: Vec<TextEdit>) -> WorkspaceEdit {
    let mut changes = HashMap::new();
    changes.insert(uri.clone(), edits);
    WorkspaceEdit {
        changes: Some(changes),
        ..WorkspaceEdit::default()
    }
}

fn wants(only: Option<&[CodeActionKind]>, kind: &CodeActionKind) -> bool {
    only.is_none_or(|only| only.iter().any(|o| kind.as_str().starts_with(o.as_str())))
}

pub fn actions(
    snapshot: &Snapshot,
    uri: &Uri,
    range: Range,
    diagnostics: &[Diagnostic],
    only: Option<&[CodeActionKind]>,
    encoding: Encoding,
    options: &Options,
) -> Vec<CodeActionOrCommand> {
    let mut out = Vec::new();
    let p = snapshot.positions(encoding);
    // Quick fixes carried by the diagnostics of this version.
    if wants(only, &CodeActionKind::QUICKFIX) {
        for d in diagnostics {
            let Some(data) = d
                .data
                .clone()
                .and_then(|v| serde_json::from_value::<FixData>(v).ok())
            else {
                continue;
            };
            if data.version != snapshot.version {
                continue;
            }
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: data.title.clone(),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![d.clone()]),
                edit: Some(workspace_edit(uri, data.edits.clone())),
                is_preferred: Some(data.safe),
                ..CodeAction::default()
            }));
        }
        // "Ignore CODE here": a suppression comment above the line (YAML).
        if snapshot.format == Format::Yaml {
            for d in diagnostics {
                let Some(NumberOrString::String(code)) = &d.code else {
                    continue;
                };
                if code == "SYNTAX" || code == "SUPPRESSION" {
                    continue;
                }
                let line = d.range.start.line;
                let offset = p.offset(Position::new(line, 0));
                let line_text = &snapshot.text()[offset..];
                let indent: String = line_text.chars().take_while(|c| *c == ' ').collect();
                let indent = if line_text.trim_start().starts_with("- ") {
                    format!("{indent}  ")
                } else {
                    indent
                };
                let edit = TextEdit {
                    range: Range::new(Position::new(line, 0), Position::new(line, 0)),
                    new_text: format!("{indent}# cfn-fargate: ignore[{code}] <reason>\n"),
                };
                out.push(
                    CodeAction {
                        title: format!("Ignore {code} here"),
                        kind: Some(CodeActionKind::QUICKFIX),
                        diagnostics: Some(vec![d.clone()]),
                        edit: Some(workspace_edit(uri, vec![edit])),
                        is_preferred: Some(false),
                        ..CodeAction::default()
                    }
                    .into(),
                );
            }
        }
    }
    // Convert the service under the cursor (or the service of the task definition there).
    let rewrite = CodeActionKind::REFACTOR_REWRITE;
    if wants(only, &rewrite)
        && let Some(service) = service_at(snapshot, p.offset(range.start))
    {
        let c = convert::convert(
            snapshot.text(),
            snapshot.format,
            std::slice::from_ref(&service),
        );
        let report = &c.services[0];
        if report.outcome == convert::Outcome::Converted && !c.edits.is_empty() {
            out.push(
                CodeAction {
                    title: format!("Convert service {service} to Fargate"),
                    kind: Some(rewrite.clone()),
                    edit: Some(workspace_edit(uri, text_edits(&p, &c.edits))),
                    ..CodeAction::default()
                }
                .into(),
            );
        }
    }
    // Fix all: safe fixes only.
    let fix_all_kind = CodeActionKind::new(FIX_ALL);
    if only.is_some_and(|o| o.iter().any(|k| FIX_ALL.starts_with(k.as_str()))) || only.is_none() {
        let outcome = fix_all(snapshot.text(), snapshot.format, options, false);
        if !outcome.applied.is_empty() {
            let edits = convert::minimal_edits(snapshot.text(), &outcome.text);
            out.push(
                CodeAction {
                    title: format!(
                        "Fix all safe cfn-fargate problems ({})",
                        outcome.applied.len()
                    ),
                    kind: Some(fix_all_kind),
                    edit: Some(workspace_edit(uri, text_edits(&p, &edits))),
                    ..CodeAction::default()
                }
                .into(),
            );
        }
    }
    out
}

/// The service at `offset`: a service resource there, or the service that uses the task
/// definition or target group there.
fn service_at(snapshot: &Snapshot, offset: usize) -> Option<String> {
    let template = snapshot.analysis().template.as_ref()?;
    let resource = cursor::resource_at(template, offset)?;
    if resource.type_name() == Some("AWS::ECS::Service") {
        return Some(resource.id.to_string());
    }
    template
        .resources_of_type("AWS::ECS::Service")
        .find_map(|svc| {
            let uses = |key: &str| {
                svc.properties()
                    .and_then(|p| p.get(key))
                    .map(|n| cfn_fargate_core::references::resource_targets(template, n))
                    .unwrap_or_default()
                    .iter()
                    .any(|(id, _)| id == resource.id)
            };
            (uses("TaskDefinition") || uses("LoadBalancers")).then(|| svc.id.to_string())
        })
}
