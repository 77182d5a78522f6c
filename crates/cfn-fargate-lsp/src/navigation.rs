//! Go to definition, find references, rename logical IDs, and the document outline.

use crate::document::Snapshot;
use cfn_fargate_core::Encoding;
use cfn_fargate_core::references::{Reference, ReferenceKind, all_references};
use cfn_fargate_core::span::Span;
use cfn_fargate_core::template::Template;
use cfn_fargate_core::value::Node;
use std::collections::HashMap;
use tower_lsp_server::ls_types::{
    DocumentSymbol, Location, SymbolKind, TextEdit, Uri, WorkspaceEdit,
};

/// Where a name is defined: a resource, parameter, condition or mapping key.
fn definition_span(template: &Template, kind: ReferenceKind, name: &str) -> Option<Span> {
    let section = |s: &str| {
        template
            .root
            .get(s)?
            .as_mapping()?
            .iter()
            .rev()
            .find(|e| e.key == name)
            .map(|e| e.key_span)
    };
    match kind {
        ReferenceKind::Condition => section("Conditions"),
        ReferenceKind::FindInMap => section("Mappings"),
        _ => template
            .resource(name)
            .map(|r| r.id_span)
            .or_else(|| template.parameter(name).map(|p| p.id_span)),
    }
}

/// The precise span of the name inside a reference (for `${X}` in a Sub string, the `X`).
fn name_spans(text: &str, r: &Reference) -> Vec<Span> {
    let slice = &text[r.span.start..r.span.end];
    match r.kind {
        ReferenceKind::Sub => {
            let mut out = Vec::new();
            let mut from = 0;
            while let Some(i) = slice[from..].find("${") {
                let start = from + i + 2;
                let rest = &slice[start..];
                let end = rest.find(['}', '.']).unwrap_or(rest.len());
                if rest[..end].trim() == r.target {
                    out.push(Span::new(r.span.start + start, r.span.start + start + end));
                }
                from = start;
            }
            out
        }
        _ => match slice.find(r.target.as_str()) {
            Some(i) => vec![Span::new(
                r.span.start + i,
                r.span.start + i + r.target.len(),
            )],
            None => Vec::new(),
        },
    }
}

/// The name under the cursor: a reference, or a definition key.
fn name_at(snapshot: &Snapshot, offset: usize) -> Option<(String, ReferenceKind)> {
    let template = snapshot.analysis().template.as_ref()?;
    for r in all_references(template) {
        if name_spans(snapshot.text(), &r)
            .iter()
            .any(|s| s.start <= offset && offset <= s.end)
        {
            let kind = match r.kind {
                ReferenceKind::Condition | ReferenceKind::FindInMap => r.kind,
                _ => ReferenceKind::Ref,
            };
            return Some((r.target, kind));
        }
    }
    for (section, kind) in [
        ("Resources", ReferenceKind::Ref),
        ("Parameters", ReferenceKind::Ref),
        ("Conditions", ReferenceKind::Condition),
        ("Mappings", ReferenceKind::FindInMap),
    ] {
        for e in template
            .root
            .get(section)
            .and_then(Node::as_mapping)
            .unwrap_or_default()
        {
            if e.key_span.start <= offset && offset <= e.key_span.end {
                return Some((e.key.clone(), kind));
            }
        }
    }
    None
}

fn same_kind(a: ReferenceKind, b: ReferenceKind) -> bool {
    let group = |k| match k {
        ReferenceKind::Condition => 1,
        ReferenceKind::FindInMap => 2,
        _ => 0,
    };
    group(a) == group(b)
}

pub fn definition(
    snapshot: &Snapshot,
    uri: &Uri,
    offset: usize,
    encoding: Encoding,
) -> Option<Location> {
    let template = snapshot.analysis().template.as_ref()?;
    let (name, kind) = name_at(snapshot, offset)?;
    let span = definition_span(template, kind, &name)?;
    Some(Location {
        uri: uri.clone(),
        range: snapshot.positions(encoding).range(span),
    })
}

