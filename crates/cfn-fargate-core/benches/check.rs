//! `cargo xtask bench`: how long a check takes, from text to findings.

use cfn_fargate_core::{Format, analyze};

fn main() {
    divan::main();
}

const STORY_YAML: &str = include_str!("../../../examples/story-service.yaml");
const STORY_JSON: &str = include_str!("../../../examples/story-service.json");

/// A template whose 40 task definitions each take Cpu and Memory from their own condition.
fn forty_conditions() -> String {
    let mut yaml = String::from("Conditions:\n");
    for i in 0..40 {
        yaml.push_str(&format!(
            "  Big{i}: !Equals [!Ref AWS::Region, us-east-1]\n"
        ));
    }
    yaml.push_str("Resources:\n");
    for i in 0..40 {
        yaml.push_str(&format!(
            "  Task{i}:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      RequiresCompatibilities: [FARGATE]\n      NetworkMode: awsvpc\n      Cpu: !If [Big{i}, 4096, 256]\n      Memory: !If [Big{i}, 30720, 3072]\n      ContainerDefinitions:\n        - {{Name: app, Image: public.ecr.aws/nginx/nginx:latest}}\n"
        ));
    }
    yaml
}

/// The story's resources copied (logical IDs renamed per copy) until the template is about
/// `bytes` long. Panics if the result does not parse cleanly, so the benchmark measures real work.
fn large_yaml(bytes: usize) -> String {
    let (head, rest) = STORY_YAML.split_once("Resources:\n").unwrap();
    let resources = rest.split("\nOutputs:").next().unwrap();
    let ids: Vec<&str> = resources
        .lines()
        .filter_map(|l| l.strip_prefix("  ")?.strip_suffix(':'))
        .filter(|id| !id.starts_with(' '))
        .collect();
    let mut out = format!("{head}Resources:\n");
    let mut i = 0;
    while out.len() < bytes {
        let mut copy = format!("{resources}\n");
        for id in &ids {
            for (from, to) in [
                (format!("  {id}:\n"), format!("  {id}X{i}:\n")),
                (format!("!Ref {id}\n"), format!("!Ref {id}X{i}\n")),
                (format!("!GetAtt {id}."), format!("!GetAtt {id}X{i}.")),
                (format!("${{{id}."), format!("${{{id}X{i}.")),
                (format!("${{{id}}}"), format!("${{{id}X{i}}}")),
                (
                    format!("DependsOn: {id}\n"),
                    format!("DependsOn: {id}X{i}\n"),
                ),
            ] {
                copy = copy.replace(&from, &to);
            }
        }
        out.push_str(&copy);
        i += 1;
    }
    let analysis = analyze(&out, Format::Yaml);
    assert!(
        !analysis.findings.iter().any(|f| f.code == "SYNTAX"),
        "the generated template does not parse"
    );
    assert!(
        analysis.findings.len() > i,
        "each copy should have findings"
    );
    out
}

#[divan::bench]
fn story_yaml() -> usize {
    analyze(divan::black_box(STORY_YAML), Format::Yaml)
        .findings
        .len()
}

#[divan::bench]
fn story_json() -> usize {
    analyze(divan::black_box(STORY_JSON), Format::Json)
        .findings
        .len()
}

#[divan::bench]
fn forty_independent_conditions(bencher: divan::Bencher) {
    let text = forty_conditions();
    bencher.bench(|| {
        analyze(divan::black_box(&text), Format::Yaml)
            .findings
            .len()
    });
}

#[divan::bench(args = [50_000, 1_000_000])]
fn large_yaml_template(bencher: divan::Bencher, bytes: usize) {
    let text = large_yaml(bytes);
    bencher.bench(|| {
        analyze(divan::black_box(&text), Format::Yaml)
            .findings
            .len()
    });
}
