//! Suppressions: what users of cfn-lint already write, and ours.
//!
//! - cfn-lint's `Metadata: cfn-lint: config: ignore_checks: [E3047]`, at template or resource
//!   level, hides the findings of every rule that declares that cfn-lint code as its equivalent
//!   (a prefix such as `E30` works as it does in cfn-lint).
//! - Ours, at resource level: `Metadata: cfn-fargate: ignore: [{code: TD-05, reason: "..."}]`.
//! - Ours, as a YAML comment on the line above a property:
//!   `# cfn-fargate: ignore[TD-05] reason` (several codes: `ignore[TD-05, TD-06]`). It covers that
//!   property, key and value.
//!
//! Our suppressions need a reason; one without a reason, one that names an unknown code, and one
//! that hides nothing are findings themselves (code `SUPPRESSION`).

use crate::finding::{Finding, Severity};
use crate::options::code_matches;
use crate::rules;
use crate::span::Span;
use crate::template::Template;
use crate::value::{Entry, Node, Value};

/// The code of findings about suppressions.
pub const SUPPRESSION_CODE: &str = "SUPPRESSION";

struct Suppression {
    codes: Vec<String>,
    /// Findings whose span starts here are covered (None: a whole resource or the template).
    region: Option<Span>,
    /// Only findings about this resource are covered.
    resource: Option<String>,
    /// Where the suppression is written, for findings about it (None: cfn-lint's, never reported).
    at: Option<Span>,
    used: bool,
}

impl Suppression {
    fn covers(&self, f: &Finding) -> bool {
        if let Some(region) = self.region
            && !(region.start <= f.span.start && f.span.start <= region.end)
        {
            return false;
        }
        if let Some(resource) = &self.resource
            && f.resource.as_deref() != Some(resource.as_str())
        {
            return false;
        }
        self.codes.iter().any(|c| code_matches(c, f.code))
    }
}

fn problem(span: Span, message: String) -> Finding {
    Finding {
        code: SUPPRESSION_CODE,
        name: "invalid-suppression",
        severity: Severity::Warning,
        message,
        span,
        resource: None,
        related: Vec::new(),
        fix: None,
    }
}

fn known(code: &str) -> bool {
    rules::all()
        .iter()
        .any(|r| code_matches(code, r.meta().code))
}

/// Our codes that a cfn-lint code (or prefix) stands for.
fn from_cfn_lint(code: &str) -> Vec<String> {
    rules::all()
        .iter()
        .filter(|r| r.meta().cfn_lint.iter().any(|c| c.starts_with(code)))
        .map(|r| r.meta().code.to_string())
        .collect()
}

fn cfn_lint_ignores(metadata: Option<&Node>) -> Vec<String> {
    metadata
        .and_then(|m| m.get("cfn-lint"))
        .and_then(|c| c.get("config"))
        .and_then(|c| c.get("ignore_checks"))
        .and_then(Node::as_sequence)
        .unwrap_or_default()
        .iter()
        .filter_map(Node::as_scalar)
        .flat_map(from_cfn_lint)
        .collect()
}

