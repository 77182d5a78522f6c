//! IAM-04: the role of a scheduled Fargate task must be allowed to pass the task's roles.

use super::iam::{grants, role_refs};
use crate::declare_rule;
use crate::fargate::fargate_launch;
use crate::finding::{Finding, Related, Severity};
use crate::references::resource_targets;
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::template::Resource;
use crate::value::Node;

declare_rule! {
    /// ## What it does
    /// For each EventBridge rule target, EventBridge Scheduler schedule and EventBridge Pipe that
    /// runs a task definition of the template on Fargate, follows the launcher's `RoleArn` to an
    /// `AWS::IAM::Role` of the template and checks that its policies allow `iam:PassRole` when the
    /// task definition has an `ExecutionRoleArn` or `TaskRoleArn`. Roles outside the template, and
    /// roles with policies that cannot be read (see IAM-02), are not checked; the `Resource` of
    /// the statements is not compared with the roles' ARNs.
    ///
    /// The catalog rates this entry medium confidence, so the findings are warnings.
    ///
    /// ## Why it fails at deploy
    /// The stack deploys, but no task starts: to run a task whose definition names roles, the
    /// caller of `ecs:RunTask` must be allowed to pass those roles to ECS. A conversion to Fargate
    /// usually adds an execution role (TD-10), which the launcher's old policy does not mention,
    /// so the scheduled runs fail with an access-denied error that shows only in the launcher's
    /// metrics or logs.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   EventsRole:
    ///     Type: AWS::IAM::Role
    ///     Properties:
    ///       AssumeRolePolicyDocument:
    ///         Statement:
    ///           - Effect: Allow
    ///             Principal: {Service: events.amazonaws.com}
    ///             Action: sts:AssumeRole
    ///       Policies:
    ///         - PolicyName: run
    ///           PolicyDocument:
    ///             Statement:
    ///               - Effect: Allow
    ///                 Action: ecs:RunTask
    ///                 Resource: "*"
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: awsvpc
    ///       Cpu: 256
    ///       Memory: 512
    ///       ExecutionRoleArn: arn:aws:iam::123456789012:role/exec
    ///       ContainerDefinitions:
    ///         - Name: job
    ///           Image: public.ecr.aws/docker/library/busybox:latest
    ///   Nightly:
    ///     Type: AWS::Events::Rule
    ///     Properties:
    ///       ScheduleExpression: cron(0 3 * * ? *)
    ///       Targets:
    ///         - Id: job
    ///           Arn: arn:aws:ecs:us-east-1:123456789012:cluster/jobs
    ///           RoleArn: !GetAtt EventsRole.Arn
    ///           EcsParameters:
    ///             TaskDefinitionArn: !Ref Task
    ///             LaunchType: FARGATE
    ///             NetworkConfiguration:
    ///               AwsVpcConfiguration:
    ///                 Subnets: [subnet-0abc]
    /// ```
    /// Use instead:
    /// ```yaml
    /// Resources:
    ///   EventsRole:
    ///     Type: AWS::IAM::Role
    ///     Properties:
    ///       AssumeRolePolicyDocument:
    ///         Statement:
    ///           - Effect: Allow
    ///             Principal: {Service: events.amazonaws.com}
    ///             Action: sts:AssumeRole
    ///       Policies:
    ///         - PolicyName: run
    ///           PolicyDocument:
    ///             Statement:
    ///               - Effect: Allow
    ///                 Action: ecs:RunTask
    ///                 Resource: "*"
    ///               - Effect: Allow
    ///                 Action: iam:PassRole
    ///                 Resource: arn:aws:iam::123456789012:role/exec
    ///   Task:
    ///     Type: AWS::ECS::TaskDefinition
    ///     Properties:
    ///       RequiresCompatibilities: [FARGATE]
    ///       NetworkMode: awsvpc
    ///       Cpu: 256
    ///       Memory: 512
    ///       ExecutionRoleArn: arn:aws:iam::123456789012:role/exec
    ///       ContainerDefinitions:
    ///         - Name: job
    ///           Image: public.ecr.aws/docker/library/busybox:latest
    ///   Nightly:
    ///     Type: AWS::Events::Rule
    ///     Properties:
    ///       ScheduleExpression: cron(0 3 * * ? *)
    ///       Targets:
    ///         - Id: job
    ///           Arn: arn:aws:ecs:us-east-1:123456789012:cluster/jobs
    ///           RoleArn: !GetAtt EventsRole.Arn
    ///           EcsParameters:
    ///             TaskDefinitionArn: !Ref Task
    ///             LaunchType: FARGATE
    ///             NetworkConfiguration:
    ///               AwsVpcConfiguration:
    ///                 Subnets: [subnet-0abc]
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. A statement allowing `iam:PassRole` on exactly the task's roles
    /// will be safe; a wildcard resource would grant more than needed.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-ecsparameters.html>
    pub struct LauncherPassRole {
        code: "IAM-04",
        name: "launcher-pass-role",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

/// A launcher of scheduled tasks: its role node, its ECS parameters, a word for messages.
struct Launcher<'t> {
    role: &'t Node,
    params: &'t Node,
    kind: &'static str,
}

fn launchers<'t>(resource: &Resource<'t>) -> Vec<Launcher<'t>> {
    let mut out = Vec::new();
    let Some(props) = resource.properties() else {
        return out;
    };
    match resource.type_name() {
        Some("AWS::Events::Rule") => {
            for t in props
                .get("Targets")
                .and_then(Node::as_sequence)
                .unwrap_or_default()
            {
                if let (Some(role), Some(params)) = (t.get("RoleArn"), t.get("EcsParameters")) {
                    out.push(Launcher {
                        role,
                        params,
                        kind: "EventBridge rule",
                    });
                }
            }
        }
        Some("AWS::Scheduler::Schedule") => {
            let t = props.get("Target");
            if let (Some(role), Some(params)) = (
                t.and_then(|t| t.get("RoleArn")),
                t.and_then(|t| t.get("EcsParameters")),
            ) {
                out.push(Launcher {
                    role,
                    params,
                    kind: "schedule",
                });
            }
        }
        Some("AWS::Pipes::Pipe") => {
            if let (Some(role), Some(params)) = (
                props.get("RoleArn"),
                props
                    .get("TargetParameters")
                    .and_then(|t| t.get("EcsTaskParameters")),
            ) {
                out.push(Launcher {
                    role,
                    params,
                    kind: "pipe",
                });
            }
        }
        _ => {}
    }
    out
}

