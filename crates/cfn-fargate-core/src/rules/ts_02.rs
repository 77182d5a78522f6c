//! TS-02: a Fargate task set has NetworkConfiguration.AwsVpcConfiguration with valid subnets.

use super::launchers::{TASK_SET, fargate_launchers, launched_here};
use super::svc_05::check_awsvpc;
use crate::declare_rule;
use crate::finding::Finding;
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks that an `AWS::ECS::TaskSet` that launches on Fargate has
    /// `NetworkConfiguration.AwsVpcConfiguration` (capital V on this resource, unlike the
    /// service) with 1 to 16 `Subnets` and at most 5 `SecurityGroups`; without security groups
    /// the tasks get the VPC default group (a warning).
    ///
    /// ## Why it fails at deploy
    /// Fargate tasks use awsvpc, so ECS needs subnets for each task's network interface and
    /// rejects a task set without them. The key is spelled `AwsVpcConfiguration` in the task set
    /// schema; the service spelling `AwsvpcConfiguration` is an unknown property there.
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
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   TaskSet:
    ///     Type: AWS::ECS::TaskSet
    ///     Properties:
    ///       Cluster: my-cluster
    ///       Service: my-service
    ///       LaunchType: FARGATE
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       NetworkConfiguration:
    ///         AwsVpcConfiguration:
    ///           Subnets: [subnet-0abc]
    ///           SecurityGroups: [sg-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix: subnets and security groups are the author's choice. Renaming a
    /// misspelled key will be safe.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateTaskSet.html>
    pub struct TaskSetNetworkConfiguration {
        code: "TS-02",
        name: "task-set-network-configuration",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for TaskSetNetworkConfiguration {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for ts in fargate_launchers(ctx, TASK_SET) {
            let entry = ts.property("NetworkConfiguration");
            for alt in ctx.resolver.property(entry.map(|e| &e.value)) {
                let Some((binding, env)) = ctx.fargate.launcher_under(ts.id, &alt.env) else {
                    continue;
                };
                let why = format!("this task set {}", binding.reason);
                let mut f = match alt.value {
                    Possible::Absent => ctx.finding(
                        &Self::META,
                        &ts,
                        entry.map_or_else(|| ts.missing_property_span(), |e| e.key_span),
                        format!(
                            "NetworkConfiguration is not set{}, but {why}; ECS needs subnets for each task's network interface. Add NetworkConfiguration.AwsVpcConfiguration with Subnets and SecurityGroups",
                            when(&env)
                        ),
                    ),
                    Possible::Value(config) => match config.entry("AwsVpcConfiguration") {
                        Some(vpc) => {
                            for a in ctx.resolver.alternatives(&vpc.value) {
                                let (Possible::Value(v), Some(env)) = (a.value, env.merge(&a.env))
                                else {
                                    continue;
                                };
                                check_awsvpc(
                                    ctx,
                                    &Self::META,
                                    &ts,
                                    v,
                                    vpc.key_span,
                                    &env,
                                    &why,
                                    out,
                                );
                            }
                            continue;
                        }
                        None => match config.entry("AwsvpcConfiguration") {
                            Some(wrong) => ctx.finding(
                                &Self::META,
                                &ts,
                                wrong.key_span,
                                "`AwsvpcConfiguration` is spelled `AwsVpcConfiguration` (capital V) on AWS::ECS::TaskSet; as written the network configuration is not read. Rename the key",
                            ),
                            None => ctx.finding(
                                &Self::META,
                                &ts,
                                entry.map_or(config.span, |e| e.key_span),
                                format!(
                                    "NetworkConfiguration has no AwsVpcConfiguration{}, but {why}; add AwsVpcConfiguration with Subnets and SecurityGroups",
                                    when(&env)
                                ),
                            ),
                        },
                    },
                    Possible::Unknown => continue,
                };
                f.related = launched_here(binding);
                out.push(f);
            }
        }
    }
}
