//! `cfn-fargate.toml`: what a user configures, read from its text (the CLI and the language
//! server find the file and read it).
//!
//! ```toml
//! select = ["TD", "SVC"]          # codes or prefixes to run (default: all)
//! ignore = ["TD-01"]              # codes or prefixes not to run
//! target = "fargate"              # "auto" (default) or "fargate": every ECS service is Fargate-bound
//! new-size-tiers = true           # accept the 32 vCPU tier without a warning
//! platform-version = "1.3.0"      # what services without PlatformVersion run on (default LATEST)
//!
//! [severity]                      # per-code severity: error, warning, info or hint
//! TD-01 = "error"
//! ```
//!
//! An unknown key, code or value is an error that names the file, line and key.

use crate::finding::Severity;
use crate::options::{self, Options, Target};
use crate::rules;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use toml::Spanned;

pub const FILE_NAME: &str = "cfn-fargate.toml";

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ConfigFile {
    select: Option<Vec<Spanned<String>>>,
    ignore: Option<Vec<Spanned<String>>>,
    target: Option<Spanned<String>>,
    new_size_tiers: Option<bool>,
    platform_version: Option<Spanned<String>>,
    severity: Option<BTreeMap<Spanned<String>, Spanned<String>>>,
}

/// A configuration error: where and what, ready for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError(pub String);

/// Codes the configuration may name: every rule and the syntax pseudo-rule.
fn known_codes() -> impl Iterator<Item = &'static str> + Clone {
    rules::all_codes()
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Read a configuration from its text; `name` (the file's path) goes into error messages.
pub fn parse(text: &str, name: &str) -> Result<Options, ConfigError> {
    let file: ConfigFile = toml::from_str(text).map_err(|e| {
        let at = e.span().map(|s| line_col(text, s.start));
        let message = e.message().trim_end().to_string();
        match at {
            Some((line, col)) => ConfigError(format!("{name}:{line}:{col}: {message}")),
            None => ConfigError(format!("{name}: {message}")),
        }
    })?;
    let error_at = |span: std::ops::Range<usize>, message: String| {
        let (line, col) = line_col(text, span.start);
        ConfigError(format!("{name}:{line}:{col}: {message}"))
    };
    let patterns = |list: Option<Vec<Spanned<String>>>,
                    key: &str|
     -> Result<Vec<String>, ConfigError> {
        let mut out = Vec::new();
        for item in list.unwrap_or_default() {
            if !options::is_known_pattern(item.get_ref(), known_codes()) {
                return Err(error_at(
                    item.span(),
                    format!(
                        "`{key}` names `{}`, which is no rule code or prefix; `cfn-fargate rules` lists them",
                        item.get_ref()
                    ),
                ));
            }
            out.push(item.into_inner());
        }
        Ok(out)
    };
    let mut options = Options {
        select: patterns(file.select, "select")?,
        ignore: patterns(file.ignore, "ignore")?,
        ..Options::default()
    };
    if let Some(target) = file.target {
        options.target = parse_target(target.get_ref()).ok_or_else(|| {
            error_at(
                target.span(),
                format!(
                    "`target` is `{}`; use \"auto\" or \"fargate\"",
                    target.get_ref()
                ),
            )
        })?;
    }
    options.new_size_tiers = file.new_size_tiers.unwrap_or(false);
    if let Some(v) = file.platform_version {
        const KNOWN: &[&str] = &["LATEST", "1.4.0", "1.3.0", "1.2.0", "1.1.0", "1.0.0"];
        if !KNOWN.contains(&v.get_ref().as_str()) {
            return Err(error_at(
                v.span(),
                format!(
                    "`platform-version` is `{}`; use LATEST or a Linux platform version such as 1.4.0",
                    v.get_ref()
                ),
            ));
        }
        options.platform_version = Some(v.into_inner());
    }
    let mut severity = HashMap::new();
    for (code, level) in file.severity.unwrap_or_default() {
        let Some(known) = known_codes().find(|c| c.eq_ignore_ascii_case(code.get_ref())) else {
            return Err(error_at(
                code.span(),
                format!(
                    "`severity` names `{}`, which is no rule code",
                    code.get_ref()
                ),
            ));
        };
        let Some(level_value) = parse_severity(level.get_ref()) else {
            return Err(error_at(
                level.span(),
                format!(
                    "severity `{}` for {known}; use error, warning, info or hint",
                    level.get_ref()
                ),
            ));
        };
        severity.insert(known.to_string(), level_value);
    }
    options.severity = severity;
    Ok(options)
}

fn parse_target(s: &str) -> Option<Target> {
    match s {
        "auto" => Some(Target::Auto),
        "fargate" => Some(Target::Fargate),
        _ => None,
    }
}

fn parse_severity(s: &str) -> Option<Severity> {
    match s {
        "error" => Some(Severity::Error),
        "warning" => Some(Severity::Warning),
        "info" => Some(Severity::Info),
        "hint" => Some(Severity::Hint),
        _ => None,
    }
}

/// The places a configuration for `file` may be, nearest first: `cfn-fargate.toml` in the file's
/// directory and each directory above it. (No I/O: the caller checks which exists.)
pub fn candidates(file: &Path) -> Vec<PathBuf> {
    file.ancestors()
        .skip(1)
        .map(|d| d.join(FILE_NAME))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_key() {
        let o = parse(
            "select = [\"TD\", \"SVC-04\"]\nignore = [\"TD-01\"]\ntarget = \"fargate\"\nnew-size-tiers = true\nplatform-version = \"1.3.0\"\n[severity]\nTD-02 = \"warning\"\n",
            "cfn-fargate.toml",
        )
        .unwrap();
        assert_eq!(o.select, ["TD", "SVC-04"]);
        assert_eq!(o.ignore, ["TD-01"]);
        assert_eq!(o.target, Target::Fargate);
        assert!(o.new_size_tiers);
        assert_eq!(o.platform_version.as_deref(), Some("1.3.0"));
        assert!(
            parse("platform-version = \"2.0\"\n", "c.toml")
                .unwrap_err()
                .0
                .contains("platform-version")
        );
        assert_eq!(o.severity.get("TD-02"), Some(&Severity::Warning));
    }

    #[test]
    fn errors_name_file_line_and_key() {
        let e = parse("select = [\"TD\"]\nfrobnicate = 1\n", "x/cfn-fargate.toml").unwrap_err();
        assert!(e.0.starts_with("x/cfn-fargate.toml:2:1: "), "{}", e.0);
        assert!(e.0.contains("frobnicate"), "{}", e.0);
        let e = parse("ignore = [\"TD-99\"]\n", "c.toml").unwrap_err();
        assert!(e.0.starts_with("c.toml:1:11: "), "{}", e.0);
        assert!(e.0.contains("TD-99"), "{}", e.0);
        let e = parse("[severity]\nTD-02 = \"loud\"\n", "c.toml").unwrap_err();
        assert!(e.0.starts_with("c.toml:2:9: "), "{}", e.0);
        let e = parse("target = \"ec2\"\n", "c.toml").unwrap_err();
        assert!(e.0.contains("`target` is `ec2`"), "{}", e.0);
    }
}

/// One configuration key, for documentation and editor settings (VS Code's settings are generated
/// from this list by `cargo xtask codegen`, so they cannot drift from what is read here).
#[derive(Debug)]
pub struct Setting {
    /// The key in `cfn-fargate.toml` (kebab-case).
    pub key: &'static str,
    /// The JSON type of its value: `array`, `string`, `boolean` or `object`.
    pub kind: &'static str,
    pub description: &'static str,
    /// Allowed values, for string settings that have a fixed set.
    pub values: &'static [&'static str],
}

