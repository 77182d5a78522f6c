//! Convert EC2 services to Fargate: one pure function from (template, service IDs, options) to
//! edits plus a report, used by `cfn-fargate convert` and the language server's code action.
//!
//! The conversion changes the whole chain a service uses: the service (launch type, network
//! configuration, no role, no placement), its task definition (compatibilities, awsvpc, task
//! size from the containers, execution role, no host ports or links, a log stream prefix) and the
//! target groups behind it (ip targets). It works one edit at a time on a fresh parse of the
//! current text, so every edit sees the template as the previous ones left it, and nothing
//! outside an edited span changes. A task definition shared by several services is converted
//! once. A service with a blocker (privileged containers, DAEMON scheduling, host volumes...) is
//! not touched and the report says why.

use crate::analysis::with_context;
use crate::edit::{self, NewValue, Style};
use crate::finding::{Edit, SYNTAX_CODE, Severity};
use crate::options::{Options, Target};
use crate::references::resource_targets;
use crate::rules::readiness;
use crate::sizes::{self, Os};
use crate::sizing;
use crate::syntax::{self, Format};
use crate::template::{Resource, Template};
use crate::value::Node;

/// What happened to one service.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceReport {
    pub service: String,
    pub outcome: Outcome,
    /// What was changed and why, one line each.
    pub changes: Vec<String>,
    /// Errors that remain on the converted resources (`check --target fargate`).
    pub remaining: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Converted,
    /// Not touched: the reasons.
    Blocked(Vec<String>),
    /// Not a service of the template.
    NotFound,
}

#[derive(Clone, Debug)]
pub struct Conversion {
    /// The converted text.
    pub text: String,
    /// Minimal edits from the original text to `text`.
    pub edits: Vec<Edit>,
    pub services: Vec<ServiceReport>,
}

impl Conversion {
    /// Whether every requested service was converted and nothing it touched still has an error.
    pub fn is_complete(&self) -> bool {
        self.services
            .iter()
            .all(|s| s.outcome == Outcome::Converted && s.remaining.is_empty())
    }
}

/// The EC2 services of a template: services that do not launch on Fargate.
pub fn ec2_services(text: &str, format: Format) -> Vec<String> {
    let parsed = syntax::parse(text, format);
    let Some(root) = parsed.root else {
        return Vec::new();
    };
    let template = Template::new(root);
    let options = Options::default();
    with_context(text, format, &template, &options, |ctx| {
        template
            .resources_of_type("AWS::ECS::Service")
            .filter(|s| ctx.fargate.launcher(s.id).is_none())
            .map(|s| s.id.to_string())
            .collect()
    })
}

/// Every ECS service of a template.
pub fn services(text: &str, format: Format) -> Vec<String> {
    let parsed = syntax::parse(text, format);
    let Some(root) = parsed.root else {
        return Vec::new();
    };
    Template::new(root)
        .resources_of_type("AWS::ECS::Service")
        .map(|s| s.id.to_string())
        .collect()
}

/// Convert the services `ids` (every ECS service of the template when empty). Converting a
/// service that already runs on Fargate completes what it lacks and changes nothing else.
pub fn convert(text: &str, format: Format, ids: &[String]) -> Conversion {
    let ids: Vec<String> = if ids.is_empty() {
        services(text, format)
    } else {
        ids.to_vec()
    };
    let mut doc = Doc {
        text: text.to_string(),
        format,
    };
    let mut converted_tds: Vec<String> = Vec::new();
    let mut converted_tgs: Vec<String> = Vec::new();
    let mut services = Vec::new();
    for id in &ids {
        let report = convert_service(&mut doc, id, &mut converted_tds, &mut converted_tgs);
        services.push(report);
    }
    // What is still wrong with the converted resources, checked as Fargate.
    let options = Options {
        target: Target::Fargate,
        ..Options::default()
    };
    let analysis = crate::analysis::analyze_with(&doc.text, format, &options);
    for report in &mut services {
        if report.outcome != Outcome::Converted {
            continue;
        }
        let mut touched: Vec<&str> = vec![report.service.as_str()];
        touched.extend(converted_tds.iter().map(String::as_str));
        touched.extend(converted_tgs.iter().map(String::as_str));
        report.remaining = analysis
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .filter(|f| {
                f.code == SYNTAX_CODE || f.resource.as_deref().is_some_and(|r| touched.contains(&r))
            })
            .map(|f| {
                format!(
                    "{} [{}] {}",
                    f.resource.as_deref().unwrap_or("-"),
                    f.code,
                    f.message
                )
            })
            .collect();
    }
    let edits = minimal_edits(text, &doc.text);
    Conversion {
        text: doc.text,
        edits,
        services,
    }
}

