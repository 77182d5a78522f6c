//! Rule fixtures: `tests/fixtures/<CODE>/{valid,invalid}.{json,yaml}`, snapshot-tested.

mod common;

use cfn_fargate_core::Severity;
use common::{assert_spans_valid, check_file, render};
use std::path::Path;

#[test]
fn rule_fixtures() {
    insta::glob!("fixtures/*/*.{json,yaml}", |path| {
        let (text, findings) = check_file(path);
        assert_spans_valid(&text, &findings);
        let dir = path
            .parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_str()
            .unwrap();
        let stem = path.file_stem().unwrap().to_str().unwrap();
        if stem == "invalid" {
            assert!(
                findings.iter().any(|f| f.code == dir),
                "{} should have a {dir} finding:\n{}",
                path.display(),
                render(&text, &findings)
            );
        }
        if stem == "valid" {
            let errors: Vec<_> = findings
                .iter()
                .filter(|f| f.code == dir || f.severity == Severity::Error)
                .collect();
            assert!(
                errors.is_empty(),
                "{} should have no {dir} finding and no error:\n{}",
                path.display(),
                render(&text, &findings)
            );
        }
        insta::assert_snapshot!(render(&text, &findings));
        check_fixes_converge(path, &text);
    });
}

/// Applying every fix, unsafe ones included, converges to a template that parses, whose fixed
/// findings are gone; a second run changes nothing.
fn check_fixes_converge(path: &Path, text: &str) {
    let format = common::format_of(path);
    let options = cfn_fargate_core::Options::default();
    let outcome = cfn_fargate_core::fix::fix_all(text, format, &options, true);
    assert!(
        outcome.converged,
        "{}: fixes did not converge",
        path.display()
    );
    assert!(
        !outcome.rejected,
        "{}: a fix broke the syntax",
        path.display()
    );
    let after = cfn_fargate_core::analyze(&outcome.text, format);
    assert!(
        !after.findings.iter().any(|f| f.code == "SYNTAX"),
        "{}: the fixed template does not parse:\n{}",
        path.display(),
        outcome.text
    );
    assert!(
        !after.findings.iter().any(|f| f
            .fix
            .as_ref()
            .is_some_and(|x| x.applicability != cfn_fargate_core::Applicability::DisplayOnly)),
        "{}: fixable findings remain after fixing:\n{}",
        path.display(),
        common::render(&outcome.text, &after.findings)
    );
    let again = cfn_fargate_core::fix::fix_all(&outcome.text, format, &options, true);
    assert!(
        again.applied.is_empty(),
        "{}: a second run changed the template",
        path.display()
    );
}

/// The JSON and YAML twin of each fixture give the same findings (code, severity, resource and
/// message), in the same order.
#[test]
fn json_and_yaml_twins_agree() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut pairs = 0;
    for dir in std::fs::read_dir(&root).unwrap() {
        let dir = dir.unwrap().path();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let json = entry.unwrap().path();
            if json.extension().and_then(|e| e.to_str()) != Some("json") {
                continue;
            }
            let yaml = json.with_extension("yaml");
            if !yaml.exists() {
                continue;
            }
            let key = |p: &Path| {
                let (_, findings) = check_file(p);
                findings
                    .iter()
                    .map(|f| (f.code, f.severity, f.resource.clone(), f.message.clone()))
                    .collect::<Vec<_>>()
            };
            let (mut a, mut b) = (key(&json), key(&yaml));
            a.sort();
            b.sort();
            assert_eq!(a, b, "{} and its YAML twin differ", json.display());
            pairs += 1;
        }
    }
    assert!(
        pairs >= 12,
        "expected a JSON/YAML pair per rule, found {pairs}"
    );
}
