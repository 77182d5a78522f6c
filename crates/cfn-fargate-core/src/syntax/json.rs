//! JSON through tree-sitter-json, with recovery.
//!
//! tree-sitter wraps what it cannot parse in ERROR nodes: a missing comma wraps one pair, a
//! document cut off before its closing braces becomes one flat ERROR of tokens. Both cases go
//! through the same small recursive-descent pass over "items" (finished values, pairs and
//! punctuation), so a container's children and the contents of an ERROR node are read alike and
//! the partial tree keeps every pair that can be recovered.

use super::{Format, MAX_DEPTH, MAX_ERRORS, Parsed, SyntaxError, snippet};
use crate::span::Span;
use crate::value::{Entry, Node, ScalarKind, Value};

/// Parse JSON text.
pub fn parse(text: &str) -> Parsed {
    let Some(tree) = parse_tree(text, None) else {
        return Parsed {
            format: Format::Json,
            root: None,
            errors: vec![SyntaxError {
                span: Span::at(0),
                message: "the JSON parser gave up on this document".to_string(),
            }],
        };
    };
    convert(&tree, text)
}

/// Parse with tree-sitter, reusing `old_tree` (already edited) for an incremental parse.
pub fn parse_tree(text: &str, old_tree: Option<&tree_sitter::Tree>) -> Option<tree_sitter::Tree> {
    let mut parser = tree_sitter::Parser::new();
    parser
        .set_language(&tree_sitter_json::LANGUAGE.into())
        .ok()?;
    parser.parse(text, old_tree)
}

/// Build the value tree and syntax errors from a tree-sitter tree of `text`.
pub fn convert(tree: &tree_sitter::Tree, text: &str) -> Parsed {
    let mut conv = Converter {
        text,
        errors: Vec::new(),
        depth_reported: false,
    };
    let root_node = tree.root_node();
    let items = conv.items_of(root_node, 0);
    let mut reader = ItemReader { items, pos: 0 };
    let root = conv.read_value(&mut reader, 0);
    let mut errors = syntax_errors(root_node, text);
    errors.append(&mut conv.errors);
    if root.is_none() && !text.trim().is_empty() && errors.is_empty() {
        errors.push(SyntaxError {
            span: Span::new(0, text.len()),
            message: "expected a JSON object".to_string(),
        });
    }
    errors.sort_by_key(|e| e.span.start);
    errors.truncate(MAX_ERRORS);
    Parsed {
        format: Format::Json,
        root,
        errors,
    }
}

/// The resource pair (a pair of the top-level `Resources` object) that starts at `start`, and how
/// many named children (pairs, and comments if any) `Resources` holds. Walks down to the byte and
/// up through the parents, so the cost does not grow with the number of resources.
pub(crate) fn resource_pair_at<'t>(
    tree: &'t tree_sitter::Tree,
    text: &str,
    start: usize,
) -> Option<(tree_sitter::Node<'t>, usize)> {
    let mut pair = tree.root_node().descendant_for_byte_range(start, start)?;
    while pair.kind() != "pair" || pair.start_byte() != start {
        pair = pair.parent()?;
    }
    let resources = pair.parent().filter(|o| o.kind() == "object")?;
    let section = resources.parent().filter(|p| p.kind() == "pair")?;
    let key = section.child_by_field_name("key")?;
    let root = section.parent().filter(|o| o.kind() == "object")?;
    let is_top = root.parent().is_some_and(|d| d.kind() == "document");
    if !is_top || text.get(key.byte_range()) != Some("\"Resources\"") {
        return None;
    }
    Some((pair, resources.named_child_count()))
}

/// Convert the pair of one resource inside `Resources`, at the depth a whole-document conversion
/// reaches it (document 0, root object 1, `Resources` value 3). `None` when the conversion reports
/// an error (nesting too deep).
pub(crate) fn convert_resource_pair(node: tree_sitter::Node<'_>, text: &str) -> Option<Entry> {
    let mut conv = Converter {
        text,
        errors: Vec::new(),
        depth_reported: false,
    };
    let entry = conv.pair(node, 3)?;
    conv.errors.is_empty().then_some(entry)
}

enum Item {
    Value(Node),
    Pair(Entry),
    Punct(u8, Span),
}

struct ItemReader {
    items: Vec<Item>,
    pos: usize,
}