/// The current text, re-parsed for each edit.
struct Doc {
    text: String,
    format: Format,
}

impl Doc {
    /// Compute one edit on a fresh parse and apply it if the result still parses. Returns whether
    /// something changed.
    fn step(&mut self, f: impl FnOnce(&Template, &Style, &str) -> Option<Edit>) -> bool {
        let parsed = syntax::parse(&self.text, self.format);
        let errors_before = parsed.errors.len();
        let Some(root) = parsed.root else {
            return false;
        };
        let style = Style::of(&self.text, self.format, &root);
        let template = Template::new(root);
        let Some(edit) = f(&template, &style, &self.text) else {
            return false;
        };
        let (next, applied) = edit::apply(&self.text, &[edit]);
        if applied == 0 || next == self.text {
            return false;
        }
        if syntax::parse(&next, self.format).errors.len() > errors_before {
            return false;
        }
        self.text = next;
        true
    }

    fn template(&self) -> Option<Template> {
        syntax::parse(&self.text, self.format)
            .root
            .map(Template::new)
    }
}

fn props<'t>(template: &'t Template, id: &str) -> Option<&'t Node> {
    template.resource(id)?.properties()
}

/// Set a property of a resource: replace its value, or add it.
fn set_property(doc: &mut Doc, id: &str, key: &str, value: &NewValue) -> bool {
    doc.step(|t, style, text| {
        let p = props(t, id)?;
        match p.entry(key) {
            Some(e) => Some(edit::replace_value(text, style, &e.value, value)),
            None => Some(edit::insert_entry(text, style, p, key, value)),
        }
    })
}

/// Add a property when it is missing.
fn add_property(doc: &mut Doc, id: &str, key: &str, value: &NewValue) -> bool {
    doc.step(|t, style, text| {
        let p = props(t, id)?;
        if p.entry(key).is_some() {
            return None;
        }
        Some(edit::insert_entry(text, style, p, key, value))
    })
}

fn remove_property(doc: &mut Doc, id: &str, key: &str) -> bool {
    doc.step(|t, style, text| {
        let p = props(t, id)?;
        let e = p.entry(key)?;
        Some(edit::remove_entry(text, style, p, e))
    })
}

fn convert_service(
    doc: &mut Doc,
    id: &str,
    converted_tds: &mut Vec<String>,
    converted_tgs: &mut Vec<String>,
) -> ServiceReport {
    let mut report = ServiceReport {
        service: id.to_string(),
        outcome: Outcome::Converted,
        changes: Vec::new(),
        remaining: Vec::new(),
    };
    let Some(template) = doc.template() else {
        report.outcome = Outcome::NotFound;
        return report;
    };
    let Some(service) = template
        .resource(id)
        .filter(|r| r.type_name() == Some("AWS::ECS::Service"))
    else {
        report.outcome = Outcome::NotFound;
        return report;
    };
    // The task definition must be in the template, and there must be nothing Fargate lacks.
    let tds = crate::fargate::task_definitions_of(&template, &service);
    let [td_id] = tds.as_slice() else {
        report.outcome = Outcome::Blocked(vec![
            "its task definition is not a single resource of this template, so its containers cannot be converted".to_string(),
        ]);
        return report;
    };
    let Some(td) = template
        .resource(td_id)
        .filter(|r| r.type_name() == Some("AWS::ECS::TaskDefinition"))
    else {
        report.outcome = Outcome::Blocked(vec![format!(
            "{td_id} is not a task definition of this template"
        )]);
        return report;
    };
    let options = Options::default();
    let blockers: Vec<String> = with_context(&doc.text, doc.format, &template, &options, |ctx| {
        readiness::blockers(ctx, &service, &td)
            .into_iter()
            .map(|b| b.message)
            .collect()
    });
    if !blockers.is_empty() {
        report.outcome = Outcome::Blocked(blockers);
        return report;
    }
    let td_id = td_id.clone();
    let plan = Plan::of(&template, &service, &td);
    drop(template);

    convert_service_properties(doc, id, &plan, &mut report.changes);
    if !converted_tds.contains(&td_id) {
        convert_task_definition(doc, &td_id, &plan, &mut report.changes);
        converted_tds.push(td_id);
    }
    for tg in &plan.target_groups {
        if converted_tgs.contains(tg) {
            continue;
        }
        if set_property(doc, tg, "TargetType", &NewValue::str("ip")) {
            report.changes.push(format!(
                "{tg}: TargetType ip, since Fargate tasks register by IP (CloudFormation replaces the target group)"
            ));
        }
        converted_tgs.push(tg.clone());
    }
    report
}

