//! Configuration: `cfn-fargate.toml` found by walking up, `--config`, flags over the file,
//! `--target fargate`, and errors that name the file, line and key.

use cfn_fargate_e2e::{root, run};
use serde_json::Value;
use std::path::PathBuf;

/// An EC2 service in bridge mode, with a service role, placement strategies and an instance
/// target group: nothing is Fargate-bound, so by default nothing is an error.
const EC2_SERVICE: &str = r#"
Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: bridge
      ContainerDefinitions:
        - Name: app
          Image: public.ecr.aws/nginx/nginx:latest
          Memory: 256
          PortMappings:
            - ContainerPort: 80
              HostPort: 0
  TargetGroup:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      TargetType: instance
      Port: 80
      Protocol: HTTP
      VpcId: vpc-0abc
  Service:
    Type: AWS::ECS::Service
    Properties:
      LaunchType: EC2
      Role: ecsServiceRole
      TaskDefinition: !Ref Task
      PlacementStrategies:
        - Type: spread
          Field: attribute:ecs.availability-zone
      LoadBalancers:
        - ContainerName: app
          ContainerPort: 80
          TargetGroupArn: !Ref TargetGroup
"#;

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("cfn-fargate-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("stacks/app")).unwrap();
        std::fs::copy(
            root().join("examples/story-service.yaml"),
            dir.join("stacks/app/svc.yaml"),
        )
        .unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn codes(stdout: &str) -> Vec<String> {
    let findings: Vec<Value> =
        serde_json::from_str(stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
    let mut c: Vec<String> = findings
        .iter()
        .map(|f| {
            format!(
                "{}:{}",
                f["code"].as_str().unwrap(),
                f["severity"].as_str().unwrap()
            )
        })
        .collect();
    c.sort();
    c.dedup();
    c
}

#[test]
fn config_is_found_by_walking_up() {
    let dir = TempDir::new("walk");
    std::fs::write(
        dir.0.join("cfn-fargate.toml"),
        "ignore = [\"TD-01\", \"TG\"]\n[severity]\nSVC-07 = \"warning\"\n",
    )
    .unwrap();
    let file = dir.0.join("stacks/app/svc.yaml");
    let r = run(&["check", "--format", "json", file.to_str().unwrap()], "");
    let c = codes(&r.stdout);
    assert!(
        !c.iter()
            .any(|x| x.starts_with("TD-01") || x.starts_with("TG-01")),
        "{c:?}"
    );
    assert!(c.contains(&"SVC-07:warning".to_string()), "{c:?}");
    assert!(c.contains(&"TD-02:error".to_string()), "{c:?}");
    // Flags replace the file's lists.
    let r = run(
        &[
            "check",
            "--format",
            "json",
            "--ignore",
            "TD-02",
            file.to_str().unwrap(),
        ],
        "",
    );
    let c = codes(&r.stdout);
    assert!(
        c.contains(&"TD-01:warning".to_string()) && !c.iter().any(|x| x.starts_with("TD-02")),
        "{c:?}"
    );
    let r = run(
        &[
            "check",
            "--format",
            "json",
            "--select",
            "SVC-04",
            file.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(codes(&r.stdout), ["SVC-04:error"]);
}

#[test]
fn explicit_config_and_errors() {
    let dir = TempDir::new("explicit");
    let config = dir.0.join("other.toml");
    std::fs::write(&config, "select = [\"TG\"]\n").unwrap();
    let file = dir.0.join("stacks/app/svc.yaml");
    let r = run(
        &[
            "check",
            "--format",
            "json",
            "--config",
            config.to_str().unwrap(),
            file.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(codes(&r.stdout), ["TG-01:error"]);

    std::fs::write(
        dir.0.join("cfn-fargate.toml"),
        "select = [\"TD\"]\nseverity-level = 3\n",
    )
    .unwrap();
    let r = run(&["check", file.to_str().unwrap()], "");
    assert_eq!(r.code, 2);
    let expected = format!("{}:2:1: ", dir.0.join("cfn-fargate.toml").display());
    assert!(
        r.stderr.contains(&expected) && r.stderr.contains("severity-level"),
        "{}",
        r.stderr
    );

    let r = run(&["check", "--select", "TD-77", file.to_str().unwrap()], "");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("TD-77"), "{}", r.stderr);
}

#[test]
fn ec2_service_is_not_an_error_by_default() {
    let r = run(&["check", "--format", "json", "-"], EC2_SERVICE);
    assert_eq!(r.code, 0);
    assert!(
        !codes(&r.stdout).iter().any(|c| c.ends_with(":error")),
        "{}",
        r.stdout
    );
}

#[test]
fn target_fargate_lists_every_blocker() {
    let r = run(
        &["check", "--format", "json", "--target", "fargate", "-"],
        EC2_SERVICE,
    );
    assert_eq!(r.code, 1);
    let c = codes(&r.stdout);
    for code in [
        "TD-02", "SVC-07", "SVC-09", "TG-01", "CD-01", "TD-03", "TD-04", "SVC-04",
    ] {
        assert!(
            c.contains(&format!("{code}:error")),
            "{code} missing: {c:?}"
        );
    }
}

#[test]
fn ec2_services_get_readiness_findings() {
    let r = run(&["check", "--format", "json", "-"], EC2_SERVICE);
    let findings: Vec<Value> = serde_json::from_str(&r.stdout).unwrap();
    let ready: Vec<&Value> = findings
        .iter()
        .filter(|f| f["code"] == "FARGATE-READY")
        .collect();
    assert_eq!(ready.len(), 1, "{findings:#?}");
    assert_eq!(ready[0]["severity"], "hint");
    assert_eq!(ready[0]["resource"], "Service");
    // On the service's Type line.
    let type_line = EC2_SERVICE
        .lines()
        .position(|l| l.contains("Type: AWS::ECS::Service"))
        .unwrap()
        + 1;
    assert_eq!(ready[0]["range"]["start"]["line"], type_line as u64);

    let blocked = EC2_SERVICE
        .replace(
            "          Memory: 256\n",
            "          Memory: 256\n          Privileged: true\n",
        )
        .replace(
            "      LaunchType: EC2\n",
            "      LaunchType: EC2\n      SchedulingStrategy: DAEMON\n",
        );
    let r = run(&["check", "--format", "json", "-"], &blocked);
    let findings: Vec<Value> = serde_json::from_str(&r.stdout).unwrap();
    let f = findings
        .iter()
        .find(|f| f["code"] == "FARGATE-BLOCKED")
        .expect("FARGATE-BLOCKED");
    assert_eq!(f["severity"], "info");
    let message = f["message"].as_str().unwrap();
    assert!(
        message.contains("DAEMON") && message.contains("privileged"),
        "{message}"
    );
    assert!(!findings.iter().any(|f| f["code"] == "FARGATE-READY"));
    // Under --target fargate the service is checked as Fargate instead.
    let r = run(
        &["check", "--format", "json", "--target", "fargate", "-"],
        &blocked,
    );
    assert!(!r.stdout.contains("FARGATE-BLOCKED"));
}
