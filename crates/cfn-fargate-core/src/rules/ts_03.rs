//! TS-03: a Fargate task set's platform version, load balancers and registries follow the service rules.

use super::launchers::{TASK_SET, fargate_launchers};
use super::svc_11::check_platform_version;
use super::svc_12::check_load_balancers;
use super::svc_13::check_registries;
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Applies the service checks for `PlatformVersion` (SVC-11), `LoadBalancers` (SVC-12) and
    /// `ServiceRegistries` (SVC-13) to an `AWS::ECS::TaskSet`: no retired or too old Linux
    /// platform, no version with LaunchType EC2, no Classic Load Balancer, at most 5 target
    /// groups pointing at mapped container ports, one registry with either Port or a container
    /// port.
    ///
    /// ## Why it fails at deploy
    /// `CreateTaskSet` validates these properties as `CreateService` does. All task set
    /// properties except Scale are create-only, so a correction replaces the task set.
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
    ///       PlatformVersion: 1.1.0
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
    ///       LaunchType: FARGATE
    ///       PlatformVersion: LATEST
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
    ///       NetworkConfiguration:
    ///         AwsVpcConfiguration:
    ///           Subnets: [subnet-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet; any change replaces the task set.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateTaskSet.html>
    pub struct TaskSetServiceSettings {
        code: "TS-03",
        name: "task-set-service-settings",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for TaskSetServiceSettings {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for ts in ctx.template.resources_of_type(TASK_SET) {
            check_platform_version(ctx, &Self::META, &ts, out);
        }
        for ts in fargate_launchers(ctx, TASK_SET) {
            check_load_balancers(ctx, &Self::META, &ts, out);
            check_registries(ctx, &Self::META, &ts, out);
        }
    }
}