/// What the conversion of one service needs to know, read before any edit.
struct Plan {
    subnets: NewValue,
    security_groups: Option<NewValue>,
    new_parameters: Vec<(String, &'static str, &'static str)>,
    execution_role: Option<NewValue>,
    new_execution_role: Option<String>,
    target_groups: Vec<String>,
    sizing: Option<sizing::Sizing>,
    os: Os,
    had_strategy: bool,
}

impl Plan {
    fn of(template: &Template, service: &Resource<'_>, td: &Resource<'_>) -> Plan {
        let mut new_parameters = Vec::new();
        let subnets = match find_subnets(template) {
            Some(v) => v,
            None => {
                let name = unique_id(template, "ServiceSubnets");
                new_parameters.push((name.clone(), "List<AWS::EC2::Subnet::Id>", "Subnets for the Fargate tasks of the service (private subnets with a route to the internet or VPC endpoints)"));
                NewValue::Ref(name)
            }
        };
        let security_groups = match find_security_groups(template) {
            Some(v) => Some(v),
            None => {
                let name = unique_id(template, "ServiceSecurityGroups");
                new_parameters.push((name.clone(), "List<AWS::EC2::SecurityGroup::Id>", "Security groups for the Fargate tasks of the service (allow the load balancer on the container ports)"));
                Some(NewValue::Ref(name))
            }
        };
        let (execution_role, new_execution_role) = if td.property("ExecutionRoleArn").is_some() {
            (None, None)
        } else if let Some(role) = find_execution_role(template) {
            (Some(NewValue::GetAtt(role, "Arn".to_string())), None)
        } else {
            let name = unique_id(template, &format!("{}ExecutionRole", td.id));
            (
                Some(NewValue::GetAtt(name.clone(), "Arn".to_string())),
                Some(name),
            )
        };
        let target_groups = service
            .property("LoadBalancers")
            .and_then(|e| e.value.as_sequence())
            .unwrap_or_default()
            .iter()
            .filter_map(|lb| lb.get("TargetGroupArn"))
            .flat_map(|n| resource_targets(template, n))
            .map(|(id, _)| id)
            .filter(|id| {
                template.resource(id).and_then(|r| r.type_name())
                    == Some("AWS::ElasticLoadBalancingV2::TargetGroup")
            })
            .collect();
        let os = td
            .property("RuntimePlatform")
            .and_then(|e| e.value.get("OperatingSystemFamily"))
            .and_then(Node::as_scalar)
            .filter(|f| f.starts_with("WINDOWS"))
            .map_or(Os::Linux, |_| Os::Windows);
        let resolver = crate::resolve::Resolver::new(template);
        let needs = sizing::needs(template, &resolver, td);
        Plan {
            subnets,
            security_groups,
            new_parameters,
            execution_role,
            new_execution_role,
            target_groups,
            sizing: sizing::fit(&needs, os),
            os,
            had_strategy: service.property("CapacityProviderStrategy").is_some(),
        }
    }
}

