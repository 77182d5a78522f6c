//! Building fixes for findings: each a titled set of edits with its applicability.

use crate::edit::{self, NewValue};
use crate::finding::{Applicability, Edit, Fix};
use crate::rule::Context;
use crate::syntax::Format;
use crate::template::Resource;
use crate::value::{Entry, Node};

fn fix(title: String, applicability: Applicability, edits: Vec<Edit>) -> Fix {
    Fix {
        title,
        applicability,
        edits,
    }
}

/// Add a property to a resource's `Properties` (which must exist and be a mapping).
pub(crate) fn insert_property(
    ctx: &Context<'_>,
    resource: &Resource<'_>,
    key: &str,
    value: &NewValue,
    title: String,
    applicability: Applicability,
) -> Option<Fix> {
    let props = resource.properties()?;
    props.as_mapping()?;
    let e = edit::insert_entry(ctx.text, &ctx.style, props, key, value);
    Some(fix(title, applicability, vec![e]))
}

/// Remove an entry from a mapping.
pub(crate) fn remove_entry(
    ctx: &Context<'_>,
    mapping: &Node,
    entry: &Entry,
    title: String,
    applicability: Applicability,
) -> Fix {
    let e = edit::remove_entry(ctx.text, &ctx.style, mapping, entry);
    fix(title, applicability, vec![e])
}

/// Replace a value.
pub(crate) fn replace_value(
    ctx: &Context<'_>,
    node: &Node,
    value: &NewValue,
    title: String,
    applicability: Applicability,
) -> Fix {
    let e = edit::replace_value(ctx.text, &ctx.style, node, value);
    fix(title, applicability, vec![e])
}

/// Rename a key, keeping its quoting.
pub(crate) fn rename_key(
    ctx: &Context<'_>,
    entry: &Entry,
    new_key: &str,
    title: String,
    applicability: Applicability,
) -> Fix {
    let old = &ctx.text[entry.key_span.start..entry.key_span.end];
    let new_text = match old.chars().next() {
        Some(q @ ('"' | '\'')) => format!("{q}{new_key}{q}"),
        _ if ctx.style.format == Format::Json => format!("\"{new_key}\""),
        _ => new_key.to_string(),
    };
    fix(
        title,
        applicability,
        vec![Edit {
            span: entry.key_span,
            new_text,
        }],
    )
}

/// Whether a node is a literal written in the resource itself (not a parameter or a function), so
/// that replacing its text changes only this resource.
pub(crate) fn is_local_literal(resource: &Resource<'_>, node: &Node) -> bool {
    node.as_scalar().is_some()
        && resource.node.span.start <= node.span.start
        && node.span.end <= resource.node.span.end
}
