//! The Fargate task size table and the spellings of task Cpu and Memory.
//!
//! Derived from the catalog's size data (`fargate-task-sizes.json`, section 1 of the catalog); a
//! test checks this table against that file whenever the spec folder is present.

/// The operating system family of a task, for the size table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Os {
    Linux,
    Windows,
}

/// How certain we are that AWS accepts a tier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TierStatus {
    /// Documented by AWS and generally available.
    Ga,
    /// Reported in 2026 by other tools, not yet in the AWS API documentation: accepted with a
    /// warning (catalog uncertainty U1).
    New,
}

/// The memory values of one CPU tier.
#[derive(Clone, Copy, Debug)]
pub enum MemoryRange {
    List(&'static [u32]),
    Step { min: u32, max: u32, step: u32 },
}

#[derive(Clone, Copy, Debug)]
pub struct Tier {
    /// CPU units (1024 = 1 vCPU).
    pub cpu: u32,
    pub memory: MemoryRange,
    pub windows: bool,
    pub status: TierStatus,
}

pub const TIERS: &[Tier] = &[
    Tier {
        cpu: 256,
        memory: MemoryRange::List(&[512, 1024, 2048]),
        windows: false,
        status: TierStatus::Ga,
    },
    Tier {
        cpu: 512,
        memory: MemoryRange::Step {
            min: 1024,
            max: 4096,
            step: 1024,
        },
        windows: false,
        status: TierStatus::Ga,
    },
    Tier {
        cpu: 1024,
        memory: MemoryRange::Step {
            min: 2048,
            max: 8192,
            step: 1024,
        },
        windows: true,
        status: TierStatus::Ga,
    },
    Tier {
        cpu: 2048,
        memory: MemoryRange::Step {
            min: 4096,
            max: 16384,
            step: 1024,
        },
        windows: true,
        status: TierStatus::Ga,
    },
    Tier {
        cpu: 4096,
        memory: MemoryRange::Step {
            min: 8192,
            max: 30720,
            step: 1024,
        },
        windows: true,
        status: TierStatus::Ga,
    },
    Tier {
        cpu: 8192,
        memory: MemoryRange::Step {
            min: 16384,
            max: 61440,
            step: 4096,
        },
        windows: false,
        status: TierStatus::Ga,
    },
    Tier {
        cpu: 16384,
        memory: MemoryRange::Step {
            min: 32768,
            max: 122880,
            step: 8192,
        },
        windows: false,
        status: TierStatus::Ga,
    },
    Tier {
        cpu: 32768,
        memory: MemoryRange::List(&[61440, 122880, 249856]),
        windows: false,
        status: TierStatus::New,
    },
];

impl Tier {
    pub fn memories(&self) -> Vec<u32> {
        match self.memory {
            MemoryRange::List(list) => list.to_vec(),
            MemoryRange::Step { min, max, step } => (min..=max).step_by(step as usize).collect(),
        }
    }

    pub fn allows_memory(&self, mib: u32) -> bool {
        match self.memory {
            MemoryRange::List(list) => list.contains(&mib),
            MemoryRange::Step { min, max, step } => {
                (min..=max).contains(&mib) && (mib - min).is_multiple_of(step)
            }
        }
    }

    pub fn allows(&self, os: Os) -> bool {
        os == Os::Linux || self.windows
    }
}

/// The tier for a CPU value on an OS, if Fargate has one.
pub fn tier(cpu: u32, os: Os) -> Option<&'static Tier> {
    TIERS.iter().find(|t| t.cpu == cpu && t.allows(os))
}

/// The valid CPU values on an OS.
pub fn cpus(os: Os) -> impl Iterator<Item = u32> {
    TIERS.iter().filter(move |t| t.allows(os)).map(|t| t.cpu)
}

/// Whether the task CPU/memory pair is a Fargate size.
pub fn is_valid_pair(cpu: u32, memory: u32, os: Os) -> bool {
    tier(cpu, os).is_some_and(|t| t.allows_memory(memory))
}

/// Whether a spelling is one AWS documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spelling {
    Documented,
    /// Accepted by ECS as far as anyone reports, but not documented (`0.25 vCPU`).
    Undocumented,
}

/// A task CPU value as written: `1024`, `"1024"`, `"1 vCPU"`, `".25 vcpu"`, `"2vCPU"`.
/// Returns CPU units. `0.25 vCPU` and `0.5 vCPU` are read but marked undocumented.
pub fn parse_cpu(text: &str) -> Option<(u32, Spelling)> {
    let t = text.trim();
    if let Some(units) = parse_integer(t) {
        return Some((units, Spelling::Documented));
    }
    let number = strip_unit(t, "vcpu")?;
    let (value, spelling) = parse_decimal_times_1024(number)?;
    let spelling = if number.starts_with("0.") {
        Spelling::Undocumented
    } else {
        spelling
    };
    Some((value, spelling))
}

/// The memory spelling read from a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParsedMemory {
    /// MiB, as documented: `2048`, `"2048"`, `"2GB"`, `"2 gb"`, `"0.5 GB"`.
    Mib(u32),
    /// A MiB value in an undocumented unit (`"2048 MiB"`, `"2048MB"`, `"2 GiB"`): not used for
    /// checks; the message suggests the integer form.
    Undocumented(u32),
}

