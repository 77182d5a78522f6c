//! CD-11: a Fargate container may only use the awslogs, splunk or awsfirelens log driver.

use super::props::{Problem, check_container_property};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that every container of a Fargate-bound task definition that sets
    /// `LogConfiguration.LogDriver` uses `awslogs`, `splunk` or `awsfirelens`. Containers without
    /// `LogConfiguration` are fine (their logs are not collected).
    ///
    /// ## Why it fails at deploy
    /// On EC2 the Docker daemon of the instance supports many log drivers (json-file, syslog,
    /// journald, gelf, fluentd and custom ones). Fargate supports only awslogs, splunk and
    /// awsfirelens, and ECS refuses a task definition that names another driver.
    ///
    /// ## Example
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
    ///           LogConfiguration:
    ///             LogDriver: json-file
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
    ///           LogConfiguration:
    ///             LogDriver: splunk
    ///             Options:
    ///               splunk-url: https://splunk.example.com:8088
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. awslogs needs a log group, a Region, a stream prefix and an execution
    /// role; awsfirelens needs a Fluent Bit sidecar. Either way, where the logs go changes.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html>
    pub struct FargateLogDriver {
        code: "CD-11",
        name: "fargate-log-driver",
        severity: Error,
        cfn_lint: ["E3048", "E3713"],
        fix: None,
    }
}

impl Rule for FargateLogDriver {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        check_container_property(
            ctx,
            &Self::META,
            &["LogConfiguration", "LogDriver"],
            false,
            |_, node| {
                let driver = node.as_scalar()?;
                (!["awslogs", "splunk", "awsfirelens"].contains(&driver)).then(|| Problem {
                    what: format!("the log driver is `{driver}`"),
                    advice: "Fargate supports only the awslogs, splunk and awsfirelens log drivers. Switch to awslogs (CloudWatch Logs) or route logs through awsfirelens".to_string(),
                })
            },
            out,
        );
    }
}
