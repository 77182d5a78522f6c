//! Re-analysis after edits, reusing what the edits did not touch.
//!
//! A [`Document`] keeps a text with everything derived from it: the line index, the tree-sitter
//! tree (JSON), the value tree, the template and its findings. [`Document::edit`] changes the text
//! and records the changed region; [`Document::update`] brings the rest up to date:
//!
//! 1. **Parse.** JSON: the tree-sitter tree is edited (`InputEdit`) and reparsed incrementally;
//!    when the result has an error it is parsed afresh instead, since tree-sitter's recovery may
//!    read broken text differently with an old tree to reuse (the fuzzer found such a text).
//! 2. **Value tree.** When the changed region lies inside one resource of `Resources`, and the old
//!    and new documents have no syntax error, only that resource is rebuilt (JSON: from its pair in
//!    the new tree; YAML: by parsing the resource's lines on their own, which is exact for block
//!    layout without anchors) and the spans after it move. Anything else rebuilds the whole tree.
//! 3. **Rules.** Findings belong to resources. The resources whose findings can change are the
//!    ones connected to the edited resource through references (`Ref`, `Fn::GetAtt`, `${X}` in
//!    `Fn::Sub`, `DependsOn`), before or after the edit. When the edited resource is a service,
//!    task set, task definition or target group, resources shared by many (a cluster, VPC, subnet,
//!    security group, listener, log group; see [`SHARED_TYPES`]) do not connect the resources
//!    that refer to them: their findings and facts do not depend on those. Only the connected
//!    resources are checked again, on a template holding them and every resource that is not of
//!    a bulk type (so rules that ask whether a NAT gateway or VPC endpoint exists see them all);
//!    the other resources keep their findings, moved with the text. Suppressions then run over
//!    all findings, as in a full check.
//!
//! The result is always the one [`crate::analyze_with`] gives on the same text: tests compare the
//! two after long runs of random edits, on generated templates with shared resources, the rule
//! fixtures and the corpus. When the edited resource is connected to half the resources or more
//! (one execution role for every task definition, say), every resource is checked.

use crate::analysis::{self, Analysis};
use crate::edit::Style;
use crate::finding::Finding;
use crate::line_index::{LineIndex, floor_char_boundary};
use crate::options::Options;
use crate::references::{ReferenceKind, references_in};
use crate::span::Span;
use crate::syntax::{self, Format, json, yaml};
use crate::template::Template;
use crate::value::{Entry, Node, Value};
use std::collections::{HashMap, HashSet};

/// Resource types that come in bulk in large templates and whose mere existence no rule asks
/// about: a focused check leaves out the ones not connected to the edit. Each can have findings.
const BULK_TYPES: &[&str] = &[
    "AWS::ECS::Service",
    "AWS::ECS::TaskDefinition",
    "AWS::ECS::TaskSet",
    "AWS::ElasticLoadBalancingV2::TargetGroup",
];

/// Resources that many others share (one cluster, VPC, subnet or security group for every
/// service) and whose own findings and derived facts (a cluster's capacity providers, whether a
/// subnet is public) depend only on their own content and on resources of other types than
/// [`BULK_TYPES`] (associations, routes, ingress rules). An edit to a bulk resource does not change
/// them, so they do not connect the bulk resources that refer to them. Every one of them is in the
/// template a focused check runs on, since none is of a bulk type.
const SHARED_TYPES: &[&str] = &[
    "AWS::ECS::Cluster",
    "AWS::ECS::CapacityProvider",
    "AWS::EC2::VPC",
    "AWS::EC2::Subnet",
    "AWS::EC2::SecurityGroup",
    "AWS::ElasticLoadBalancingV2::LoadBalancer",
    "AWS::ElasticLoadBalancingV2::Listener",
    "AWS::Logs::LogGroup",
    "AWS::ServiceDiscovery::PrivateDnsNamespace",
    "AWS::ServiceDiscovery::PublicDnsNamespace",
    "AWS::KMS::Key",
    "AWS::SecretsManager::Secret",
    "AWS::SSM::Parameter",
    "AWS::ECR::Repository",
];

