//! What the IAM roles of a template may do, as far as the template shows: for rules that check
//! that an execution role can fetch what the task needs.

use crate::references::resource_targets;
use crate::rule::Context;
use crate::template::{Resource, Template};
use crate::value::Node;

const EXECUTION_POLICY: &str = "policy/service-role/AmazonECSTaskExecutionRolePolicy";
const POLICY_TYPES: &[&str] = &[
    "AWS::IAM::Policy",
    "AWS::IAM::ManagedPolicy",
    "AWS::IAM::RolePolicy",
];

/// The actions the policies attached to a role may allow: `None` when some policy cannot be read
/// (then anything may be allowed), else the action patterns of every `Allow` statement.
pub(crate) fn allowed_actions(template: &Template, role: &Resource<'_>) -> Option<Vec<String>> {
    let mut documents: Vec<&Node> = Vec::new();
    if let Some(policies) = role.property("Policies") {
        for p in policies.value.as_sequence()? {
            documents.push(p.get("PolicyDocument")?);
        }
    }
    if let Some(arns) = role.property("ManagedPolicyArns") {
        for arn in arns.value.as_sequence()? {
            let text = match arn.as_intrinsic() {
                None => arn.as_scalar()?,
                Some(("Fn::Sub", t)) => t.as_scalar()?,
                Some(_) => {
                    // A managed policy of this template, or something we cannot see.
                    let targets = resource_targets(template, arn);
                    let [(id, _)] = targets.as_slice() else {
                        return None;
                    };
                    let policy = template.resource(id)?;
                    if policy.type_name() != Some("AWS::IAM::ManagedPolicy") {
                        return None;
                    }
                    documents.push(policy.property("PolicyDocument").map(|e| &e.value)?);
                    continue;
                }
            };
            if !text.ends_with(EXECUTION_POLICY) {
                return None;
            }
        }
    }
    for policy in template.resources() {
        if !policy
            .type_name()
            .is_some_and(|t| POLICY_TYPES.contains(&t))
        {
            continue;
        }
        let attached_to = ["Roles", "RoleName"]
            .iter()
            .filter_map(|k| policy.property(k))
            .collect::<Vec<_>>();
        if attached_to.is_empty() {
            continue;
        }
        // Attached to this role, or to a role given by name or parameter that may be this one.
        let mentions_role = attached_to.iter().any(|e| {
            let targets = resource_targets(template, &e.value);
            targets.iter().any(|(id, _)| id == role.id) || !only_resource_refs(&e.value, template)
        });
        if mentions_role {
            documents.push(policy.property("PolicyDocument").map(|e| &e.value)?);
        }
    }
    let mut actions = Vec::new();
    for doc in documents {
        let statements = doc.get("Statement")?;
        let list: Vec<&Node> = match statements.as_sequence() {
            Some(items) => items.iter().collect(),
            None => vec![statements],
        };
        for st in list {
            if st.as_intrinsic().is_some() {
                return None;
            }
            let effect = st.get("Effect").and_then(Node::as_scalar);
            if effect != Some("Allow") {
                continue;
            }
            if st.get("NotAction").is_some() {
                actions.push("*".to_string());
                continue;
            }
            let action = st.get("Action")?;
            match action.as_sequence() {
                Some(items) => {
                    for a in items {
                        actions.push(a.as_scalar()?.to_string());
                    }
                }
                None => actions.push(action.as_scalar()?.to_string()),
            }
        }
    }
    Some(actions)
}

/// Whether every item of a role list is a `Ref`/`Fn::GetAtt` to a resource of the template.
fn only_resource_refs(node: &Node, template: &Template) -> bool {
    let items: Vec<&Node> = match node.as_sequence() {
        Some(items) => items.iter().collect(),
        None => vec![node],
    };
    items.iter().all(|item| {
        matches!(item.as_intrinsic(), Some(("Ref" | "Fn::GetAtt", _)))
            && resource_targets(template, item).len() == 1
    })
}

/// IAM action matching: `*` and `?` wildcards, case-insensitive (greedy with one backtrack
/// point, so it stays linear-ish whatever the pattern).
pub(crate) fn action_matches(pattern: &str, action: &str) -> bool {
    let (p, a) = (pattern.as_bytes(), action.as_bytes());
    let (mut i, mut j) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while j < a.len() {
        if i < p.len() && (p[i] == b'?' || p[i].eq_ignore_ascii_case(&a[j])) {
            i += 1;
            j += 1;
        } else if i < p.len() && p[i] == b'*' {
            star = Some((i, j));
            i += 1;
        } else if let Some((si, sj)) = star {
            i = si + 1;
            j = sj + 1;
            star = Some((si, sj + 1));
        } else {
            return false;
        }
    }
    p[i..].iter().all(|&c| c == b'*')
}

/// The task definition's execution role when `ExecutionRoleArn` is a plain `Ref`/`Fn::GetAtt` to
/// an unconditional `AWS::IAM::Role` of the template whose policies can all be read: its logical
/// ID, the resource, and the action patterns its policies allow.
pub(crate) fn execution_role<'t>(
    ctx: &Context<'t>,
    td: &Resource<'_>,
) -> Option<(Resource<'t>, Vec<String>)> {
    let entry = td.property("ExecutionRoleArn")?;
    if !matches!(entry.value.as_intrinsic(), Some(("Ref" | "Fn::GetAtt", _))) {
        return None;
    }
    let targets = resource_targets(ctx.template, &entry.value);
    let [(role_id, _)] = targets.as_slice() else {
        return None;
    };
    let role = ctx.template.resource(role_id)?;
    if role.type_name() != Some("AWS::IAM::Role") || role.condition().is_some() {
        return None;
    }
    let actions = allowed_actions(ctx.template, &role)?;
    Some((role, actions))
}

/// Whether some allowed action pattern covers `action`.
pub(crate) fn allows(actions: &[String], action: &str) -> bool {
    actions.iter().any(|p| action_matches(p, action))
}

#[cfg(test)]
mod tests {
    use super::action_matches;

    #[test]
    fn wildcards() {
        assert!(action_matches("ssm:GetParameter*", "ssm:GetParameters"));
        assert!(action_matches("*", "secretsmanager:GetSecretValue"));
        assert!(action_matches(
            "SecretsManager:Get?ecretValue",
            "secretsmanager:GetSecretValue"
        ));
        assert!(!action_matches("ssm:GetParameter", "ssm:GetParameters"));
        assert!(!action_matches("logs:*", "ssm:GetParameters"));
    }
}
