//! Shared reading of IAM roles for the IAM-* rules: which role of the template a role property
//! points at, whether a role trusts a service, and which actions its policies allow.
//!
//! Everything here errs towards "unknown": a policy document with intrinsic functions where
//! actions are decided, a managed policy that is not in the template and not one of the few AWS
//! managed policies known here, or a `NotAction` statement make the permissions unknown, and the
//! rules then stay silent.

use crate::references::resource_targets;
use crate::resolve::{Assumption, Env};
use crate::rule::Context;
use crate::span::Span;
use crate::template::Resource;
use crate::value::{Node, Value};

pub(crate) const ROLE: &str = "AWS::IAM::Role";

/// How a role property names a role of the template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum RoleForm {
    /// `Fn::GetAtt Role.Arn`, or an ARN built with `Fn::Sub`.
    Arn,
    /// `Ref Role`: the role's name.
    Name,
    /// `Fn::GetAtt` of another attribute (`RoleId`).
    Attribute(String),
}

/// One role of the template a property points at.
#[derive(Clone, Debug)]
pub(crate) struct RoleRef<'t> {
    pub role: Resource<'t>,
    pub form: RoleForm,
    /// The `Ref` / `Fn::GetAtt` / `Fn::Sub` node.
    pub span: Span,
    pub env: Env,
}

/// The roles of the template that a role property (e.g. `ExecutionRoleArn`) points at, through
/// `Fn::If` branches (each with its assumption).
pub(crate) fn role_refs<'t>(ctx: &Context<'t>, node: &'t Node) -> Vec<RoleRef<'t>> {
    let mut out = Vec::new();
    walk(ctx, node, &Env::default(), 0, &mut out);
    out
}

fn walk<'t>(
    ctx: &Context<'t>,
    node: &'t Node,
    env: &Env,
    depth: usize,
    out: &mut Vec<RoleRef<'t>>,
) {
    if depth > 16 {
        return;
    }
    let Some((name, arg)) = node.as_intrinsic() else {
        return;
    };
    let role = |id: &str| {
        ctx.template
            .resource(id)
            .filter(|r| r.type_name() == Some(ROLE))
    };
    let mut push = |r: Resource<'t>, form: RoleForm| {
        out.push(RoleRef {
            role: r,
            form,
            span: node.span,
            env: env.clone(),
        });
    };
    match name {
        "Fn::If" => {
            if let Some([cond, then, otherwise]) = arg.as_sequence()
                && let Some(cond) = cond.as_scalar()
            {
                for (branch, truth) in [(then, true), (otherwise, false)] {
                    let a = Assumption::Condition(cond.to_string(), truth);
                    if let Some(env) = env.merge(&Env::single(a)) {
                        walk(ctx, branch, &env, depth + 1, out);
                    }
                }
            }
        }
        "Ref" => {
            if let Some(r) = arg.as_scalar().and_then(role) {
                push(r, RoleForm::Name);
            }
        }
        "Fn::GetAtt" => {
            let (id, attr) = match (arg.as_sequence(), arg.as_scalar()) {
                (Some([id, attr, ..]), _) => (id.as_scalar(), attr.as_scalar()),
                (_, Some(s)) => match s.split_once('.') {
                    Some((id, attr)) => (Some(id), Some(attr)),
                    None => (None, None),
                },
                _ => (None, None),
            };
            if let (Some(r), Some(attr)) = (id.and_then(role), attr) {
                let form = if attr == "Arn" {
                    RoleForm::Arn
                } else {
                    RoleForm::Attribute(attr.to_string())
                };
                push(r, form);
            }
        }
        "Fn::Sub" => {
            let text = arg
                .as_sequence()
                .and_then(|s| s.first())
                .unwrap_or(arg)
                .as_scalar()
                .unwrap_or("");
            for (id, _) in resource_targets(ctx.template, node) {
                if let Some(r) = role(&id) {
                    let form =
                        if text.starts_with("arn:") || text.trim() == format!("${{{id}.Arn}}") {
                            RoleForm::Arn
                        } else {
                            RoleForm::Name
                        };
                    push(r, form);
                }
            }
        }
        _ => {}
    }
}