/// First characters of a YAML key that is not a plain or quoted scalar (a tag, an anchor or
/// alias, a complex key, a flow collection, ...).
const ODD_KEY_STARTS: &[u8] = b"!&*?-[{|>%@`#";

/// Resource types whose existence anywhere changes other resources' findings: an edit to one of
/// them checks everything.
const GLOBAL_TYPES: &[&str] = &["AWS::EC2::NatGateway", "AWS::EC2::VPCEndpoint"];

/// What the last [`Document::update`] reused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reuse {
    /// Nothing changed since the last update.
    Unchanged,
    /// The value tree and the findings were made from scratch (JSON still reparses
    /// incrementally).
    Nothing,
    /// One resource's value tree was rebuilt; every resource was checked.
    Tree,
    /// One resource's value tree was rebuilt and `checked` of the `of` resources were checked.
    Resources { checked: usize, of: usize },
}

/// The changed region since the last update: `start..old_end` of the old text is now
/// `start..new_end`.
#[derive(Clone, Copy, Debug)]
struct Dirty {
    start: usize,
    old_end: usize,
    new_end: usize,
}

/// A text and what is derived from it, kept up to date edit by edit.
#[derive(Clone)]
pub struct Document {
    text: String,
    format: Format,
    options: Options,
    index: LineIndex,
    tree: Option<tree_sitter::Tree>,
    analysis: Analysis,
    /// Where the syntax errors of the last parse are (none: the text reads cleanly).
    errors: Vec<Span>,
    /// YAML: whether the text may hold anchors or aliases (then no resource is parsed alone).
    anchors: bool,
    /// YAML: whether some resource's key is not a plain or quoted scalar (a tag, a complex key),
    /// or the keys are not all in one column: then the lines around a resource may not read
    /// alone as they read in place.
    odd_keys: bool,
    /// Rule findings before suppressions, each with its resource.
    raw: Vec<Finding>,
    /// For each resource: the names its body refers to.
    refs: HashMap<String, Vec<String>>,
    /// For each name: the resources whose bodies refer to it (the reverse of `refs`).
    referrers: HashMap<String, Vec<String>>,
    /// How many `\r` the text holds (none: tree-sitter rows are the index's lines).
    crs: usize,
    style: Option<Style>,
    dirty: Option<Dirty>,
    reuse: Reuse,
    /// Why the last update could not reuse more.
    fallback: &'static str,
}

impl Document {
    /// Parse and check `text` from scratch.
    pub fn new(text: String, format: Format, options: &Options) -> Document {
        let mut doc = Document {
            index: LineIndex::new(&text),
            text,
            format,
            options: options.clone(),
            tree: None,
            analysis: Analysis {
                format,
                is_template: false,
                template: None,
                findings: Vec::new(),
            },
            errors: Vec::new(),
            anchors: true,
            odd_keys: true,
            raw: Vec::new(),
            refs: HashMap::new(),
            referrers: HashMap::new(),
            crs: 0,
            style: None,
            dirty: None,
            reuse: Reuse::Nothing,
            fallback: "",
        };
        doc.rebuild();
        doc
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn format(&self) -> Format {
        self.format
    }

    pub fn index(&self) -> &LineIndex {
        &self.index
    }

    /// The analysis of the text as of the last [`Document::update`].
    pub fn analysis(&self) -> &Analysis {
        &self.analysis
    }

    /// The tree-sitter tree of a JSON document as of the last update.
    pub fn tree(&self) -> Option<&tree_sitter::Tree> {
        self.tree.as_ref()
    }

    /// What the last update reused.
    pub fn reuse(&self) -> Reuse {
        self.reuse
    }

    /// Why the last update reused no more than it did (empty when it reused all it could).
    pub fn fallback(&self) -> &'static str {
        self.fallback
    }

