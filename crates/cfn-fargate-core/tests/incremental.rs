//! Incremental re-analysis gives what a fresh check of the same text gives: the value tree (with
//! spans), the tree-sitter tree (JSON) and the findings, after long runs of random edits.

mod common;

use cfn_fargate_core::incremental::{Document, Reuse};
use cfn_fargate_core::value::{Node, Value};
use cfn_fargate_core::{Format, Options, Target, analyze_with, syntax};
use std::path::Path;

/// A small deterministic random source (xorshift), so failures replay.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// Independent groups of resources (some broken for Fargate, some not), a parameter several use,
/// a NAT gateway (whose existence matters to other resources) and outputs after the resources.
fn generated_yaml(groups: usize) -> String {
    let mut out = String::from(
        "AWSTemplateFormatVersion: \"2010-09-09\"\nParameters:\n  TaskCpu:\n    Type: String\n    Default: \"256\"\nResources:\n",
    );
    // Resources many groups share: a cluster, a network, a load balancer's listener, a log group
    // and an execution role.
    out.push_str("  Cluster:\n    Type: AWS::ECS::Cluster\n    Properties:\n      CapacityProviders: [FARGATE]\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n  Subnet:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Vpc\n      CidrBlock: 10.0.0.0/24\n  Group:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: tasks\n      VpcId: !Ref Vpc\n  Balancer:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      Subnets: [!Ref Subnet]\n  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref Balancer\n      Port: 80\n      Protocol: HTTP\n      DefaultActions:\n        - Type: forward\n          TargetGroupArn: !Ref Group0\n  Logs:\n    Type: AWS::Logs::LogGroup\n  ExecRole:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: {Service: ecs-tasks.amazonaws.com}\n            Action: sts:AssumeRole\n");
    for i in 0..groups {
        match i % 4 {
            0 => out.push_str(&format!(
                "  Task{i}:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      NetworkMode: bridge\n      ContainerDefinitions:\n        - Name: app\n          Image: nginx\n          Memory: 512\n          PortMappings:\n            - ContainerPort: 80\n              HostPort: 8080\n  Service{i}:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: FARGATE\n      Role: ecsServiceRole\n      TaskDefinition: !Ref Task{i}\n      LoadBalancers:\n        - ContainerName: app\n          ContainerPort: 80\n          TargetGroupArn: !Ref Group{i}\n      Cluster: !Ref Cluster\n  Group{i}:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n    Properties:\n      Port: 80\n      Protocol: HTTP\n      VpcId: !Ref Vpc\n  Rule{i}:\n    Type: AWS::ElasticLoadBalancingV2::ListenerRule\n    Properties:\n      ListenerArn: !Ref Listener\n      Priority: {p}\n      Conditions: [{{Field: path-pattern, Values: [/{i}]}}]\n      Actions: [{{Type: forward, TargetGroupArn: !Ref Group{i}}}]\n", p = i + 1
            )),
            1 => out.push_str(&format!(
                "  Task{i}:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      RequiresCompatibilities: [FARGATE]\n      NetworkMode: awsvpc\n      Cpu: !Ref TaskCpu\n      Memory: 4096\n      ExecutionRoleArn: !GetAtt ExecRole.Arn\n      ContainerDefinitions:\n        - Name: app\n          Image: public.ecr.aws/nginx/nginx:latest\n          LogConfiguration:\n            LogDriver: awslogs\n            Options:\n              awslogs-group: !Ref Logs\n              awslogs-region: !Ref AWS::Region\n  Service{i}:\n    Type: AWS::ECS::Service\n    DependsOn: Task{i}\n    Properties:\n      LaunchType: EC2\n      TaskDefinition: !Ref Task{i}\n"
            )),
            2 => out.push_str(&format!(
                "  Task{i}:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      RequiresCompatibilities: [FARGATE]\n      NetworkMode: awsvpc\n      Cpu: 256\n      Memory: 512\n      ExecutionRoleArn: !GetAtt Role{i}.Arn\n      ContainerDefinitions:\n        - Name: app\n          Image: !Sub \"${{AWS::AccountId}}.dkr.ecr.${{AWS::Region}}.amazonaws.com/app:${{Tag{i}}}\"\n          PortMappings:\n            - ContainerPort: 80\n  Service{i}:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: FARGATE\n      TaskDefinition: !Ref Task{i}\n      Cluster: !Ref Cluster\n      NetworkConfiguration:\n        AwsvpcConfiguration:\n          Subnets: [!Ref Subnet]\n          SecurityGroups: [!GetAtt Group.GroupId]\n  Role{i}:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: {{Service: ecs-tasks.amazonaws.com}}\n            Action: sts:AssumeRole\n"
            )),
            _ => out.push_str(&format!(
                "  # a comment with é and 😀\n  Gateway{i}:\n    Type: AWS::EC2::NatGateway\n    Properties:\n      SubnetId: subnet-0abc\n  Task{i}:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Cpu: 1024\n      Memory: 1024\n      ContainerDefinitions:\n        - Name: app\n          Image: nginx\n          Links: [db]\n"
            )),
        }
    }
    out.push_str("Outputs:\n  First:\n    Value: !Ref Task0\n");
    out
}

