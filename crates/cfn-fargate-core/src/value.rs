//! The syntax-independent value tree that both JSON and YAML parse into.
//!
//! Every node keeps the byte span of its text. YAML short tags are rewritten to the JSON long form
//! (`!Ref X` becomes a one-entry mapping `Ref: X` whose key span is the tag), so everything above
//! this module sees one shape for intrinsic functions.

use crate::span::Span;

/// What kind of scalar a value is, the way CloudFormation reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScalarKind {
    String,
    Number,
    Bool,
    Null,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub span: Span,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A scalar: its decoded text and its kind. `512` and `"512"` both have the text `512`.
    Scalar {
        text: String,
        kind: ScalarKind,
    },
    Sequence(Vec<Node>),
    Mapping(Vec<Entry>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub key: String,
    pub key_span: Span,
    pub value: Node,
}

impl Entry {
    /// Add `base` to every span of the entry (one read from a slice of the text that starts at
    /// `base`).
    pub(crate) fn offset_spans(&mut self, base: usize) {
        let shift = |s: Span| Span::new(s.start + base, s.end + base);
        self.key_span = shift(self.key_span);
        let mut stack = vec![&mut self.value];
        while let Some(n) = stack.pop() {
            n.span = shift(n.span);
            match &mut n.value {
                Value::Scalar { .. } => {}
                Value::Sequence(items) => stack.extend(items.iter_mut()),
                Value::Mapping(entries) => {
                    for e in entries {
                        e.key_span = shift(e.key_span);
                        stack.push(&mut e.value);
                    }
                }
            }
        }
    }
}

impl Node {
    pub fn scalar(text: impl Into<String>, kind: ScalarKind, span: Span) -> Node {
        Node {
            span,
            value: Value::Scalar {
                text: text.into(),
                kind,
            },
        }
    }

    /// The value as JSON (spans dropped): numbers, booleans and null keep their kind.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match &self.value {
            Value::Scalar { text, kind } => match kind {
                ScalarKind::Null => J::Null,
                ScalarKind::Bool => J::Bool(text == "true"),
                ScalarKind::Number => serde_json::from_str(text)
                    .ok()
                    .filter(J::is_number)
                    .unwrap_or_else(|| J::String(text.clone())),
                ScalarKind::String => J::String(text.clone()),
            },
            Value::Sequence(items) => J::Array(items.iter().map(Node::to_json).collect()),
            Value::Mapping(entries) => J::Object(
                entries
                    .iter()
                    .map(|e| (e.key.clone(), e.value.to_json()))
                    .collect(),
            ),
        }
    }

    pub fn null(span: Span) -> Node {
        Node::scalar("", ScalarKind::Null, span)
    }

    /// The text of a scalar that is not null.
    pub fn as_scalar(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar {
                kind: ScalarKind::Null,
                ..
            } => None,
            Value::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(
            &self.value,
            Value::Scalar {
                kind: ScalarKind::Null,
                ..
            }
        )
    }

    pub fn as_mapping(&self) -> Option<&[Entry]> {
        match &self.value {
            Value::Mapping(entries) => Some(entries),
            _ => None,
        }
    }

    pub fn as_sequence(&self) -> Option<&[Node]> {
        match &self.value {
            Value::Sequence(items) => Some(items),
            _ => None,
        }
    }

    /// The entry for `key` in a mapping. When a key repeats, the last one wins, as it does for
    /// CloudFormation's JSON parser.
    pub fn entry(&self, key: &str) -> Option<&Entry> {
        self.as_mapping()?.iter().rev().find(|e| e.key == key)
    }

    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|e| &e.value)
    }

    /// When this node is an intrinsic function or `Ref` (a one-entry mapping whose key is `Ref`,
    /// `Condition` or starts with `Fn::`), its name and argument.
    pub fn as_intrinsic(&self) -> Option<(&str, &Node)> {
        let [entry] = self.as_mapping()? else {
            return None;
        };
        let name = entry.key.as_str();
        if name == "Ref" || name == "Condition" || name.starts_with("Fn::") {
            Some((name, &entry.value))
        } else {
            None
        }
    }

    /// Number of nodes in this tree (for limits).
    pub fn count(&self) -> usize {
        let mut total = 0;
        let mut stack = vec![self];
        while let Some(node) = stack.pop() {
            total += 1;
            match &node.value {
                Value::Scalar { .. } => {}
                Value::Sequence(items) => stack.extend(items.iter()),
                Value::Mapping(entries) => stack.extend(entries.iter().map(|e| &e.value)),
            }
        }
        total
    }
}