    /// Replace the bytes `start..end` with `new_text`. Offsets are clamped to the text and to
    /// character boundaries. The analysis is out of date until [`Document::update`].
    pub fn edit(&mut self, start: usize, end: usize, new_text: &str) {
        let start = floor_char_boundary(&self.text, start.min(self.text.len()));
        let mut end = end.clamp(start, self.text.len());
        while !self.text.is_char_boundary(end) {
            end += 1;
        }
        let new_end = start + new_text.len();
        let start_point = self.point(start);
        let old_end_point = self.point(end);
        let crs = |t: &str| t.bytes().filter(|&b| b == b'\r').count();
        self.crs = self.crs - crs(&self.text[start..end]) + crs(new_text);
        self.text.replace_range(start..end, new_text);
        self.index.edit(&self.text, start, end, new_end);
        let new_end_point = self.point(new_end);
        if let Some(tree) = &mut self.tree {
            tree.edit(&tree_sitter::InputEdit {
                start_byte: start,
                old_end_byte: end,
                new_end_byte: new_end,
                start_position: start_point,
                old_end_position: old_end_point,
                new_end_position: new_end_point,
            });
        }
        self.dirty = Some(match self.dirty {
            None => Dirty {
                start,
                old_end: end,
                new_end,
            },
            Some(d) => merge(d, start, end, new_end),
        });
    }

    /// A tree-sitter point (row, byte column), rows counted the way tree-sitter counts them: by
    /// `\n`. Without `\r` in the text those are the line index's lines.
    fn point(&self, offset: usize) -> tree_sitter::Point {
        if self.crs == 0 {
            let row = self.index.line_of(offset);
            let start = self.index.line_start(row).unwrap_or(0);
            return tree_sitter::Point {
                row,
                column: offset - start,
            };
        }
        let before = &self.text.as_bytes()[..offset];
        let row = before.iter().filter(|&&b| b == b'\n').count();
        let column = offset
            - before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
        tree_sitter::Point { row, column }
    }

    /// Bring the analysis up to date with the text and `options`.
    pub fn update(&mut self, options: &Options) -> &Analysis {
        if *options != self.options {
            self.options = options.clone();
            self.dirty = None;
            self.rebuild();
            return &self.analysis;
        }
        self.fallback = "";
        let Some(dirty) = self.dirty.take() else {
            self.reuse = Reuse::Unchanged;
            return &self.analysis;
        };
        if self.format == Format::Json {
            self.tree = json::parse_tree(&self.text, self.tree.as_ref());
            // tree-sitter's error recovery can read broken text differently when it reuses an
            // old tree; a broken text is parsed afresh so that it reads as `check` reads it.
            if self.tree.as_ref().is_none_or(|t| t.root_node().has_error()) {
                self.tree = json::parse_tree(&self.text, None);
            }
        }
        let spliced = self.splice(dirty);
        if !spliced {
            self.rebuild_from_tree();
        }
        &self.analysis
    }

    /// Parse and check everything.
    fn rebuild(&mut self) {
        if self.format == Format::Json {
            self.tree = json::parse_tree(&self.text, None);
        }
        self.rebuild_from_tree();
    }

    fn rebuild_from_tree(&mut self) {
        let parsed = match (self.format, &self.tree) {
            (Format::Json, Some(tree)) => json::convert(tree, &self.text),
            _ => syntax::parse(&self.text, self.format),
        };
        self.errors = parsed.errors.iter().map(|e| e.span).collect();
        self.anchors = self.format == Format::Yaml && has_anchor(&self.text);
        self.odd_keys = false;
        let (analysis, raw) = analysis::analyze_parsed(&self.text, parsed, &self.options);
        self.analysis = analysis;
        self.raw = raw;
        self.refs = self
            .analysis
            .template
            .as_ref()
            .map(|t| {
                t.resources()
                    .map(|r| (r.id.to_string(), names_referred(r.node)))
                    .collect()
            })
            .unwrap_or_default();
        if let Some(t) = &self.analysis.template {
            let bytes = self.text.as_bytes();
            let column = |at: usize| at - line_start(&self.text, at);
            let first = t.resources().next().map(|r| column(r.id_span.start));
            self.odd_keys = t.resources().any(|r| {
                bytes
                    .get(r.id_span.start)
                    .is_none_or(|b| ODD_KEY_STARTS.contains(b))
                    || Some(column(r.id_span.start)) != first
            });
        }
        self.referrers = HashMap::new();
        for (from, names) in &self.refs {
            for name in names {
                self.referrers
                    .entry(name.clone())
                    .or_default()
                    .push(from.clone());
            }
        }
        self.crs = self.text.bytes().filter(|&b| b == b'\r').count();
        self.style = self
            .analysis
            .template
            .as_ref()
            .map(|t| Style::of(&self.text, self.format, &t.root));
        self.reuse = Reuse::Nothing;
    }

