//! YAML through saphyr-parser's event stream, with CloudFormation short tags.
//!
//! Short tags become the JSON long form: `!Ref X` is read as `{Ref: X}`, `!GetAtt A.B` as
//! `{"Fn::GetAtt": [A, B]}`, `!Sub "..."` as `{"Fn::Sub": "..."}`, with the tag's span as the key
//! span. Anchors and aliases resolve (with a budget against alias bombs). Plain scalars are typed by
//! the YAML 1.2 core schema, which is how CloudFormation reads them: `yes` and `no` stay strings.
//! On a syntax error every open container is closed where the error is, so the tree keeps what was
//! read before it. Then, when the error lies inside one entry of a top-level block mapping (a
//! resource being typed, say), that entry's lines are blanked and the document read again, so the
//! entries after it are kept too; the broken entry itself is read alone, up to its error.

use super::{Format, MAX_DEPTH, Parsed, SyntaxError};
use crate::span::Span;
use crate::value::{Entry, Node, ScalarKind, Value};
use saphyr_parser::{Event, Parser, ScalarStyle, Tag};
use std::collections::HashMap;

/// An alias may copy nodes, but the whole tree may not grow past this many nodes per byte of text
/// (plus a fixed allowance); past it the document is an alias bomb and is not expanded.
const ALIAS_GROWTH_PER_BYTE: usize = 4;
const ALIAS_ALLOWANCE: usize = 10_000;

/// Parse YAML text. Only the first document is read; a second one is a syntax error.
pub fn parse(text: &str) -> Parsed {
    let first = parse_once(text);
    if first.errors.is_empty() {
        return first;
    }
    recover(text, &first).unwrap_or(first)
}

/// At most this many broken entries are set aside before recovery gives up.
const MAX_RECOVERED: usize = 8;

/// Read past errors that lie inside entries of top-level block mappings: blank each such entry
/// (spaces for every byte but line breaks, so every span stays right), read the document again,
/// then read each blanked entry alone and put what could be read of it back in its place. `None`
/// when an error is not inside such an entry or blanking does not help.
fn recover(text: &str, first: &Parsed) -> Option<Parsed> {
    // Each line with its start offset.
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .scan(0, |at, line| {
            let start = *at;
            *at += line.len();
            Some((start, line))
        })
        .collect();
    let mut masked = text.as_bytes().to_vec();
    let mut regions: Vec<(usize, usize)> = Vec::new();
    // Each error the whole document's reading gave, with the entries it blamed.
    let mut originals: Vec<(SyntaxError, Vec<(usize, usize)>)> = Vec::new();
    let mut error = first.errors.first()?.clone();
    let parsed = loop {
        let blamed = entries_to_blame(text, &lines, error.span.start);
        if blamed.is_empty() {
            return None;
        }
        for &(start, end) in &blamed {
            if regions.iter().any(|(s, e)| start < *e && *s < end) || regions.len() >= MAX_RECOVERED
            {
                return None;
            }
            for b in &mut masked[start..end] {
                if !matches!(*b, b'\n' | b'\r') {
                    *b = b' ';
                }
            }
            regions.push((start, end));
        }
        originals.push((error, blamed));
        // Only ASCII spaces replaced bytes of whole lines, so the text is still UTF-8.
        let again = parse_once(std::str::from_utf8(&masked).ok()?);
        match again.errors.first() {
            None => break again,
            Some(next) => error = next.clone(),
        }
    };
    let mut root = parsed.root?;
    let mut errors = Vec::new();
    // The entries that read with an error alone.
    let mut broken_alone = Vec::new();
    regions.sort_by_key(|r| r.0);
    for (start, end) in regions {
        let alone = parse_once(&text[start..end]);
        if !alone.errors.is_empty() {
            broken_alone.push((start, end));
        }
        errors.extend(alone.errors.into_iter().map(|e| SyntaxError {
            span: Span::new(e.span.start + start, e.span.end + start),
            message: e.message,
        }));
        let Some(Node {
            value: Value::Mapping(entries),
            ..
        }) = alone.root
        else {
            continue;
        };
        let Some(parent) = section_at(&mut root, start) else {
            continue;
        };
        for mut entry in entries {
            entry.offset_spans(start);
            parent.span = parent.span.cover(entry.key_span).cover(entry.value.span);
            let Value::Mapping(siblings) = &mut parent.value else {
                break;
            };
            let at = siblings.partition_point(|e| e.key_span.start < entry.key_span.start);
            siblings.insert(at, entry);
        }
    }
    // An error whose entries all read cleanly alone came from their context: report it as the
    // whole document's reading said it.
    for (error, blamed) in originals {
        if !blamed.iter().any(|r| broken_alone.contains(r)) {
            errors.push(error);
        }
    }
    errors.sort_by_key(|e| e.span.start);
    errors.truncate(super::MAX_ERRORS);
    Some(Parsed {
        format: Format::Yaml,
        root: Some(root),
        errors,
    })
}