/// The same template as JSON.
fn to_json(yaml: &str) -> String {
    let root = syntax::parse(yaml, Format::Yaml).root.unwrap();
    serde_json::to_string_pretty(&root.to_json()).unwrap()
}

/// Byte spans of every scalar, for edits that swap one value for another.
fn scalar_spans(node: &Node, out: &mut Vec<(usize, usize)>) {
    match &node.value {
        Value::Scalar { .. } => out.push((node.span.start, node.span.end)),
        Value::Sequence(items) => items.iter().for_each(|n| scalar_spans(n, out)),
        Value::Mapping(entries) => {
            for e in entries {
                out.push((e.key_span.start, e.key_span.end));
                scalar_spans(&e.value, out);
            }
        }
    }
}

/// One random edit: a scalar replaced by another scalar's text (values, keys, logical IDs), or a
/// few characters inserted or deleted.
fn random_edit(rng: &mut Rng, doc: &mut Document) -> String {
    const PIECES: &[&str] = &[
        "a", " ", "\n", "\"", ":", "{", "}", "[", "]", ",", "- ", "  ", "é", "😀", "!Ref ", "1",
        "FARGATE", "\r\n",
    ];
    let text = doc.text().to_string();
    let mut spans = Vec::new();
    if let Some(root) = syntax::parse(&text, doc.format()).root {
        scalar_spans(&root, &mut spans);
    }
    spans.retain(|(s, e)| s < e && *e <= text.len());
    if !spans.is_empty() && rng.below(10) < 8 {
        let (s, e) = spans[rng.below(spans.len())];
        let (fs, fe) = spans[rng.below(spans.len())];
        let with = text[fs..fe].to_string();
        doc.edit(s, e, &with);
        return format!("{:?} at {s}..{e} with {with:?}", &text[s..e]);
    }
    let at = rng.below(text.len() + 1);
    if rng.below(2) == 0 {
        let end = at + 1 + rng.below(3);
        doc.edit(at, end, "");
        format!("delete {at}..{end}")
    } else {
        let piece = PIECES[rng.below(PIECES.len())];
        doc.edit(at, at, piece);
        format!("insert {piece:?} at {at}")
    }
}

/// After each update, the incremental state equals a fresh check of the text.
fn assert_same(doc: &Document, options: &Options, context: &str) {
    let text = doc.text();
    let fresh = analyze_with(text, doc.format(), options);
    let got = doc.analysis();
    assert_eq!(got.is_template, fresh.is_template, "{context}");
    if let (Some(a), Some(b)) = (&got.template, &fresh.template)
        && let Some(diff) = first_difference(&a.root, &b.root, "")
    {
        panic!("value tree differs: {context}: {diff}\n{text}");
    }
    assert_eq!(
        got.template.is_some(),
        fresh.template.is_some(),
        "{context}"
    );
    if got.findings != fresh.findings {
        let a = common::render(text, &got.findings);
        let b = common::render(text, &fresh.findings);
        let only = |x: &str, y: &str| {
            x.lines()
                .filter(|l| !y.lines().any(|m| m == *l))
                .collect::<Vec<_>>()
                .join("\n")
        };
        panic!(
            "findings differ: {context}\nonly incremental:\n{}\nonly fresh:\n{}\n{text}",
            only(&a, &b),
            only(&b, &a)
        );
    }
    if doc.format() == Format::Json {
        let fresh_tree = syntax::json::parse_tree(text, None).unwrap();
        assert_eq!(
            doc.tree().unwrap().root_node().to_sexp(),
            fresh_tree.root_node().to_sexp(),
            "tree differs: {context}"
        );
    }
}