    /// Rebuild only the resource the edit falls in, then check what it can affect. `false` when
    /// the edit does not allow it (nothing is changed then).
    fn splice(&mut self, d: Dirty) -> bool {
        if !self.analysis.is_template {
            self.fallback = "the old text was not a template";
            return false;
        }
        let Some(template) = &self.analysis.template else {
            return false;
        };
        let Some(plan) = self.plan(template, d) else {
            self.fallback = "the edit is not inside one resource";
            return false;
        };
        // Syntax errors may only be in the resource being rebuilt (a key being typed): the rest
        // of the tree was read as it would be without them. One at either edge of its lines may
        // be the neighbour's (reported where the next line starts), so those do not count as in.
        let old_end = (plan.new_end as isize - (d.new_end as isize - d.old_end as isize)) as usize;
        if !self
            .errors
            .iter()
            .all(|e| e.start > plan.start && e.end < old_end)
        {
            self.fallback = "the old text had a syntax error outside the edited resource";
            return false;
        }
        let Some(entry) = (match self.format {
            Format::Json => self.json_entry(&plan),
            Format::Yaml => self.yaml_entry(&plan),
        }) else {
            self.fallback = "the edited resource does not parse on its own";
            return false;
        };
        // Any syntax error was in this resource, which now reads without one.
        self.errors.clear();
        let delta = d.new_end as isize - d.old_end as isize;
        let Some(mut template) = self.analysis.template.take() else {
            return false;
        };
        let mut root = template.take_root();
        shift_node(&mut root, d.old_end, delta);
        let old_entry = {
            let Some(Value::Mapping(sections)) = Some(&mut root.value) else {
                return false;
            };
            let Value::Mapping(resources) = &mut sections[plan.section].value.value else {
                return false;
            };
            std::mem::replace(&mut resources[plan.entry], entry)
        };
        if !Template::is_template(&root) {
            self.analysis.template = Some(Template::new(root));
            self.rebuild_from_tree();
            return true;
        }
        let (new_key, new_type) = {
            let new_entry = root
                .get("Resources")
                .and_then(Node::as_mapping)
                .and_then(|r| r.get(plan.entry));
            (
                new_entry.map(|e| e.key.clone()).unwrap_or_default(),
                new_entry.and_then(|e| e.value.get("Type").and_then(Node::as_scalar)),
            )
        };
        let old_type = old_entry.value.get("Type").and_then(Node::as_scalar);
        let global = [old_type, new_type]
            .iter()
            .any(|t| t.is_some_and(|t| GLOBAL_TYPES.contains(&t)));
        let template = if new_key == old_entry.key && new_type == old_type {
            template.with_same_index(root)
        } else {
            Template::new(root)
        };
        if template.has_repeated_ids() {
            // A logical ID now used twice: start again from the text.
            self.analysis.template = Some(template);
            self.rebuild_from_tree();
            self.fallback = "the edit made a logical ID repeat";
            return true;
        }
        if let Some(names) = self.refs.remove(&old_entry.key) {
            for name in names {
                if let Some(from) = self.referrers.get_mut(&name) {
                    from.retain(|f| *f != old_entry.key);
                }
            }
        }
        if let Some(r) = template.resource(&new_key) {
            let names = names_referred(r.node);
            for name in &names {
                self.referrers
                    .entry(name.clone())
                    .or_default()
                    .push(new_key.clone());
            }
            self.refs.insert(new_key.clone(), names);
        }
        let style = Style::of(&self.text, self.format, &template.root);
        let total = template.resources().count();
        let focus = if global {
            self.fallback = "the edited resource is of a type whose existence matters to others";
            None
        } else if self.style.as_ref() != Some(&style) {
            self.fallback = "the edit changed the template's style";
            None
        } else {
            Some(self.affected(&template, &old_entry, &new_key))
        };
        self.style = Some(style.clone());
        let raw = match focus {
            Some(affected) if affected.len() * 2 <= total => {
                let Some(kept) = moved(&self.raw, &affected, d, delta) else {
                    self.fallback = "a finding elsewhere points into the edit";
                    self.analysis.template = Some(template);
                    return self.check_all(style);
                };
                let sub = subtemplate(&template, &affected, &self.refs);
                let fresh =
                    analysis::rule_findings(&self.text, self.format, &sub, &self.options, style);
                let mut raw = kept;
                raw.extend(fresh.into_iter().filter(|f| {
                    f.resource
                        .as_ref()
                        .is_some_and(|r| affected.contains(r.as_str()))
                }));
                self.reuse = Reuse::Resources {
                    checked: affected.len(),
                    of: total,
                };
                raw
            }
            _ => {
                if self.fallback.is_empty() {
                    self.fallback = "the edit is connected to half the resources or more";
                }
                self.analysis.template = Some(template);
                return self.check_all(style);
            }
        };
        self.analysis.findings =
            analysis::finish(&template, &self.text, raw.clone(), &self.options);
        self.raw = raw;
        self.analysis.template = Some(template);
        true
    }