fn unique_id(template: &Template, base: &str) -> String {
    let taken = |n: &str| template.resource(n).is_some() || template.parameter(n).is_some();
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|i| format!("{base}{i}"))
        .find(|n| !taken(n))
        .unwrap_or_else(|| base.to_string())
}

/// A subnet list the template already has: a `List<AWS::EC2::Subnet::Id>` parameter (private
/// ones first), or the subnets it creates (private ones when it names some so).
fn find_subnets(template: &Template) -> Option<NewValue> {
    let mut params: Vec<&str> = template
        .parameters()
        .filter(|p| p.type_name() == Some("List<AWS::EC2::Subnet::Id>"))
        .map(|p| p.id)
        .collect();
    params.sort_by_key(|p| !p.to_ascii_lowercase().contains("private"));
    if let Some(p) = params.first() {
        return Some(NewValue::Ref(p.to_string()));
    }
    let subnets: Vec<&str> = template
        .resources_of_type("AWS::EC2::Subnet")
        .map(|r| r.id)
        .collect();
    if subnets.is_empty() {
        return None;
    }
    let private: Vec<&str> = subnets
        .iter()
        .copied()
        .filter(|s| s.to_ascii_lowercase().contains("private"))
        .collect();
    let chosen = if private.is_empty() { subnets } else { private };
    Some(NewValue::List(
        chosen
            .into_iter()
            .map(|s| NewValue::Ref(s.to_string()))
            .collect(),
    ))
}

/// Security groups for the tasks: a security group parameter, else a security group the template
/// creates for the containers or instances (by name), else none.
fn find_security_groups(template: &Template) -> Option<NewValue> {
    for p in template.parameters() {
        match p.type_name() {
            Some("List<AWS::EC2::SecurityGroup::Id>") => {
                return Some(NewValue::Ref(p.id.to_string()));
            }
            Some("AWS::EC2::SecurityGroup::Id") => {
                return Some(NewValue::List(vec![NewValue::Ref(p.id.to_string())]));
            }
            _ => {}
        }
    }
    let groups: Vec<&str> = template
        .resources_of_type("AWS::EC2::SecurityGroup")
        .map(|r| r.id)
        .collect();
    let preferred = ["task", "service", "container", "ecs", "instance", "host"];
    for word in preferred {
        if let Some(g) = groups.iter().find(|g| {
            let l = g.to_ascii_lowercase();
            l.contains(word)
                && !l.contains("loadbalancer")
                && !l.contains("alb")
                && !l.contains("elb")
        }) {
            return Some(NewValue::List(vec![NewValue::GetAtt(
                g.to_string(),
                "GroupId".to_string(),
            )]));
        }
    }
    None
}

/// An execution role the template has: a role trusted by ecs-tasks with the task execution
/// managed policy.
fn find_execution_role(template: &Template) -> Option<String> {
    template
        .resources_of_type("AWS::IAM::Role")
        .find(|r| {
            let trust = r
                .property("AssumeRolePolicyDocument")
                .map(|e| crate::resolve::canonical(&e.value))
                .unwrap_or_default();
            let policies = r
                .property("ManagedPolicyArns")
                .map(|e| crate::resolve::canonical(&e.value))
                .unwrap_or_default();
            trust.contains("ecs-tasks.") && policies.contains("AmazonECSTaskExecutionRolePolicy")
        })
        .map(|r| r.id.to_string())
}

