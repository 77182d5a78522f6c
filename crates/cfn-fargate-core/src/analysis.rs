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
#[derive(Clone, Debug)]
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
    analyze_parsed(text, syntax::parse(text, format), options).0
}

/// Check a parsed document. Also returns the rule findings before suppressions (for re-use by
/// [`crate::incremental`]).
pub(crate) fn analyze_parsed(
    text: &str,
    parsed: syntax::Parsed,
    options: &Options,
) -> (Analysis, Vec<Finding>) {
    let format = parsed.format;
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
        let analysis = Analysis {
            format,
            is_template: false,
            template: None,
            findings: Vec::new(),
        };
        return (analysis, Vec::new());
    }
    let template = parsed
        .root
        .filter(|r| r.as_mapping().is_some())
        .map(Template::new);
    let mut findings = syntax_findings;
    let mut raw = Vec::new();
    if let Some(template) = &template {
        let style = crate::edit::Style::of(text, format, &template.root);
        raw = rule_findings(text, format, template, options, style);
        findings.extend(finish(template, text, raw.clone(), options));
    }
    let analysis = Analysis {
        format,
        is_template,
        template,
        findings,
    };
    (analysis, raw)
}

/// Run `f` with the rule context of a template (for generators that reuse what rules know).
pub(crate) fn with_context<R>(
    text: &str,
    format: Format,
    template: &Template,
    options: &Options,
    f: impl FnOnce(&Context<'_>) -> R,
) -> R {
    let style = crate::edit::Style::of(text, format, &template.root);
    with_style(text, format, template, options, style, f)
}

/// [`with_context`] with the style already known.
pub(crate) fn with_style<R>(
    text: &str,
    format: Format,
    template: &Template,
    options: &Options,
    style: crate::edit::Style,
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
        style,
    };
    f(&ctx)
}

/// Every enabled rule's findings on `template`, with configured severities, before suppressions.
pub(crate) fn rule_findings(
    text: &str,
    format: Format,
    template: &Template,
    options: &Options,
    style: crate::edit::Style,
) -> Vec<Finding> {
    let mut findings = with_style(text, format, template, options, style, |ctx| {
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
    findings
}

/// Suppressions, then document order without duplicates.
pub(crate) fn finish(
    template: &Template,
    text: &str,
    findings: Vec<Finding>,
    options: &Options,
) -> Vec<Finding> {
    let mut findings = crate::suppression::apply(template, text, findings, options);
    findings.retain(|f| options.is_enabled(f.code));
    // A total order on what tells findings apart, so the result does not depend on the order
    // the rules produced them in.
    let key = |f: &Finding| {
        (
            f.span.start,
            f.code,
            f.span.end,
            f.message.clone(),
            f.resource.clone(),
            f.severity,
            f.fix.as_ref().map(|x| x.title.clone()),
        )
    };
    findings.sort_by_cached_key(key);
    findings.dedup_by(|a, b| a.code == b.code && a.span == b.span && a.message == b.message);
    findings
}