/// The entries of top-level block mappings an error at `offset` may come from: the one whose
/// lines hold it, and, when the error is where a line's content starts (where saphyr reports a
/// key missing its colon on the line before, or a bracket left open), the one holding the line
/// before.
fn entries_to_blame(text: &str, lines: &[(usize, &str)], offset: usize) -> Vec<(usize, usize)> {
    let Some(here) = lines
        .partition_point(|(start, _)| *start <= offset)
        .checked_sub(1)
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let (start, line) = lines[here];
    let at_content_start = text[start..offset.min(start + line.len())]
        .bytes()
        .all(|b| b == b' ');
    if at_content_start
        && let Some(before) = (0..here).rev().find(|&i| indent(lines[i].1).is_some())
        && let Some(region) = entry_of_line(lines, before, text.len())
    {
        out.push(region);
    }
    if let Some(region) = entry_of_line(lines, here, text.len())
        && !out.contains(&region)
    {
        out.push(region);
    }
    out
}

/// A line's indentation, or `None` for a blank or comment-only line.
fn indent(line: &str) -> Option<usize> {
    let body = line.trim_start_matches(' ');
    let content = body.trim_end_matches(['\n', '\r']);
    (!content.is_empty() && !content.starts_with('#')).then(|| line.len() - body.len())
}

/// The lines of the entry of a top-level block mapping that holds line `here`: from its key's
/// line to the next line indented no deeper than that key (blank and comment lines aside).
fn entry_of_line(lines: &[(usize, &str)], here: usize, len: usize) -> Option<(usize, usize)> {
    // The top-level key above: the last line at column 0 at or before this one.
    let header = (0..=here).rev().find(|&i| indent(lines[i].1) == Some(0))?;
    let header_text = lines[header].1.trim_end();
    if header == here || header_text.starts_with(['-', '[', '{', '%']) || header_text == "---" {
        return None;
    }
    let child = (header + 1..lines.len()).find_map(|i| indent(lines[i].1))?;
    if child == 0 {
        return None;
    }
    let first = (header + 1..=here)
        .rev()
        .find(|&i| indent(lines[i].1) == Some(child))?;
    let last = (here + 1..lines.len())
        .find(|&i| indent(lines[i].1).is_some_and(|n| n <= child))
        .unwrap_or(lines.len());
    let end = lines.get(last).map_or(len, |(start, _)| *start);
    Some((lines[first].0, end))
}

/// The value of the root entry (a top-level section) whose lines hold `offset`.
fn section_at(root: &mut Node, offset: usize) -> Option<&mut Node> {
    let Value::Mapping(sections) = &mut root.value else {
        return None;
    };
    let i = sections
        .partition_point(|e| e.key_span.start <= offset)
        .checked_sub(1)?;
    let value = &mut sections[i].value;
    match value.value {
        Value::Mapping(_) => Some(value),
        // A section whose only entry was blanked reads as null: it becomes a mapping again.
        Value::Scalar {
            kind: ScalarKind::Null,
            ..
        } => {
            *value = Node {
                span: Span::at(offset),
                value: Value::Mapping(Vec::new()),
            };
            Some(value)
        }
        _ => None,
    }
}