fn convert_service_properties(doc: &mut Doc, id: &str, plan: &Plan, changes: &mut Vec<String>) {
    // Launch type: a capacity provider strategy becomes a FARGATE one, else LaunchType FARGATE.
    if plan.had_strategy {
        let strategy = NewValue::List(vec![NewValue::Map(vec![
            ("CapacityProvider".to_string(), NewValue::str("FARGATE")),
            ("Weight".to_string(), NewValue::Literal("1".to_string())),
        ])]);
        if set_property(doc, id, "CapacityProviderStrategy", &strategy) {
            changes.push(format!("{id}: CapacityProviderStrategy FARGATE"));
        }
        // The cluster must have the FARGATE provider; add it to a cluster of the template.
        let cluster = doc.template().and_then(|t| {
            let c = props(&t, id)?.get("Cluster")?;
            let (cid, _) = resource_targets(&t, c).into_iter().next()?;
            (t.resource(&cid)?.type_name() == Some("AWS::ECS::Cluster")).then_some(cid)
        });
        if let Some(cluster) = cluster {
            let added = doc.step(|t, style, text| {
                let p = props(t, &cluster)?;
                match p.get("CapacityProviders") {
                    None => Some(edit::insert_entry(
                        text,
                        style,
                        p,
                        "CapacityProviders",
                        &NewValue::List(vec![
                            NewValue::str("FARGATE"),
                            NewValue::str("FARGATE_SPOT"),
                        ]),
                    )),
                    Some(list) => {
                        let values = edit::list_with(list, "FARGATE")?;
                        Some(edit::replace_value(text, style, list, &values))
                    }
                }
            });
            if added {
                changes.push(format!(
                    "{cluster}: the FARGATE capacity provider added, for the service's strategy"
                ));
            }
        }
    } else if set_property(doc, id, "LaunchType", &NewValue::str("FARGATE")) {
        changes.push(format!("{id}: LaunchType FARGATE"));
    }
    for (key, why) in [
        (
            "Role",
            "services whose tasks use awsvpc use the ECS service-linked role (replaces the service)",
        ),
        (
            "PlacementConstraints",
            "Fargate does not place tasks on instances",
        ),
        (
            "PlacementStrategies",
            "Fargate does not place tasks on instances",
        ),
    ] {
        if remove_property(doc, id, key) {
            changes.push(format!("{id}: removed {key}: {why}"));
        }
    }
    // A platform version older than 1.4.0 (or an EC2-only one) becomes LATEST.
    let old_platform = doc.template().and_then(|t| {
        let v = props(&t, id)?
            .get("PlatformVersion")?
            .as_scalar()?
            .to_string();
        (v != "LATEST" && v.as_str() < "1.4.0").then_some(v)
    });
    if let Some(v) = old_platform
        && set_property(doc, id, "PlatformVersion", &NewValue::str("LATEST"))
    {
        changes.push(format!("{id}: PlatformVersion LATEST instead of {v}"));
    }
    // Network configuration: fix the spelling, or add one from what the template has.
    let misspelled = doc.step(|t, style, text| {
        let config = props(t, id)?.get("NetworkConfiguration")?;
        let wrong = config.entry("AwsVpcConfiguration")?;
        let new_text = match style.format {
            Format::Json => "\"AwsvpcConfiguration\"".to_string(),
            Format::Yaml => "AwsvpcConfiguration".to_string(),
        };
        let _ = text;
        Some(Edit {
            span: wrong.key_span,
            new_text,
        })
    });
    if misspelled {
        changes.push(format!(
            "{id}: NetworkConfiguration key spelled AwsvpcConfiguration"
        ));
    }
    let has_network = doc
        .template()
        .and_then(|t| props(&t, id).map(|p| p.get("NetworkConfiguration").is_some()))
        .unwrap_or(true);
    if !has_network {
        let mut config = vec![("Subnets".to_string(), plan.subnets.clone())];
        if let Some(sg) = &plan.security_groups {
            config.push(("SecurityGroups".to_string(), sg.clone()));
        }
        // Tasks in public subnets need a public IP to reach ECR and CloudWatch Logs.
        let public = match &plan.subnets {
            NewValue::Ref(name) => name.to_ascii_lowercase().contains("public"),
            NewValue::List(items) => items.iter().all(
                |i| matches!(i, NewValue::Ref(n) if n.to_ascii_lowercase().contains("public")),
            ),
            _ => false,
        };
        if public {
            config.push(("AssignPublicIp".to_string(), NewValue::str("ENABLED")));
            changes.push(format!(
                "{id}: AssignPublicIp ENABLED, because the only subnets the template has look public; use private subnets with a NAT gateway or VPC endpoints where you can"
            ));
        }
        let value = NewValue::Map(vec![(
            "AwsvpcConfiguration".to_string(),
            NewValue::Map(config),
        )]);
        for (name, type_name, description) in &plan.new_parameters {
            let added = doc.step(|t, style, text| {
                let params = t.root.get("Parameters");
                let value = NewValue::Map(vec![
                    ("Type".to_string(), NewValue::str(*type_name)),
                    ("Description".to_string(), NewValue::str(*description)),
                ]);
                match params {
                    Some(p) if p.as_mapping().is_some() => {
                        Some(edit::insert_entry(text, style, p, name, &value))
                    }
                    _ => insert_section(text, style, &t.root, "Parameters", name, &value),
                }
            });
            if added {
                changes.push(format!(
                    "new parameter {name} ({type_name}): the template has none to reuse"
                ));
            }
        }
        if add_property(doc, id, "NetworkConfiguration", &value) {
            changes.push(format!("{id}: NetworkConfiguration.AwsvpcConfiguration with the template's subnets and security groups"));
        }
    }
}

