//! CD-21: the execution role must be allowed to read the containers' secrets.

use super::{container_name, containers, fargate_task_definitions};
use crate::declare_rule;
use crate::finding::{Finding, Related};
use crate::references::resource_targets;
use crate::resolve::Env;
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::template::{Resource, Template};
use crate::value::Node;

declare_rule! {
    /// ## What it does
    /// Checks a Fargate-bound task definition whose containers have `Secrets` or
    /// `LogConfiguration.SecretOptions`, when its `ExecutionRoleArn` points at an `AWS::IAM::Role`
    /// of the same template: some policy attached to that role must allow
    /// `secretsmanager:GetSecretValue` (for Secrets Manager references) or `ssm:GetParameters`
    /// (for Parameter Store references).
    ///
    /// ## Why it fails at deploy
    /// ECS fetches secrets with the task execution role before the containers start. The managed
    /// `AmazonECSTaskExecutionRolePolicy` covers image pulls and logs, not secrets, so a role with
    /// only that policy lets the stack deploy and every task then stops with a
    /// `ResourceInitializationError`. A task definition without any execution role is TD-10's
    /// finding. The rule stays silent when it cannot see every policy of the role: other managed
    /// policies, roles from parameters or imports, policy documents built with functions. It does
    /// not look at `Resource` scopes, KMS keys, resource policies on the secret, or the network
    /// path to the Secrets Manager and SSM endpoints.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   ExecutionRole:
    ///     Type: AWS::IAM::Role
    ///     Properties:
    ///       AssumeRolePolicyDocument:
    ///         Statement:
    ///           - Effect: Allow
    ///             Principal: {Service: ecs-tasks.amazonaws.com}
    ///             Action: sts:AssumeRole
    ///       ManagedPolicyArns:
    ///         - arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: awsvpc
    ///       Cpu: 256
    ///       Memory: 512
    ///       ExecutionRoleArn: !GetAtt ExecutionRole.Arn
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           Secrets:
    ///             - Name: DB_PASSWORD
    ///               ValueFrom: !Sub arn:aws:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:db
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   ExecutionRole:
    ///     Type: AWS::IAM::Role
    ///     Properties:
    ///       AssumeRolePolicyDocument:
    ///         Statement:
    ///           - Effect: Allow
    ///             Principal: {Service: ecs-tasks.amazonaws.com}
    ///             Action: sts:AssumeRole
    ///       ManagedPolicyArns:
    ///         - arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy
    ///       Policies:
    ///         - PolicyName: read-secrets
    ///           PolicyDocument:
    ///             Statement:
    ///               - Effect: Allow
    ///                 Action: secretsmanager:GetSecretValue
    ///                 Resource: !Sub arn:aws:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:db*
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: awsvpc
    ///       Cpu: 256
    ///       Memory: 512
    ///       ExecutionRoleArn: !GetAtt ExecutionRole.Arn
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           Secrets:
    ///             - Name: DB_PASSWORD
    ///               ValueFrom: !Sub arn:aws:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:db
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet: the statement should name the secrets (and the KMS key of a
    /// customer-managed key) rather than grant the action on everything.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-linux-fargate.html>
    /// - <https://github.com/hashicorp/terraform-provider-aws/issues/6503>
    pub struct SecretsReadableByExecutionRole {
        code: "CD-21",
        name: "secrets-readable-by-execution-role",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

const EXECUTION_POLICY: &str = "policy/service-role/AmazonECSTaskExecutionRolePolicy";
const POLICY_TYPES: &[&str] = &[
    "AWS::IAM::Policy",
    "AWS::IAM::ManagedPolicy",
    "AWS::IAM::RolePolicy",
];

/// The actions the policies attached to a role may allow: `None` when some policy cannot be read
/// (then anything may be allowed), else the action patterns of every `Allow` statement.
fn allowed_actions(template: &Template, role: &Resource<'_>) -> Option<Vec<String>> {
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
fn action_matches(pattern: &str, action: &str) -> bool {
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

/// The action a secret reference needs, from its `ValueFrom`.
fn needed_action(value_from: &Node) -> Option<&'static str> {
    let text = match value_from.as_intrinsic() {
        None => value_from.as_scalar()?,
        Some(("Fn::Sub", t)) => t.as_scalar()?,
        Some(_) => return None,
    };
    if text.contains(":secretsmanager:") {
        Some("secretsmanager:GetSecretValue")
    } else if text.contains(":ssm:") || !text.starts_with("arn:") {
        Some("ssm:GetParameters")
    } else {
        None
    }
}

impl Rule for SecretsReadableByExecutionRole {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for (td, _) in fargate_task_definitions(ctx) {
            let Some(role_entry) = td.property("ExecutionRoleArn") else {
                continue;
            };
            if !matches!(
                role_entry.value.as_intrinsic(),
                Some(("Ref" | "Fn::GetAtt", _))
            ) {
                continue;
            }
            let targets = resource_targets(ctx.template, &role_entry.value);
            let [(role_id, _)] = targets.as_slice() else {
                continue;
            };
            let Some(role) = ctx.template.resource(role_id) else {
                continue;
            };
            if role.type_name() != Some("AWS::IAM::Role") || role.condition().is_some() {
                continue;
            }
            let Some(actions) = allowed_actions(ctx.template, &role) else {
                continue;
            };
            let Some((binding, env)) = ctx.fargate.task_definition_under(td.id, &Env::default())
            else {
                continue;
            };
            for container in containers(ctx, &td) {
                let lists = [
                    container.entry("Secrets"),
                    container
                        .get("LogConfiguration")
                        .and_then(|l| l.entry("SecretOptions")),
                ];
                for entry in lists.into_iter().flatten() {
                    let mut missing: Vec<&str> = Vec::new();
                    for secret in entry.value.as_sequence().unwrap_or_default() {
                        let Some(action) = secret.get("ValueFrom").and_then(needed_action) else {
                            continue;
                        };
                        if !missing.contains(&action)
                            && !actions.iter().any(|p| action_matches(p, action))
                        {
                            missing.push(action);
                        }
                    }
                    if missing.is_empty() {
                        continue;
                    }
                    let mut f = ctx.finding(
                        &Self::META,
                        &td,
                        entry.key_span,
                        format!(
                            "in container {}, {} are read with execution role {role_id}, but no policy of that role allows {}{}; this task definition is {}, and its tasks will stop before the containers start. Add a statement allowing {} on these secrets to the role",
                            container_name(container),
                            entry.key,
                            missing.join(" or "),
                            when(&env),
                            binding.reason,
                            missing.join(" and ")
                        ),
                    );
                    f.related = vec![Related {
                        span: role.id_span,
                        message: format!("execution role {role_id}"),
                    }];
                    out.push(f);
                }
            }
        }
    }
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
