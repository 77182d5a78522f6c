//! TD-12: EphemeralStorage.SizeInGiB must be 21 to 200 on Fargate.

use super::props::{Problem, check_task_property};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that `EphemeralStorage.SizeInGiB` of a Fargate-bound task definition is a whole
    /// number from 21 to 200.
    ///
    /// ## Why it fails at deploy
    /// Every Fargate task gets 20 GiB of ephemeral storage when the property is absent;
    /// `SizeInGiB` only raises it, up to 200 GiB. ECS refuses smaller or larger values (reported as
    /// `EphemeralStorage size should be at least 21` / `... at most 200`). Values that come from
    /// a parameter without a default are not checked.
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
    ///       EphemeralStorage:
    ///         SizeInGiB: 20
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
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
    ///       EphemeralStorage:
    ///         SizeInGiB: 21
    ///       ContainerDefinitions:
    ///         - Name: app
    ///           Image: public.ecr.aws/nginx/nginx:latest
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix yet. For 20 GiB or less, removing `EphemeralStorage` gives the 20 GiB
    /// default; above 200 GiB the data has to move to a volume such as Amazon EFS.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EphemeralStorage.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html>
    pub struct EphemeralStorageRange {
        code: "TD-12",
        name: "ephemeral-storage-range",
        severity: Error,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for EphemeralStorageRange {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        check_task_property(
            ctx,
            &Self::META,
            &["EphemeralStorage", "SizeInGiB"],
            false,
            |_, node| {
                let text = node.as_scalar()?;
                let size: i64 = text.trim().parse().ok()?;
                let advice = if size <= 20 {
                    "Fargate accepts 21 to 200 GiB and gives every task 20 GiB without the setting. Remove EphemeralStorage or raise SizeInGiB to at least 21"
                } else if size > 200 {
                    "Fargate accepts at most 200 GiB of ephemeral storage. Lower SizeInGiB to 200 or keep the data on a volume such as Amazon EFS"
                } else {
                    return None;
                };
                Some(Problem {
                    what: format!("EphemeralStorage.SizeInGiB is {size}"),
                    advice: advice.to_string(),
                })
            },
            out,
        );
    }
}
