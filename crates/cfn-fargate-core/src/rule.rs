//! The rule framework: metadata every rule declares, and the context a check runs in.

use crate::fargate::FargateContext;
use crate::finding::{Finding, Related, Severity};
use crate::resolve::{Env, Resolver};
use crate::span::Span;
use crate::syntax::Format;
use crate::template::{Resource, Template};

/// Whether a rule offers fixes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FixAvailability {
    None,
    Sometimes,
    Always,
}

impl FixAvailability {
    pub fn as_str(self) -> &'static str {
        match self {
            FixAvailability::None => "none",
            FixAvailability::Sometimes => "sometimes",
            FixAvailability::Always => "always",
        }
    }
}

/// What a rule declares about itself. `docs` is the rule's doc comment.
#[derive(Debug)]
pub struct RuleMeta {
    /// The catalog ID, e.g. `TD-02`.
    pub code: &'static str,
    /// Kebab-case name, e.g. `network-mode-awsvpc`.
    pub name: &'static str,
    pub severity: Severity,
    /// cfn-lint rules that check the same thing (fully or in part).
    pub cfn_lint: &'static [&'static str],
    pub fix: FixAvailability,
    pub docs: &'static str,
}

impl RuleMeta {
    /// The first sentence of the "What it does" section: a one-line summary.
    pub fn summary(&self) -> String {
        let mut lines = self.docs.lines().map(str::trim);
        for line in lines.by_ref() {
            if line.starts_with("## What it does") {
                break;
            }
        }
        let paragraph: Vec<&str> = lines
            .skip_while(|l| l.is_empty())
            .take_while(|l| !l.is_empty())
            .collect();
        let text = paragraph.join(" ");
        match text.find(". ") {
            Some(i) => text[..=i].to_string(),
            None => text,
        }
    }

    /// The rule's documentation as Markdown: a title, its metadata, then its doc comment. Used by
    /// `cfn-fargate explain` and for docs/rules/<CODE>.md.
    pub fn markdown(&self) -> String {
        let mut out = format!(
            "# {} ({})

",
            self.code, self.name
        );
        let cfn_lint = if self.cfn_lint.is_empty() {
            "none".to_string()
        } else {
            self.cfn_lint.join(", ")
        };
        out.push_str(&format!(
            "Default severity: {}. Fix: {}. cfn-lint: {}.\n\n",
            self.severity.as_str(),
            self.fix.as_str(),
            cfn_lint
        ));
        for line in self.docs.lines() {
            out.push_str(line.strip_prefix(' ').unwrap_or(line));
            out.push('\n');
        }
        out
    }
}

/// A rule: metadata plus one check over the whole template.
pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>);
}

/// Declares a rule type whose doc comment becomes its `RuleMeta::docs`.
#[macro_export]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            code: $code:literal,
            name: $rname:literal,
            severity: $sev:ident,
            cfn_lint: [$($cl:literal),* $(,)?],
            fix: $fix:ident $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        pub struct $name;

        impl $name {
            pub const META: $crate::rule::RuleMeta = $crate::rule::RuleMeta {
                code: $code,
                name: $rname,
                severity: $crate::finding::Severity::$sev,
                cfn_lint: &[$($cl),*],
                fix: $crate::rule::FixAvailability::$fix,
                docs: concat!($($doc, "\n"),*),
            };
        }
    };
}

/// Everything a check may look at.
pub struct Context<'t> {
    pub text: &'t str,
    pub format: Format,
    pub template: &'t Template,
    pub resolver: Resolver<'t>,
    pub fargate: &'t FargateContext,
    pub options: &'t crate::options::Options,
    /// How the file is written (indentation, short tags), for fixes.
    pub style: crate::edit::Style,
}

impl Context<'_> {
    /// A finding of `meta`'s rule at its default severity.
    pub fn finding(
        &self,
        meta: &'static RuleMeta,
        resource: &Resource<'_>,
        span: Span,
        message: impl Into<String>,
    ) -> Finding {
        Finding {
            code: meta.code,
            name: meta.name,
            severity: meta.severity,
            message: message.into(),
            span,
            resource: Some(resource.id.to_string()),
            related: Vec::new(),
            fix: None,
        }
    }

    /// Related information that says why a task definition is Fargate-bound.
    pub fn bound_because(&self, task_definition: &str) -> Vec<Related> {
        self.fargate
            .task_definition(task_definition)
            .map(|b| {
                vec![Related {
                    span: b.span,
                    message: b.reason.clone(),
                }]
            })
            .unwrap_or_default()
    }

    /// The span to report an alternative at: the alternative's own node when it lies inside the
    /// resource (an `Fn::If` branch), else the property value that led to it (a `Ref` to a
    /// parameter, whose value is then named in the message).
    pub fn span_in_resource(
        &self,
        resource: &Resource<'_>,
        node_span: Span,
        fallback: Span,
    ) -> Span {
        if resource.node.span.start <= node_span.start && node_span.end <= resource.node.span.end {
            node_span
        } else {
            fallback
        }
    }
}

/// " (when X is true)" for conditional findings.
pub fn when(env: &Env) -> String {
    env.describe()
}
