//! The entry point: text in, findings out.

use crate::fargate::FargateContext;
use crate::finding::{Finding, SYNTAX_CODE, Severity};
use crate::options::Options;
use crate::resolve::Resolver;
use crate::rule::Context;
use crate::rules;
use crate::syntax::{self, Format};
use crate::template::Template;

/// The result of checking one document.
#[derive(Debug)]
pub struct Analysis {
    pub format: Format,
    /// Whether the document is a CloudFormation template. Documents that are not get no findings.
    pub is_template: bool,
    /// The template, when the document (or what could be recovered of it) is one.
    pub template: Option<Template>,
    /// Syntax errors first, then rule findings, each group in document order.
    pub findings: Vec<Finding>,
}

impl Analysis {
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}

/// Parse and check one document with the default options. Never fails and never panics: broken
/// input gives syntax findings plus the findings of whatever part of the template could be read.
pub fn analyze(text: &str, format: Format) -> Analysis {
    analyze_with(text, format, &Options::default())
}

/// Parse and check one document with `options`.
pub fn analyze_with(text: &str, format: Format, options: &Options) -> Analysis {
    let parsed = syntax::parse(text, format);
    let syntax_findings: Vec<Finding> = parsed
        .errors
        .iter()
        .map(|e| Finding {
            code: SYNTAX_CODE,
            name: "syntax-error",
            severity: Severity::Error,
            message: e.message.clone(),
            span: e.span,
            resource: None,
            related: Vec::new(),
            fix: None,
        })
        .collect();
    let looks_like_template = match &parsed.root {
        Some(root) => Template::is_template(root),
        None => false,
    };
    // A broken document is a template when its text says so, so that its syntax errors are shown.
    let is_template = looks_like_template
        || (!syntax_findings.is_empty()
            && (text.contains("AWSTemplateFormatVersion") || text.contains("AWS::")));
    if !is_template {
        return Analysis {
            format,
            is_template: false,
            template: None,
            findings: Vec::new(),
        };
    }
    let template = parsed
        .root
        .filter(|r| r.as_mapping().is_some())
        .map(Template::new);
    let mut findings = syntax_findings;
    if let Some(template) = &template {
        findings.extend(run_rules(text, format, template, options));
    }
    Analysis {
        format,
        is_template,
        template,
        findings,
    }
}

/// Run `f` with the rule context of a template (for generators that reuse what rules know).
pub(crate) fn with_context<R>(
    text: &str,
    format: Format,
    template: &Template,
    options: &Options,
    f: impl FnOnce(&Context<'_>) -> R,
) -> R {
    let resolver = Resolver::new(template);
    let fargate = FargateContext::build(template, &resolver, options.target);
    let ctx = Context {
        text,
        format,
        template,
        resolver,
        fargate: &fargate,
        options,
        style: crate::edit::Style::of(text, format, &template.root),
    };
    f(&ctx)
}

fn run_rules(text: &str, format: Format, template: &Template, options: &Options) -> Vec<Finding> {
    let mut findings = with_context(text, format, template, options, |ctx| {
        let mut findings = Vec::new();
        for rule in rules::all() {
            if !options.is_enabled(rule.meta().code) {
                continue;
            }
            rule.check(ctx, &mut findings);
        }
        findings
    });
    for f in &mut findings {
        if let Some(severity) = options.severity.get(f.code) {
            f.severity = *severity;
        }
    }
    let mut findings = crate::suppression::apply(template, text, findings, options);
    findings.retain(|f| options.is_enabled(f.code));
    findings.sort_by(|a, b| {
        (a.span.start, a.code, a.span.end, &a.message).cmp(&(
            b.span.start,
            b.code,
            b.span.end,
            &b.message,
        ))
    });
    findings.dedup_by(|a, b| a.code == b.code && a.span == b.span && a.message == b.message);
    findings
}
