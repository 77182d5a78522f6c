//! What a property value can be, given intrinsic functions, parameters, conditions and mappings.
//!
//! A value resolves to a small list of alternatives, each with the assumptions under which it
//! holds: `Fn::If` gives one alternative per branch (assuming the condition true, then false), a
//! `Ref` to a parameter one per allowed value (else its default), `Fn::FindInMap` one per mapping
//! row. Two values are combined only under consistent assumptions, so Cpu and Memory read from the
//! same mapping row, or chosen by the same condition, are checked as pairs and never as a cross
//! product. A value that cannot be known (an import, a parameter without default, a resource
//! attribute) resolves to `Unknown`, and rules stay silent about it.

use crate::template::{RefTarget, Template};
use crate::value::{Node, Value};
use std::fmt;

/// More alternatives than this for one value and it is treated as unknown: checking stays linear
/// in the size of the template instead of growing with the number of scenarios.
pub const MAX_ALTERNATIVES: usize = 64;

/// One assumption an alternative depends on.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Assumption {
    /// A named condition is true or false.
    Condition(String, bool),
    /// A parameter (or pseudo parameter) has a value.
    Parameter(String, String),
    /// Some other expression used as a mapping key has a value.
    Key(String, String),
}

impl Assumption {
    /// What the assumption is about (a condition, parameter or key expression), without the value.
    pub fn variable(&self) -> (u8, &str) {
        match self {
            Assumption::Condition(c, _) => (0, c),
            Assumption::Parameter(p, _) => (1, p),
            Assumption::Key(k, _) => (2, k),
        }
    }
}

impl fmt::Display for Assumption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Assumption::Condition(c, b) => write!(f, "{c} is {b}"),
            Assumption::Parameter(p, v) => write!(f, "{p} is {v}"),
            Assumption::Key(k, v) => write!(f, "{k} is {v}"),
        }
    }
}

/// A consistent set of assumptions (sorted, no variable twice).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Env(Vec<Assumption>);

impl Env {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// One assumption.
    pub fn single(a: Assumption) -> Env {
        Env(vec![a])
    }

    pub fn assumptions(&self) -> &[Assumption] {
        &self.0
    }

    fn with(mut self, a: Assumption) -> Option<Env> {
        for existing in &self.0 {
            if conflicts(existing, &a) {
                return None;
            }
        }
        if !self.0.contains(&a) {
            self.0.push(a);
            self.0.sort();
        }
        Some(self)
    }

    /// Both sets of assumptions at once, or `None` when they contradict each other.
    pub fn merge(&self, other: &Env) -> Option<Env> {
        let mut out = self.clone();
        for a in &other.0 {
            out = out.with(a.clone())?;
        }
        Some(out)
    }

    /// Whether every variable this set makes an assumption about also appears in `other`.
    pub fn variables_within(&self, other: &Env) -> bool {
        self.0
            .iter()
            .all(|a| other.0.iter().any(|b| a.variable() == b.variable()))
    }

    /// " (when IsProd is true and Env is prod)", or "" with no assumptions.
    pub fn describe(&self) -> String {
        if self.0.is_empty() {
            return String::new();
        }
        let parts: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        format!(" (when {})", parts.join(" and "))
    }
}

fn conflicts(a: &Assumption, b: &Assumption) -> bool {
    match (a, b) {
        (Assumption::Condition(x, bx), Assumption::Condition(y, by)) => x == y && bx != by,
        (Assumption::Parameter(x, vx), Assumption::Parameter(y, vy)) => x == y && vx != vy,
        (Assumption::Key(x, vx), Assumption::Key(y, vy)) => x == y && vx != vy,
        _ => false,
    }
}

/// What one alternative is.
#[derive(Clone, Copy, Debug)]
pub enum Possible<'t> {
    /// A node from the template that is not an intrinsic function: a scalar, list or mapping.
    /// For parameters and mappings this node lives in the Parameters or Mappings section.
    Value(&'t Node),
    /// `Ref: AWS::NoValue`: the property is absent.
    Absent,
    /// Cannot be known from the template.
    Unknown,
}

#[derive(Clone, Debug)]
pub struct Alternative<'t> {
    pub value: Possible<'t>,
    pub env: Env,
}