/// Add a top-level section (such as `Parameters`) holding one entry, before `Resources`.
fn insert_section(
    text: &str,
    style: &Style,
    root: &Node,
    section: &str,
    key: &str,
    value: &NewValue,
) -> Option<Edit> {
    let resources = root.entry("Resources")?;
    let inner = NewValue::Map(vec![(key.to_string(), value.clone())]);
    let start = edit::line_start(text, resources.key_span.start);
    let indent = &text[start..resources.key_span.start];
    let (at, new_text) = match style.format {
        Format::Json => (
            start,
            format!(
                "{indent}\"{section}\": {},{}",
                edit::render_value(&inner, style, indent),
                style.newline
            ),
        ),
        Format::Yaml => (
            resources.key_span.start,
            format!(
                "{section}:{}{}",
                edit::render_value(&inner, style, ""),
                style.newline
            ),
        ),
    };
    Some(Edit {
        span: crate::span::Span::at(at),
        new_text,
    })
}

fn convert_task_definition(doc: &mut Doc, td: &str, plan: &Plan, changes: &mut Vec<String>) {
    // RequiresCompatibilities: add FARGATE (keeping EC2 when listed, for a way back).
    let compat = doc.step(|t, style, text| {
        let p = props(t, td)?;
        match p.get("RequiresCompatibilities") {
            None => Some(edit::insert_entry(
                text,
                style,
                p,
                "RequiresCompatibilities",
                &NewValue::List(vec![NewValue::str("FARGATE")]),
            )),
            Some(list) => {
                let values = edit::list_with(list, "FARGATE")?;
                Some(edit::replace_value(text, style, list, &values))
            }
        }
    });
    if compat {
        changes.push(format!("{td}: RequiresCompatibilities includes FARGATE"));
    }
    let mode = doc.template().and_then(|t| {
        props(&t, td)?
            .get("NetworkMode")
            .and_then(Node::as_scalar)
            .map(str::to_string)
    });
    if mode.as_deref() != Some("awsvpc")
        && set_property(doc, td, "NetworkMode", &NewValue::str("awsvpc"))
    {
        changes.push(format!(
            "{td}: NetworkMode awsvpc (was {})",
            mode.as_deref().unwrap_or("bridge, by default")
        ));
    }
    // Task size from the containers, never smaller.
    if let Some(size) = &plan.sizing {
        let current = doc.template().map(|t| {
            let p = props(&t, td);
            let cpu = p
                .and_then(|p| p.get("Cpu"))
                .and_then(Node::as_scalar)
                .and_then(sizes::parse_cpu)
                .map(|(c, _)| c);
            let mem = p
                .and_then(|p| p.get("Memory"))
                .and_then(Node::as_scalar)
                .and_then(sizes::parse_memory)
                .map(|m| match m {
                    sizes::ParsedMemory::Mib(x) | sizes::ParsedMemory::Undocumented(x) => x,
                });
            (cpu, mem)
        });
        let (cpu, mem) = current.unwrap_or((None, None));
        let valid = matches!((cpu, mem), (Some(c), Some(m)) if sizes::is_valid_pair(c, m, plan.os));
        if !valid {
            let defaults = if size.from_defaults.is_empty() {
                String::new()
            } else {
                format!(
                    ", sized on the default of {}",
                    size.from_defaults.join(", ")
                )
            };
            if cpu != Some(size.cpu)
                && set_property(doc, td, "Cpu", &NewValue::str(size.cpu.to_string()))
            {
                changes.push(format!(
                    "{td}: Cpu {} from the containers{defaults} (sets the cost)",
                    sizes::describe_cpu(size.cpu)
                ));
            }
            if mem != Some(size.memory)
                && set_property(doc, td, "Memory", &NewValue::str(size.memory.to_string()))
            {
                changes.push(format!(
                    "{td}: Memory {} MiB from the containers{defaults} (sets the cost)",
                    size.memory
                ));
            }
        }
    }
    // Execution role: an existing one, or a new role with the managed execution policy.
    if let Some(role_ref) = &plan.execution_role {
        if let Some(name) = &plan.new_execution_role {
            let role = NewValue::Map(vec![
                ("Type".to_string(), NewValue::str("AWS::IAM::Role")),
                (
                    "Properties".to_string(),
                    NewValue::Map(vec![
                        (
                            "AssumeRolePolicyDocument".to_string(),
                            NewValue::Map(vec![
                                ("Version".to_string(), NewValue::str("2012-10-17")),
                                (
                                    "Statement".to_string(),
                                    NewValue::List(vec![NewValue::Map(vec![
                                        ("Effect".to_string(), NewValue::str("Allow")),
                                        (
                                            "Principal".to_string(),
                                            NewValue::Map(vec![(
                                                "Service".to_string(),
                                                NewValue::str("ecs-tasks.amazonaws.com"),
                                            )]),
                                        ),
                                        ("Action".to_string(), NewValue::str("sts:AssumeRole")),
                                    ])]),
                                ),
                            ]),
                        ),
                        (
                            "ManagedPolicyArns".to_string(),
                            NewValue::List(vec![NewValue::str(
                                "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy",
                            )]),
                        ),
                    ]),
                ),
            ]);
            let added = doc.step(|t, style, text| {
                let resources = t.root.get("Resources")?;
                Some(edit::insert_entry(text, style, resources, name, &role))
            });
            if added {
                changes.push(format!("new resource {name}: the task execution role Fargate needs to pull images and write logs"));
            }
        }
        if add_property(doc, td, "ExecutionRoleArn", role_ref) {
            changes.push(format!("{td}: ExecutionRoleArn set"));
        }
    }
    // Containers: no host ports, links or hostnames; awslogs gets a stream prefix.
    for _ in 0..64 {
        let changed = doc.step(|t, style, text| {
            let p = props(t, td)?;
            for c in p.get("ContainerDefinitions")?.as_sequence()? {
                // Bridge-mode and host settings awsvpc and Fargate reject (CD-03..CD-07), and an
                // explicit `Privileged: false`, which Fargate may reject as a key (U11).
                for key in [
                    "Links",
                    "Hostname",
                    "ExtraHosts",
                    "DnsServers",
                    "DnsSearchDomains",
                    "DisableNetworking",
                ] {
                    if let Some(e) = c.entry(key) {
                        return Some(edit::remove_entry(text, style, c, e));
                    }
                }
                if let Some(e) = c
                    .entry("Privileged")
                    .filter(|e| e.value.as_scalar() == Some("false"))
                {
                    return Some(edit::remove_entry(text, style, c, e));
                }
                for m in c
                    .get("PortMappings")
                    .and_then(Node::as_sequence)
                    .unwrap_or_default()
                {
                    if let Some(e) = m.entry("HostPort") {
                        return Some(edit::remove_entry(text, style, m, e));
                    }
                }
                let log = c.get("LogConfiguration");
                if log
                    .and_then(|l| l.get("LogDriver"))
                    .and_then(Node::as_scalar)
                    == Some("awslogs")
                    && let Some(options) = log
                        .and_then(|l| l.get("Options"))
                        .filter(|o| o.as_mapping().is_some())
                    && options.get("awslogs-stream-prefix").is_none()
                {
                    let name = c.get("Name").and_then(Node::as_scalar).unwrap_or("ecs");
                    return Some(edit::insert_entry(
                        text,
                        style,
                        options,
                        "awslogs-stream-prefix",
                        &NewValue::str(name),
                    ));
                }
            }
            None
        });
        if !changed {
            break;
        }
        changes.push(format!("{td}: container settings awsvpc and Fargate do not take removed (host ports, links, hostnames, extra hosts, DNS settings); awslogs stream prefix added where missing"));
    }
    changes.dedup();
    if remove_property(doc, td, "PlacementConstraints") {
        changes.push(format!(
            "{td}: removed PlacementConstraints: Fargate does not place tasks on instances"
        ));
    }
}