    /// Check every resource of the (spliced) template.
    fn check_all(&mut self, style: Style) -> bool {
        let Some(template) = &self.analysis.template else {
            return false;
        };
        let raw = analysis::rule_findings(&self.text, self.format, template, &self.options, style);
        self.analysis.findings = analysis::finish(template, &self.text, raw.clone(), &self.options);
        self.raw = raw;
        self.reuse = Reuse::Tree;
        true
    }

    /// Where the edit falls: which resource, and the region of the old text that is its own.
    fn plan(&self, template: &Template, d: Dirty) -> Option<Plan> {
        let sections = template.root.as_mapping()?;
        let mut found = sections
            .iter()
            .enumerate()
            .filter(|(_, e)| e.key == "Resources");
        let (section, resources_entry) = found.next()?;
        if found.next().is_some() {
            return None;
        }
        let resources = resources_entry.value.as_mapping()?;
        if template.has_repeated_ids() {
            return None;
        }
        let old_len = self.text.len() as isize - (d.new_end as isize - d.old_end as isize);
        let old_len = old_len as usize;
        // The last resource whose key starts at or before the edit.
        let i = resources
            .partition_point(|e| e.key_span.start <= d.start)
            .checked_sub(1)?;
        let e = &resources[i];
        let (start, end) = match self.format {
            Format::Json => (e.key_span.start, e.value.span.end),
            Format::Yaml => {
                let start = line_start(&self.text, e.key_span.start);
                let end = match resources.get(i + 1) {
                    Some(next) => line_start_old(&self.text, next.key_span.start, d),
                    None => match sections.get(section + 1) {
                        Some(next) => line_start_old(&self.text, next.key_span.start, d),
                        None => old_len,
                    },
                };
                (start, end)
            }
        };
        let inside = match self.format {
            Format::Json => d.old_end <= end,
            Format::Yaml => d.old_end < end,
        };
        // The sections around must end after the region, so their spans only move.
        if !inside
            || resources_entry.value.span.end <= end
            || template.root.span.end <= end
            || resources_entry.value.span.start >= d.start
        {
            return None;
        }
        Some(Plan {
            section,
            entry: i,
            start,
            new_end: (end as isize + d.new_end as isize - d.old_end as isize) as usize,
            count: resources.len(),
            key_start: e.key_span.start,
            key_col: e.key_span.start - start,
        })
    }

