use cfn_fargate_core::incremental::Document;
use cfn_fargate_core::{Format, Options};
use std::time::Instant;
fn template(bytes: usize, shared: bool) -> String {
    let mut yaml = String::from("AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n");
    if shared { yaml.push_str("  Cluster:\n    Type: AWS::ECS::Cluster\n"); }
    let cluster = if shared { "      Cluster: !Ref Cluster\n" } else { "" };
    let mut i = 0;
    while yaml.len() < bytes {
        yaml.push_str(&format!(
            "  Task{i}:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      RequiresCompatibilities: [FARGATE]\n      NetworkMode: awsvpc\n      Cpu: 256\n      Memory: 512\n      ContainerDefinitions:\n        - Name: app\n          Image: public.ecr.aws/nginx/nginx:latest\n          PortMappings:\n            - ContainerPort: 80\n  Service{i}:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: FARGATE\n{cluster}      TaskDefinition: !Ref Task{i}\n      NetworkConfiguration:\n        AwsvpcConfiguration:\n          Subnets: [subnet-0abc]\n          SecurityGroups: [sg-0abc]\n"));
        i += 1;
    }
    yaml
}
#[test]
fn prof() {
    for shared in [false, true] {
        for json in [false, true] {
            let mut text = template(1_000_000, shared);
            let format = if json { Format::Json } else { Format::Yaml };
            if json { text = serde_json::to_string_pretty(&cfn_fargate_core::syntax::parse(&text, Format::Yaml).root.unwrap().to_json()).unwrap(); }
            let o = Options::default();
            let mut d = Document::new(text.clone(), format, &o);
            let idx: Vec<usize> = text.match_indices("256").map(|(i, _)| i).collect();
            let at = idx[idx.len() / 2] + 2;
            let mut times = vec![];
            for k in 0..10 {
                let t = Instant::now();
                d.edit(at, at + 1, if k % 2 == 0 { "7" } else { "6" });
                d.update(&o);
                times.push(t.elapsed());
            }
            println!("shared {shared} json {json}: {:?} {:?} {}", times, d.reuse(), d.fallback());
        }
    }
}
