//! Finding and reading the files to check.

use std::path::{Path, PathBuf};

/// What one command-line path expands to.
pub(crate) enum Input {
    File(PathBuf),
    Stdin,
}

/// An error about a path the user named.
pub(crate) struct PathError {
    pub path: PathBuf,
    pub reason: String,
}

const EXTENSIONS: &[&str] = &["json", "yaml", "yml", "template"];

/// Expand paths: files stay, directories are walked (sorted, not following symbolic links to
/// directories, skipping hidden directories and node_modules), `-` is standard input.
pub(crate) fn expand(paths: &[PathBuf]) -> (Vec<Input>, Vec<PathError>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, &mut inputs, &mut errors),
            Ok(_) => inputs.push(Input::File(path.clone())),
            Err(e) => errors.push(PathError {
                path: path.clone(),
                reason: describe_io_error(&e),
            }),
        }
    }
    (inputs, errors)
}

fn walk(dir: &Path, inputs: &mut Vec<Input>, errors: &mut Vec<PathError>) {
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => {
                errors.push(PathError {
                    path: dir.clone(),
                    reason: describe_io_error(&e),
                });
                continue;
            }
        };
        let mut files = Vec::new();
        let mut dirs = Vec::new();
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let Ok(file_type) = entry.file_type() else {
                continue;
            };
            if file_type.is_dir() {
                if !name.starts_with('.') && name != "node_modules" {
                    dirs.push(path);
                }
            } else if has_template_extension(&path) && (file_type.is_file() || path.is_file()) {
                files.push(path);
            }
        }
        files.sort();
        dirs.sort();
        inputs.extend(files.into_iter().map(Input::File));
        // Depth-first in sorted order: push in reverse so the first directory is walked first.
        stack.extend(dirs.into_iter().rev());
    }
}

fn has_template_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// "No such file or directory" without the "(os error 2)" noise.
pub(crate) fn describe_io_error(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => {
            let text = e.to_string();
            match text.find(" (os error") {
                Some(i) => text[..i].to_string(),
                None => text,
            }
        }
    }
}

/// Write a file through a temporary file in the same directory and a rename, so that a reader
/// never sees it half-written.
pub(crate) fn write_atomically(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.cfn-fargate-{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(contents)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