impl ItemReader {
    fn peek(&self) -> Option<&Item> {
        self.items.get(self.pos)
    }

    fn take(&mut self) -> Option<Item> {
        let slot = self.items.get_mut(self.pos)?;
        self.pos += 1;
        Some(std::mem::replace(slot, Item::Punct(b' ', Span::default())))
    }

    fn peek_punct(&self) -> Option<u8> {
        match self.peek() {
            Some(Item::Punct(c, _)) => Some(*c),
            _ => None,
        }
    }
}

struct Converter<'t> {
    text: &'t str,
    errors: Vec<SyntaxError>,
    depth_reported: bool,
}

impl Converter<'_> {
    fn too_deep(&mut self, span: Span) -> Node {
        if !self.depth_reported {
            self.depth_reported = true;
            self.errors.push(SyntaxError {
                span,
                message: format!("nesting is deeper than {MAX_DEPTH} levels; the rest is not read"),
            });
        }
        Node::null(span)
    }

    /// The items a node contributes to its parent: itself as a finished value, or (for ERROR
    /// nodes, the document and containers) its children's items.
    fn items_of(&mut self, node: tree_sitter::Node<'_>, depth: usize) -> Vec<Item> {
        let mut out = Vec::new();
        let mut cursor = node.walk();
        for child in node.children(&mut cursor) {
            self.push_item(child, depth, &mut out);
        }
        out
    }

    fn push_item(&mut self, node: tree_sitter::Node<'_>, depth: usize, out: &mut Vec<Item>) {
        let span = Span::new(node.start_byte(), node.end_byte());
        if node.is_missing() {
            // A token tree-sitter inserted; it has no text. Closing brackets still matter to
            // the structure, the rest (quotes, commas) does not.
            if let Some(c @ (b'}' | b']')) = node.kind().bytes().next() {
                out.push(Item::Punct(c, span));
            }
            return;
        }
        match node.kind() {
            "comment" => {}
            "ERROR" => {
                if depth > MAX_DEPTH {
                    let null = self.too_deep(span);
                    out.push(Item::Value(null));
                    return;
                }
                let mut cursor = node.walk();
                for child in node.children(&mut cursor) {
                    self.push_item(child, depth + 1, out);
                }
            }
            "pair" => {
                if let Some(entry) = self.pair(node, depth) {
                    out.push(Item::Pair(entry));
                }
            }
            "{" | "}" | "[" | "]" | ":" | "," => {
                out.push(Item::Punct(node.kind().as_bytes()[0], span));
            }
            _ => {
                if let Some(value) = self.value(node, depth) {
                    out.push(Item::Value(value));
                }
            }
        }
    }

    fn pair(&mut self, node: tree_sitter::Node<'_>, depth: usize) -> Option<Entry> {
        let key_node = node.child_by_field_name("key")?;
        if key_node.is_missing() {
            return None;
        }
        let key_span = Span::new(key_node.start_byte(), key_node.end_byte());
        let key = match self.value(key_node, depth)?.value {
            Value::Scalar { text, .. } => text,
            _ => self.text[key_span.start..key_span.end].to_string(),
        };
        let value = match node.child_by_field_name("value") {
            Some(v) if !v.is_missing() => self.value(v, depth + 1),
            _ => None,
        }
        .unwrap_or_else(|| Node::null(Span::at(node.end_byte())));
        Some(Entry {
            key,
            key_span,
            value,
        })
    }

    fn value(&mut self, node: tree_sitter::Node<'_>, depth: usize) -> Option<Node> {
        let span = Span::new(node.start_byte(), node.end_byte());
        let raw = &self.text[span.start..span.end];
        let scalar = |text: &str, kind| Some(Node::scalar(text, kind, span));
        match node.kind() {
            "string" => Some(Node::scalar(decode_string(raw), ScalarKind::String, span)),
            "number" => scalar(raw, ScalarKind::Number),
            "true" => scalar("true", ScalarKind::Bool),
            "false" => scalar("false", ScalarKind::Bool),
            "null" => scalar("", ScalarKind::Null),
            "object" | "array" | "document" | "ERROR" => {
                if depth > MAX_DEPTH {
                    return Some(self.too_deep(span));
                }
                let items = self.items_of(node, depth + 1);
                let mut reader = ItemReader { items, pos: 0 };
                self.read_value(&mut reader, depth + 1)
            }
            _ => None,
        }
    }

    /// Read one value from the items, skipping stray punctuation.
    fn read_value(&mut self, r: &mut ItemReader, depth: usize) -> Option<Node> {
        loop {
            match r.peek()? {
                Item::Punct(b'{', _) => return Some(self.read_container(r, depth, true)),
                Item::Punct(b'[', _) => return Some(self.read_container(r, depth, false)),
                Item::Punct(..) => {
                    r.pos += 1;
                }
                Item::Value(_) => match r.take() {
                    Some(Item::Value(node)) => return Some(node),
                    _ => return None,
                },
                Item::Pair(_) => match r.take() {
                    Some(Item::Pair(entry)) => {
                        let span = entry.key_span.cover(entry.value.span);
                        return Some(Node {
                            span,
                            value: Value::Mapping(vec![entry]),
                        });
                    }
                    _ => return None,
                },
            }
        }
    }

    /// Read an object or array that starts at the current `{` or `[` item. An unclosed container
    /// ends where the items end.
    fn read_container(&mut self, r: &mut ItemReader, depth: usize, object: bool) -> Node {
        let Some(Item::Punct(_, open)) = r.take() else {
            return Node::null(Span::default());
        };
        if depth > MAX_DEPTH {
            // Skip to the end of the items: the rest of this region is not read.
            r.pos = r.items.len();
            return self.too_deep(open);
        }
        let close = if object { b'}' } else { b']' };
        let mut end = open.end;
        let mut entries = Vec::new();
        let mut elements = Vec::new();
        loop {
            match r.peek() {
                None => break,
                Some(Item::Punct(c, span)) if *c == close => {
                    end = span.end;
                    r.pos += 1;
                    break;
                }
                Some(Item::Punct(b'}' | b']', _)) => {
                    // A closing bracket of the other kind: this container ends here.
                    break;
                }
                Some(Item::Punct(b',' | b':', _)) => r.pos += 1,
                Some(Item::Pair(_)) => {
                    if let Some(Item::Pair(entry)) = r.take() {
                        end = end.max(entry.value.span.end);
                        if object {
                            entries.push(entry);
                        } else {
                            elements.push(Node {
                                span: entry.key_span.cover(entry.value.span),
                                value: Value::Mapping(vec![entry]),
                            });
                        }
                    }
                }
                Some(_) => {
                    let Some(value) = self.read_value(r, depth + 1) else {
                        break;
                    };
                    end = end.max(value.span.end);
                    if !object {
                        elements.push(value);
                        continue;
                    }
                    // In an object a bare value is a key; a value follows its colon.
                    let Value::Scalar {
                        text: key,
                        kind: ScalarKind::String,
                    } = value.value
                    else {
                        continue;
                    };
                    let key_span = value.span;
                    let value = if r.peek_punct() == Some(b':') {
                        r.pos += 1;
                        let value_missing = r.peek().is_none()
                            || matches!(r.peek_punct(), Some(b',' | b'}' | b']'));
                        if value_missing {
                            Node::null(Span::at(key_span.end))
                        } else {
                            self.read_value(r, depth + 1)
                                .unwrap_or_else(|| Node::null(Span::at(key_span.end)))
                        }
                    } else {
                        Node::null(Span::at(key_span.end))
                    };
                    end = end.max(value.span.end);
                    entries.push(Entry {
                        key,
                        key_span,
                        value,
                    });
                }
            }
        }
        let span = Span::new(open.start, end);
        if object {
            Node {
                span,
                value: Value::Mapping(entries),
            }
        } else {
            Node {
                span,
                value: Value::Sequence(elements),
            }
        }
    }
}

