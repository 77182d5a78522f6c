//! SVC-10: a service that launches on Fargate does not use DAEMON scheduling.

use super::SERVICE;
use super::launchers::{fargate_alternatives, fargate_launchers, launched_here};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks that a service that launches on Fargate does not set `SchedulingStrategy: DAEMON`.
    ///
    /// ## Why it fails at deploy
    /// A daemon service runs one task on every container instance. Fargate has no instances, so
    /// ECS accepts only REPLICA scheduling for Fargate services (and for capacity provider
    /// strategies in general) and rejects the service.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       SchedulingStrategy: DAEMON
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/agent:1
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       SchedulingStrategy: REPLICA
    ///       DesiredCount: 2
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/agent:1
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix: a per-host daemon has no Fargate equivalent. Switching to REPLICA with an
    /// explicit DesiredCount replaces the service (SchedulingStrategy is create-only) and changes
    /// what the service does.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html>
    /// - <https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-service.html>
    /// - <https://github.com/aws/containers-roadmap/issues/692>
    pub struct NoDaemonScheduling {
        code: "SVC-10",
        name: "no-daemon-scheduling",
        severity: Error,
        cfn_lint: ["E3044"],
        fix: None,
    }
}

impl Rule for NoDaemonScheduling {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for svc in fargate_launchers(ctx, SERVICE) {
            if let Some(fa) = fargate_alternatives(ctx, &svc, "SchedulingStrategy")
                .into_iter()
                .find(|fa| fa.alt.scalar() == Some("DAEMON"))
            {
                let mut f = ctx.finding(
                    &Self::META,
                    &svc,
                    fa.entry.key_span,
                    format!(
                        "SchedulingStrategy is DAEMON{}, but this service {}; a daemon runs one task per container instance and Fargate has none, so ECS accepts only REPLICA. Use REPLICA with a DesiredCount (this replaces the service), or keep the daemon on EC2 with an explicit `LaunchType: EC2`",
                        when(&fa.env),
                        fa.binding.reason
                    ),
                );
                f.related = launched_here(fa.binding);
                out.push(f);
            }
        }
    }
}