/// One pass of the parser over `text`: the tree up to the first error, without recovery.
pub(crate) fn parse_once(text: &str) -> Parsed {
    let offsets = CharOffsets::new(text);
    let mut builder = Builder {
        text,
        offsets: &offsets,
        stack: Vec::new(),
        skipping: 0,
        root: None,
        anchors: HashMap::new(),
        errors: Vec::new(),
        nodes: 0,
        node_budget: text.len().saturating_mul(ALIAS_GROWTH_PER_BYTE) + ALIAS_ALLOWANCE,
        documents: 0,
        done: false,
    };
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        for event in Parser::new_from_str(text) {
            match event {
                Ok((event, span)) => {
                    let span = offsets.span(span);
                    builder.event(event, span);
                    if builder.done {
                        break;
                    }
                }
                Err(error) => {
                    let at = offsets.byte(error.marker().index());
                    builder.errors.push(SyntaxError {
                        span: Span::at(at),
                        message: describe_scan_error(error.info()),
                    });
                    break;
                }
            }
        }
    }));
    if run.is_err() {
        builder.errors.push(SyntaxError {
            span: Span::at(0),
            message: "the YAML parser failed on this document".to_string(),
        });
    }
    builder.close_all();
    Parsed {
        format: Format::Yaml,
        root: builder.root,
        errors: builder.errors,
    }
}

fn describe_scan_error(info: &str) -> String {
    // saphyr's messages are terse ("mapping values are not allowed in this context"); keep them
    // and say what usually causes them.
    if info.contains("recursion limit") {
        "nesting is too deep; the rest is not read".to_string()
    } else if info.contains("mapping values are not allowed") {
        format!("{info} (check the indentation, or quote a value that contains `: `)")
    } else if info.contains("did not find expected key") || info.contains("invalid indentation") {
        format!("{info} (check the indentation of this line)")
    } else {
        info.to_string()
    }
}

/// saphyr reports positions in characters; the model is in bytes.
struct CharOffsets {
    /// Byte offset of each character, or empty when the text is ASCII (char index = byte offset).
    starts: Vec<usize>,
    len: usize,
}

impl CharOffsets {
    fn new(text: &str) -> CharOffsets {
        let starts = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices().map(|(b, _)| b).collect()
        };
        CharOffsets {
            starts,
            len: text.len(),
        }
    }

    fn byte(&self, char_index: usize) -> usize {
        if self.starts.is_empty() {
            char_index.min(self.len)
        } else {
            self.starts.get(char_index).copied().unwrap_or(self.len)
        }
    }

    fn span(&self, span: saphyr_parser::Span) -> Span {
        let start = self.byte(span.start.index());
        let end = self.byte(span.end.index()).max(start);
        Span::new(start, end)
    }
}

enum Frame {
    Sequence {
        start: usize,
        end: usize,
        items: Vec<Node>,
        anchor: usize,
        tag: Option<ShortTag>,
    },
    Mapping {
        start: usize,
        end: usize,
        entries: Vec<Entry>,
        key: Option<(String, Span)>,
        anchor: usize,
        tag: Option<ShortTag>,
    },
}

/// A CloudFormation short tag, with the span of the `!Name` text.
#[derive(Clone)]
struct ShortTag {
    key: String,
    span: Span,
}

struct Builder<'t> {
    text: &'t str,
    offsets: &'t CharOffsets,
    stack: Vec<Frame>,
    /// Depth of containers being skipped because they are nested too deep.
    skipping: usize,
    root: Option<Node>,
    anchors: HashMap<usize, Node>,
    errors: Vec<SyntaxError>,
    nodes: usize,
    node_budget: usize,
    documents: usize,
    done: bool,
}

