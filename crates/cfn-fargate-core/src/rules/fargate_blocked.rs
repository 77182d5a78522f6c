//! FARGATE-BLOCKED: an EC2 service that cannot run on Fargate as it is, and why.

use super::readiness::{candidates, type_line};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Lists what keeps an ECS service that does not run on Fargate from moving there: DAEMON
    /// scheduling, a Classic Load Balancer, privileged containers, host volumes, Docker volumes,
    /// FSx for Windows volumes, host devices, added Linux capabilities other than SYS_PTRACE, GPUs
    /// or inference accelerators, host IPC or PID namespaces. An info finding on the service's
    /// `Type` line, with each blocker as related information.
    ///
    /// ## Why it fails at deploy
    /// It does not: the service deploys on EC2. Each blocker is something Fargate rejects or does
    /// not offer, so the service needs a redesign before it can move.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       ContainerDefinitions:
    ///         - Name: agent
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           Memory: 256
    ///           Privileged: true
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: EC2
    ///       SchedulingStrategy: DAEMON
    ///       TaskDefinition: !Ref Task
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       ContainerDefinitions:
    ///         - Name: agent
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           Memory: 256
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: EC2
    ///       TaskDefinition: !Ref Task
    /// ```
    ///
    /// ## Fix safety
    /// No fix: each blocker needs a design decision.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html>
    pub struct FargateBlocked {
        code: "FARGATE-BLOCKED",
        name: "fargate-blocked",
        severity: Info,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for FargateBlocked {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for c in candidates(ctx) {
            if c.blockers.is_empty() {
                continue;
            }
            let reasons: Vec<&str> = c.blockers.iter().map(|b| b.message.as_str()).collect();
            let mut f = ctx.finding(
                &Self::META,
                &c.service,
                type_line(&c.service),
                format!(
                    "service {} cannot run on Fargate as it is: {}",
                    c.service.id,
                    reasons.join("; ")
                ),
            );
            f.related = c.blockers;
            out.push(f);
        }
    }
}