/// Every mention of the name under the cursor (the definition included when asked).
fn mentions(
    snapshot: &Snapshot,
    offset: usize,
    include_definition: bool,
) -> Option<(String, Vec<Span>)> {
    let template = snapshot.analysis().template.as_ref()?;
    let (name, kind) = name_at(snapshot, offset)?;
    let mut spans = Vec::new();
    if include_definition {
        spans.extend(definition_span(template, kind, &name));
    }
    for r in all_references(template) {
        let rk = match r.kind {
            ReferenceKind::Condition | ReferenceKind::FindInMap => r.kind,
            _ => ReferenceKind::Ref,
        };
        if r.target == name && same_kind(rk, kind) {
            spans.extend(name_spans(snapshot.text(), &r));
        }
    }
    spans.sort();
    spans.dedup();
    Some((name, spans))
}

pub fn references(
    snapshot: &Snapshot,
    uri: &Uri,
    offset: usize,
    include_declaration: bool,
    encoding: Encoding,
) -> Vec<Location> {
    let p = snapshot.positions(encoding);
    mentions(snapshot, offset, include_declaration)
        .map(|(_, spans)| {
            spans
                .into_iter()
                .map(|s| Location {
                    uri: uri.clone(),
                    range: p.range(s),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Rename a logical ID, parameter, condition or mapping everywhere, `${X}` in Sub strings too.
pub fn rename(
    snapshot: &Snapshot,
    uri: &Uri,
    offset: usize,
    new_name: &str,
    encoding: Encoding,
) -> Result<WorkspaceEdit, String> {
    if new_name.is_empty() || !new_name.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(format!(
            "`{new_name}` is not a logical ID: use letters and digits only"
        ));
    }
    let (name, spans) = mentions(snapshot, offset, true).ok_or("nothing to rename here")?;
    if let Some(template) = &snapshot.analysis().template
        && (template.resource(new_name).is_some() || template.parameter(new_name).is_some())
    {
        return Err(format!("`{new_name}` is already used in this template"));
    }
    let p = snapshot.positions(encoding);
    let edits: Vec<TextEdit> = spans
        .into_iter()
        .map(|s| {
            let old = &snapshot.text()[s.start..s.end];
            // Keep the quotes of a JSON key.
            let new_text = old.replacen(&name, new_name, 1);
            TextEdit {
                range: p.range(s),
                new_text,
            }
        })
        .collect();
    let mut changes = HashMap::new();
    changes.insert(uri.clone(), edits);
    Ok(WorkspaceEdit {
        changes: Some(changes),
        ..WorkspaceEdit::default()
    })
}

/// The outline: Parameters, Resources (with their types), Conditions, Mappings, Outputs.
#[allow(deprecated)]
pub fn symbols(snapshot: &Snapshot, encoding: Encoding) -> Vec<DocumentSymbol> {
    let Some(root) = snapshot.analysis().template.as_ref().map(|t| &t.root) else {
        return Vec::new();
    };
    let p = snapshot.positions(encoding);
    let mut out = Vec::new();
    for (section, kind) in [
        ("Parameters", SymbolKind::VARIABLE),
        ("Mappings", SymbolKind::OBJECT),
        ("Conditions", SymbolKind::BOOLEAN),
        ("Resources", SymbolKind::CLASS),
        ("Outputs", SymbolKind::PROPERTY),
    ] {
        let Some(entry) = root.entry(section) else {
            continue;
        };
        let children: Vec<DocumentSymbol> = entry
            .value
            .as_mapping()
            .unwrap_or_default()
            .iter()
            .map(|e| DocumentSymbol {
                name: e.key.clone(),
                detail: e
                    .value
                    .get("Type")
                    .and_then(Node::as_scalar)
                    .map(str::to_string),
                kind,
                tags: None,
                deprecated: None,
                range: p.range(e.key_span.cover(e.value.span)),
                selection_range: p.range(e.key_span),
                children: None,
            })
            .collect();
        out.push(DocumentSymbol {
            name: section.to_string(),
            detail: None,
            kind: SymbolKind::NAMESPACE,
            tags: None,
            deprecated: None,
            range: p.range(entry.key_span.cover(entry.value.span)),
            selection_range: p.range(entry.key_span),
            children: Some(children),
        });
    }
    out
}
