//! References between parts of a template: `Ref`, `Fn::GetAtt`, `${X}` inside `Fn::Sub`,
//! `DependsOn`, `Condition` and `Fn::FindInMap`.

use crate::span::Span;
use crate::template::Template;
use crate::value::{Node, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReferenceKind {
    Ref,
    GetAtt,
    Sub,
    DependsOn,
    Condition,
    FindInMap,
}

/// One reference by name, with the span of the name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    pub kind: ReferenceKind,
    pub target: String,
    /// For GetAtt (and `${X.Attr}` in Sub): the attribute.
    pub attribute: Option<String>,
    pub span: Span,
}

/// The `${...}` variables of a `Fn::Sub` template string, with their byte offsets inside the
/// string. `${!Literal}` is an escape, not a variable.
pub fn sub_variables(template: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut rest = template;
    let mut base = 0;
    while let Some(i) = rest.find("${") {
        let after = &rest[i + 2..];
        let Some(close) = after.find('}') else { break };
        let name = &after[..close];
        if !name.starts_with('!') {
            out.push((base + i + 2, name.trim()));
        }
        let consumed = i + 2 + close + 1;
        base += consumed;
        rest = &rest[consumed..];
    }
    out
}

/// Every reference inside `node`.
pub fn references_in(node: &Node, out: &mut Vec<Reference>) {
    let mut stack = vec![node];
    while let Some(node) = stack.pop() {
        match &node.value {
            Value::Scalar { .. } => {}
            Value::Sequence(items) => stack.extend(items.iter().rev()),
            Value::Mapping(entries) => {
                if let Some((name, arg)) = node.as_intrinsic() {
                    match name {
                        "Ref" => {
                            if let Some(t) = arg.as_scalar() {
                                out.push(reference(ReferenceKind::Ref, t, None, arg.span));
                            }
                            continue;
                        }
                        "Condition" => {
                            if let Some(t) = arg.as_scalar() {
                                out.push(reference(ReferenceKind::Condition, t, None, arg.span));
                            }
                            continue;
                        }
                        "Fn::GetAtt" => {
                            if let Some([res, attr, ..]) = arg.as_sequence() {
                                if let Some(t) = res.as_scalar() {
                                    out.push(reference(
                                        ReferenceKind::GetAtt,
                                        t,
                                        attr.as_scalar(),
                                        res.span,
                                    ));
                                }
                                stack.push(attr);
                            } else if let Some(text) = arg.as_scalar() {
                                let (t, a) = text.split_once('.').unwrap_or((text, ""));
                                out.push(reference(ReferenceKind::GetAtt, t, Some(a), arg.span));
                            }
                            continue;
                        }
                        "Fn::Sub" => {
                            let (template, vars) = match &arg.value {
                                Value::Sequence(items) => (items.first(), items.get(1)),
                                _ => (Some(arg), None),
                            };
                            if let Some(t) = template
                                && let Some(text) = t.as_scalar()
                            {
                                {
                                    let local = |n: &str| vars.and_then(|v| v.entry(n)).is_some();
                                    for (_, var) in sub_variables(text) {
                                        let (target, attr) = match var.split_once('.') {
                                            Some((t, a)) => (t, Some(a)),
                                            None => (var, None),
                                        };
                                        if !local(target) {
                                            out.push(reference(
                                                ReferenceKind::Sub,
                                                target,
                                                attr,
                                                t.span,
                                            ));
                                        }
                                    }
                                }
                            }
                            if let Some(v) = vars {
                                stack.push(v);
                            }
                            continue;
                        }
                        "Fn::FindInMap" => {
                            if let Some(first) = arg.as_sequence().and_then(|s| s.first())
                                && let Some(t) = first.as_scalar()
                            {
                                out.push(reference(ReferenceKind::FindInMap, t, None, first.span));
                            }
                        }
                        "Fn::If" => {
                            if let Some(first) = arg.as_sequence().and_then(|s| s.first())
                                && let Some(t) = first.as_scalar()
                            {
                                out.push(reference(ReferenceKind::Condition, t, None, first.span));
                            }
                        }
                        _ => {}
                    }
                    stack.push(arg);
                    continue;
                }
                for e in entries.iter().rev() {
                    stack.push(&e.value);
                }
            }
        }
    }
}

fn reference(kind: ReferenceKind, target: &str, attribute: Option<&str>, span: Span) -> Reference {
    Reference {
        kind,
        target: target.to_string(),
        attribute: attribute.map(str::to_string),
        span,
    }
}

/// Every reference in the template, including `DependsOn` and resource `Condition` keys.
pub fn all_references(template: &Template) -> Vec<Reference> {
    let mut out = Vec::new();
    for resource in template.resources() {
        if let Some(dep) = resource.node.get("DependsOn") {
            let names: Vec<&Node> = match dep.as_sequence() {
                Some(items) => items.iter().collect(),
                None => vec![dep],
            };
            for n in names {
                if let Some(t) = n.as_scalar() {
                    out.push(reference(ReferenceKind::DependsOn, t, None, n.span));
                }
            }
        }
        if let Some(c) = resource.node.get("Condition")
            && let Some(t) = c.as_scalar()
        {
            out.push(reference(ReferenceKind::Condition, t, None, c.span));
        }
        for key in ["Properties", "Metadata", "UpdatePolicy", "CreationPolicy"] {
            if let Some(n) = resource.node.get(key) {
                references_in(n, &mut out);
            }
        }
    }
    for section in ["Conditions", "Outputs"] {
        if let Some(n) = template.root.get(section) {
            references_in(n, &mut out);
        }
    }
    out
}

/// Logical IDs of the template's resources that a property value points at through `Ref`,
/// `Fn::GetAtt` or `Fn::Sub`, looking through `Fn::If` branches and other functions.
pub fn resource_targets(template: &Template, node: &Node) -> Vec<(String, Span)> {
    let mut refs = Vec::new();
    references_in(node, &mut refs);
    let mut out: Vec<(String, Span)> = Vec::new();
    for r in refs {
        if matches!(
            r.kind,
            ReferenceKind::Ref | ReferenceKind::GetAtt | ReferenceKind::Sub
        ) && template.resource(&r.target).is_some()
            && !out.iter().any(|(t, _)| *t == r.target)
        {
            out.push((r.target, r.span));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sub_variables_skip_escapes() {
        let vars = sub_variables("arn:${AWS::Partition}:x:${Res.Arn}/${!Literal}-${ Spaced }");
        let names: Vec<&str> = vars.iter().map(|(_, n)| *n).collect();
        assert_eq!(names, ["AWS::Partition", "Res.Arn", "Spaced"]);
    }
}
