//! SVC-01: a Fargate service sets LaunchType or CapacityProviderStrategy, not both.

use super::SERVICE;
use crate::declare_rule;
use crate::finding::Finding;
use crate::resolve::{Possible, consistent_pairs};
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks that a service that launches on Fargate does not set both `LaunchType` and
    /// `CapacityProviderStrategy`. Both may appear under opposite branches of one condition
    /// (each with `AWS::NoValue` on the other branch); only combinations that can hold together
    /// are reported.
    ///
    /// ## Why it fails at deploy
    /// The two are mutually exclusive, and ECS rejects the service with
    /// `Specifying both a launch type and capacity provider strategy is not supported. Remove one
    /// and try again.` FARGATE_SPOT is reachable only through a capacity provider strategy.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       CapacityProviderStrategy:
    ///         - CapacityProvider: FARGATE_SPOT
    ///           Weight: 1
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
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
    ///       CapacityProviderStrategy:
    ///         - CapacityProvider: FARGATE_SPOT
    ///           Weight: 1
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       NetworkConfiguration:
    ///         AwsvpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix: which of the two to keep is the author's choice.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html>
    /// - <https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-service.html>
    pub struct LaunchTypeXorCapacityProviders {
        code: "SVC-01",
        name: "launch-type-xor-capacity-providers",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for LaunchTypeXorCapacityProviders {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for svc in ctx.template.resources_of_type(SERVICE) {
            if ctx.fargate.launcher(svc.id).is_none() {
                continue;
            }
            let (Some(lt), Some(cps)) = (
                svc.property("LaunchType"),
                svc.property("CapacityProviderStrategy"),
            ) else {
                continue;
            };
            let lts = ctx.resolver.alternatives(&lt.value);
            let strategies = ctx.resolver.alternatives(&cps.value);
            for (a, b, env) in consistent_pairs(&lts, &strategies) {
                if matches!(a.value, Possible::Absent) || matches!(b.value, Possible::Absent) {
                    continue;
                }
                let Some((_, env)) = ctx.fargate.launcher_under(svc.id, &env) else {
                    continue;
                };
                if let Possible::Value(list) = b.value
                    && list.as_sequence().is_some_and(<[_]>::is_empty)
                {
                    continue;
                }
                out.push(ctx.finding(
                    &Self::META,
                    &svc,
                    lt.key_span,
                    format!(
                        "LaunchType and CapacityProviderStrategy are both set{}; ECS rejects a service with both (\"Specifying both a launch type and capacity provider strategy is not supported\"). Keep one: a strategy naming FARGATE or FARGATE_SPOT, or LaunchType FARGATE",
                        when(&env)
                    ),
                ));
                break;
            }
        }
    }
}
