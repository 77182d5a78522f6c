//! Conversions between the engine's findings and edits and LSP types: the only place that maps
//! one onto the other.

use crate::position::Positions;
use cfn_fargate_core::finding::SYNTAX_CODE;
use cfn_fargate_core::{Applicability, Edit, Finding, Severity};
use serde::{Deserialize, Serialize};
use tower_lsp_server::ls_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag,
    Location, NumberOrString, TextEdit, Uri,
};

/// Where a rule's documentation is published.
pub fn rule_docs_url(code: &str) -> Option<Uri> {
    format!("https://github.com/cfn-fargate/cfn-fargate/blob/main/docs/rules/{code}.md")
        .parse()
        .ok()
}

/// A finding's fix, carried in the diagnostic's `data` so that a code action needs no second
/// analysis. The edits are already LSP ranges of `version`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FixData {
    pub version: i32,
    pub code: String,
    pub title: String,
    pub safe: bool,
    pub edits: Vec<TextEdit>,
}

pub fn text_edits(p: &Positions<'_>, edits: &[Edit]) -> Vec<TextEdit> {
    edits
        .iter()
        .map(|e| TextEdit {
            range: p.range(e.span),
            new_text: e.new_text.clone(),
        })
        .collect()
}

pub fn diagnostic(uri: &Uri, p: &Positions<'_>, version: i32, f: &Finding) -> Diagnostic {
    let severity = match f.severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
        Severity::Hint => DiagnosticSeverity::HINT,
    };
    let related: Vec<DiagnosticRelatedInformation> = f
        .related
        .iter()
        .map(|r| DiagnosticRelatedInformation {
            location: Location {
                uri: uri.clone(),
                range: p.range(r.span),
            },
            message: r.message.clone(),
        })
        .collect();
    let data = f
        .fix
        .as_ref()
        .filter(|x| x.applicability != Applicability::DisplayOnly)
        .map(|fix| {
            serde_json::to_value(FixData {
                version,
                code: f.code.to_string(),
                title: fix.title.clone(),
                safe: fix.applicability == Applicability::Safe,
                edits: text_edits(p, &fix.edits),
            })
            .unwrap_or_default()
        });
    // Suppressions that hide nothing are dead text.
    let tags = (f.code == cfn_fargate_core::suppression::SUPPRESSION_CODE
        && f.message.contains("hides nothing"))
    .then(|| vec![DiagnosticTag::UNNECESSARY]);
    Diagnostic {
        range: p.range(f.span),
        severity: Some(severity),
        code: Some(NumberOrString::String(f.code.to_string())),
        code_description: (f.code != SYNTAX_CODE)
            .then(|| rule_docs_url(f.code))
            .flatten()
            .map(|href| CodeDescription { href }),
        source: Some("cfn-fargate".to_string()),
        message: f.message.clone(),
        related_information: (!related.is_empty()).then_some(related),
        tags,
        data,
    }
}