/// A task memory value as written.
pub fn parse_memory(text: &str) -> Option<ParsedMemory> {
    let t = text.trim();
    if let Some(mib) = parse_integer(t) {
        return Some(ParsedMemory::Mib(mib));
    }
    if let Some(number) = strip_unit(t, "gb") {
        let (mib, _) = parse_decimal_times_1024(number)?;
        return Some(ParsedMemory::Mib(mib));
    }
    for unit in ["mib", "mb"] {
        if let Some(number) = strip_unit(t, unit) {
            return parse_integer(number).map(ParsedMemory::Undocumented);
        }
    }
    if let Some(number) = strip_unit(t, "gib") {
        let (mib, _) = parse_decimal_times_1024(number)?;
        return Some(ParsedMemory::Undocumented(mib));
    }
    None
}

fn parse_integer(t: &str) -> Option<u32> {
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok()
}

/// `"2 vCPU"` with unit `vcpu` gives `"2"`: case-insensitive unit, any white space before it.
fn strip_unit<'a>(t: &'a str, unit: &str) -> Option<&'a str> {
    if t.len() < unit.len() || !t.is_char_boundary(t.len() - unit.len()) {
        return None;
    }
    let (number, suffix) = t.split_at(t.len() - unit.len());
    if !suffix.eq_ignore_ascii_case(unit) {
        return None;
    }
    let number = number.trim_end();
    if number.is_empty() {
        None
    } else {
        Some(number)
    }
}

/// `"2"` → 2048, `".25"` → 256, `"0.5"` → 512; `None` unless the result is a whole number.
fn parse_decimal_times_1024(number: &str) -> Option<(u32, Spelling)> {
    let (int, frac) = match number.split_once('.') {
        Some((i, f)) => (i, f),
        None => (number, ""),
    };
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    if !int.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if frac.len() > 10 || int.len() > 9 {
        return None;
    }
    let int: u64 = if int.is_empty() { 0 } else { int.parse().ok()? };
    let frac_value: u64 = if frac.is_empty() {
        0
    } else {
        frac.parse().ok()?
    };
    let scale = 10u64.pow(frac.len() as u32);
    let total = int * 1024 * scale + frac_value * 1024;
    if !total.is_multiple_of(scale) {
        return None;
    }
    let value = u32::try_from(total / scale).ok()?;
    Some((value, Spelling::Documented))
}

/// "256 (.25 vCPU)" for messages.
pub fn describe_cpu(units: u32) -> String {
    let vcpu = match units {
        256 => ".25".to_string(),
        512 => ".5".to_string(),
        u if u % 1024 == 0 => (u / 1024).to_string(),
        u => format!("{:.2}", f64::from(u) / 1024.0),
    };
    format!("{units} ({vcpu} vCPU)")
}

/// A list of memory values for messages: "1024, 2048, 3072, 4096" or "16384-61440 in steps of 4096".
pub fn describe_memories(tier: &Tier) -> String {
    match tier.memory {
        MemoryRange::List(list) => list
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        MemoryRange::Step { min, max, step } if (max - min) / step < 5 => (min..=max)
            .step_by(step as usize)
            .map(|m| m.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        MemoryRange::Step { min, max, step } => format!("{min} to {max} in steps of {step}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_spellings() {
        assert_eq!(parse_cpu("1024"), Some((1024, Spelling::Documented)));
        assert_eq!(parse_cpu("1 vCPU"), Some((1024, Spelling::Documented)));
        assert_eq!(parse_cpu(".25     vCpU"), Some((256, Spelling::Documented)));
        assert_eq!(parse_cpu("1vcpu"), Some((1024, Spelling::Documented)));
        assert_eq!(parse_cpu(".5 vcpu"), Some((512, Spelling::Documented)));
        assert_eq!(parse_cpu("0.25 vCPU"), Some((256, Spelling::Undocumented)));
        assert_eq!(parse_cpu("16 vCPU"), Some((16384, Spelling::Documented)));
        assert_eq!(parse_cpu("vCPU"), None);
        assert_eq!(parse_cpu("1.3 vCPU"), None);
        assert_eq!(parse_cpu("abc"), None);
        assert_eq!(parse_cpu("é vcpu"), None);
        assert_eq!(parse_cpu("99999999999999999999"), None);
    }

    #[test]
    fn memory_spellings() {
        assert_eq!(parse_memory("2048"), Some(ParsedMemory::Mib(2048)));
        assert_eq!(parse_memory("2GB"), Some(ParsedMemory::Mib(2048)));
        assert_eq!(parse_memory("2 gb"), Some(ParsedMemory::Mib(2048)));
        assert_eq!(parse_memory("0.5 GB"), Some(ParsedMemory::Mib(512)));
        assert_eq!(parse_memory("8 GB"), Some(ParsedMemory::Mib(8192)));
        assert_eq!(
            parse_memory("2048 MiB"),
            Some(ParsedMemory::Undocumented(2048))
        );
        assert_eq!(parse_memory("lots"), None);
    }

    #[test]
    fn pair_counts_match_the_catalog() {
        let count = |os| {
            TIERS
                .iter()
                .filter(|t| t.allows(os) && t.status == TierStatus::Ga)
                .map(|t| t.memories().len())
                .sum::<usize>()
        };
        assert_eq!(count(Os::Linux), 74);
        assert_eq!(count(Os::Windows), 43);
        assert!(is_valid_pair(16384, 40960, Os::Linux));
        assert!(is_valid_pair(1024, 3072, Os::Linux));
        assert!(!is_valid_pair(8192, 17408, Os::Linux));
        assert!(!is_valid_pair(16384, 33792, Os::Linux));
        assert!(!is_valid_pair(256, 3072, Os::Linux));
        assert!(!is_valid_pair(8192, 16384, Os::Windows));
    }
}