impl Rule for LauncherPassRole {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for resource in ctx.template.resources() {
            for launcher in launchers(&resource) {
                let Some(launch) = fargate_launch(&ctx.resolver, launcher.params, None) else {
                    continue;
                };
                let Some(td_node) = launcher.params.get("TaskDefinitionArn") else {
                    continue;
                };
                for (td_id, _) in resource_targets(ctx.template, td_node) {
                    let Some(td) = ctx.template.resource(&td_id) else {
                        continue;
                    };
                    let passed: Vec<&str> = ["ExecutionRoleArn", "TaskRoleArn"]
                        .into_iter()
                        .filter(|k| {
                            td.property(k).is_some_and(|e| {
                                ctx.resolver
                                    .alternatives(&e.value)
                                    .iter()
                                    .any(|a| !matches!(a.value, Possible::Absent))
                            })
                        })
                        .collect();
                    if passed.is_empty() {
                        continue;
                    }
                    for r in role_refs(ctx, launcher.role) {
                        let Some(env) = r.env.merge(&launch.env) else {
                            continue;
                        };
                        let Some(granted) = grants(ctx, &r.role) else {
                            continue;
                        };
                        if granted.allows("iam:PassRole") {
                            continue;
                        }
                        let span = r
                            .role
                            .property("Policies")
                            .map_or_else(|| r.role.missing_property_span(), |e| e.key_span);
                        let mut f = ctx.finding(
                            &Self::META,
                            &r.role,
                            span,
                            format!(
                                "role {} runs task definition {} on Fargate for {} {}{}, but does not allow iam:PassRole, and the task definition sets {}; RunTask is denied and no task starts. Allow iam:PassRole on the task definition's roles",
                                r.role.id,
                                td.id,
                                launcher.kind,
                                resource.id,
                                when(&env),
                                passed.join(" and ")
                            ),
                        );
                        f.severity = Severity::Warning;
                        f.related = vec![Related {
                            span: r.span,
                            message: format!(
                                "{} {} uses the role here",
                                launcher.kind, resource.id
                            ),
                        }];
                        out.push(f);
                    }
                }
            }
        }
    }
}
