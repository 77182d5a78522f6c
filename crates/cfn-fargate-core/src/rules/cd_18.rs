//! CD-18: StartTimeout and StopTimeout on Fargate must be 2 to 120 seconds.

use super::props::{Problem, check_container_property};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks `StartTimeout` and `StopTimeout` of the containers of a Fargate-bound task
    /// definition: on Fargate each must be between 2 and 120 seconds.
    ///
    /// ## Why it fails at deploy
    /// On EC2 the ECS agent's settings allow longer timeouts; Fargate caps both at 120 seconds
    /// (platform 1.3.0 or later) and the ECS documentation gives 2 seconds as the minimum. The
    /// catalog rates this entry with medium confidence, so the rule warns.
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
    ///           StopTimeout: 300
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
    ///           StopTimeout: 120
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. Lowering a stop timeout to 120 seconds gives the application less time
    /// to shut down cleanly.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-capacity-providers.html>
    pub struct ContainerTimeoutRange {
        code: "CD-18",
        name: "container-timeout-range",
        severity: Warning,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for ContainerTimeoutRange {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for property in ["StartTimeout", "StopTimeout"] {
            check_container_property(
                ctx,
                &Self::META,
                &[property],
                false,
                |_, node| {
                    let seconds: i64 = node.as_scalar()?.trim().parse().ok()?;
                    (!(2..=120).contains(&seconds)).then(|| Problem {
                        what: format!("{property} is {seconds} seconds"),
                        advice: format!(
                            "Fargate accepts {property} values from 2 to 120 seconds. Set it within that range"
                        ),
                    })
                },
                out,
            );
        }
    }
}