impl Builder<'_> {
    fn event(&mut self, event: Event<'_>, span: Span) {
        if self.skipping > 0 {
            match event {
                Event::SequenceStart(..) | Event::MappingStart(..) => self.skipping += 1,
                Event::SequenceEnd | Event::MappingEnd => {
                    self.skipping -= 1;
                    if self.skipping == 0 {
                        self.emit(Node::null(span), 0);
                    }
                }
                _ => {}
            }
            return;
        }
        match event {
            Event::DocumentStart(_) => {
                self.documents += 1;
                if self.documents > 1 {
                    self.errors.push(SyntaxError {
                        span,
                        message: "a template is one YAML document; this starts a second one"
                            .to_string(),
                    });
                    self.done = true;
                }
            }
            Event::Scalar(value, style, anchor, tag) => {
                let tag = tag.as_deref().and_then(|t| self.short_tag(t, span));
                let node = self.scalar(&value, style, tag.as_ref(), span);
                self.nodes += 1;
                let node = wrap(node, tag);
                self.emit(node, anchor);
            }
            Event::SequenceStart(anchor, tag) => {
                if self.stack.len() >= MAX_DEPTH {
                    self.too_deep(span);
                    return;
                }
                let tag = tag.as_deref().and_then(|t| self.short_tag(t, span));
                self.stack.push(Frame::Sequence {
                    start: span.start,
                    end: span.end,
                    items: Vec::new(),
                    anchor,
                    tag,
                });
            }
            Event::MappingStart(anchor, tag) => {
                if self.stack.len() >= MAX_DEPTH {
                    self.too_deep(span);
                    return;
                }
                let tag = tag.as_deref().and_then(|t| self.short_tag(t, span));
                self.stack.push(Frame::Mapping {
                    start: span.start,
                    end: span.end,
                    entries: Vec::new(),
                    key: None,
                    anchor,
                    tag,
                });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                // Flow containers end at their bracket; block ones at their last child.
                let closing = &self.text[span.start..span.end];
                let end = if closing == "]" || closing == "}" {
                    Some(span.end)
                } else {
                    None
                };
                self.close_top(end);
            }
            Event::Alias(id) => {
                let node = match self.anchors.get(&id) {
                    Some(target) => {
                        let size = target.count();
                        if self.nodes + size > self.node_budget {
                            self.errors.push(SyntaxError {
                                span,
                                message:
                                    "aliases expand this document too much; it is not read further"
                                        .to_string(),
                            });
                            self.done = true;
                            return;
                        }
                        self.nodes += size;
                        let mut copy = target.clone();
                        copy.span = span;
                        copy
                    }
                    None => {
                        self.errors.push(SyntaxError {
                            span,
                            message: "this alias names no anchor defined before it".to_string(),
                        });
                        Node::null(span)
                    }
                };
                self.emit(node, 0);
            }
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {}
        }
    }

    fn too_deep(&mut self, span: Span) {
        self.errors.push(SyntaxError {
            span,
            message: format!("nesting is deeper than {MAX_DEPTH} levels; the rest is not read"),
        });
        self.skipping = 1;
    }

    /// The short tag of a CloudFormation intrinsic, with the span of its `!Name` text.
    fn short_tag(&mut self, tag: &Tag, span: Span) -> Option<ShortTag> {
        if tag.handle != "!" || tag.suffix.is_empty() {
            return None;
        }
        let name = tag.suffix.as_str();
        let key = match name {
            "Ref" | "Condition" => name.to_string(),
            _ => format!("Fn::{name}"),
        };
        // The event span may start at an anchor (`&a !Ref x`); find the tag text inside it.
        let region = &self.text[span.start..span.end.max(span.start)];
        let needle = format!("!{name}");
        let tag_span = match region.find(&needle) {
            Some(i) => Span::new(span.start + i, span.start + i + needle.len()),
            None => Span::at(span.start),
        };
        Some(ShortTag {
            key,
            span: tag_span,
        })
    }

    fn scalar(&self, value: &str, style: ScalarStyle, tag: Option<&ShortTag>, span: Span) -> Node {
        // The value's own span starts after a tag (and an anchor) when there is one.
        let span = match tag {
            Some(tag) => {
                let after = &self.text[tag.span.end..span.end.max(tag.span.end)];
                let skipped = after.len() - after.trim_start().len();
                Span::new((tag.span.end + skipped).min(span.end), span.end)
            }
            None => span,
        };
        let kind = if style == ScalarStyle::Plain && tag.is_none() {
            plain_kind(value)
        } else {
            ScalarKind::String
        };
        let text = if kind == ScalarKind::Null { "" } else { value };
        // `!GetAtt A.B` is the list form `[A, B]`.
        if let Some(tag) = tag
            && tag.key == "Fn::GetAtt"
            && let Some((resource, attribute)) = value.split_once('.')
        {
            let plain = &self.text[span.start..span.end] == value;
            let (rs, as_) = if plain {
                let dot = span.start + resource.len();
                (Span::new(span.start, dot), Span::new(dot + 1, span.end))
            } else {
                (span, span)
            };
            return Node {
                span,
                value: Value::Sequence(vec![
                    Node::scalar(resource, ScalarKind::String, rs),
                    Node::scalar(attribute, ScalarKind::String, as_),
                ]),
            };
        }
        Node::scalar(text, kind, span)
    }

    /// Add a finished node to the container on top of the stack, or make it the root.
    fn emit(&mut self, node: Node, anchor: usize) {
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
        match self.stack.last_mut() {
            None => {
                if self.root.is_none() {
                    self.root = Some(node);
                }
            }
            Some(Frame::Sequence { items, end, .. }) => {
                *end = (*end).max(node.span.end);
                items.push(node);
            }
            Some(Frame::Mapping {
                entries, key, end, ..
            }) => {
                *end = (*end).max(node.span.end);
                match key.take() {
                    None => {
                        let text = match &node.value {
                            Value::Scalar { text, .. } => text.clone(),
                            _ => self.text[node.span.start..node.span.end].to_string(),
                        };
                        *key = Some((text, node.span));
                    }
                    Some((key, key_span)) => entries.push(Entry {
                        key,
                        key_span,
                        value: node,
                    }),
                }
            }
        }
    }

    fn close_top(&mut self, closing_end: Option<usize>) {
        let Some(frame) = self.stack.pop() else {
            return;
        };
        let (node, anchor, tag) = match frame {
            Frame::Sequence {
                start,
                end,
                items,
                anchor,
                tag,
            } => {
                let end = closing_end.unwrap_or(end).max(start);
                let node = Node {
                    span: Span::new(start, end),
                    value: Value::Sequence(items),
                };
                (node, anchor, tag)
            }
            Frame::Mapping {
                start,
                end,
                mut entries,
                key,
                anchor,
                tag,
            } => {
                if let Some((key, key_span)) = key {
                    entries.push(Entry {
                        key,
                        key_span,
                        value: Node::null(Span::at(key_span.end)),
                    });
                }
                let end = closing_end.unwrap_or(end).max(start);
                let node = Node {
                    span: Span::new(start, end),
                    value: Value::Mapping(entries),
                };
                (node, anchor, tag)
            }
        };
        self.nodes += 1;
        // A tagged container's span starts at the tag; its value starts after it.
        let node = match &tag {
            Some(tag) => {
                let mut node = node;
                let after = &self.text[tag.span.end..node.span.end.max(tag.span.end)];
                let skipped = after.len() - after.trim_start().len();
                node.span.start = (tag.span.end + skipped).min(node.span.end);
                node
            }
            None => node,
        };
        self.emit(wrap(node, tag), anchor);
    }

    fn close_all(&mut self) {
        self.skipping = 0;
        while !self.stack.is_empty() {
            self.close_top(None);
        }
        let _ = self.offsets;
    }
}