impl<'t> Alternative<'t> {
    fn known(node: &'t Node) -> Alternative<'t> {
        Alternative {
            value: Possible::Value(node),
            env: Env::default(),
        }
    }

    fn unknown() -> Alternative<'t> {
        Alternative {
            value: Possible::Unknown,
            env: Env::default(),
        }
    }

    /// The scalar text, when this alternative is a known scalar.
    pub fn scalar(&self) -> Option<&'t str> {
        match self.value {
            Possible::Value(n) => n.as_scalar(),
            _ => None,
        }
    }
}

/// Resolves values of one template.
pub struct Resolver<'t> {
    template: &'t Template,
}

impl<'t> Resolver<'t> {
    pub fn new(template: &'t Template) -> Resolver<'t> {
        Resolver { template }
    }

    /// The alternatives of a property that may be missing. A missing property is one
    /// `Absent` alternative.
    pub fn property(&self, node: Option<&'t Node>) -> Vec<Alternative<'t>> {
        match node {
            None => vec![Alternative {
                value: Possible::Absent,
                env: Env::default(),
            }],
            Some(n) => self.alternatives(n),
        }
    }

    /// The alternatives in which a property that may be missing is absent (missing, or
    /// `AWS::NoValue` on some branch).
    pub fn absent(&self, node: Option<&'t Node>) -> Vec<Alternative<'t>> {
        self.property(node)
            .into_iter()
            .filter(|a| matches!(a.value, Possible::Absent))
            .collect()
    }

    /// The alternatives of a value.
    pub fn alternatives(&self, node: &'t Node) -> Vec<Alternative<'t>> {
        let alts = self.resolve(node, 0);
        if alts.len() > MAX_ALTERNATIVES {
            vec![Alternative::unknown()]
        } else {
            alts
        }
    }

    fn resolve(&self, node: &'t Node, depth: usize) -> Vec<Alternative<'t>> {
        if depth > 16 {
            return vec![Alternative::unknown()];
        }
        let Some((name, arg)) = node.as_intrinsic() else {
            return vec![Alternative::known(node)];
        };
        match name {
            "Ref" => self.resolve_ref(arg),
            "Fn::If" => self.resolve_if(arg, depth),
            "Fn::FindInMap" => self.resolve_find_in_map(arg, depth),
            _ => vec![Alternative::unknown()],
        }
    }

    fn resolve_ref(&self, arg: &'t Node) -> Vec<Alternative<'t>> {
        let Some(name) = arg.as_scalar() else {
            return vec![Alternative::unknown()];
        };
        if name == "AWS::NoValue" {
            return vec![Alternative {
                value: Possible::Absent,
                env: Env::default(),
            }];
        }
        if self.template.ref_target(name) != RefTarget::Parameter {
            return vec![Alternative::unknown()];
        }
        let Some(param) = self.template.parameter(name) else {
            return vec![Alternative::unknown()];
        };
        // A list parameter's value is a list, not one of its items.
        if param.type_name().is_some_and(|t| {
            t.starts_with("List<") || t == "CommaDelimitedList" || t.starts_with("AWS::SSM")
        }) {
            return vec![Alternative::unknown()];
        }
        let values: Vec<&'t Node> = match (param.allowed_values(), param.default()) {
            (Some(allowed), _) if !allowed.is_empty() => allowed.iter().collect(),
            (_, Some(default)) => vec![default],
            _ => return vec![Alternative::unknown()],
        };
        values
            .into_iter()
            .map(|v| match v.as_scalar() {
                Some(text) => Alternative {
                    value: Possible::Value(v),
                    env: Env(vec![Assumption::Parameter(
                        name.to_string(),
                        text.to_string(),
                    )]),
                },
                None => Alternative::unknown(),
            })
            .collect()
    }

    fn resolve_if(&self, arg: &'t Node, depth: usize) -> Vec<Alternative<'t>> {
        let Some([cond, then, otherwise]) = arg.as_sequence() else {
            return vec![Alternative::unknown()];
        };
        let Some(cond) = cond.as_scalar() else {
            return vec![Alternative::unknown()];
        };
        let mut out = Vec::new();
        for (branch, truth) in [(then, true), (otherwise, false)] {
            for alt in self.resolve(branch, depth + 1) {
                if let Some(env) = alt.env.with(Assumption::Condition(cond.to_string(), truth)) {
                    out.push(Alternative {
                        value: alt.value,
                        env,
                    });
                }
            }
        }
        out
    }

    fn resolve_find_in_map(&self, arg: &'t Node, depth: usize) -> Vec<Alternative<'t>> {
        let Some(args) = arg.as_sequence() else {
            return vec![Alternative::unknown()];
        };
        let [map_name, top, second, rest @ ..] = args else {
            return vec![Alternative::unknown()];
        };
        let default = rest
            .first()
            .and_then(|d| d.get("DefaultValue"))
            .map(|d| self.resolve(d, depth + 1));
        let Some(map) = map_name.as_scalar().and_then(|m| self.template.mapping(m)) else {
            return vec![Alternative::unknown()];
        };
        let Some(rows) = map.as_mapping() else {
            return vec![Alternative::unknown()];
        };
        let mut out = Vec::new();
        for (top_key, top_env) in self.keys(top, rows.iter().map(|e| e.key.as_str()), depth) {
            let Some(row) = top_key.as_deref().and_then(|k| map.get(k)) else {
                match &default {
                    Some(d) => extend_with(&mut out, d, &top_env),
                    None => out.push(Alternative::unknown()),
                }
                continue;
            };
            let second_keys: Vec<&str> = row
                .as_mapping()
                .map(|es| es.iter().map(|e| e.key.as_str()).collect())
                .unwrap_or_default();
            for (second_key, second_env) in self.keys(second, second_keys.into_iter(), depth) {
                let Some(env) = top_env.merge(&second_env) else {
                    continue;
                };
                match second_key.as_deref().and_then(|k| row.get(k)) {
                    Some(value) => out.push(Alternative {
                        value: Possible::Value(value),
                        env,
                    }),
                    None => match &default {
                        Some(d) => extend_with(&mut out, d, &env),
                        None => out.push(Alternative::unknown()),
                    },
                }
            }
        }
        out
    }

    /// The possible values of a mapping key expression. When the key cannot be known, every key
    /// of the mapping level is possible, each under an assumption about the key expression so that
    /// two lookups with the same key expression pick the same row.
    fn keys<'k>(
        &self,
        key: &'t Node,
        candidates: impl Iterator<Item = &'k str>,
        depth: usize,
    ) -> Vec<(Option<String>, Env)> {
        let alts = self.resolve(key, depth + 1);
        let all_known = alts.iter().all(|a| a.scalar().is_some());
        if all_known {
            return alts
                .into_iter()
                .map(|a| (a.scalar().map(str::to_string), a.env))
                .collect();
        }
        let parameter = match key.as_intrinsic() {
            Some(("Ref", arg)) => arg.as_scalar(),
            _ => None,
        };
        let key_text = canonical(key);
        let assumption = |v: String| match parameter {
            Some(p) => Assumption::Parameter(p.to_string(), v),
            None => Assumption::Key(key_text.clone(), v),
        };
        candidates
            .map(|k| {
                let env = Env::default()
                    .with(assumption(k.to_string()))
                    .unwrap_or_default();
                (Some(k.to_string()), env)
            })
            .collect()
    }
}

fn extend_with<'t>(out: &mut Vec<Alternative<'t>>, alts: &[Alternative<'t>], env: &Env) {
    for a in alts {
        if let Some(env) = a.env.merge(env) {
            out.push(Alternative {
                value: a.value,
                env,
            });
        }
    }
}

/// A span-free rendering of a node, used to recognise the same key expression twice.
pub fn canonical(node: &Node) -> String {
    match &node.value {
        Value::Scalar { text, .. } => text.clone(),
        Value::Sequence(items) => {
            let parts: Vec<String> = items.iter().map(canonical).collect();
            format!("[{}]", parts.join(", "))
        }
        Value::Mapping(entries) => {
            let parts: Vec<String> = entries
                .iter()
                .map(|e| format!("{}: {}", e.key, canonical(&e.value)))
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
    }
}

/// Pairs of alternatives of two values that can hold at the same time.
pub fn consistent_pairs<'t>(
    a: &[Alternative<'t>],
    b: &[Alternative<'t>],
) -> Vec<(Alternative<'t>, Alternative<'t>, Env)> {
    let mut out = Vec::new();
    for x in a {
        for y in b {
            if let Some(env) = x.env.merge(&y.env) {
                out.push((x.clone(), y.clone(), env));
            }
        }
    }
    out
}
