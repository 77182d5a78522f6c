//! Task sizing for Fargate (catalog section 1.6): the smallest valid task size that holds what the
//! containers ask for. Never rounds down.

use crate::resolve::Resolver;
use crate::sizes::{self, Os, ParsedMemory, TierStatus};
use crate::template::{RefTarget, Resource, Template};
use crate::value::Node;

/// A task size, and what it was computed from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sizing {
    pub cpu: u32,
    pub memory: u32,
    /// Values taken from parameter defaults, for the report ("sized on the default of X").
    pub from_defaults: Vec<String>,
}

/// What a task needs, read from its task-level and container-level values.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Needs {
    pub cpu: u32,
    pub memory: u32,
    pub from_defaults: Vec<String>,
}

/// A number for sizing: a literal, or a parameter's default (recorded in `defaults`).
fn number(
    template: &Template,
    node: Option<&Node>,
    defaults: &mut Vec<String>,
    memory: bool,
) -> Option<u32> {
    let node = node?;
    let text = match node.as_intrinsic() {
        None => node.as_scalar()?.to_string(),
        Some(("Ref", arg)) => {
            let name = arg.as_scalar()?;
            if template.ref_target(name) != RefTarget::Parameter {
                return None;
            }
            let default = template
                .parameter(name)?
                .default()?
                .as_scalar()?
                .to_string();
            if !defaults.iter().any(|d| d == name) {
                defaults.push(name.to_string());
            }
            default
        }
        Some(_) => return None,
    };
    if memory {
        match sizes::parse_memory(&text)? {
            ParsedMemory::Mib(m) | ParsedMemory::Undocumented(m) => Some(m),
        }
    } else {
        sizes::parse_cpu(&text)
            .map(|(c, _)| c)
            .or_else(|| text.trim().parse().ok())
    }
}

/// What a task definition needs: task Cpu if set, else the sum of container Cpu; memory the
/// largest of task Memory, the sum of container reservations (else limits), and the largest
/// container limit.
pub fn needs(template: &Template, resolver: &Resolver<'_>, td: &Resource<'_>) -> Needs {
    let _ = resolver;
    let mut defaults = Vec::new();
    let containers: Vec<&Node> = td
        .property("ContainerDefinitions")
        .and_then(|e| e.value.as_sequence())
        .unwrap_or_default()
        .iter()
        .collect();
    let task_cpu = number(
        template,
        td.property("Cpu").map(|e| &e.value),
        &mut defaults,
        false,
    );
    let cpu = task_cpu.unwrap_or_else(|| {
        containers
            .iter()
            .filter_map(|c| number(template, c.get("Cpu"), &mut defaults, false))
            .sum()
    });
    let task_memory = number(
        template,
        td.property("Memory").map(|e| &e.value),
        &mut defaults,
        true,
    )
    .unwrap_or(0);
    let mut reserved = 0;
    let mut largest = 0;
    for c in &containers {
        let limit = number(template, c.get("Memory"), &mut defaults, true);
        let reservation = number(template, c.get("MemoryReservation"), &mut defaults, true);
        reserved += reservation.or(limit).unwrap_or(0);
        largest = largest.max(limit.unwrap_or(0));
    }
    Needs {
        cpu,
        memory: task_memory.max(reserved).max(largest),
        from_defaults: defaults,
    }
}

/// The smallest Fargate size that holds `needs`: the lowest CPU tier at least the CPU needed
/// whose memory range reaches the memory needed, then the smallest memory of that tier at least
/// the memory needed. `None` when no generally available size is large enough.
pub fn fit(needs: &Needs, os: Os) -> Option<Sizing> {
    let min_cpu = if os == Os::Windows { 1024 } else { 256 };
    let cpu_needed = needs.cpu.max(min_cpu);
    sizes::TIERS
        .iter()
        .filter(|t| t.allows(os) && t.status == TierStatus::Ga && t.cpu >= cpu_needed)
        .find_map(|t| {
            let memory = t.memories().into_iter().find(|m| *m >= needs.memory)?;
            Some(Sizing {
                cpu: t.cpu,
                memory,
                from_defaults: needs.from_defaults.clone(),
            })
        })
}

/// The smallest valid memory for a fixed CPU that is at least `memory`.
pub fn memory_for_cpu(cpu: u32, memory: u32, os: Os) -> Option<u32> {
    sizes::tier(cpu, os)?
        .memories()
        .into_iter()
        .find(|m| *m >= memory)
}

/// The smallest valid CPU at least `cpu`.
pub fn cpu_at_least(cpu: u32, os: Os) -> Option<u32> {
    sizes::TIERS
        .iter()
        .filter(|t| t.allows(os) && t.status == TierStatus::Ga)
        .map(|t| t.cpu)
        .find(|c| *c >= cpu)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn need(cpu: u32, memory: u32) -> Needs {
        Needs {
            cpu,
            memory,
            from_defaults: Vec::new(),
        }
    }

    #[test]
    fn rounds_up_never_down() {
        // The catalog's example: containers needing 128 CPU and 3000 MiB.
        let s = fit(&need(128, 3000), Os::Linux).unwrap();
        assert_eq!((s.cpu, s.memory), (512, 3072));
        assert_eq!(
            fit(&need(0, 0), Os::Linux).map(|s| (s.cpu, s.memory)),
            Some((256, 512))
        );
        assert_eq!(
            fit(&need(1024, 1), Os::Linux).map(|s| (s.cpu, s.memory)),
            Some((1024, 2048))
        );
        assert_eq!(
            fit(&need(300, 9000), Os::Linux).map(|s| (s.cpu, s.memory)),
            Some((2048, 9216))
        );
        assert_eq!(
            fit(&need(8192, 16385), Os::Linux).map(|s| (s.cpu, s.memory)),
            Some((8192, 20480))
        );
        assert_eq!(
            fit(&need(256, 512), Os::Windows).map(|s| (s.cpu, s.memory)),
            Some((1024, 2048))
        );
        assert_eq!(fit(&need(16384, 122881), Os::Linux), None);
        assert_eq!(fit(&need(20000, 1), Os::Linux), None);
    }
}