/// Whether a node contains an intrinsic function anywhere.
pub(crate) fn has_intrinsic(node: &Node) -> bool {
    if node.as_intrinsic().is_some() {
        return true;
    }
    match &node.value {
        Value::Scalar { .. } => false,
        Value::Sequence(items) => items.iter().any(has_intrinsic),
        Value::Mapping(entries) => entries.iter().any(|e| has_intrinsic(&e.value)),
    }
}

/// A scalar or a list of scalars, as strings (`None` when anything else is there).
pub(crate) fn strings(node: &Node) -> Option<Vec<&str>> {
    match &node.value {
        Value::Sequence(items) => items.iter().map(Node::as_scalar).collect(),
        _ => node.as_scalar().map(|s| vec![s]),
    }
}

/// The statements of a policy document (a list, or a single statement).
pub(crate) fn statements(doc: &Node) -> Vec<&Node> {
    match doc.get("Statement") {
        Some(s) => match s.as_sequence() {
            Some(items) => items.iter().collect(),
            None => vec![s],
        },
        None => Vec::new(),
    }
}

/// What a role's trust policy says about a service principal.
pub(crate) enum Trust {
    Trusted,
    /// Not trusted; the services the role trusts instead.
    NotTrusted(Vec<String>),
    Unknown,
}

/// Whether the role's `AssumeRolePolicyDocument` lets `service` assume it.
pub(crate) fn trusts(role: &Resource<'_>, service_prefix: &str) -> Trust {
    let Some(doc) = role.property("AssumeRolePolicyDocument").map(|e| &e.value) else {
        return Trust::Unknown;
    };
    if has_intrinsic(doc) {
        // `ecs-tasks.${AWS::URLSuffix}` and similar: accept any mention of the service.
        return if crate::resolve::canonical(doc).contains(service_prefix) {
            Trust::Trusted
        } else {
            Trust::Unknown
        };
    }
    if doc.as_mapping().is_none() {
        return Trust::Unknown;
    }
    let mut others = Vec::new();
    for st in statements(doc) {
        if st.get("Effect").and_then(Node::as_scalar) != Some("Allow") {
            continue;
        }
        let Some(services) = st
            .get("Principal")
            .and_then(|p| p.get("Service"))
            .and_then(strings)
        else {
            continue;
        };
        let assume = st
            .get("Action")
            .and_then(strings)
            .is_some_and(|a| a.iter().any(|a| action_matches(a, "sts:AssumeRole")));
        for s in services {
            if s.starts_with(service_prefix) {
                if assume {
                    return Trust::Trusted;
                }
            } else if !others.iter().any(|o| o == s) {
                others.push(s.to_string());
            }
        }
    }
    Trust::NotTrusted(others)
}