/// Wrap a node in the intrinsic its short tag names.
fn wrap(node: Node, tag: Option<ShortTag>) -> Node {
    match tag {
        None => node,
        Some(tag) => Node {
            span: tag.span.cover(node.span),
            value: Value::Mapping(vec![Entry {
                key: tag.key,
                key_span: tag.span,
                value: node,
            }]),
        },
    }
}

/// The type of an untagged plain scalar under the YAML 1.2 core schema.
fn plain_kind(text: &str) -> ScalarKind {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return ScalarKind::Null,
        "true" | "True" | "TRUE" | "false" | "False" | "FALSE" => return ScalarKind::Bool,
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" | "-.inf" | "-.Inf" | "-.INF"
        | ".nan" | ".NaN" | ".NAN" => return ScalarKind::Number,
        _ => {}
    }
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return ScalarKind::Number;
    }
    if let Some(hex) = text.strip_prefix("0x")
        && !hex.is_empty()
        && hex.bytes().all(|b| b.is_ascii_hexdigit())
    {
        return ScalarKind::Number;
    }
    if let Some(oct) = text.strip_prefix("0o")
        && !oct.is_empty()
        && oct.bytes().all(|b| (b'0'..=b'7').contains(&b))
    {
        return ScalarKind::Number;
    }
    if is_float(digits) {
        return ScalarKind::Number;
    }
    ScalarKind::String
}