    /// JSON: the resource's pair in the new tree, when the tree has no error and `Resources` still
    /// has as many pairs.
    fn json_entry(&self, plan: &Plan) -> Option<Entry> {
        let tree = self.tree.as_ref()?;
        if tree.root_node().has_error() {
            return None;
        }
        let (pair, count) = json::resource_pair_at(tree, &self.text, plan.key_start)?;
        if count != plan.count {
            return None;
        }
        json::convert_resource_pair(pair, &self.text)
    }

    /// YAML: the resource's lines parsed on their own.
    fn yaml_entry(&self, plan: &Plan) -> Option<Entry> {
        if self.anchors || self.odd_keys || plan.new_end > self.text.len() {
            return None;
        }
        let snippet = self.text.get(plan.start..plan.new_end)?;
        if plan.new_end < self.text.len() && !snippet.ends_with(['\n', '\r']) {
            return None;
        }
        if has_anchor(snippet) || snippet.contains('\t') {
            return None;
        }
        // Every line after the first must be blank, a comment, or indented deeper than the key,
        // so that the lines after the region still start the next resource.
        for line in snippet.split(['\n', '\r']).skip(1) {
            let body = line.trim_start_matches(' ');
            if body.is_empty() || body.starts_with('#') {
                continue;
            }
            if line.len() - body.len() <= plan.key_col {
                return None;
            }
        }
        if snippet.starts_with("---") || snippet.starts_with("...") || snippet.starts_with('%') {
            return None;
        }
        let parsed = yaml::parse_once(snippet);
        if !parsed.errors.is_empty() {
            return None;
        }
        let mut root = parsed.root?;
        let Value::Mapping(entries) = &mut root.value else {
            return None;
        };
        if entries.len() != 1 || entries[0].key_span.start != plan.key_col {
            return None;
        }
        // A plain or quoted key followed by its colon: a tagged or complex key parses alone but
        // not in place.
        let key_span = entries[0].key_span;
        let first = snippet.as_bytes().get(key_span.start)?;
        if ODD_KEY_STARTS.contains(first)
            || !snippet[key_span.end..]
                .trim_start_matches(' ')
                .starts_with(':')
        {
            return None;
        }
        // A node that runs into the blank end of the lines (a block scalar takes the line breaks
        // after it) ends where the next token is: in place, after the next key's indentation.
        let content_end = snippet.trim_end_matches([' ', '\n', '\r']).len();
        if max_end(&entries[0]) > content_end {
            return None;
        }
        let mut entry = entries.pop()?;
        entry.offset_spans(plan.start);
        Some(entry)
    }

    /// The resources whose findings the edit can change: those connected to the edited
    /// resource, before or after the edit, through references.
    fn affected(&self, template: &Template, old: &Entry, new_key: &str) -> HashSet<String> {
        let type_of = |id: &str| template.resource(id).and_then(|r| r.type_name());
        // Shared resources with no findings that depend on what refers to them do not connect
        // their referrers, as long as the edit is to a bulk resource (the shared one is unchanged).
        let edited_types = [
            old.value.get("Type").and_then(Node::as_scalar),
            type_of(new_key),
        ];
        let prune = edited_types
            .iter()
            .all(|t| t.is_some_and(|t| BULK_TYPES.contains(&t)));
        let passable = |id: &str| {
            template.resource(id).is_some()
                && !(prune && type_of(id).is_some_and(|t| SHARED_TYPES.contains(&t)))
        };
        let mut seeds: Vec<String> = vec![old.key.clone(), new_key.to_string()];
        seeds.extend(names_referred(&old.value));
        seeds.extend(self.refs.get(new_key).cloned().unwrap_or_default());
        let referrers = &self.referrers;
        for key in [old.key.as_str(), new_key] {
            seeds.extend(referrers.get(key).into_iter().flatten().cloned());
        }
        let mut affected: HashSet<String> = HashSet::new();
        let mut stack: Vec<String> = seeds.into_iter().filter(|s| passable(s)).collect();
        while let Some(id) = stack.pop() {
            if !affected.insert(id.clone()) {
                continue;
            }
            let next = self
                .refs
                .get(&id)
                .into_iter()
                .flatten()
                .chain(referrers.get(id.as_str()).into_iter().flatten());
            for next in next {
                if !affected.contains(next) && passable(next) {
                    stack.push(next.clone());
                }
            }
        }
        // The old logical ID's findings go too, when the edit renamed the resource.
        affected.insert(old.key.clone());
        affected
    }
}

