//! The CloudFormation template model over the value tree: resources, parameters, conditions and
//! mappings, looked up by logical ID.

use crate::span::Span;
use crate::value::{Entry, Node};
use std::collections::HashMap;

/// A parsed template. Built only for documents that look like CloudFormation templates.
#[derive(Clone, Debug)]
pub struct Template {
    pub root: Node,
    resource_index: HashMap<String, usize>,
    /// Positions in `Resources` of the resources of each type, in document order.
    type_index: HashMap<String, Vec<usize>>,
}

/// One resource: its logical ID, type and properties, borrowed from the tree.
#[derive(Clone, Copy, Debug)]
pub struct Resource<'t> {
    pub id: &'t str,
    pub id_span: Span,
    pub node: &'t Node,
}

/// One parameter declaration.
#[derive(Clone, Copy, Debug)]
pub struct Parameter<'t> {
    pub id: &'t str,
    pub id_span: Span,
    pub node: &'t Node,
}

/// Pseudo parameters CloudFormation defines (`Ref: AWS::Region` and so on).
pub const PSEUDO_PARAMETERS: &[&str] = &[
    "AWS::AccountId",
    "AWS::NotificationARNs",
    "AWS::NoValue",
    "AWS::Partition",
    "AWS::Region",
    "AWS::StackId",
    "AWS::StackName",
    "AWS::URLSuffix",
];

impl Template {
    /// Whether a document is a CloudFormation template: it has `AWSTemplateFormatVersion`, or a
    /// `Resources` mapping with at least one resource whose `Type` is an `AWS::` type.
    pub fn is_template(root: &Node) -> bool {
        if root.get("AWSTemplateFormatVersion").is_some() {
            return true;
        }
        let Some(resources) = root.get("Resources").and_then(Node::as_mapping) else {
            return false;
        };
        resources.iter().any(|r| {
            r.value
                .get("Type")
                .and_then(Node::as_scalar)
                .is_some_and(|t| t.starts_with("AWS::"))
        })
    }

    pub fn new(root: Node) -> Template {
        let mut resource_index = HashMap::new();
        let mut type_index: HashMap<String, Vec<usize>> = HashMap::new();
        if let Some(entries) = root.get("Resources").and_then(Node::as_mapping) {
            for (i, e) in entries.iter().enumerate() {
                // A repeated logical ID: the last one wins, as in `Node::entry`.
                resource_index.insert(e.key.clone(), i);
                if let Some(t) = e.value.get("Type").and_then(Node::as_scalar) {
                    type_index.entry(t.to_string()).or_default().push(i);
                }
            }
        }
        Template {
            root,
            resource_index,
            type_index,
        }
    }

    /// The template after one resource's body changed in `root` (same logical ID, same type, same
    /// position): the indexes are kept.
    pub(crate) fn with_same_index(self, root: Node) -> Template {
        Template { root, ..self }
    }

    /// Whether two resources share a logical ID.
    pub fn has_repeated_ids(&self) -> bool {
        self.resource_index.len() != self.section("Resources").len()
    }

    /// Take the tree out, keeping the indexes for [`Template::with_same_index`].
    pub(crate) fn take_root(&mut self) -> Node {
        std::mem::replace(&mut self.root, Node::null(Span::default()))
    }

    fn section(&self, name: &str) -> &[Entry] {
        self.root
            .get(name)
            .and_then(Node::as_mapping)
            .unwrap_or_default()
    }

    pub fn resources(&self) -> impl Iterator<Item = Resource<'_>> {
        self.section("Resources").iter().map(|e| Resource {
            id: &e.key,
            id_span: e.key_span,
            node: &e.value,
        })
    }

    pub fn resource(&self, id: &str) -> Option<Resource<'_>> {
        let i = *self.resource_index.get(id)?;
        let e = self.section("Resources").get(i)?;
        Some(Resource {
            id: &e.key,
            id_span: e.key_span,
            node: &e.value,
        })
    }

    /// Resources of one type, in document order.
    pub fn resources_of_type<'a>(
        &'a self,
        type_name: &'a str,
    ) -> impl Iterator<Item = Resource<'a>> {
        let entries = self.section("Resources");
        self.type_index
            .get(type_name)
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .filter_map(move |&i| entries.get(i))
            .map(|e| Resource {
                id: &e.key,
                id_span: e.key_span,
                node: &e.value,
            })
    }

    pub fn parameter(&self, id: &str) -> Option<Parameter<'_>> {
        self.section("Parameters")
            .iter()
            .rev()
            .find(|e| e.key == id)
            .map(|e| Parameter {
                id: &e.key,
                id_span: e.key_span,
                node: &e.value,
            })
    }

    pub fn parameters(&self) -> impl Iterator<Item = Parameter<'_>> {
        self.section("Parameters").iter().map(|e| Parameter {
            id: &e.key,
            id_span: e.key_span,
            node: &e.value,
        })
    }

    pub fn mapping(&self, name: &str) -> Option<&Node> {
        self.root.get("Mappings")?.get(name)
    }

    pub fn condition(&self, name: &str) -> Option<&Node> {
        self.root.get("Conditions")?.get(name)
    }

    /// What a `Ref` to `name` points at.
    pub fn ref_target(&self, name: &str) -> RefTarget {
        if self.resource_index.contains_key(name) {
            RefTarget::Resource
        } else if self.parameter(name).is_some() {
            RefTarget::Parameter
        } else if PSEUDO_PARAMETERS.contains(&name) {
            RefTarget::Pseudo
        } else {
            RefTarget::Unknown
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefTarget {
    Resource,
    Parameter,
    Pseudo,
    Unknown,
}

impl<'t> Resource<'t> {
    pub fn type_entry(&self) -> Option<&'t Entry> {
        self.node.entry("Type")
    }

    pub fn type_name(&self) -> Option<&'t str> {
        self.node.get("Type").and_then(Node::as_scalar)
    }

    pub fn properties_entry(&self) -> Option<&'t Entry> {
        self.node.entry("Properties")
    }

    pub fn properties(&self) -> Option<&'t Node> {
        self.node.get("Properties")
    }

    /// A property's entry (key and value), if set.
    pub fn property(&self, key: &str) -> Option<&'t Entry> {
        self.properties()?.entry(key)
    }

    /// Where to report a property that is missing: the `Properties` key, else the `Type` line,
    /// else the logical ID.
    pub fn missing_property_span(&self) -> Span {
        if let Some(p) = self.properties_entry() {
            return p.key_span;
        }
        if let Some(t) = self.type_entry() {
            return t.key_span.cover(t.value.span);
        }
        self.id_span
    }

    /// The resource's `Condition`, if it has one.
    pub fn condition(&self) -> Option<&'t str> {
        self.node.get("Condition").and_then(Node::as_scalar)
    }
}

impl<'t> Parameter<'t> {
    pub fn type_name(&self) -> Option<&'t str> {
        self.node.get("Type").and_then(Node::as_scalar)
    }

    pub fn default(&self) -> Option<&'t Node> {
        self.node.get("Default")
    }

    pub fn allowed_values(&self) -> Option<&'t [Node]> {
        self.node.get("AllowedValues").and_then(Node::as_sequence)
    }
}
