//! What a user can configure about a check: which rules run, their severities, and whether every
//! ECS service counts as Fargate-bound. The CLI reads these from `cfn-fargate.toml` and flags; the
//! language server from its settings.

use crate::finding::Severity;
use std::collections::HashMap;

/// Which ECS resources the Fargate rules apply to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Target {
    /// Only what is Fargate-bound (catalog entry X-01).
    #[default]
    Auto,
    /// Every ECS service, task set and task definition, as when migrating a whole stack.
    Fargate,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// Codes or code prefixes (`TD`, `TD-0`, `SVC-04`) to run; empty runs all.
    pub select: Vec<String>,
    /// Codes or code prefixes not to run; wins over `select`.
    pub ignore: Vec<String>,
    /// Severity per code, replacing the rule's.
    pub severity: HashMap<String, Severity>,
    pub target: Target,
    /// Accept the 32 vCPU tier (32768) without a warning.
    pub new_size_tiers: bool,
    /// The Linux platform version a Fargate service runs on when it does not set
    /// `PlatformVersion` (ECS uses LATEST, which is 1.4.0): set it to check the templates against
    /// the version your deployments pass in.
    pub platform_version: Option<String>,
}

impl Options {
    /// Whether the rule with `code` runs.
    pub fn is_enabled(&self, code: &str) -> bool {
        let matches = |pattern: &String| code_matches(pattern, code);
        (self.select.is_empty() || self.select.iter().any(matches))
            && !self.ignore.iter().any(matches)
    }
}

/// Whether `pattern` names `code`: the whole code, or a prefix of it that ends at a `-` or
/// before a digit (`TD` and `TD-0` name `TD-05`; `T` does not).
pub fn code_matches(pattern: &str, code: &str) -> bool {
    let (p, c) = (pattern.to_ascii_uppercase(), code.to_ascii_uppercase());
    if p == c || p == "ALL" {
        return true;
    }
    c.starts_with(&p)
        && (p.ends_with('-')
            || c[p.len()..].starts_with('-')
            || p.ends_with(|ch: char| ch.is_ascii_digit()))
}

/// Whether a pattern names at least one of `codes`.
pub fn is_known_pattern<'a>(pattern: &str, mut codes: impl Iterator<Item = &'a str>) -> bool {
    codes.any(|c| code_matches(pattern, c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes() {
        assert!(code_matches("TD", "TD-05"));
        assert!(code_matches("td-0", "TD-05"));
        assert!(code_matches("TD-05", "TD-05"));
        assert!(code_matches("ALL", "SVC-01"));
        assert!(!code_matches("T", "TD-05"));
        assert!(!code_matches("TD-1", "TD-01"));
        assert!(!code_matches("SVC", "TD-05"));
        let o = Options {
            select: vec!["TD".into()],
            ignore: vec!["TD-01".into()],
            ..Options::default()
        };
        assert!(o.is_enabled("TD-02"));
        assert!(!o.is_enabled("TD-01"));
        assert!(!o.is_enabled("SVC-04"));
    }
}