/// The smallest set of edits that turns `old` into `new`, line by line: common leading and
/// trailing lines are kept, and the lines between are matched by longest common subsequence when
/// that is affordable (one edit for the whole middle otherwise).
pub fn minimal_edits(old: &str, new: &str) -> Vec<Edit> {
    if old == new {
        return Vec::new();
    }
    let old_lines: Vec<&str> = old.split_inclusive('\n').collect();
    let new_lines: Vec<&str> = new.split_inclusive('\n').collect();
    let prefix = old_lines
        .iter()
        .zip(&new_lines)
        .take_while(|(a, b)| a == b)
        .count();
    let suffix = old_lines[prefix..]
        .iter()
        .rev()
        .zip(new_lines[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let a = &old_lines[prefix..old_lines.len() - suffix];
    let b = &new_lines[prefix..new_lines.len() - suffix];
    let mut offset: usize = old_lines[..prefix].iter().map(|l| l.len()).sum();
    if a.len().saturating_mul(b.len()) > 4_000_000 {
        let len: usize = a.iter().map(|l| l.len()).sum();
        return vec![Edit {
            span: crate::span::Span::new(offset, offset + len),
            new_text: b.concat(),
        }];
    }
    let table = lcs(a, b);
    let mut edits = Vec::new();
    let (mut i, mut j) = (0, 0);
    let mut pending: Option<(usize, usize, String)> = None;
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            if let Some((s, e, t)) = pending.take() {
                edits.push(Edit {
                    span: crate::span::Span::new(s, e),
                    new_text: t,
                });
            }
            offset += a[i].len();
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || table[i][j + 1] >= table[i + 1][j]) {
            let p = pending.get_or_insert((offset, offset, String::new()));
            p.2.push_str(b[j]);
            j += 1;
        } else {
            let p = pending.get_or_insert((offset, offset, String::new()));
            p.1 += a[i].len();
            offset += a[i].len();
            i += 1;
        }
    }
    if let Some((s, e, t)) = pending.take() {
        edits.push(Edit {
            span: crate::span::Span::new(s, e),
            new_text: t,
        });
    }
    edits
}

/// Longest-common-subsequence table over lines (suffix form): `t[i][j]` is the LCS length of
/// `a[i..]` and `b[j..]`.
fn lcs(a: &[&str], b: &[&str]) -> Vec<Vec<u32>> {
    let mut t = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            t[i][j] = if a[i] == b[j] {
                t[i + 1][j + 1] + 1
            } else {
                t[i + 1][j].max(t[i][j + 1])
            };
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimal_edits_rebuild_the_new_text() {
        let old = "a\nb\nc\nd\ne\n";
        for new in [
            "a\nb\nX\nd\ne\n",
            "a\ne\n",
            "Z\na\nb\nc\nd\ne\nY\n",
            "",
            "a\nb\nc\nd\ne",
        ] {
            let edits = minimal_edits(old, new);
            let (out, n) = crate::edit::apply(old, &edits);
            assert_eq!(out, new);
            assert_eq!(n, edits.len());
        }
    }
}
