//! Applying fixes until nothing changes, never leaving a template that does not parse.

use crate::analysis::analyze_with;
use crate::edit;
use crate::finding::{Applicability, Edit, SYNTAX_CODE};
use crate::options::Options;
use crate::syntax::Format;

/// At most this many rounds of analysis and fixing.
pub const MAX_ROUNDS: usize = 10;

/// One fix that was applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applied {
    pub code: &'static str,
    pub resource: Option<String>,
    pub title: String,
    pub applicability: Applicability,
}

#[derive(Clone, Debug)]
pub struct FixOutcome {
    pub text: String,
    pub applied: Vec<Applied>,
    /// Whether a last round found nothing more to fix.
    pub converged: bool,
    /// Set when a round's fixes would have broken the syntax and were dropped.
    pub rejected: bool,
}

/// Apply the safe fixes (and the unsafe ones when `include_unsafe`) of every finding, round after
/// round, until none is left. Fixes whose edits overlap an earlier fix's wait for the next round.
/// A round whose result has more syntax errors than its input is dropped, and fixing stops.
pub fn fix_all(text: &str, format: Format, options: &Options, include_unsafe: bool) -> FixOutcome {
    let mut current = text.to_string();
    let mut applied = Vec::new();
    let mut rejected = false;
    let mut converged = false;
    for _ in 0..MAX_ROUNDS {
        let analysis = analyze_with(&current, format, options);
        let syntax_before = analysis
            .findings
            .iter()
            .filter(|f| f.code == SYNTAX_CODE)
            .count();
        let mut edits: Vec<Edit> = Vec::new();
        let mut round = Vec::new();
        for finding in &analysis.findings {
            let Some(fix) = &finding.fix else { continue };
            let wanted = match fix.applicability {
                Applicability::Safe => true,
                Applicability::Unsafe => include_unsafe,
                Applicability::DisplayOnly => false,
            };
            if !wanted || fix.edits.is_empty() {
                continue;
            }
            let overlaps = fix.edits.iter().any(|e| {
                edits.iter().any(|o| {
                    e.span.start < o.span.end && o.span.start < e.span.end
                        || (e.span.is_empty() || o.span.is_empty())
                            && e.span.start == o.span.start
                            && e.new_text == o.new_text
                })
            });
            if overlaps {
                continue;
            }
            edits.extend(fix.edits.iter().cloned());
            round.push(Applied {
                code: finding.code,
                resource: finding.resource.clone(),
                title: fix.title.clone(),
                applicability: fix.applicability,
            });
        }
        if round.is_empty() {
            converged = true;
            break;
        }
        let (next, _) = edit::apply(&current, &edits);
        let after = analyze_with(&next, format, options);
        let syntax_after = after
            .findings
            .iter()
            .filter(|f| f.code == SYNTAX_CODE)
            .count();
        if syntax_after > syntax_before || next == current {
            rejected = syntax_after > syntax_before;
            break;
        }
        current = next;
        applied.extend(round);
    }
    FixOutcome {
        text: current,
        applied,
        converged,
        rejected,
    }
}
