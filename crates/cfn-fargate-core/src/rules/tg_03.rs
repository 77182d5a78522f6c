//! TG-03: a fixed HealthCheckPort on a Fargate target group is a port the task listens on.

use super::TARGET_GROUP;
use super::launchers::{launchers_targeting, task_definitions};
use super::svc_12::literal_containers;
use crate::declare_rule;
use crate::finding::{Finding, Related};
use crate::resolve::Env;
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks a target group behind a Fargate service that sets a numeric `HealthCheckPort`:
    /// the port should be one the task's containers map, because health checks now go to the
    /// task's own network interface. Checked when the task definition is in the template with
    /// literal port mappings. `traffic-port` (the default) is always fine.
    ///
    /// ## Why it fails at deploy
    /// It does not fail at deploy, hence a warning. On EC2, a fixed health-check port often
    /// pointed at an agent on the instance; on Fargate nothing else listens on the task's IP
    /// address, so health checks to a port the task does not serve fail and ECS keeps replacing
    /// healthy tasks. (The deploy-time error for dynamic host ports concerns bridge tasks, which
    /// Fargate does not run.)
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   TargetGroup:
    ///     Type: AWS::ElasticLoadBalancingV2::TargetGroup
    ///     Properties:
    ///       TargetType: ip
    ///       Port: 80
    ///       Protocol: HTTP
    ///       VpcId: vpc-0abc
    ///       HealthCheckPort: "9100"
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: awsvpc
    ///       Cpu: 256
    ///       Memory: 512
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           PortMappings:
    ///             - ContainerPort: 80
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: !Ref Task
    ///       LoadBalancers:
    ///         - ContainerName: app
    ///           ContainerPort: 80
    ///           TargetGroupArn: !Ref TargetGroup
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   TargetGroup:
    ///     Type: AWS::ElasticLoadBalancingV2::TargetGroup
    ///     Properties:
    ///       TargetType: ip
    ///       Port: 80
    ///       Protocol: HTTP
    ///       VpcId: vpc-0abc
    ///       HealthCheckPort: traffic-port
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: awsvpc
    ///       Cpu: 256
    ///       Memory: 512
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           PortMappings:
    ///             - ContainerPort: 80
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: !Ref Task
    ///       LoadBalancers:
    ///         - ContainerName: app
    ///           ContainerPort: 80
    ///           TargetGroupArn: !Ref TargetGroup
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Setting `traffic-port` will be safe when the container serves its
    /// health endpoint on the traffic port.
    ///
    /// ## References
    /// - <https://github.com/aws-cloudformation/cfn-lint/issues/817>
    /// - <https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html>
    pub struct HealthCheckPortServed {
        code: "TG-03",
        name: "health-check-port-served",
        severity: Warning,
        cfn_lint: ["E3049"],
        fix: None,
    }
}

impl Rule for HealthCheckPortServed {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for tg in ctx.template.resources_of_type(TARGET_GROUP) {
            let Some(entry) = tg.property("HealthCheckPort") else {
                continue;
            };
            for alt in ctx.resolver.alternatives(&entry.value) {
                let Some(port) = alt.scalar().and_then(|p| p.trim().parse::<u64>().ok()) else {
                    continue;
                };
                let Some((_, env)) = ctx.fargate.target_group_under(tg.id, &alt.env) else {
                    continue;
                };
                for (launcher, _) in launchers_targeting(ctx, tg.id) {
                    let tds = task_definitions(ctx, &launcher);
                    let [td] = tds.as_slice() else { continue };
                    let Some(containers) = literal_containers(td) else {
                        continue;
                    };
                    let Some(ports): Option<Vec<u64>> = containers
                        .into_iter()
                        .map(|(_, p)| p)
                        .collect::<Option<Vec<_>>>()
                        .map(|p| p.concat())
                    else {
                        continue;
                    };
                    if ports.contains(&port) {
                        continue;
                    }
                    let Some(env) = ctx
                        .fargate
                        .launcher_under(launcher.id, &Env::default())
                        .and_then(|(_, e)| e.merge(&env))
                    else {
                        continue;
                    };
                    let mut f = ctx.finding(
                        &Self::META,
                        &tg,
                        ctx.span_in_resource(&tg, entry.value.span, entry.value.span),
                        format!(
                            "HealthCheckPort is {port}{}, but the Fargate tasks of {} (task definition {}) map no container port {port}; health checks go to the task's own IP address and will fail. Use traffic-port or a port the task serves",
                            when(&env),
                            launcher.id,
                            td.id
                        ),
                    );
                    f.related = vec![Related {
                        span: td.id_span,
                        message: format!("task definition {} is declared here", td.id),
                    }];
                    out.push(f);
                    break;
                }
            }
        }
    }
}