/// Where a spliced edit falls.
struct Plan {
    /// Index of `Resources` among the root's entries.
    section: usize,
    /// Index of the resource in `Resources`.
    entry: usize,
    /// The resource's region in the new text.
    start: usize,
    new_end: usize,
    /// How many resources there were.
    count: usize,
    /// Where the resource's key starts (before and after the edit, which starts at or after it).
    key_start: usize,
    /// YAML: the column of the resource's key.
    key_col: usize,
}

/// The largest span end in an entry.
fn max_end(entry: &Entry) -> usize {
    let mut end = entry.key_span.end;
    let mut stack = vec![&entry.value];
    while let Some(n) = stack.pop() {
        end = end.max(n.span.end);
        match &n.value {
            Value::Scalar { .. } => {}
            Value::Sequence(items) => stack.extend(items.iter()),
            Value::Mapping(entries) => {
                for e in entries {
                    end = end.max(e.key_span.end);
                    stack.push(&e.value);
                }
            }
        }
    }
    end
}

/// Combine two successive changed regions into one.
fn merge(d: Dirty, start: usize, old_end: usize, new_end: usize) -> Dirty {
    // `d` maps old `d.start..d.old_end` to current `d.start..d.new_end`; the new edit replaces
    // current `start..old_end` with `start..new_end`.
    let delta = new_end as isize - old_end as isize;
    let merged_start = d.start.min(start);
    // The end in current coordinates, before the new edit, of the union.
    let current_end = d.new_end.max(old_end);
    // Old coordinates of that end: past `d.new_end` the texts differ by `d`'s delta.
    let old_of_current_end =
        (current_end as isize - (d.new_end as isize - d.old_end as isize)) as usize;
    Dirty {
        start: merged_start,
        old_end: old_of_current_end,
        new_end: (current_end as isize + delta) as usize,
    }
}

/// The start of the line holding `offset`.
fn line_start(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .rposition(|&b| b == b'\n' || b == b'\r')
        .map_or(0, |i| i + 1)
}

/// The start of the line holding `offset` of the old text, for an offset at or after the changed
/// region, as an old offset.
fn line_start_old(new_text: &str, old_offset: usize, d: Dirty) -> usize {
    if old_offset < d.old_end {
        // Inside the change: no old line start can be known; make the region end here so the
        // edit is not inside it.
        return old_offset;
    }
    let delta = d.new_end as isize - d.old_end as isize;
    let new_offset = (old_offset as isize + delta) as usize;
    let start = line_start(new_text, new_offset);
    if start < d.new_end {
        return d.old_end.min(old_offset);
    }
    (start as isize - delta) as usize
}

/// Whether YAML text may hold an anchor (`&a`) or alias (`*a`): one that starts a node.
fn has_anchor(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| {
        (b == b'&' || b == b'*')
            && (i == 0
                || matches!(
                    bytes[i - 1],
                    b' ' | b'\t' | b'[' | b'{' | b',' | b'\n' | b'\r'
                ))
            && bytes
                .get(i + 1)
                .is_some_and(|n| !matches!(n, b' ' | b'\t' | b'\n' | b'\r' | b',' | b']' | b'}'))
    })
}

