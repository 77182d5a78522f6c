//! CD-10: gMSA on Fargate needs the domainless credential spec form.

use super::props::{Problem, check_container_property};
use crate::declare_rule;
use crate::finding::Finding;
use crate::rule::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks `CredentialSpecs` of the containers of a Fargate-bound task definition: each entry
    /// should use the domainless form `credentialspecdomainless:<ARN>`, and a container should list
    /// at most one.
    ///
    /// ## Why it fails at deploy
    /// On EC2 a gMSA credential spec can rely on container instances joined to the Active Directory
    /// domain (`credentialspec:<ARN>`). Fargate hosts are never domain-joined, so Fargate supports
    /// only domainless gMSA (Linux platform 1.4.0 or later), with one credential spec per
    /// container. The catalog rates this entry with medium confidence, so the rule warns.
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
    ///           CredentialSpecs:
    ///             - credentialspec:arn:aws:s3:::my-bucket/gmsa/webapp.json
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
    ///           CredentialSpecs:
    ///             - credentialspecdomainless:arn:aws:s3:::my-bucket/gmsa/webapp.json
    /// ```
    ///
    /// ## Fix safety
    /// No automatic fix: the domainless form needs a credential spec file that names a Secrets
    /// Manager secret with domain credentials, and the execution role must be able to read it.
    ///
    /// ## References
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-linux-gmsa.html>
    /// - <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html>
    pub struct GmsaDomainless {
        code: "CD-10",
        name: "gmsa-domainless",
        severity: Warning,
        cfn_lint: [],
        fix: None,
    }
}

impl Rule for GmsaDomainless {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        check_container_property(
            ctx,
            &Self::META,
            &["CredentialSpecs"],
            true,
            |_, node| {
                let specs = node.as_sequence()?;
                let joined = specs
                    .iter()
                    .filter_map(|s| s.as_scalar())
                    .any(|s| s.starts_with("credentialspec:"));
                if joined {
                    return Some(Problem {
                        what: "CredentialSpecs uses the domain-joined `credentialspec:` form".to_string(),
                        advice: "Fargate hosts are not joined to a domain and support only domainless gMSA. Use `credentialspecdomainless:<ARN>` with a credential spec that names a Secrets Manager secret".to_string(),
                    });
                }
                (specs.len() > 1).then(|| Problem {
                    what: format!("CredentialSpecs lists {} entries", specs.len()),
                    advice:
                        "a container on Fargate can use one credential spec only. Keep one entry"
                            .to_string(),
                })
            },
            out,
        );
    }
}
