//! SVC-08: a service that launches on Fargate sets no PlacementConstraints.

use super::SERVICE;
use super::launchers::{fargate_alternatives, fargate_launchers, launched_here, non_empty};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks that a service that launches on Fargate has no `PlacementConstraints`. An empty
    /// list is accepted.
    ///
    /// ## Why it fails at deploy
    /// Placement constraints choose among container instances; Fargate has none to choose from,
    /// and ECS rejects the service with `Placement constraints are not supported with FARGATE
    /// launch type.`
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       PlacementConstraints:
    ///         - Type: distinctInstance
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
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Removing the property will be safe: Fargate spreads tasks across
    /// the subnets' Availability Zones by itself.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PlacementConstraint.html>
    /// - <https://github.com/GetSimpl/cloudlift/pull/138>
    pub struct NoServicePlacementConstraints {
        code: "SVC-08",
        name: "no-service-placement-constraints",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for NoServicePlacementConstraints {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for svc in fargate_launchers(ctx, SERVICE) {
            if let Some(fa) = fargate_alternatives(ctx, &svc, "PlacementConstraints")
                .into_iter()
                .find(|fa| non_empty(&fa.alt))
            {
                let mut f = ctx.finding(
                    &Self::META,
                    &svc,
                    fa.entry.key_span,
                    format!(
                        "PlacementConstraints is set{}, but this service {}; Fargate has no container instances to constrain and ECS rejects it (\"Placement constraints are not supported with FARGATE launch type\"). Remove PlacementConstraints",
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
