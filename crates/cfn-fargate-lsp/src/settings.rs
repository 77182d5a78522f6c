//! Settings from `initializationOptions` and `workspace/didChangeConfiguration`: the keys of
//! `cfn-fargate.toml` (`select`, `ignore`, `target`, `severity`, `new-size-tiers`,
//! `platform-version`), in kebab-case or camelCase, optionally under a `cfnFargate` or
//! `cfn-fargate` object; and `logLevel` (off, error, warning, info, debug) for the server's own
//! messages (debug logs each analysis with its duration).

use cfn_fargate_core::{Options, Severity, Target};
use serde_json::Value;

fn get<'a>(v: &'a Value, kebab: &str, camel: &str) -> Option<&'a Value> {
    v.get(kebab).or_else(|| v.get(camel))
}

/// Options from a settings object over the defaults.
pub fn options(value: &Value) -> (Options, Vec<String>) {
    overlay(Options::default(), value)
}

/// `base` (from `cfn-fargate.toml`) with the keys the settings object sets replaced; unknown keys
/// are ignored, bad values are reported.
pub fn overlay(base: Options, value: &Value) -> (Options, Vec<String>) {
    let v = value
        .get("cfnFargate")
        .or_else(|| value.get("cfn-fargate"))
        .unwrap_or(value);
    let mut o = base;
    let mut problems = Vec::new();
    let codes = |key: &str, problems: &mut Vec<String>| -> Vec<String> {
        let list: Vec<String> = v
            .get(key)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        list.into_iter()
            .filter(|c| {
                let known = cfn_fargate_core::options::is_known_pattern(
                    c,
                    cfn_fargate_core::rules::all_codes(),
                );
                if !known {
                    problems.push(format!("`{key}` names `{c}`, which is no rule code"));
                }
                known
            })
            .collect()
    };
    if v.get("select").is_some() {
        o.select = codes("select", &mut problems);
    }
    if v.get("ignore").is_some() {
        o.ignore = codes("ignore", &mut problems);
    }
    match v.get("target").and_then(Value::as_str) {
        None => {}
        Some("auto") => o.target = Target::Auto,
        Some("fargate") => o.target = Target::Fargate,
        Some(other) => problems.push(format!("`target` is `{other}`; use auto or fargate")),
    }
    if let Some(b) = get(v, "new-size-tiers", "newSizeTiers").and_then(Value::as_bool) {
        o.new_size_tiers = b;
    }
    if let Some(pv) = get(v, "platform-version", "platformVersion").and_then(Value::as_str) {
        o.platform_version = Some(pv.to_string());
    }
    if let Some(map) = v.get("severity").and_then(Value::as_object) {
        for (code, level) in map {
            let level = match level.as_str() {
                Some("error") => Severity::Error,
                Some("warning") => Severity::Warning,
                Some("info") => Severity::Info,
                Some("hint") => Severity::Hint,
                _ => {
                    problems.push(format!(
                        "severity of {code} must be error, warning, info or hint"
                    ));
                    continue;
                }
            };
            match cfn_fargate_core::rules::all_codes().find(|c| c.eq_ignore_ascii_case(code)) {
                Some(c) => {
                    o.severity.insert(c.to_string(), level);
                }
                None => problems.push(format!("`severity` names `{code}`, which is no rule code")),
            }
        }
    }
    (o, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key of cfn-fargate.toml is read from editor settings too, in camelCase.
    #[test]
    fn every_documented_key_is_read() {
        for s in cfn_fargate_core::config::SETTINGS {
            let value = match s.kind {
                "array" => serde_json::json!(["TD"]),
                "string" => serde_json::json!(s.values.get(1).copied().unwrap_or("x")),
                "boolean" => serde_json::json!(true),
                _ => serde_json::json!({"TD-01": "error"}),
            };
            let key = cfn_fargate_core::config::camel_case(s.key);
            let (o, problems) =
                options(&serde_json::json!({ "cfnFargate": { key.clone(): value } }));
            assert!(problems.is_empty(), "{key}: {problems:?}");
            assert_ne!(
                format!("{o:?}"),
                format!("{:?}", Options::default()),
                "{key} changes nothing"
            );
        }
    }
}
