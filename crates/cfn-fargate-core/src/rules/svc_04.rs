//! SVC-04: an awsvpc (Fargate) service needs NetworkConfiguration.AwsvpcConfiguration.

use super::fixes;
use super::{awsvpc_service_under, awsvpc_services};
use crate::declare_rule;
use crate::finding::{Applicability, Finding};
use crate::resolve::Possible;
use crate::rule::{Context, Rule, RuleMeta, when};

declare_rule! {
    /// ## What it does
    /// Checks that a service that launches on Fargate, or whose task definition uses awsvpc, sets
    /// `NetworkConfiguration.AwsvpcConfiguration`, spelled with a lower-case `vpc` on
    /// `AWS::ECS::Service`.
    ///
    /// ## Why it fails at deploy
    /// Each awsvpc task gets its own network interface, and ECS needs the subnets (and security
    /// groups) to create it: `Network Configuration must be provided when networkMode 'awsvpc' is
    /// specified.` EC2 services in bridge mode never needed it. The key `AwsVpcConfiguration`
    /// (capital V, the spelling of other resource types) is not read by `AWS::ECS::Service`.
    ///
    /// ## Example
    /// ```yaml
    /// Resources:
    ///   Service:
    ///     Type: AWS::ECS::Service
    ///     Properties:
    ///       LaunchType: FARGATE
    ///       TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
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
    /// A misspelled `AwsVpcConfiguration` key is renamed (safe: the key was not read at all). A
    /// missing configuration has no fix here: subnets and security groups must be chosen, which
    /// the conversion (`cfn-fargate convert`) does from what the template has.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html>
    /// - <https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-service.html>
    pub struct NetworkConfigurationRequired {
        code: "SVC-04",
        name: "network-configuration-required",
        severity: Error,
        cfn_lint: ["E3052"],
        fix: Sometimes,
    }
}

impl Rule for NetworkConfigurationRequired {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for svc in awsvpc_services(ctx) {
            let entry = svc.property("NetworkConfiguration");
            for alt in ctx.resolver.property(entry.map(|e| &e.value)) {
                let Some((why, env)) = awsvpc_service_under(ctx, &svc, &alt.env) else {
                    continue;
                };
                let finding = match alt.value {
                    Possible::Absent => ctx.finding(
                        &Self::META,
                        &svc,
                        entry.map_or_else(|| svc.missing_property_span(), |e| e.key_span),
                        format!(
                            "NetworkConfiguration is not set{}, but {why}; ECS needs subnets for each task's network interface (\"Network Configuration must be provided when networkMode 'awsvpc' is specified\"). Add NetworkConfiguration.AwsvpcConfiguration with Subnets and SecurityGroups",
                            when(&env)
                        ),
                    ),
                    Possible::Value(config) if config.get("AwsvpcConfiguration").is_none() => {
                        match config.entry("AwsVpcConfiguration") {
                            Some(wrong) => {
                                let mut f = ctx.finding(
                                    &Self::META,
                                    &svc,
                                    wrong.key_span,
                                    "`AwsVpcConfiguration` is spelled `AwsvpcConfiguration` (lower-case `vpc`) on AWS::ECS::Service; as written the network configuration is not read. Rename the key",
                                );
                                f.fix = Some(fixes::rename_key(
                                    ctx,
                                    wrong,
                                    "AwsvpcConfiguration",
                                    "Rename the key to `AwsvpcConfiguration`".to_string(),
                                    Applicability::Safe,
                                ));
                                f
                            }
                            None => ctx.finding(
                                &Self::META,
                                &svc,
                                entry.map_or(config.span, |e| e.key_span),
                                format!(
                                    "NetworkConfiguration has no AwsvpcConfiguration{}, but {why}; add AwsvpcConfiguration with Subnets and SecurityGroups",
                                    when(&env)
                                ),
                            ),
                        }
                    }
                    _ => continue,
                };
                out.push(finding);
            }
        }
    }
}