/// Where two value trees first differ.
fn first_difference(a: &Node, b: &Node, path: &str) -> Option<String> {
    if a.span != b.span {
        return Some(format!("{path}: span {:?} vs {:?}", a.span, b.span));
    }
    match (&a.value, &b.value) {
        (Value::Mapping(x), Value::Mapping(y)) => {
            if x.len() != y.len() {
                return Some(format!("{path}: {} vs {} entries", x.len(), y.len()));
            }
            for (e, f) in x.iter().zip(y) {
                if e.key != f.key || e.key_span != f.key_span {
                    return Some(format!(
                        "{path}: key {:?}{:?} vs {:?}{:?}",
                        e.key, e.key_span, f.key, f.key_span
                    ));
                }
                if let Some(d) = first_difference(&e.value, &f.value, &format!("{path}/{}", e.key))
                {
                    return Some(d);
                }
            }
            None
        }
        (Value::Sequence(x), Value::Sequence(y)) => {
            if x.len() != y.len() {
                return Some(format!("{path}: {} vs {} items", x.len(), y.len()));
            }
            x.iter()
                .zip(y)
                .enumerate()
                .find_map(|(i, (p, q))| first_difference(p, q, &format!("{path}/{i}")))
        }
        (p, q) if p == q => None,
        (p, q) => Some(format!("{path}: {p:?} vs {q:?}")),
    }
}