/// The value of a JSON string literal (with its quotes); malformed escapes keep their raw text.
fn decode_string(raw: &str) -> String {
    if let Ok(s) = serde_json::from_str::<String>(raw) {
        return s;
    }
    let inner = raw.strip_prefix('"').unwrap_or(raw);
    inner.strip_suffix('"').unwrap_or(inner).to_string()
}

/// Every ERROR and MISSING node of the tree, as syntax errors.
fn syntax_errors(root: tree_sitter::Node<'_>, text: &str) -> Vec<SyntaxError> {
    let mut errors = Vec::new();
    if !root.has_error() {
        return errors;
    }
    let mut cursor = root.walk();
    'walk: loop {
        let node = cursor.node();
        let mut descend = node.has_error();
        if node.is_missing() {
            let at = node.start_byte();
            errors.push(SyntaxError {
                span: Span::at(at),
                message: format!("missing `{}`", node.kind()),
            });
            descend = false;
        } else if node.is_error() {
            let span = Span::new(node.start_byte(), node.end_byte());
            let first = first_token(node, text);
            let message = if text[span.end..].trim().is_empty() && starts_container(&first) {
                format!(
                    "`{}` is not closed before the end of the file",
                    snippet(&first)
                )
            } else {
                format!("unexpected `{}`", snippet(&first))
            };
            errors.push(SyntaxError { span, message });
            descend = false;
        }
        if errors.len() >= MAX_ERRORS {
            break;
        }
        if descend && cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                continue 'walk;
            }
            if !cursor.goto_parent() {
                break 'walk;
            }
        }
    }
    errors
}

