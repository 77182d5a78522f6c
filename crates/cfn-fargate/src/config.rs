//! Finding and reading `cfn-fargate.toml`: walking up from each checked file (cached per
//! directory), or the file named with `--config`. The format is `cfn_fargate_core::config`.

use cfn_fargate_core::Options;
pub(crate) use cfn_fargate_core::config::ConfigError;
use cfn_fargate_core::config::{candidates, parse};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Read and validate one configuration file.
pub(crate) fn load(path: &Path) -> Result<Options, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        ConfigError(format!(
            "cannot read `{}`: {}",
            path.display(),
            crate::files::describe_io_error(&e)
        ))
    })?;
    parse(&text, &path.display().to_string())
}

/// Finds the configuration of each checked file, caching by directory.
#[derive(Default)]
pub(crate) struct Finder {
    cache: HashMap<PathBuf, Option<PathBuf>>,
}

impl Finder {
    /// The nearest `cfn-fargate.toml` in the file's directory or above.
    pub(crate) fn find(&mut self, file: &Path) -> Option<PathBuf> {
        let file = std::path::absolute(file).ok()?;
        let mut visited = Vec::new();
        let mut found = None;
        for candidate in candidates(&file) {
            let dir = candidate.parent()?.to_path_buf();
            if let Some(hit) = self.cache.get(&dir) {
                found = hit.clone();
                break;
            }
            visited.push(dir);
            if candidate.is_file() {
                found = Some(candidate);
                break;
            }
        }
        for d in visited {
            self.cache.insert(d, found.clone());
        }
        found
    }
}
