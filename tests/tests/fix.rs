//! `cfn-fargate fix`: safe fixes by default, unsafe ones when asked, converging, formatting kept.

use cfn_fargate_e2e::{root, run};

const STORY: &str = "examples/story-service.yaml";

struct Temp(std::path::PathBuf);

impl Temp {
    fn copy_of(example: &str, name: &str) -> Temp {
        let dir =
            std::env::temp_dir().join(format!("cfn-fargate-fix-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join(std::path::Path::new(example).file_name().unwrap());
        std::fs::copy(root().join(example), &file).unwrap();
        Temp(file)
    }

    fn text(&self) -> String {
        std::fs::read_to_string(&self.0).unwrap()
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(self.0.parent().unwrap());
    }
}

#[test]
fn safe_fixes_by_default_unsafe_when_asked() {
    let r = run(&["fix", "--diff", STORY], "");
    assert_eq!(r.code, 1, "errors remain: {}", r.stderr);
    assert!(
        r.stdout.contains("+      NetworkMode: awsvpc"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("-              HostPort: 0"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("-      Role: !Ref EcsServiceRole"),
        "{}",
        r.stdout
    );
    // Unsafe fixes (cost, replacement) wait for --unsafe, and the summary says so.
    assert!(!r.stdout.contains("TargetType: ip"), "{}", r.stdout);
    assert!(!r.stdout.contains("+      Cpu:"), "{}", r.stdout);
    assert!(r.stderr.contains("more with --unsafe"), "{}", r.stderr);
    let r = run(&["fix", "--diff", "--unsafe", STORY], "");
    assert!(r.stdout.contains("+      TargetType: ip"), "{}", r.stdout);
    assert!(r.stdout.contains("+      Cpu: \"256\""), "{}", r.stdout);
    assert!(
        r.stderr.contains(
            "fixed TG-01 in TargetGroup: Set `TargetType: ip` (replaces the target group)"
        ),
        "{}",
        r.stderr
    );
}

#[test]
fn write_converges_and_keeps_everything_else() {
    for example in [STORY, "examples/story-service.json"] {
        let t = Temp::copy_of(
            example,
            if example.ends_with("json") {
                "json"
            } else {
                "yaml"
            },
        );
        let before = t.text();
        let path = t.0.to_str().unwrap();
        let r = run(&["fix", "--write", "--unsafe", path], "");
        assert_eq!(r.code, 1, "{}", r.stderr);
        let after = t.text();
        assert_ne!(before, after);
        // Every line of the original that no fix touched is still there, in order.
        let kept: Vec<&str> = after.lines().collect();
        let mut at = 0;
        for line in before.lines() {
            if line.contains("HostPort") || line.contains("Role: ") || line.contains("\"Role\"") {
                continue;
            }
            let found = kept[at..]
                .iter()
                .position(|l| *l == line || l.trim_end_matches(',') == line.trim_end_matches(','));
            assert!(found.is_some(), "{example}: line lost: {line:?}\n{after}");
            at += found.unwrap() + 1;
        }
        // The result parses and the fixed findings are gone.
        let check = run(&["check", "--format", "json", path], "");
        let findings: Vec<serde_json::Value> = serde_json::from_str(&check.stdout).unwrap();
        let codes: Vec<&str> = findings
            .iter()
            .map(|f| f["code"].as_str().unwrap())
            .collect();
        for gone in [
            "SYNTAX", "TD-01", "TD-02", "TD-03", "TD-04", "CD-01", "SVC-07", "TG-01",
        ] {
            assert!(!codes.contains(&gone), "{example}: {gone} left: {codes:?}");
        }
        // A second run has nothing to do.
        let again = run(&["fix", "--write", "--unsafe", path], "");
        assert!(again.stderr.contains("0 fixes applied"), "{}", again.stderr);
        assert_eq!(t.text(), after);
    }
}

#[test]
fn yaml_comments_next_to_edited_properties_survive() {
    let template = "Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      # sizes agreed with the platform team\n      Cpu: 256 # quarter vCPU\n      Memory: 512\n      RequiresCompatibilities: [FARGATE]  # moving off EC2\n      NetworkMode: bridge # was bridge on EC2\n      ContainerDefinitions:\n        - Name: app # the only container\n          Image: public.ecr.aws/nginx/nginx:latest\n          PortMappings:\n            # the app listens on 80\n            - ContainerPort: 80\n              HostPort: 0 # dynamic on EC2\n      # end of task\n";
    let r = run(&["fix", "-"], template);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let expected = template
        .replace(
            "NetworkMode: bridge # was bridge on EC2",
            "NetworkMode: awsvpc # was bridge on EC2",
        )
        .replace("              HostPort: 0 # dynamic on EC2\n", "");
    assert_eq!(r.stdout, expected);
}

#[test]
fn usage() {
    assert_eq!(
        run(&["fix", "examples/"], "").code,
        2,
        "several templates need --write or --diff"
    );
    assert_eq!(run(&["fix", "--write", "--diff", STORY], "").code, 2);
    assert_eq!(run(&["fix", "no/such.yaml"], "").code, 2);
    let r = run(
        &["fix", "-"],
        "{\"Resources\": {\"A\": {\"Type\": \"AWS::ECS::Service\",",
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("syntax errors"), "{}", r.stderr);
}
