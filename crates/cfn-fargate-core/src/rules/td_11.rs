//! TD-11: on Fargate, features that act with the task's own credentials need a task role.

use super::fargate_task_definitions;
use super::props::path_values;
use crate::declare_rule;
use crate::finding::{Finding, Related};
use crate::resolve::{Env, Possible};
use crate::rule::{Context, Rule, RuleMeta, when};
use crate::value::Node;

declare_rule! {
    /// ## What it does
    /// Checks that a Fargate-bound task definition sets `TaskRoleArn` when the template shows that
    /// its tasks need AWS credentials of their own: an EFS volume with IAM authorization enabled.
    /// (ECS Exec, which also needs the task role, is SVC-16's to report.)
    ///
    /// ## Why it fails at deploy
    /// The stack deploys, but the tasks do not work. On EC2, containers could fall back on the
    /// container instance's role; a Fargate task has no instance profile, so everything that acts
    /// on the task's behalf uses the task role. Without one, an EFS mount with IAM authorization
    /// is refused and the task cannot start. Application code that relied on the instance role's
    /// credentials loses them too, but a template does not show that, so only this case is
    /// reported, as a warning.
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
    ///       Volumes:
    ///         - Name: shared
    ///           EFSVolumeConfiguration:
    ///             FilesystemId: fs-0123456789abcdef0
    ///             TransitEncryption: ENABLED
    ///             AuthorizationConfig:
    ///               IAM: ENABLED
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           MountPoints:
    ///             - SourceVolume: shared
    ///               ContainerPath: /mnt/shared
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
    ///       TaskRoleArn: !Sub arn:aws:iam::${AWS::AccountId}:role/app-task-role
    ///       Volumes:
    ///         - Name: shared
    ///           EFSVolumeConfiguration:
    ///             FilesystemId: fs-0123456789abcdef0
    ///             TransitEncryption: ENABLED
    ///             AuthorizationConfig:
    ///               IAM: ENABLED
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    ///           MountPoints:
    ///             - SourceVolume: shared
    ///               ContainerPath: /mnt/shared
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix: the task role's permissions must be chosen deliberately. Do not copy the
    /// container instance role, which carries the ECS agent's permissions.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSVolumeConfiguration.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html>
    pub struct TaskRoleNeeded {
        code: "TD-11",
        name: "task-role-needed",
        severity: Warning,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for TaskRoleNeeded {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for (td, _) in fargate_task_definitions(ctx) {
            let entry = td.property("TaskRoleArn");
            let absent = ctx.resolver.absent(entry.map(|e| &e.value));
            if absent.is_empty() {
                continue;
            }
            // (why the task needs a role, where that is written, under which assumptions)
            let mut needs: Vec<(String, &Node, Env)> = Vec::new();
            let volumes = td
                .property("Volumes")
                .and_then(|e| e.value.as_sequence())
                .unwrap_or_default();
            for volume in volumes {
                for pv in path_values(
                    ctx,
                    volume,
                    &["EFSVolumeConfiguration", "AuthorizationConfig", "IAM"],
                ) {
                    let Possible::Value(node) = pv.alt.value else {
                        continue;
                    };
                    if node.as_scalar() != Some("ENABLED") {
                        continue;
                    }
                    let name = volume
                        .get("Name")
                        .and_then(Node::as_scalar)
                        .unwrap_or("(unnamed)");
                    needs.push((
                        format!("EFS volume `{name}` uses IAM authorization, which mounts with the task role"),
                        node,
                        pv.alt.env,
                    ));
                }
            }
            for alt in &absent {
                for (why, node, need_env) in &needs {
                    let Some(env) = alt.env.merge(need_env) else {
                        continue;
                    };
                    let Some((binding, env)) = ctx.fargate.task_definition_under(td.id, &env)
                    else {
                        continue;
                    };
                    let span = entry.map_or_else(|| td.missing_property_span(), |e| e.key_span);
                    let mut f = ctx.finding(
                        &Self::META,
                        &td,
                        span,
                        format!(
                            "TaskRoleArn is not set{}, but {why}; this task definition is {}, and a Fargate task has no container instance role to fall back on. Add a task role that allows elasticfilesystem:ClientMount (and ClientWrite to write)",
                            when(&env),
                            binding.reason
                        ),
                    );
                    f.related = vec![Related {
                        span: node.span,
                        message: "this needs the task role".to_string(),
                    }];
                    out.push(f);
                }
            }
        }
    }
}