/// The names a resource's body refers to: `Ref`, `Fn::GetAtt`, `${X}` and `DependsOn`.
fn names_referred(node: &Node) -> Vec<String> {
    let mut refs = Vec::new();
    references_in(node, &mut refs);
    let mut names: Vec<String> = refs
        .into_iter()
        .filter(|r| {
            matches!(
                r.kind,
                ReferenceKind::Ref | ReferenceKind::GetAtt | ReferenceKind::Sub
            )
        })
        .map(|r| r.target)
        .collect();
    if let Some(dep) = node.get("DependsOn") {
        match &dep.value {
            Value::Sequence(items) => names.extend(
                items
                    .iter()
                    .filter_map(|n| n.as_scalar().map(str::to_string)),
            ),
            _ => names.extend(dep.as_scalar().map(str::to_string)),
        }
    }
    names.sort();
    names.dedup();
    names
}

/// A template with the `affected` resources, every resource of a type not in bulk, and the bulk
/// resources those refer to (a listener's target group, whatever a route table association
/// names), with the other sections whole.
fn subtemplate(
    template: &Template,
    affected: &HashSet<String>,
    refs: &HashMap<String, Vec<String>>,
) -> Template {
    let is_bulk = |n: &Node| {
        n.get("Type")
            .and_then(Node::as_scalar)
            .is_some_and(|t| BULK_TYPES.contains(&t))
    };
    let mut sections = Vec::new();
    for section in template.root.as_mapping().unwrap_or_default() {
        if section.key != "Resources" {
            sections.push(section.clone());
            continue;
        }
        let entries = section.value.as_mapping().unwrap_or_default();
        let mut read_through: HashSet<&str> = HashSet::new();
        for e in entries.iter().filter(|e| !is_bulk(&e.value)) {
            read_through.extend(refs.get(&e.key).into_iter().flatten().map(String::as_str));
        }
        let kept = entries
            .iter()
            .filter(|e| {
                affected.contains(&e.key)
                    || !is_bulk(&e.value)
                    || read_through.contains(e.key.as_str())
            })
            .cloned()
            .collect();
        sections.push(Entry {
            key: section.key.clone(),
            key_span: section.key_span,
            value: Node {
                span: section.value.span,
                value: Value::Mapping(kept),
            },
        });
    }
    Template::new(Node {
        span: template.root.span,
        value: Value::Mapping(sections),
    })
}

/// The findings of resources outside `affected`, moved with the text; `None` when one of them
/// points into the changed region (then everything is checked again).
fn moved(
    raw: &[Finding],
    affected: &HashSet<String>,
    d: Dirty,
    delta: isize,
) -> Option<Vec<Finding>> {
    let mut out = Vec::new();
    for f in raw {
        let Some(resource) = &f.resource else {
            return None;
        };
        if affected.contains(resource) {
            continue;
        }
        let mut f = f.clone();
        let mut ok = true;
        let mut shift = |s: &mut Span| {
            // Overlaps the replaced bytes, or starts inside them.
            if s.start < d.old_end && (s.end > d.start || s.start >= d.start) {
                ok = false;
            }
            *s = shift_span(*s, d.old_end, delta);
        };
        shift(&mut f.span);
        for r in &mut f.related {
            shift(&mut r.span);
        }
        if let Some(fix) = &mut f.fix {
            for e in &mut fix.edits {
                shift(&mut e.span);
            }
        }
        if !ok {
            return None;
        }
        out.push(f);
    }
    Some(out)
}

fn shift_span(s: Span, at: usize, delta: isize) -> Span {
    let move_one = |p: usize| {
        if p >= at {
            (p as isize + delta) as usize
        } else {
            p
        }
    };
    Span {
        start: move_one(s.start),
        end: move_one(s.end),
    }
}

/// Move every span at or after `at` by `delta`; subtrees that end before `at` are skipped.
fn shift_node(node: &mut Node, at: usize, delta: isize) {
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if n.span.end < at && n.span.start < at {
            continue;
        }
        n.span = shift_span(n.span, at, delta);
        match &mut n.value {
            Value::Scalar { .. } => {}
            Value::Sequence(items) => stack.extend(items.iter_mut()),
            Value::Mapping(entries) => {
                for e in entries {
                    e.key_span = shift_span(e.key_span, at, delta);
                    stack.push(&mut e.value);
                }
            }
        }
    }
}
