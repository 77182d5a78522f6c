//! cfn-fargate-core: the engine that finds why an ECS service in a CloudFormation template will not
//! run on AWS Fargate. No I/O, no async, no LSP types; never panics on input.
//!
//! Data flows one way: [`syntax`] parses JSON or YAML text into a [`value::Node`] tree with byte
//! spans; [`template::Template`] indexes it; [`resolve`] says what a value can be under
//! intrinsic functions; [`fargate`] decides what is Fargate-bound; [`rules`] report
//! [`finding::Finding`]s; [`analysis::analyze`] ties it together.
#![forbid(unsafe_code)]

pub mod analysis;
pub mod config;
pub mod convert;
pub mod edit;
pub mod fargate;
pub mod finding;
pub mod fix;
pub mod incremental;
pub mod line_index;
pub mod options;
pub mod references;
pub mod resolve;
pub mod rule;
pub mod rules;
pub mod sizes;
pub mod sizing;
pub mod skeleton;
pub mod span;
pub mod suppression;
pub mod syntax;
pub mod template;
pub mod value;

pub use analysis::{Analysis, analyze, analyze_with};
pub use finding::{Applicability, Edit, Finding, Fix, Severity};
pub use line_index::{Encoding, LineCol, LineIndex};
pub use options::{Options, Target};
pub use span::Span;
pub use syntax::Format;