/// `CFN_FARGATE_EDIT_ROUNDS=N` multiplies the number of edits (for longer local runs).
fn rounds() -> usize {
    std::env::var("CFN_FARGATE_EDIT_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1)
}

fn run(name: &str, original: &str, format: Format, options: &Options, edits: usize, seed: u64) {
    let edits = edits * rounds();
    let mut rng = Rng(seed);
    let mut doc = Document::new(original.to_string(), format, options);
    assert_same(&doc, options, name);
    let mut reused = 0;
    let mut kinds = std::collections::BTreeMap::new();
    for step in 0..edits {
        let mut what = random_edit(&mut rng, &mut doc);
        if rng.below(4) == 0 {
            // Two edits before one update.
            what = format!("{what}, then {}", random_edit(&mut rng, &mut doc));
        }
        doc.update(options);
        if matches!(doc.reuse(), Reuse::Resources { .. }) {
            reused += 1;
        }
        let kind = match doc.reuse() {
            Reuse::Resources { .. } => "resources".to_string(),
            other => format!("{other:?} {}", doc.fallback()),
        };
        *kinds.entry(kind).or_insert(0) += 1;
        if std::env::var("CFN_FARGATE_EDIT_TRACE").is_ok() {
            eprintln!(
                "step {step}: {what} -> {:?} {}",
                doc.reuse(),
                doc.fallback()
            );
        }
        assert_same(&doc, options, &format!("{name} after edit {step}: {what}"));
        let broken = doc.analysis().findings.iter().any(|f| f.code == "SYNTAX");
        if rng.below(if broken { 3 } else { 20 }) == 0 {
            // Back to the original text in one edit.
            let len = doc.text().len();
            doc.edit(0, len, original);
            doc.update(options);
            assert_same(&doc, options, &format!("{name} reset at {step}"));
        }
    }
    // The generated templates have independent groups: many edits must check only a few.
    if name.starts_with("generated") {
        eprintln!("{name}: {kinds:?}");
        assert!(
            reused * 4 > edits,
            "{name}: only {reused} of {edits} focused"
        );
    }
}

#[test]
fn random_edits_on_generated_templates() {
    let yaml = generated_yaml(12);
    let json = to_json(&yaml);
    for (target, seed) in [(Target::Auto, 7), (Target::Fargate, 11)] {
        let options = Options {
            target,
            ..Options::default()
        };
        run("generated yaml", &yaml, Format::Yaml, &options, 400, seed);
        run(
            "generated json",
            &json,
            Format::Json,
            &options,
            400,
            seed + 1,
        );
    }
}

#[test]
fn random_edits_on_examples_and_fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(root.join("../../examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    for dir in std::fs::read_dir(root.join("tests/fixtures")).unwrap() {
        let dir = dir.unwrap().path();
        for f in std::fs::read_dir(dir).unwrap() {
            files.push(f.unwrap().path());
        }
    }
    files.sort();
    files.retain(|f| {
        matches!(
            f.extension().and_then(|e| e.to_str()),
            Some("json" | "yaml")
        )
    });
    assert!(files.len() > 300, "{} files", files.len());
    run_files(&files, 12, 1000);
}

/// `edits` random edits on each file, seeded from `seed` and the file's place in the list.
/// `CFN_FARGATE_EDIT_FILES=X-05/` runs only the files whose path holds that text.
fn run_files(files: &[std::path::PathBuf], edits: usize, seed: u64) {
    let options = Options::default();
    let only = std::env::var("CFN_FARGATE_EDIT_FILES").unwrap_or_default();
    for (i, path) in files.iter().enumerate() {
        let name = path.display().to_string();
        if !name.contains(&only) {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let format = common::format_of(path);
        run(&name, &text, format, &options, edits, seed + i as u64);
    }
}

/// Inside the corpus of public templates, when it is there (not in a fresh clone).
#[test]
fn random_edits_on_the_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/templates");
    if !dir.is_dir() {
        eprintln!("no corpus at {}: skipped", dir.display());
        return;
    }
    let mut files = Vec::new();
    let mut dirs = vec![dir];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("json" | "yaml" | "yml" | "template")
            ) {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(files.len() > 100, "{} corpus templates", files.len());
    run_files(&files, 6, 5000);
}

/// Typing a new property into a resource, one character at a time, as an editor does (a new line,
/// its indentation, the key, the value): every step equals a fresh check, and every step that
/// leaves the resource readable re-reads and re-checks only it. (While the key has no colon yet
/// the document does not parse; those steps read it all.)
#[test]
fn typing_a_property_in_yaml_stays_in_its_resource() {
    let yaml = generated_yaml(12);
    let options = Options::default();
    let mut doc = Document::new(yaml.clone(), Format::Yaml, &options);
    // At the end of the `Cpu` line of a task definition in the middle.
    let at = yaml.match_indices("      Cpu: 256\n").nth(1).unwrap().0 + "      Cpu: 256".len();
    let typed = "\n      Memory: 1024";
    let mut focused = 0;
    let mut readable = 0;
    for (i, ch) in typed.char_indices() {
        doc.edit(at + i, at + i, &ch.to_string());
        doc.update(&options);
        assert_same(&doc, &options, &format!("after typing {:?}", &typed[..=i]));
        let broken = doc.analysis().findings.iter().any(|f| f.code == "SYNTAX");
        if !broken {
            readable += 1;
            if matches!(doc.reuse(), Reuse::Resources { .. }) {
                focused += 1;
            }
        }
    }
    assert!(readable >= 12, "{readable} readable steps");
    assert_eq!(focused, readable, "every readable step is focused");
}

/// Inputs the fuzzer found (`cargo xtask fuzz`), in tests/fuzz-regressions: the text without a
/// piece in its middle, then the piece typed back, must end where a fresh check is (in JSON and
/// YAML, as the fuzz target checks).
/// - key-left-of-resources: a key one column left of the resource keys, hidden by recovery while
///   the resource before it was broken, an error again once that resource reads.
/// - json-recovery-with-old-tree: tree-sitter reads broken JSON differently when it reuses an old
///   tree.
/// - error-outside-resources-dropped: YAML recovery dropped the error of an entry that reads
///   cleanly alone once another entry had an error of its own; the document then looked clean
///   outside the edited resource.
#[test]
fn fuzzer_findings() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(files.len() >= 2);
    let options = Options::default();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let mut start = text.len() / 3;
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (start + 1 + text.len() / 7).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        let without = format!("{}{}", &text[..start], &text[end..]);
        for format in [Format::Yaml, Format::Json] {
            let mut doc = Document::new(without.clone(), format, &options);
            doc.edit(start, start, &text[start..end]);
            doc.update(&options);
            assert_same(&doc, &options, &path.display().to_string());
        }
    }
}
