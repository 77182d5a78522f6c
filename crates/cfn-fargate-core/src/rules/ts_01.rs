//! TS-01: a Fargate task set chooses its compute with LaunchType or a valid Fargate strategy.

use super::launchers::{TASK_SET, fargate_launchers};
use super::svc_02::check_strategy;
use super::svc_03::check_association;
use crate::declare_rule;
use crate::finding::Finding;
use crate::resolve::{Possible, consistent_pairs};
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks the compute selection of an `AWS::ECS::TaskSet` that launches on Fargate: it may
    /// not set both `LaunchType` and `CapacityProviderStrategy`, and its strategy follows the
    /// same rules as a service's (SVC-02: no mix with Auto Scaling group providers, weights,
    /// one base, no FARGATE_SPOT for Windows; SVC-03: providers associated with a cluster
    /// declared in the template).
    ///
    /// ## Why it fails at deploy
    /// `CreateTaskSet` validates launch type and strategy like `CreateService`: the two are
    /// mutually exclusive, a strategy may not mix Fargate and Auto Scaling group providers
    /// (`A capacity provider strategy cannot contain a mix of capacity providers using Auto
    /// Scaling groups and Fargate providers.`), and every provider must be associated with the
    /// cluster.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   TaskSet:
    ///     Type: AWS::ECS::TaskSet
    ///     Properties:
    ///       Cluster: my-cluster
    ///       Service: my-service
    ///       LaunchType: FARGATE
    ///       CapacityProviderStrategy:
    ///         - CapacityProvider: FARGATE_SPOT
    ///           Weight: 1
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       NetworkConfiguration:
    ///         AwsVpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   TaskSet:
    ///     Type: AWS::ECS::TaskSet
    ///     Properties:
    ///       Cluster: my-cluster
    ///       Service: my-service
    ///       CapacityProviderStrategy:
    ///         - CapacityProvider: FARGATE_SPOT
    ///           Weight: 1
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       NetworkConfiguration:
    ///         AwsVpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix: which of the two to keep is the author's choice, and every task set
    /// property except Scale is create-only (a change replaces the task set).
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateTaskSet.html>
    pub struct TaskSetComputeSelection {
        code: "TS-01",
        name: "task-set-compute-selection",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for TaskSetComputeSelection {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for ts in fargate_launchers(ctx, TASK_SET) {
            if let (Some(lt), Some(cps)) = (
                ts.property("LaunchType"),
                ts.property("CapacityProviderStrategy"),
            ) {
                let lts = ctx.resolver.alternatives(&lt.value);
                let strategies = ctx.resolver.alternatives(&cps.value);
                for (a, b, env) in consistent_pairs(&lts, &strategies) {
                    if matches!(a.value, Possible::Absent) || matches!(b.value, Possible::Absent) {
                        continue;
                    }
                    if let Possible::Value(list) = b.value
                        && list.as_sequence().is_some_and(<[_]>::is_empty)
                    {
                        continue;
                    }
                    let Some((_, env)) = ctx.fargate.launcher_under(ts.id, &env) else {
                        continue;
                    };
                    out.push(ctx.finding(
                        &Self::META,
                        &ts,
                        lt.key_span,
                        format!(
                            "LaunchType and CapacityProviderStrategy are both set on this task set{}; ECS accepts one or the other. Keep a strategy naming FARGATE or FARGATE_SPOT, or LaunchType FARGATE",
                            when(&env)
                        ),
                    ));
                    break;
                }
            }
            check_strategy(ctx, &Self::META, &ts, out);
            check_association(ctx, &Self::META, &ts, out);
        }
    }
}