fn is_float(s: &str) -> bool {
    // [0-9]*(\.[0-9]*)?([eE][-+]?[0-9]+)? with at least one digit before the exponent.
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (int, frac) = match mantissa.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (mantissa, None),
    };
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || !frac.is_none_or(digits) {
        return false;
    }
    if int.is_empty() && frac.is_none_or(str::is_empty) {
        return false;
    }
    if frac.is_none() && exponent.is_none() {
        return false;
    }
    match exponent {
        None => true,
        Some(e) => {
            let e = e.strip_prefix(['-', '+']).unwrap_or(e);
            !e.is_empty() && digits(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root(text: &str) -> Node {
        let parsed = parse(text);
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        parsed.root.unwrap()
    }

    /// A key being typed in one resource (no colon yet): the resources after it are still read,
    /// the broken one keeps what comes before the error, and the error is where the typing is.
    #[test]
    fn an_error_inside_one_resource_keeps_the_others() {
        let text = "Resources:\n  A:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Cpu: 256\n      Mem\n      NetworkMode: bridge\n  B: # é\n    Type: AWS::ECS::Service\nOutputs:\n  X:\n    Value: 1\n";
        let parsed = parse(text);
        assert_eq!(parsed.errors.len(), 1, "{:?}", parsed.errors);
        let error_line = text[..parsed.errors[0].span.start].matches('\n').count();
        assert!((5..=6).contains(&error_line), "{:?}", parsed.errors);
        let root = parsed.root.unwrap();
        let resources = root.get("Resources").unwrap();
        let keys: Vec<&str> = resources
            .as_mapping()
            .unwrap()
            .iter()
            .map(|e| e.key.as_str())
            .collect();
        assert_eq!(keys, ["A", "B"]);
        let a = resources.get("A").unwrap();
        assert_eq!(
            a.get("Type").unwrap().as_scalar(),
            Some("AWS::ECS::TaskDefinition")
        );
        let b_type = resources.get("B").unwrap().get("Type").unwrap();
        assert_eq!(
            &text[b_type.span.start..b_type.span.end],
            "AWS::ECS::Service"
        );
        assert_eq!(
            root.get("Outputs")
                .unwrap()
                .get("X")
                .unwrap()
                .get("Value")
                .unwrap()
                .as_scalar(),
            Some("1")
        );
    }

    /// Errors in two resources, and one in the only resource of its section.
    #[test]
    fn errors_in_several_resources_and_a_lone_one() {
        let text = "Parameters:\n  P: [\nResources:\n  A:\n    Type: x\n    Bad\n  B:\n    Type: y\n  C:\n    Type: z\n    : :\n  D:\n    Type: w\n";
        let parsed = parse(text);
        assert!(parsed.errors.len() >= 2, "{:?}", parsed.errors);
        let root = parsed.root.unwrap();
        let resources = root.get("Resources").unwrap();
        for id in ["B", "D"] {
            assert!(resources.get(id).is_some(), "{id} in {resources:?}");
        }
        // Whatever was read, every span is inside the text.
        fn spans_ok(n: &Node, len: usize) -> bool {
            n.span.end <= len
                && match &n.value {
                    Value::Scalar { .. } => true,
                    Value::Sequence(items) => items.iter().all(|i| spans_ok(i, len)),
                    Value::Mapping(es) => es
                        .iter()
                        .all(|e| e.key_span.end <= len && spans_ok(&e.value, len)),
                }
        }
        assert!(spans_ok(&root, text.len()));
    }

    #[test]
    fn short_tags_become_long_form_with_spans() {
        let text = "A: !Ref X\nB: !GetAtt Res.Arn\nC: !GetAtt [R, Arn]\nD: !Sub 'a-${X}'\n";
        let r = root(text);
        let a = r.get("A").unwrap();
        let (name, arg) = a.as_intrinsic().unwrap();
        assert_eq!(name, "Ref");
        assert_eq!(arg.as_scalar(), Some("X"));
        assert_eq!(&text[a.span.start..a.span.end], "!Ref X");
        assert_eq!(&text[arg.span.start..arg.span.end], "X");
        let key_span = a.as_mapping().unwrap()[0].key_span;
        assert_eq!(&text[key_span.start..key_span.end], "!Ref");
        let (name, arg) = r.get("B").unwrap().as_intrinsic().unwrap();
        assert_eq!(name, "Fn::GetAtt");
        let parts = arg.as_sequence().unwrap();
        assert_eq!(parts[0].as_scalar(), Some("Res"));
        assert_eq!(&text[parts[1].span.start..parts[1].span.end], "Arn");
        let (_, arg) = r.get("C").unwrap().as_intrinsic().unwrap();
        assert_eq!(arg.as_sequence().unwrap().len(), 2);
        let (name, arg) = r.get("D").unwrap().as_intrinsic().unwrap();
        assert_eq!(name, "Fn::Sub");
        assert_eq!(arg.as_scalar(), Some("a-${X}"));
    }

    #[test]
    fn core_schema_types() {
        let r = root("a: 512\nb: '512'\nc: yes\nd: true\ne: ~\nf: 1.5\ng: 1 vCPU\n");
        let kind = |k: &str| match &r.get(k).unwrap().value {
            Value::Scalar { kind, .. } => *kind,
            _ => unreachable!(),
        };
        assert_eq!(kind("a"), ScalarKind::Number);
        assert_eq!(kind("b"), ScalarKind::String);
        assert_eq!(kind("c"), ScalarKind::String);
        assert_eq!(kind("d"), ScalarKind::Bool);
        assert_eq!(kind("e"), ScalarKind::Null);
        assert_eq!(kind("f"), ScalarKind::Number);
        assert_eq!(kind("g"), ScalarKind::String);
        assert_eq!(
            r.get("a").unwrap().as_scalar(),
            r.get("b").unwrap().as_scalar()
        );
    }

    #[test]
    fn anchors_and_aliases_resolve() {
        let r = root("a: &x {k: v}\nb: *x\n");
        assert_eq!(r.get("b").unwrap().get("k").unwrap().as_scalar(), Some("v"));
    }

    #[test]
    fn spans_are_bytes_after_non_ascii() {
        let text = "# é😀\nK: \"日本\"\nV: x\n";
        let r = root(text);
        let v = r.get("V").unwrap();
        assert_eq!(&text[v.span.start..v.span.end], "x");
        let k = r.get("K").unwrap();
        assert_eq!(&text[k.span.start..k.span.end], "\"日本\"");
    }

    #[test]
    fn broken_indentation_keeps_the_part_before_it() {
        let parsed = parse("Resources:\n  A:\n    Type: X\n   B: y\n");
        assert!(!parsed.errors.is_empty());
        let root = parsed.root.unwrap();
        assert!(root.get("Resources").unwrap().get("A").is_some());
    }

    #[test]
    fn alias_bomb_is_stopped() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        let mut prev = 'a';
        for c in 'b'..='k' {
            text.push_str(&format!("{c}: &{c} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
            prev = c;
        }
        let parsed = parse(&text);
        assert!(parsed.errors.iter().any(|e| e.message.contains("aliases")));
    }

    #[test]
    fn deep_nesting_is_cut_off() {
        let text = format!("{}x{}", "[".repeat(5000), "]".repeat(5000));
        let parsed = parse(&text);
        assert!(parsed.errors.iter().any(|e| e.message.contains("nesting")));
        let mut text = String::new();
        for i in 0..1000 {
            text.push_str(&" ".repeat(i));
            text.push_str("k:\n");
        }
        let parsed = parse(&text);
        assert!(parsed.errors.iter().any(|e| e.message.contains("nesting")));
    }
}
