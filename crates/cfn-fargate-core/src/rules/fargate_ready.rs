//! FARGATE-READY: an EC2 service that could run on Fargate.

use super::readiness::{candidates, type_line};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Points out an ECS service that does not run on Fargate but could: neither the service nor
    /// its task definition uses anything Fargate lacks (privileged containers, DAEMON scheduling,
    /// a Classic Load Balancer, host volumes, Docker volumes, host devices, GPUs, host IPC or PID
    /// namespaces). EC2 services are not errors; this is a hint on the service's `Type` line.
    ///
    /// ## Why it fails at deploy
    /// It does not: the service deploys as it is. Moving it to Fargate still takes the changes
    /// that `cfn-fargate check --target fargate` lists (network mode awsvpc, task size, execution
    /// role, network configuration, ip target groups), none of which needs a redesign.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           Memory: 256
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: EC2
    ///       TaskDefinition: !Ref Task
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
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
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: !Ref Task
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No fix: moving to Fargate is a decision (cost, networking), not a correction.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html>
    pub struct FargateReady {
        code: "FARGATE-READY",
        name: "fargate-ready",
        severity: Hint,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for FargateReady {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for c in candidates(ctx) {
            if !c.blockers.is_empty() {
                continue;
            }
            out.push(ctx.finding(
                &Self::META,
                &c.service,
                type_line(&c.service),
                format!(
                    "service {} could run on Fargate: nothing in it or in task definition {} needs EC2; `cfn-fargate check --target fargate` lists what to change",
                    c.service.id, c.task_definition.id
                ),
            ));
        }
    }
}