/// Hide the suppressed findings and add findings about the suppressions.
pub fn apply(
    template: &Template,
    text: &str,
    findings: Vec<Finding>,
    options: &crate::options::Options,
) -> Vec<Finding> {
    let mut suppressions = Vec::new();
    let mut problems = Vec::new();

    let template_level = cfn_lint_ignores(template.root.get("Metadata"));
    if !template_level.is_empty() {
        suppressions.push(Suppression {
            codes: template_level,
            region: None,
            resource: None,
            at: None,
            used: false,
        });
    }
    for resource in template.resources() {
        let metadata = resource.node.get("Metadata");
        let codes = cfn_lint_ignores(metadata);
        if !codes.is_empty() {
            suppressions.push(Suppression {
                codes,
                region: None,
                resource: Some(resource.id.to_string()),
                at: None,
                used: false,
            });
        }
        let ours = metadata
            .and_then(|m| m.get("cfn-fargate"))
            .and_then(|c| c.get("ignore"))
            .and_then(Node::as_sequence)
            .unwrap_or_default();
        for item in ours {
            let code = item.get("code").and_then(Node::as_scalar);
            let reason = item.get("reason").and_then(Node::as_scalar).map(str::trim);
            match (code, reason) {
                (None, _) => problems.push(problem(
                    item.span,
                    "this suppression has no `code`; write `{code: TD-05, reason: \"why\"}`".to_string(),
                )),
                (Some(code), _) if !known(code) => problems.push(problem(
                    item.get("code").map_or(item.span, |c| c.span),
                    format!("`{code}` is no rule code; `cfn-fargate rules` lists them"),
                )),
                (Some(code), None | Some("")) => problems.push(problem(
                    item.span,
                    format!("the suppression of {code} has no `reason`; say why the finding does not apply"),
                )),
                (Some(code), Some(_)) => suppressions.push(Suppression {
                    codes: vec![code.to_string()],
                    region: None,
                    resource: Some(resource.id.to_string()),
                    at: Some(item.span),
                    used: false,
                }),
            }
        }
    }
    comment_suppressions(template, text, &mut suppressions, &mut problems);

    let mut kept = Vec::with_capacity(findings.len());
    for f in findings {
        let mut hidden = false;
        for s in suppressions.iter_mut() {
            if s.covers(&f) {
                s.used = true;
                hidden = true;
            }
        }
        if !hidden {
            kept.push(f);
        }
    }
    for s in &suppressions {
        // A suppression of a rule that did not run (not selected) has nothing to hide.
        let ran = s.codes.iter().any(|c| {
            rules::all()
                .iter()
                .any(|r| code_matches(c, r.meta().code) && options.is_enabled(r.meta().code))
        });
        if let (false, true, Some(at)) = (s.used, ran, s.at) {
            problems.push(problem(
                at,
                format!(
                    "this suppression of {} hides nothing; remove it",
                    s.codes.join(", ")
                ),
            ));
        }
    }
    kept.extend(problems);
    kept
}

/// `# cfn-fargate: ignore[CODES] reason` comments.
fn comment_suppressions(
    template: &Template,
    text: &str,
    suppressions: &mut Vec<Suppression>,
    problems: &mut Vec<Finding>,
) {
    const MARKER: &str = "cfn-fargate:";
    if !text.contains(MARKER) {
        return;
    }
    let mut offset = 0;
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .map(|l| {
            let start = offset;
            offset += l.len();
            (start, l)
        })
        .collect();
    for (i, (start, line)) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let Some(comment) = trimmed.strip_prefix('#') else {
            continue;
        };
        let Some(rest) = comment.trim_start().strip_prefix(MARKER) else {
            continue;
        };
        let at = Span::new(
            start + (line.len() - trimmed.len()),
            start + line.trim_end().len(),
        );
        let rest = rest.trim_start();
        let Some(rest) = rest.strip_prefix("ignore[") else {
            problems.push(problem(
                at,
                "write this suppression as `# cfn-fargate: ignore[CODE] reason`".to_string(),
            ));
            continue;
        };
        let Some((codes, reason)) = rest.split_once(']') else {
            problems.push(problem(
                at,
                "this suppression has no closing `]`".to_string(),
            ));
            continue;
        };
        let codes: Vec<String> = codes
            .split(',')
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
            .collect();
        if let Some(unknown) = codes.iter().find(|c| !known(c)) {
            problems.push(problem(
                at,
                format!("`{unknown}` is no rule code; `cfn-fargate rules` lists them"),
            ));
            continue;
        }
        if codes.is_empty() || reason.trim().is_empty() {
            problems.push(problem(
                at,
                "a suppression needs codes and a reason: `# cfn-fargate: ignore[CODE] reason`"
                    .to_string(),
            ));
            continue;
        }
        // The next line that is not blank or a comment is the property it covers.
        let Some((next_start, next_line)) = lines[i + 1..]
            .iter()
            .find(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        else {
            continue;
        };
        let line_span = Span::new(*next_start, next_start + next_line.trim_end().len());
        let region = entry_on_line(&template.root, line_span)
            .map_or(line_span, |e| e.key_span.cover(e.value.span));
        suppressions.push(Suppression {
            codes,
            region: Some(region),
            resource: None,
            at: Some(at),
            used: false,
        });
    }
}

/// The mapping entry whose key starts on the line `line`.
fn entry_on_line(node: &Node, line: Span) -> Option<&Entry> {
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if n.span.end < line.start || n.span.start > line.end && !n.span.is_empty() {
            continue;
        }
        match &n.value {
            Value::Scalar { .. } => {}
            Value::Sequence(items) => stack.extend(items.iter()),
            Value::Mapping(entries) => {
                for e in entries {
                    if line.start <= e.key_span.start && e.key_span.start <= line.end {
                        return Some(e);
                    }
                    stack.push(&e.value);
                }
            }
        }
    }
    None
}
