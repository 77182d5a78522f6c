//! SVC-09: a service that launches on Fargate sets no PlacementStrategies.

use super::SERVICE;
use super::launchers::{fargate_alternatives, fargate_launchers, launched_here, non_empty};
use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks that a service that launches on Fargate has no `PlacementStrategies`. An explicit
    /// empty list gets a warning, because of a CloudFormation quirk described below.
    ///
    /// ## Why it fails at deploy
    /// Placement strategies spread or pack tasks over container instances, which Fargate does
    /// not have; ECS rejects the service with `Placement strategies are not supported with
    /// FARGATE launch type.` When an existing EC2 service is updated with `PlacementStrategies:
    /// []`, CloudFormation does not clear the old strategies, so the switch to Fargate keeps
    /// failing; such a service has to be replaced (a new logical ID or ServiceName).
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       PlacementStrategies:
    ///         - Type: spread
    ///           Field: attribute:ecs.availability-zone
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
    /// No automatic fix yet. Removing the property will be safe for a new service; an existing
    /// service that had strategies needs replacement.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html>
    /// - <https://github.com/aws-cloudformation/cloudformation-coverage-roadmap/issues/2369>
    pub struct NoServicePlacementStrategies {
        code: "SVC-09",
        name: "no-service-placement-strategies",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for NoServicePlacementStrategies {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for svc in fargate_launchers(ctx, SERVICE) {
            let alts = fargate_alternatives(ctx, &svc, "PlacementStrategies");
            if let Some(fa) = alts.iter().find(|fa| non_empty(&fa.alt)) {
                let mut f = ctx.finding(
                    &Self::META,
                    &svc,
                    fa.entry.key_span,
                    format!(
                        "PlacementStrategies is set{}, but this service {}; Fargate has no container instances to spread or pack tasks over and ECS rejects it (\"Placement strategies are not supported with FARGATE launch type\"). Remove PlacementStrategies",
                        when(&fa.env),
                        fa.binding.reason
                    ),
                );
                f.related = launched_here(fa.binding);
                out.push(f);
            } else if let Some(fa) = alts
                .iter()
                .find(|fa| matches!(fa.alt.value, Possible::Value(_)))
            {
                let mut f = ctx.finding(
                    &Self::META,
                    &svc,
                    fa.entry.key_span,
                    format!(
                        "PlacementStrategies is an empty list{}; if this service already exists with placement strategies, CloudFormation does not clear them and the move to Fargate keeps failing. Remove the property, and replace the service (new logical ID or ServiceName) if it had strategies",
                        when(&fa.env)
                    ),
                );
                f.severity = Severity::Warning;
                f.related = launched_here(fa.binding);
                out.push(f);
            }
        }
    }
}