pub const SETTINGS: &[Setting] = &[
    Setting {
        key: "select",
        kind: "array",
        description: "Rule codes or prefixes to run (for example TD, SVC-04); empty runs every rule.",
        values: &[],
    },
    Setting {
        key: "ignore",
        kind: "array",
        description: "Rule codes or prefixes not to run; wins over select.",
        values: &[],
    },
    Setting {
        key: "target",
        kind: "string",
        description: "auto checks what is Fargate-bound; fargate checks every ECS service and task definition as if it ran on Fargate.",
        values: &["auto", "fargate"],
    },
    Setting {
        key: "new-size-tiers",
        kind: "boolean",
        description: "Accept the 32 vCPU task size (32768) without a warning.",
        values: &[],
    },
    Setting {
        key: "platform-version",
        kind: "string",
        description: "The Linux platform version services without PlatformVersion run on.",
        values: &["LATEST", "1.4.0", "1.3.0"],
    },
    Setting {
        key: "severity",
        kind: "object",
        description: "Severity per rule code: error, warning, info or hint.",
        values: &[],
    },
];

/// `new-size-tiers` as `newSizeTiers`: the spelling editor settings use.
pub fn camel_case(key: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in key.chars() {
        if c == '-' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod settings_tests {
    use super::*;

    /// Every documented key is read from a configuration file.
    #[test]
    fn every_setting_is_read() {
        for s in SETTINGS {
            let value = match s.kind {
                "array" => "[\"TD\"]".to_string(),
                "string" => format!("{:?}", s.values.get(1).copied().unwrap_or("x")),
                "boolean" => "true".to_string(),
                _ => String::new(),
            };
            let text = if s.kind == "object" {
                format!("[{}]\nTD-01 = \"error\"\n", s.key)
            } else {
                format!("{} = {value}\n", s.key)
            };
            let o = parse(&text, "c.toml").unwrap_or_else(|e| panic!("{}: {}", s.key, e.0));
            assert_ne!(
                format!("{o:?}"),
                format!("{:?}", Options::default()),
                "{} changes nothing",
                s.key
            );
        }
        assert_eq!(camel_case("new-size-tiers"), "newSizeTiers");
    }
}
