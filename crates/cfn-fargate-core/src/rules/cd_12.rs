//! CD-12: awslogs options on Fargate: group, Region and stream prefix, valid create-group.

use super::props::{is_true, path_values};
use super::{container_name, containers, fargate_task_definitions};
use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::resolve::{Env, Possible, consistent_pairs};
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::span::Span;
use crate::template::Resource;
use crate::value::Node;

declare_rule! {
    /// ## What it does
    /// Checks the `Options` of every container of a Fargate-bound task definition that logs with
    /// `awslogs`: `awslogs-group`, `awslogs-region` and, on Fargate, `awslogs-stream-prefix` must be
    /// set; `awslogs-create-group` may only be `true`; `awslogs-group` is a log group name, not an
    /// ARN. Setting both `awslogs-datetime-format` and `awslogs-multiline-pattern` is a warning.
    ///
    /// ## Why it fails at deploy
    /// ECS checks the awslogs options at registration: `Log driver awslogs requires options:
    /// awslogs-region, awslogs-group`, and on Fargate also `Fargate requires log configuration
    /// options to include awslogs-stream-prefix to support log driver awslogs.` Other values are
    /// refused with `Log driver awslogs option 'awslogs-create-group' should only be set to
    /// 'true', else omit option.` and `Log driver awslogs option 'awslogs-group' contains invalid
    /// characters.` (for an ARN). EC2 templates often leave out the stream prefix, which only
    /// Fargate requires.
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
    ///       ExecutionRoleArn: !Sub arn:aws:iam::${AWS::AccountId}:role/ecsTaskExecutionRole
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           LogConfiguration:
    ///             LogDriver: awslogs
    ///             Options:
    ///               awslogs-group: /ecs/app
    ///               awslogs-region: !Ref AWS::Region
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
    ///       ExecutionRoleArn: !Sub arn:aws:iam::${AWS::AccountId}:role/ecsTaskExecutionRole
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           LogConfiguration:
    ///             LogDriver: awslogs
    ///             Options:
    ///               awslogs-group: /ecs/app
    ///               awslogs-region: !Ref AWS::Region
    ///               awslogs-stream-prefix: app
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Adding `awslogs-stream-prefix` (for example the container name) is
    /// safe; it changes the log stream names to `prefix/container/task-id`.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html>
    /// - <https://github.com/aws-cloudformation/cfn-lint/issues/1787>
    /// - <https://github.com/aws/aws-cdk/issues/1422>
    /// - <https://github.com/terraform-linters/tflint-ruleset-aws/issues/348>
    /// - <https://github.com/aws-cloudformation/cfn-lint/issues/3911>
    pub struct AwslogsOptions {
        code: "CD-12",
        name: "awslogs-options",
        severity: Error,
        cfn_lint: ["E3046"],
        fix: None,
    }
}

const REQUIRED: [&str; 3] = ["awslogs-group", "awslogs-region", "awslogs-stream-prefix"];

impl Rule for AwslogsOptions {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for (td, _) in fargate_task_definitions(ctx) {
            for container in containers(ctx, &td) {
                let name = container_name(container);
                let drivers = path_values(ctx, container, &["LogConfiguration", "LogDriver"]);
                let options = path_values(ctx, container, &["LogConfiguration", "Options"]);
                let driver_alts: Vec<_> = drivers.iter().map(|p| p.alt.clone()).collect();
                let option_alts: Vec<_> = options.iter().map(|p| p.alt.clone()).collect();
                for (driver, opts, env) in consistent_pairs(&driver_alts, &option_alts) {
                    if driver.scalar() != Some("awslogs") {
                        continue;
                    }
                    let Some(driver_pv) =
                        drivers.iter().find(|p| p.alt.scalar() == Some("awslogs"))
                    else {
                        continue;
                    };
                    let options_entry = options.iter().find_map(|p| p.entry);
                    let at = options_entry
                        .map(|e| e.key_span)
                        .or_else(|| driver_pv.entry.map(|e| e.value.span));
                    let Some(at) = at else { continue };
                    let map = match opts.value {
                        Possible::Value(node) if node.as_mapping().is_some() => Some(node),
                        Possible::Absent => None,
                        _ => continue,
                    };
                    self.check_options(ctx, &td, &name, map, at, &env, out);
                }
            }
        }
    }
}

impl AwslogsOptions {
    #[allow(clippy::too_many_arguments)]
    fn check_options(
        &self,
        ctx: &Context<'_>,
        td: &Resource<'_>,
        name: &str,
        map: Option<&Node>,
        at: Span,
        env: &Env,
        out: &mut Vec<Finding>,
    ) {
        let Some((binding, env)) = ctx.fargate.task_definition_under(td.id, env) else {
            return;
        };
        let mut push = |span: Span, severity: Severity, message: String| {
            let mut f = ctx.finding(&Self::META, td, span, message);
            f.severity = severity;
            f.related = ctx.bound_because(td.id);
            out.push(f);
        };
        let missing: Vec<&str> = REQUIRED
            .iter()
            .copied()
            .filter(|k| map.and_then(|m| m.entry(k)).is_none())
            .collect();
        if !missing.is_empty() {
            let list = missing
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ");
            push(
                at,
                Severity::Error,
                format!(
                    "container {name} logs with awslogs without the option(s) {list}{}, and this task definition is {}; ECS requires awslogs-group and awslogs-region, and Fargate also awslogs-stream-prefix (ECS: \"Fargate requires log configuration options to include awslogs-stream-prefix to support log driver awslogs.\"). Add the missing options",
                    when(&env),
                    binding.reason
                ),
            );
        }
        let Some(map) = map else { return };
        if let Some(create) = map.entry("awslogs-create-group") {
            for alt in ctx.resolver.alternatives(&create.value) {
                let Some(value) = alt.scalar() else { continue };
                if is_true(value) || alt.env.merge(&env).is_none() {
                    continue;
                }
                push(
                    create.value.span,
                    Severity::Error,
                    format!(
                        "container {name} sets awslogs-create-group to `{value}`{}; ECS accepts only `true` (\"Log driver awslogs option 'awslogs-create-group' should only be set to 'true', else omit option.\"). Set it to \"true\" or remove the option",
                        when(&env)
                    ),
                );
            }
        }
        if let Some(group) = map.entry("awslogs-group") {
            for alt in ctx.resolver.alternatives(&group.value) {
                let Some(value) = alt.scalar() else { continue };
                if !value.starts_with("arn:") || alt.env.merge(&env).is_none() {
                    continue;
                }
                push(
                    group.value.span,
                    Severity::Error,
                    format!(
                        "container {name} names its awslogs-group with an ARN{}; ECS expects a log group name and refuses the ARN (\"Log driver awslogs option 'awslogs-group' contains invalid characters.\"). Use the name, for example `!Ref` of the AWS::Logs::LogGroup",
                        when(&env)
                    ),
                );
            }
        }
        if let (Some(_), Some(pattern)) = (
            map.entry("awslogs-datetime-format"),
            map.entry("awslogs-multiline-pattern"),
        ) {
            push(
                pattern.key_span,
                Severity::Warning,
                format!(
                    "container {name} sets both awslogs-datetime-format and awslogs-multiline-pattern{}; the awslogs driver uses only one of them to split multi-line messages. Keep the one you mean",
                    when(&env)
                ),
            );
        }
    }
}