/// Whether an IAM action pattern (with `*` and `?`, case-insensitive) covers `action`.
pub(crate) fn action_matches(pattern: &str, action: &str) -> bool {
    fn m(p: &[u8], a: &[u8]) -> bool {
        match (p.first(), a.first()) {
            (None, None) => true,
            (Some(b'*'), _) => m(&p[1..], a) || (!a.is_empty() && m(p, &a[1..])),
            (Some(b'?'), Some(_)) => m(&p[1..], &a[1..]),
            (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => m(&p[1..], &a[1..]),
            _ => false,
        }
    }
    m(pattern.as_bytes(), action.as_bytes())
}

/// The actions a role's policies allow, as patterns, or `None` when they cannot be known.
pub(crate) struct Grants {
    patterns: Vec<String>,
}

impl Grants {
    pub fn allows(&self, action: &str) -> bool {
        self.patterns.iter().any(|p| action_matches(p, action))
    }
}

/// AWS managed policies whose grants matter here, by name (the part after `:policy/`).
const MANAGED: &[(&str, &[&str])] = &[
    (
        "service-role/AmazonECSTaskExecutionRolePolicy",
        &[
            "ecr:GetAuthorizationToken",
            "ecr:BatchCheckLayerAvailability",
            "ecr:GetDownloadUrlForLayer",
            "ecr:BatchGetImage",
            "logs:CreateLogStream",
            "logs:PutLogEvents",
        ],
    ),
    (
        "AmazonEC2ContainerRegistryReadOnly",
        &[
            "ecr:GetAuthorizationToken",
            "ecr:BatchCheckLayerAvailability",
            "ecr:GetDownloadUrlForLayer",
            "ecr:BatchGetImage",
            "ecr:Describe*",
            "ecr:List*",
            "ecr:GetRepositoryPolicy",
            "ecr:GetLifecyclePolicy*",
        ],
    ),
    ("AdministratorAccess", &["*"]),
];

/// The actions that a role of the template is allowed: its inline `Policies`, its
/// `ManagedPolicyArns` (the AWS managed policies listed above, and managed policies of the
/// template), and `AWS::IAM::Policy` / `ManagedPolicy` / `RolePolicy` resources attached to it.
/// `None` when any of them cannot be read.
pub(crate) fn grants(ctx: &Context<'_>, role: &Resource<'_>) -> Option<Grants> {
    let mut patterns = Vec::new();
    let mut docs: Vec<&Node> = Vec::new();
    if let Some(policies) = role.property("Policies") {
        for p in policies.value.as_sequence()? {
            docs.push(p.get("PolicyDocument")?);
        }
    }
    if let Some(arns) = role.property("ManagedPolicyArns") {
        for arn in arns.value.as_sequence()? {
            let text = match arn.as_intrinsic() {
                None => arn.as_scalar()?.to_string(),
                Some(("Fn::Sub", a)) => a.as_scalar()?.to_string(),
                Some(("Ref", a)) => {
                    let target = ctx.template.resource(a.as_scalar()?)?;
                    if target.type_name() != Some("AWS::IAM::ManagedPolicy") {
                        return None;
                    }
                    docs.push(&target.property("PolicyDocument")?.value);
                    continue;
                }
                Some(_) => return None,
            };
            let name = text.split_once(":policy/")?.1;
            let (_, actions) = MANAGED.iter().find(|(n, _)| *n == name)?;
            patterns.extend(actions.iter().map(|a| a.to_string()));
        }
    }
    for other in ctx.template.resources() {
        let key = match other.type_name() {
            Some("AWS::IAM::Policy" | "AWS::IAM::ManagedPolicy") => "Roles",
            Some("AWS::IAM::RolePolicy") => "RoleName",
            _ => continue,
        };
        let Some(roles) = other.property(key) else {
            continue;
        };
        if resource_targets(ctx.template, &roles.value)
            .iter()
            .any(|(id, _)| id == role.id)
        {
            docs.push(&other.property("PolicyDocument")?.value);
        }
    }
    for doc in docs {
        doc.as_mapping()?;
        for st in statements(doc) {
            if st.get("NotAction").is_some() {
                return None;
            }
            let effect = st.get("Effect")?;
            if has_intrinsic(effect) {
                return None;
            }
            if effect.as_scalar() != Some("Allow") {
                continue;
            }
            let action = st.get("Action")?;
            if has_intrinsic(action) {
                return None;
            }
            patterns.extend(strings(action)?.into_iter().map(str::to_string));
        }
    }
    Some(Grants { patterns })
}

/// The task definition's execution role when `ExecutionRoleArn` is a plain `Ref`/`Fn::GetAtt` to
/// one unconditional `AWS::IAM::Role` of the template whose policies can all be read: the role and
/// what its policies allow.
pub(crate) fn execution_role<'t>(
    ctx: &Context<'t>,
    td: &Resource<'t>,
) -> Option<(Resource<'t>, Grants)> {
    let entry = td.property("ExecutionRoleArn")?;
    if !matches!(entry.value.as_intrinsic(), Some(("Ref" | "Fn::GetAtt", _))) {
        return None;
    }
    let refs = role_refs(ctx, &entry.value);
    let [only] = refs.as_slice() else {
        return None;
    };
    if only.role.condition().is_some() || !only.env.is_empty() {
        return None;
    }
    let grants = grants(ctx, &only.role)?;
    Some((only.role, grants))
}

/// Whether a role's grants cover `action`.
pub(crate) fn allows(grants: &Grants, action: &str) -> bool {
    grants.allows(action)
}
