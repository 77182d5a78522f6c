//! `cfn-fargate convert`: the story becomes a working Fargate service, formatting kept; blocked
//! services are left alone; and (when ../shared is present) every EC2 service of the public corpus
//! either converts cleanly or is reported blocked.

use cfn_fargate_core::convert::{Outcome, convert, ec2_services};
use cfn_fargate_core::{Format, analyze};
use cfn_fargate_e2e::{root, run};

#[test]
fn the_story_converts_to_a_template_without_errors() {
    for example in ["examples/story-service.yaml", "examples/story-service.json"] {
        let r = run(&["convert", example], "");
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r.stderr.contains("converted OrdersService"), "{}", r.stderr);
        let format = if example.ends_with("json") {
            Format::Json
        } else {
            Format::Yaml
        };
        let after = analyze(&r.stdout, format);
        let errors: Vec<_> = after
            .findings
            .iter()
            .filter(|f| f.severity == cfn_fargate_core::Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{example}: {errors:#?}");
        // Converting again changes nothing.
        let again = convert(&r.stdout, format, &[]);
        assert!(
            again.edits.is_empty(),
            "{example}: second conversion edits {:?}",
            again.edits
        );
    }
}

#[test]
fn sizes_round_up_from_the_containers() {
    let template = "Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      ContainerDefinitions:\n        - Name: app\n          Image: public.ecr.aws/nginx/nginx:latest\n          Cpu: 128\n          Memory: 3000\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: EC2\n      TaskDefinition: !Ref Task\n";
    let r = run(&["convert", "-"], template);
    assert!(r.stdout.contains("      Cpu: \"512\"\n"), "{}", r.stdout);
    assert!(
        r.stdout.contains("      Memory: \"3072\"\n"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("      LaunchType: FARGATE\n"),
        "{}",
        r.stdout
    );
}

#[test]
fn comments_next_to_edited_properties_stay_in_place() {
    let template = "# orders stack\nParameters:\n  PrivateSubnets:\n    Type: List<AWS::EC2::Subnet::Id> # two AZs\nResources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      # bridge networking for the sidecar\n      NetworkMode: bridge # change me\n      Cpu: 512 # half a vCPU\n      Memory: 1024\n      ContainerDefinitions:\n        - Name: app # main\n          Image: public.ecr.aws/nginx/nginx:latest\n          PortMappings:\n            - ContainerPort: 80 # http\n              HostPort: 0\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      # EC2 for now\n      LaunchType: EC2 # was cheaper\n      TaskDefinition: !Ref Task\n      PlacementStrategies: # spread over AZs\n        - Type: spread\n          Field: attribute:ecs.availability-zone\n      DesiredCount: 2 # two tasks\n";
    let r = run(&["convert", "-"], template);
    let out = &r.stdout;
    for kept in [
        "# orders stack\n",
        "    Type: List<AWS::EC2::Subnet::Id> # two AZs\n",
        "      # bridge networking for the sidecar\n      NetworkMode: awsvpc # change me\n",
        "      Cpu: 512 # half a vCPU\n",
        "        - Name: app # main\n",
        "            - ContainerPort: 80 # http\n",
        "      # EC2 for now\n      LaunchType: FARGATE # was cheaper\n",
        "      DesiredCount: 2 # two tasks\n",
    ] {
        assert!(out.contains(kept), "lost {kept:?} in\n{out}");
    }
    assert!(!out.contains("PlacementStrategies"), "{out}");
    assert!(
        out.contains("          Subnets: !Ref PrivateSubnets\n"),
        "{out}"
    );
}

#[test]
fn blocked_services_are_left_alone_and_nothing_is_written() {
    let template = "Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      ContainerDefinitions:\n        - Name: agent\n          Image: public.ecr.aws/nginx/nginx:latest\n          Memory: 256\n          Privileged: true\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: EC2\n      SchedulingStrategy: DAEMON\n      TaskDefinition: !Ref Task\n";
    let dir = std::env::temp_dir().join(format!("cfn-fargate-convert-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("daemon.yaml");
    std::fs::write(&file, template).unwrap();
    let r = run(&["convert", "--write", file.to_str().unwrap()], "");
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("Service not converted")
            && r.stderr.contains("DAEMON")
            && r.stderr.contains("privileged"),
        "{}",
        r.stderr
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), template);
    // A file that does not parse is left untouched, with the reason.
    std::fs::write(
        &file,
        "Resources:\n  A:\n    Type: AWS::ECS::Service\n   Properties: x\n",
    )
    .unwrap();
    let before = std::fs::read_to_string(&file).unwrap();
    let r = run(&["convert", "--write", file.to_str().unwrap()], "");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("does not parse"), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
    let r = run(
        &[
            "convert",
            "--write",
            dir.join("missing.yaml").to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(r.code, 2);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Every EC2 service of the public corpus, converted one at a time.
#[test]
fn corpus_ec2_services() {
    let dir = root().join("../shared/corpus/templates");
    let Ok(repos) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: {} is not present", dir.display());
        return;
    };
    let mut files: Vec<_> = repos
        .flatten()
        .flat_map(|r| std::fs::read_dir(r.path()).into_iter().flatten().flatten())
        .map(|e| e.path())
        .collect();
    files.sort();
    let (mut converted, mut failures) = (0, Vec::new());
    let mut blocked: std::collections::BTreeMap<String, usize> = Default::default();
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let format =
            Format::from_path(&path.to_string_lossy()).unwrap_or_else(|| Format::detect(&text));
        if !analyze(&text, format).is_template {
            continue;
        }
        for service in ec2_services(&text, format) {
            let c = convert(&text, format, std::slice::from_ref(&service));
            let report = &c.services[0];
            // Every byte outside the edits is the original's.
            let (rebuilt, _) = cfn_fargate_core::edit::apply(&text, &c.edits);
            assert_eq!(rebuilt, c.text);
            match &report.outcome {
                Outcome::Blocked(reasons) => {
                    // Count each service once, by the catalog code of its first blocker.
                    let first = &reasons[0];
                    let key = first
                        .rsplit_once('(')
                        .map(|x| x.1.trim_end_matches(')').to_string())
                        .filter(|c| c.contains('-') && c.len() <= 7)
                        .unwrap_or_else(|| "task definition outside the template".to_string());
                    *blocked.entry(key).or_default() += 1;
                }
                Outcome::NotFound => {
                    failures.push(format!("{}: {service} not found", path.display()))
                }
                Outcome::Converted => {
                    let syntax = analyze(&c.text, format)
                        .findings
                        .iter()
                        .any(|f| f.code == "SYNTAX");
                    let again = convert(&c.text, format, std::slice::from_ref(&service));
                    if syntax {
                        failures.push(format!(
                            "{}: {service}: the result does not parse",
                            path.display()
                        ));
                    } else if !report.remaining.is_empty() {
                        failures.push(format!(
                            "{}: {service}: {}",
                            path.display(),
                            report.remaining.join(" | ")
                        ));
                    } else if !again.edits.is_empty() {
                        failures.push(format!(
                            "{}: {service}: a second conversion still edits",
                            path.display()
                        ));
                    } else {
                        converted += 1;
                    }
                }
            }
        }
    }
    eprintln!(
        "corpus: {converted} converted, blocked: {blocked:?}, {} failures",
        failures.len()
    );
    for f in &failures {
        eprintln!("  {f}");
    }
    assert!(converted > 0);
    assert!(failures.is_empty(), "{} conversions failed", failures.len());
}

#[test]
fn new_service_templates_check_clean() {
    for (format, ext) in [("yaml", "yaml"), ("json", "json")] {
        let r = run(
            &[
                "new",
                "service",
                "orders-api",
                "--format",
                format,
                "--cpu",
                "1024",
                "--memory",
                "3072",
            ],
            "",
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        let dir =
            std::env::temp_dir().join(format!("cfn-fargate-new-{}-{ext}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join(format!("svc.{ext}"));
        std::fs::write(&file, &r.stdout).unwrap();
        let check = run(
            &["check", "--fail-on", "warning", file.to_str().unwrap()],
            "",
        );
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(check.code, 0, "{}", check.stdout);
        assert!(r.stdout.contains("1024") && r.stdout.contains("3072"));
    }
    let r = run(
        &["new", "service", "x", "--cpu", "256", "--memory", "4096"],
        "",
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("512, 1024, 2048"), "{}", r.stderr);
}

#[test]
fn a_capacity_provider_service_gets_a_fargate_strategy_and_the_cluster_the_provider() {
    let template = "Resources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterName: apps\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      ContainerDefinitions:\n        - Name: app\n          Image: public.ecr.aws/nginx/nginx:latest\n          Memory: 512\n          Links: [db]\n          Privileged: false\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      Cluster: !Ref Cluster\n      CapacityProviderStrategy:\n        - CapacityProvider: !Ref AsgProvider\n          Weight: 1\n      TaskDefinition: !Ref Task\n  AsgProvider:\n    Type: AWS::ECS::CapacityProvider\n    Properties:\n      AutoScalingGroupProvider:\n        AutoScalingGroupArn: arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:x:autoScalingGroupName/asg\n";
    let r = run(&["convert", "-"], template);
    assert!(
        r.stdout
            .contains("      CapacityProviderStrategy: [{CapacityProvider: FARGATE, Weight: 1}]\n"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("      CapacityProviders: [FARGATE, FARGATE_SPOT]\n"),
        "{}",
        r.stdout
    );
    assert!(
        !r.stdout.contains("Links") && !r.stdout.contains("Privileged"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("LaunchType"), "{}", r.stdout);
}
