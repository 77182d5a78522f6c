//! Parsing JSON and YAML text into the [`Node`](crate::value::Node) tree.
//!
//! Parsing never fails: broken input gives the part of the tree that could be recovered plus
//! syntax errors with spans. JSON goes through tree-sitter-json; YAML through saphyr-parser, a
//! pure-Rust event parser (see docs/architecture.md for why not tree-sitter-yaml).

pub mod json;
pub mod yaml;

use crate::span::Span;
use crate::value::Node;

/// Containers nested deeper than this are cut off with a syntax error. CloudFormation templates
/// nest a few dozen levels at most; the limit keeps every recursive walk of the tree shallow.
pub const MAX_DEPTH: usize = 128;

/// At most this many syntax errors are reported per document.
pub const MAX_ERRORS: usize = 50;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Json,
    Yaml,
}

impl Format {
    /// Guess the format from the text: JSON documents start with `{` (after white space).
    pub fn detect(text: &str) -> Format {
        let trimmed = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
        if trimmed.starts_with('{') {
            Format::Json
        } else {
            Format::Yaml
        }
    }

    /// The format a file name implies, if its extension says.
    pub fn from_path(path: &str) -> Option<Format> {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".json") {
            Some(Format::Json)
        } else if lower.ends_with(".yaml") || lower.ends_with(".yml") {
            Some(Format::Yaml)
        } else {
            None
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub span: Span,
    pub message: String,
}

#[derive(Clone, Debug)]
pub struct Parsed {
    pub format: Format,
    /// The document's value; `None` for an empty document.
    pub root: Option<Node>,
    pub errors: Vec<SyntaxError>,
}

/// Parse `text` in `format`.
pub fn parse(text: &str, format: Format) -> Parsed {
    match format {
        Format::Json => json::parse(text),
        Format::Yaml => yaml::parse(text),
    }
}

/// A short, single-line rendering of source text for messages.
pub(crate) fn snippet(text: &str) -> String {
    let first_line = text.lines().next().unwrap_or("").trim();
    let mut out: String = first_line.chars().take(24).collect();
    if out.len() < first_line.len() {
        out.push('…');
    }
    out
}