fn starts_container(token: &str) -> bool {
    token == "{" || token == "["
}

fn first_token(node: tree_sitter::Node<'_>, text: &str) -> String {
    let mut n = node;
    while let Some(child) = n.child(0) {
        n = child;
    }
    let span = n.start_byte()..n.end_byte().max(n.start_byte());
    let t = &text[span];
    if t.is_empty() {
        text[node.start_byte()..node.end_byte()].to_string()
    } else {
        t.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(node: &Node) -> Vec<&str> {
        node.as_mapping()
            .unwrap()
            .iter()
            .map(|e| e.key.as_str())
            .collect()
    }

    #[test]
    fn spans_of_keys_and_values() {
        let text = r#"{"a": "x\u00e9", "b": [1, true, null]}"#;
        let parsed = parse(text);
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        let root = parsed.root.unwrap();
        let a = root.entry("a").unwrap();
        assert_eq!(&text[a.key_span.start..a.key_span.end], "\"a\"");
        assert_eq!(a.value.as_scalar(), Some("xé"));
        let b = root.get("b").unwrap().as_sequence().unwrap();
        assert_eq!(b.len(), 3);
        assert_eq!(&text[b[1].span.start..b[1].span.end], "true");
        assert!(b[2].is_null());
    }

    #[test]
    fn missing_comma_keeps_both_pairs() {
        let parsed = parse(r#"{"a": 1 "b": 2}"#);
        assert!(!parsed.errors.is_empty());
        assert_eq!(keys(parsed.root.as_ref().unwrap()), ["a", "b"]);
    }

    #[test]
    fn truncated_document_keeps_what_was_typed() {
        let text = r#"{"Resources": {"Svc": {"Type": "AWS::ECS::Service", "Properties": {"LaunchType": "FARGATE""#;
        let parsed = parse(text);
        assert!(!parsed.errors.is_empty());
        let root = parsed.root.unwrap();
        let svc = root.get("Resources").unwrap().get("Svc").unwrap();
        assert_eq!(
            svc.get("Type").unwrap().as_scalar(),
            Some("AWS::ECS::Service")
        );
        let lt = svc.get("Properties").unwrap().get("LaunchType").unwrap();
        assert_eq!(lt.as_scalar(), Some("FARGATE"));
        assert_eq!(&text[lt.span.start..lt.span.end], "\"FARGATE\"");
    }

    #[test]
    fn half_typed_key_and_value() {
        for text in [
            r#"{"a": "#,
            r#"{"a""#,
            r#"{"a": 1, "#,
            "{",
            "[",
            "",
            "}",
            "]]]",
            "\"x",
            "{\"a\": [1, ",
        ] {
            let parsed = parse(text);
            if !text.is_empty() {
                assert!(!parsed.errors.is_empty(), "{text:?}");
            }
        }
    }

    #[test]
    fn deep_nesting_is_cut_off_with_an_error() {
        let depth = 20_000;
        let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let parsed = parse(&text);
        assert!(parsed.errors.iter().any(|e| e.message.contains("nesting")));
        let text = format!("{{\"a\": {}", "{\"b\": ".repeat(depth));
        let parsed = parse(&text);
        assert!(!parsed.errors.is_empty());
    }
}
