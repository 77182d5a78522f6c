//! The language server driven over stdio, the way an editor does: initialize, open the story,
//! receive its diagnostics, complete, convert, and shut down.

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

struct Client {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    next_id: i64,
    /// Notifications received while waiting for something else.
    backlog: Vec<Value>,
}

impl Client {
    fn start() -> Client {
        Client::start_with(&["lsp"])
    }

    fn start_with(args: &[&str]) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_cfn-fargate"))
            .args(args)
            .env("CFN_FARGATE_LSP_DEBOUNCE_MS", "5")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = 0;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length: ") {
                        length = v.parse().unwrap();
                    }
                }
                let mut body = vec![0; length];
                if reader.read_exact(&mut body).is_err() {
                    return;
                }
                if tx.send(serde_json::from_slice(&body).unwrap()).is_err() {
                    return;
                }
            }
        });
        Client {
            child,
            stdin,
            incoming: rx,
            next_id: 1,
            backlog: Vec::new(),
        }
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let m = self
                .incoming
                .recv_timeout(Duration::from_secs(20))
                .expect("a response");
            if m["id"] == id && m.get("method").is_none() {
                assert!(m.get("error").is_none(), "{method} failed: {m}");
                return m["result"].clone();
            }
            self.backlog.push(m);
        }
    }

    /// The diagnostics published for `uri` at `version`.
    fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let matches = |m: &Value| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] == version
        };
        if let Some(i) = self.backlog.iter().position(matches) {
            return self.backlog.remove(i)["params"]["diagnostics"]
                .as_array()
                .unwrap()
                .clone();
        }
        loop {
            let m = self
                .incoming
                .recv_timeout(Duration::from_secs(20))
                .expect("diagnostics");
            if matches(&m) {
                return m["params"]["diagnostics"].as_array().unwrap().clone();
            }
            self.backlog.push(m);
        }
    }

    fn initialize(&mut self, encodings: &[&str]) -> Value {
        let r = self.request(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": {"general": {"positionEncodings": encodings}}}),
        );
        self.notify("initialized", json!({}));
        r
    }

    /// The completion items at a position (UTF-16).
    fn completion(&mut self, uri: &str, line: u64, character: u64) -> Value {
        self.request(
            "textDocument/completion",
            json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}),
        )
    }

    fn open(&mut self, uri: &str, language: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}}),
        );
    }

    fn stop(mut self) {
        let r = self.request("shutdown", Value::Null);
        assert!(r.is_null());
        self.notify("exit", Value::Null);
        let status = self.child.wait().unwrap();
        assert!(
            status.success(),
            "the server exits cleanly after shutdown and exit"
        );
    }
}

fn example(name: &str) -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../examples")
            .join(name),
    )
    .unwrap()
}

/// Apply LSP text edits (UTF-16 positions) to a text.
fn apply_edits(text: &str, edits: &[Value]) -> String {
    let index = cfn_fargate_core::LineIndex::new(text);
    let offset = |p: &Value| {
        index.offset(
            text,
            cfn_fargate_core::LineCol {
                line: p["line"].as_u64().unwrap() as u32,
                col: p["character"].as_u64().unwrap() as u32,
            },
            cfn_fargate_core::Encoding::Utf16,
        )
    };
    let mut edits: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            (
                offset(&e["range"]["start"]),
                offset(&e["range"]["end"]),
                e["newText"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    edits.sort_by_key(|e| std::cmp::Reverse(e.0));
    let mut out = text.to_string();
    for (s, e, t) in edits {
        out.replace_range(s..e, &t);
    }
    out
}

#[test]
fn story_diagnostics_convert_action_and_shutdown() {
    let mut c = Client::start();
    let init = c.initialize(&["utf-16"]);
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-16");
    insta::assert_snapshot!(
        "initialize",
        serde_json::to_string_pretty(&sorted(&init["capabilities"])).unwrap()
    );
    let uri = "file:///work/story-service.yaml";
    let text = example("story-service.yaml");
    c.open(uri, "yaml", &text);
    let diags = c.diagnostics(uri, 1);
    insta::assert_snapshot!("story_diagnostics", render_diagnostics(&diags));
    let mut codes: Vec<&str> = diags
        .iter()
        .filter(|d| d["severity"] == 1)
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    codes.sort();
    codes.dedup();
    assert_eq!(
        codes,
        [
            "CD-01", "CD-12", "SVC-04", "SVC-07", "TD-02", "TD-03", "TD-04", "TD-10", "TG-01"
        ]
    );
    for d in &diags {
        assert_eq!(d["source"], "cfn-fargate");
        assert!(
            d["codeDescription"]["href"]
                .as_str()
                .unwrap()
                .ends_with(&format!("/docs/rules/{}.md", d["code"].as_str().unwrap()))
        );
    }
    // The HostPort finding carries its fix, so the quick fix needs no second analysis.
    let host_port = diags.iter().find(|d| d["code"] == "CD-01").unwrap();
    assert_eq!(host_port["data"]["safe"], true);

    // "Convert service to Fargate" on the service, applied in one edit: no error remains.
    let service_line = text
        .lines()
        .position(|l| l.starts_with("  OrdersService:"))
        .unwrap() as u64;
    let actions = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": {"start": {"line": service_line, "character": 4}, "end": {"line": service_line, "character": 4}}, "context": {"diagnostics": []}}),
    );
    let convert = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["kind"] == "refactor.rewrite")
        .unwrap_or_else(|| panic!("no convert action in {actions}"));
    assert_eq!(convert["title"], "Convert service OrdersService to Fargate");
    let titles: Vec<String> = actions
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            format!(
                "{} [{}]",
                a["title"].as_str().unwrap(),
                a["kind"].as_str().unwrap_or("-")
            )
        })
        .collect();
    insta::assert_snapshot!("story_actions_on_service", titles.join("\n"));
    let edits = convert["edit"]["changes"][uri].as_array().unwrap();
    let converted = apply_edits(&text, edits);
    insta::assert_snapshot!("story_converted", converted);
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": converted}]}),
    );
    let after = c.diagnostics(uri, 2);
    assert!(!after.iter().any(|d| d["severity"] == 1), "{after:#?}");
    c.stop();
}

#[test]
fn memory_completion_offers_exactly_the_sizes_for_the_cpu() {
    let mut c = Client::start();
    c.initialize(&[]);
    let uri = "file:///work/task.yaml";
    let text = "Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      RequiresCompatibilities: [FARGATE]\n      NetworkMode: awsvpc\n      Cpu: 512\n      Memory: \n      ContainerDefinitions:\n        - {Name: app, Image: public.ecr.aws/nginx/nginx:latest}\n";
    c.open(uri, "yaml", text);
    let _ = c.diagnostics(uri, 1);
    let items = c.completion(uri, 7, 14);
    let labels: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["1024", "2048", "3072", "4096"]);
    let edit = &items[0]["textEdit"];
    assert_eq!(edit["range"]["start"], json!({"line": 7, "character": 14}));
    assert_eq!(edit["range"]["end"], json!({"line": 7, "character": 14}));
    c.stop();
}

/// `--stdio` (which some clients add) is accepted; a YAML file that is no template gets no
/// completion, even at a key the rules know.
#[test]
fn stdio_flag_and_no_completion_outside_templates() {
    let mut c = Client::start_with(&["lsp", "--stdio"]);
    c.initialize(&[]);
    let uri = "file:///work/compose.yaml";
    let text = "services:\n  web:\n    NetworkMode: \n";
    c.open(uri, "yaml", text);
    let items = c.completion(uri, 2, 17);
    assert!(
        items.is_null() || items.as_array().is_some_and(|a| a.is_empty()),
        "{items}"
    );
    // The same key in a task definition is completed.
    let uri = "file:///work/task.yaml";
    let text = "Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      NetworkMode: \n";
    c.open(uri, "yaml", text);
    let items = c.completion(uri, 4, 19);
    assert!(
        items
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["label"] == "awsvpc"),
        "{items}"
    );
    c.stop();
}

#[test]
fn utf8_positions_after_non_ascii_text() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../cfn-fargate-core/tests/fixtures/positions/non-ascii.yaml"),
    )
    .unwrap();
    for (encodings, expected) in [
        (vec!["utf-8", "utf-16"], ("utf-8", 88)),
        (vec![], ("utf-16", 76)),
    ] {
        let mut c = Client::start();
        let init = c.initialize(&encodings);
        assert_eq!(init["capabilities"]["positionEncoding"], expected.0);
        let uri = "file:///work/non-ascii.yaml";
        c.open(uri, "yaml", &text);
        let diags = c.diagnostics(uri, 1);
        let d = diags.iter().find(|d| d["code"] == "TD-02").unwrap();
        assert_eq!(
            d["range"]["start"],
            json!({"line": 18, "character": expected.1})
        );
        c.stop();
    }
}

/// 2000 random incremental edits in a row (non-ASCII text included) leave the server's text and
/// diagnostics equal to a fresh analysis of the final text.
#[test]
fn random_incremental_edits_match_a_fresh_check() {
    let mut c = Client::start();
    c.initialize(&[]);
    let uri = "file:///work/edited.yaml";
    let mut text = example("story-service.yaml");
    c.open(uri, "yaml", &text);
    let _ = c.diagnostics(uri, 1);
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let pieces = [
        "",
        "a",
        " ",
        "\n",
        ": ",
        "é",
        "😀",
        "日本",
        "- ",
        "Cpu: 512\n",
        "!Ref X",
        "{",
        "}",
        "\"",
        "#",
    ];
    let index_of = |text: &str, offset: usize| {
        let index = cfn_fargate_core::LineIndex::new(text);
        let p = index.position(text, offset, cfn_fargate_core::Encoding::Utf16);
        json!({"line": p.line, "character": p.col})
    };
    for version in 2..2002 {
        let len = text.len().max(1);
        let start =
            cfn_fargate_core::line_index::floor_char_boundary(&text, (next() as usize) % len);
        let end = cfn_fargate_core::line_index::floor_char_boundary(
            &text,
            (start + (next() as usize) % 6).min(text.len()),
        );
        let insert = pieces[(next() as usize) % pieces.len()];
        let range = json!({"start": index_of(&text, start), "end": index_of(&text, end)});
        text.replace_range(start..end, insert);
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"range": range, "text": insert}]}),
        );
    }
    let served = c.diagnostics(uri, 2001);
    assert_eq!(
        served_keys(&served),
        expected_keys(&text, cfn_fargate_core::Format::Yaml)
    );
    c.stop();
}

/// The value with every object's keys in order (serde_json keeps insertion order when another
/// crate of the workspace turns on its `preserve_order` feature).
fn sorted(v: &Value) -> Value {
    match v {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            Value::Object(
                keys.into_iter()
                    .map(|k| (k.clone(), sorted(&map[k])))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
        other => other.clone(),
    }
}

/// Published diagnostics, one per line: range, severity, code, message; then related notes.
fn render_diagnostics(diagnostics: &[Value]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let r = &d["range"];
        out.push_str(&format!(
            "{}:{}-{}:{} {} {} {}\n",
            r["start"]["line"],
            r["start"]["character"],
            r["end"]["line"],
            r["end"]["character"],
            d["severity"],
            d["code"].as_str().unwrap_or("-"),
            d["message"].as_str().unwrap_or("")
        ));
        for rel in d["relatedInformation"].as_array().into_iter().flatten() {
            let p = &rel["location"]["range"]["start"];
            out.push_str(&format!(
                "  related {}:{} {}\n",
                p["line"],
                p["character"],
                rel["message"].as_str().unwrap_or("")
            ));
        }
    }
    out
}

/// What a fresh check of `text` reports, as `CODE@start-end message` in UTF-16 positions.
fn expected_keys(text: &str, format: cfn_fargate_core::Format) -> Vec<String> {
    let fresh = cfn_fargate_core::analyze(text, format);
    let index = cfn_fargate_core::LineIndex::new(text);
    let at = |o: usize| {
        let p = index.position(text, o, cfn_fargate_core::Encoding::Utf16);
        format!("{}:{}", p.line, p.col)
    };
    let mut keys: Vec<String> = fresh
        .findings
        .iter()
        .map(|f| {
            format!(
                "{}@{}-{} {}",
                f.code,
                at(f.span.start),
                at(f.span.end),
                f.message
            )
        })
        .collect();
    keys.sort();
    keys
}

/// The same for published diagnostics.
fn served_keys(diagnostics: &[Value]) -> Vec<String> {
    let mut keys: Vec<String> = diagnostics
        .iter()
        .map(|d| {
            let r = &d["range"];
            format!(
                "{}@{}:{}-{}:{} {}",
                d["code"].as_str().unwrap(),
                r["start"]["line"],
                r["start"]["character"],
                r["end"]["line"],
                r["end"]["character"],
                d["message"].as_str().unwrap()
            )
        })
        .collect();
    keys.sort();
    keys
}

/// Edits that keep the template parsing (one scalar's text swapped for another's), waiting for
/// the diagnostics after each: the server's incremental analysis must equal a fresh check every
/// time, in JSON and YAML.
#[test]
fn incremental_analysis_after_each_edit_matches_a_fresh_check() {
    let yaml = (0..6)
        .map(|i| {
            format!(
                "  Task{i}:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      NetworkMode: {}\n      Cpu: 256\n      Memory: 512\n      ContainerDefinitions:\n        - Name: app\n          Image: nginx # é😀\n          PortMappings: [{{ContainerPort: 80, HostPort: 8080}}]\n  Service{i}:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: {}\n      TaskDefinition: !Ref Task{i}\n",
                if i % 2 == 0 { "awsvpc" } else { "bridge" },
                if i % 3 == 0 { "EC2" } else { "FARGATE" }
            )
        })
        .fold(
            String::from("AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n"),
            |acc, r| acc + &r,
        );
    let json = serde_json::to_string_pretty(
        &cfn_fargate_core::syntax::parse(&yaml, cfn_fargate_core::Format::Yaml)
            .root
            .unwrap()
            .to_json(),
    )
    .unwrap();
    for (uri, language, mut text, format) in [
        (
            "file:///work/each.yaml",
            "yaml",
            yaml,
            cfn_fargate_core::Format::Yaml,
        ),
        (
            "file:///work/each.json",
            "json",
            json,
            cfn_fargate_core::Format::Json,
        ),
    ] {
        let mut c = Client::start();
        let _ = c.request(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": {}, "initializationOptions": {"logLevel": "debug"}}),
        );
        c.notify("initialized", json!({}));
        c.open(uri, language, &text);
        let _ = c.diagnostics(uri, 1);
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for version in 2..152 {
            let mut spans = Vec::new();
            let root = cfn_fargate_core::syntax::parse(&text, format).root.unwrap();
            collect_scalars(&root, &mut spans);
            // A value for a value (logical IDs in references, types, sizes, modes); keys and
            // short tags stay, so the template stays one.
            spans.retain(|(s, e, key)| !key && !text[*s..*e].starts_with('!'));
            let (s, e, _) = spans[next(spans.len())];
            let (fs, fe, _) = spans[next(spans.len())];
            let with = text[fs..fe].to_string();
            let index = cfn_fargate_core::LineIndex::new(&text);
            let pos = |o: usize| {
                let p = index.position(&text, o, cfn_fargate_core::Encoding::Utf16);
                json!({"line": p.line, "character": p.col})
            };
            let range = json!({"start": pos(s), "end": pos(e)});
            text.replace_range(s..e, &with);
            c.notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"range": range, "text": with}]}),
            );
            let served = c.diagnostics(uri, version);
            assert_eq!(
                served_keys(&served),
                expected_keys(&text, format),
                "{uri} v{version}\n{text}"
            );
        }
        // The debug log says what each analysis reused: most edits re-check a few resources.
        let focused = c
            .backlog
            .iter()
            .filter(|m| {
                m["method"] == "window/logMessage"
                    && m["params"]["message"]
                        .as_str()
                        .is_some_and(|s| s.contains("resources"))
            })
            .count();
        eprintln!("{uri}: {focused} of 150 analyses re-checked only some resources");
        assert!(focused >= 100, "{uri}: {focused}");
        c.stop();
    }
}

/// The spans of every scalar, and whether it is a key.
fn collect_scalars(node: &cfn_fargate_core::value::Node, out: &mut Vec<(usize, usize, bool)>) {
    use cfn_fargate_core::value::Value as V;
    match &node.value {
        V::Scalar { .. } => out.push((node.span.start, node.span.end, false)),
        V::Sequence(items) => items.iter().for_each(|n| collect_scalars(n, out)),
        V::Mapping(entries) => {
            for e in entries {
                out.push((e.key_span.start, e.key_span.end, true));
                collect_scalars(&e.value, out);
            }
        }
    }
}

#[test]
fn navigation_hover_and_rename() {
    let mut c = Client::start();
    c.initialize(&[]);
    let uri = "file:///work/nav.yaml";
    let text = "Parameters:\n  Env: {Type: String, Default: prod}\nResources:\n  Role:\n    Type: AWS::IAM::Role\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      RequiresCompatibilities: [FARGATE]\n      NetworkMode: awsvpc\n      Cpu: 512\n      Memory: 1024\n      ExecutionRoleArn: !GetAtt Role.Arn\n      Family: !Sub \"${Env}-${Role}\"\n      ContainerDefinitions:\n        - {Name: app, Image: public.ecr.aws/nginx/nginx:latest}\n";
    c.open(uri, "yaml", text);
    let _ = c.diagnostics(uri, 1);
    // `Role` in `!GetAtt Role.Arn` (line 12) goes to its definition on line 3.
    let def = c.request(
        "textDocument/definition",
        json!({"textDocument": {"uri": uri}, "position": {"line": 12, "character": 33}}),
    );
    assert_eq!(def["range"]["start"], json!({"line": 3, "character": 2}));
    let refs = c.request("textDocument/references", json!({"textDocument": {"uri": uri}, "position": {"line": 3, "character": 3}, "context": {"includeDeclaration": true}}));
    assert_eq!(refs.as_array().unwrap().len(), 3, "{refs}");
    let edit = c.request("textDocument/rename", json!({"textDocument": {"uri": uri}, "position": {"line": 3, "character": 3}, "newName": "ExecRole"}));
    let renamed = apply_edits(text, edit["changes"][uri].as_array().unwrap());
    assert!(
        renamed.contains("  ExecRole:\n")
            && renamed.contains("!GetAtt ExecRole.Arn")
            && renamed.contains("${Env}-${ExecRole}"),
        "{renamed}"
    );
    // Hover on Memory lists the sizes for Cpu 512, the current one marked.
    let hover = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 11, "character": 8}}),
    );
    let value = hover["contents"]["value"].as_str().unwrap();
    assert!(
        value.contains("**1024** (current), 2048, 3072, 4096"),
        "{value}"
    );
    let symbols = c.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    let names: Vec<&str> = symbols
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Parameters", "Resources"]);
    c.stop();
}

#[test]
fn pull_diagnostics_match_the_published_ones() {
    let mut c = Client::start();
    let init = c.initialize(&[]);
    assert_eq!(
        init["capabilities"]["diagnosticProvider"]["identifier"],
        "cfn-fargate"
    );
    let uri = "file:///work/story.yaml";
    c.open(uri, "yaml", &example("story-service.yaml"));
    let published = c.diagnostics(uri, 1);
    let pulled = c.request(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(pulled["kind"], "full");
    assert_eq!(pulled["items"].as_array().unwrap(), &published);
    c.stop();
}

#[test]
fn the_nearest_config_file_applies_and_settings_override_it() {
    let dir = std::env::temp_dir().join(format!("cfn-fargate-lsp-config-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("stacks")).unwrap();
    std::fs::write(
        dir.join("cfn-fargate.toml"),
        "ignore = [\"TD-01\", \"TG\"]\n",
    )
    .unwrap();
    let file = dir.join("stacks/story service.yaml");
    std::fs::write(&file, example("story-service.yaml")).unwrap();
    let uri = format!("file://{}", file.display().to_string().replace(' ', "%20"));
    let codes = |diags: &[Value]| {
        let mut c: Vec<String> = diags
            .iter()
            .map(|d| d["code"].as_str().unwrap().to_string())
            .collect();
        c.sort();
        c.dedup();
        c
    };
    let mut c = Client::start();
    c.initialize(&[]);
    c.open(&uri, "yaml", &example("story-service.yaml"));
    let diags = codes(&c.diagnostics(&uri, 1));
    assert!(
        !diags.contains(&"TD-01".to_string()) && !diags.contains(&"TG-01".to_string()),
        "{diags:?}"
    );
    assert!(diags.contains(&"TD-02".to_string()));
    // Client settings replace the file's `ignore`.
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"cfnFargate": {"ignore": ["TD-02"]}}}),
    );
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": example("story-service.yaml")}]}),
    );
    let diags = codes(&c.diagnostics(&uri, 2));
    assert!(
        diags.contains(&"TD-01".to_string()) && !diags.contains(&"TD-02".to_string()),
        "{diags:?}"
    );
    c.stop();
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn property_names_and_getatt_attributes_come_from_the_schemas() {
    let mut c = Client::start();
    c.initialize(&[]);
    let labels = |c: &mut Client,
                  name: &str,
                  text: &str,
                  line: u64,
                  character: u64|
     -> Vec<String> {
        let uri = format!("file:///work/{name}.yaml");
        c.open(&uri, "yaml", text);
        let _ = c.diagnostics(&uri, 1);
        let items = c.request("textDocument/completion", json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}));
        let mut items: Vec<Value> = items.as_array().cloned().unwrap_or_default();
        items.sort_by_key(|i| i["sortText"].as_str().unwrap_or("").to_string());
        items
            .iter()
            .map(|i| i["label"].as_str().unwrap().to_string())
            .collect()
    };
    let head = "Resources:\n  Role:\n    Type: AWS::IAM::Role\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Cpu: 256\n";
    let task = labels(&mut c, "a", &format!("{head}      Netw\n"), 7, 10);
    assert!(
        task.contains(&"NetworkMode".to_string())
            && task.contains(&"RequiresCompatibilities".to_string()),
        "{task:?}"
    );
    assert!(
        !task.contains(&"Cpu".to_string()),
        "present keys are not offered again: {task:?}"
    );
    let container = labels(
        &mut c,
        "b",
        &format!("{head}      ContainerDefinitions:\n        - Name: app\n          Ima\n"),
        9,
        13,
    );
    assert_eq!(
        container.first().map(String::as_str),
        Some("Image"),
        "required first: {container:?}"
    );
    assert!(!container.contains(&"Name".to_string()));
    let attrs = labels(
        &mut c,
        "c",
        "Resources:\n  TG:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n  Svc:\n    Type: AWS::ECS::Service\n    Properties:\n      LoadBalancers:\n        - TargetGroupArn: !GetAtt TG.\n",
        7,
        37,
    );
    assert!(
        attrs.contains(&"TG.TargetGroupArn".to_string())
            && attrs.contains(&"TG.LoadBalancerArns".to_string()),
        "{attrs:?}"
    );
    c.stop();
}

#[test]
fn size_parameters_and_the_fargate_service_snippet() {
    let mut c = Client::start();
    c.initialize(&[]);
    let complete = |c: &mut Client,
                    name: &str,
                    text: &str,
                    line: u64,
                    character: u64|
     -> Vec<Value> {
        let uri = format!("file:///work/{name}.yaml");
        c.open(&uri, "yaml", text);
        let _ = c.diagnostics(&uri, 1);
        let items = c.request("textDocument/completion", json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}));
        items.as_array().cloned().unwrap_or_default()
    };
    // A parameter that feeds Memory of a task with Cpu 512.
    let text = "Parameters:\n  TaskMemory:\n    Type: String\n    Default: \nResources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      RequiresCompatibilities: [FARGATE]\n      NetworkMode: awsvpc\n      Cpu: 512\n      Memory: !Ref TaskMemory\n";
    let items = complete(&mut c, "param", text, 3, 13);
    let labels: Vec<&str> = items.iter().map(|i| i["label"].as_str().unwrap()).collect();
    assert_eq!(labels, ["1024", "2048", "3072", "4096"]);

    // The snippet at the level of the logical IDs inserts resources that check clean.
    let text = "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n  Fa\n";
    let items = complete(&mut c, "snippet", text, 4, 4);
    let snippet = items
        .iter()
        .find(|i| i["label"] == "Fargate service")
        .expect("the snippet");
    let body = snippet["textEdit"]["newText"].as_str().unwrap();
    // Fill each placeholder with its default, as an editor does when tabbing through.
    let mut filled = String::new();
    let mut rest = body;
    while let Some(i) = rest.find("${") {
        filled.push_str(&rest[..i]);
        let inner = &rest[i + 2..];
        let end = inner.find('}').unwrap();
        filled.push_str(inner[..end].split_once(':').map_or("", |x| x.1));
        rest = &inner[end + 1..];
    }
    filled.push_str(rest);
    let template = format!("Resources:\n  {filled}\n");
    let analysis = cfn_fargate_core::analyze(&template, cfn_fargate_core::Format::Yaml);
    let errors: Vec<_> = analysis
        .findings
        .iter()
        .filter(|f| f.severity == cfn_fargate_core::Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}\n{template}");
    assert!(analysis.template.unwrap().resource("AppService").is_some());
    c.stop();
}

#[test]
fn debug_log_level_reports_each_analysis() {
    let mut c = Client::start();
    let _ = c.request(
        "initialize",
        json!({"processId": null, "rootUri": null, "capabilities": {}, "initializationOptions": {"logLevel": "debug"}}),
    );
    c.notify("initialized", json!({}));
    let uri = "file:///work/log.yaml";
    c.open(uri, "yaml", &example("story-service.yaml"));
    let _ = c.diagnostics(uri, 1);
    let logged = c
        .backlog
        .iter()
        .chain(
            std::iter::from_fn(|| c.incoming.recv_timeout(Duration::from_millis(200)).ok())
                .collect::<Vec<_>>()
                .iter(),
        )
        .any(|m| {
            m["method"] == "window/logMessage"
                && m["params"]["message"]
                    .as_str()
                    .is_some_and(|s| s.contains("diagnostics in"))
        });
    assert!(logged);
    c.stop();
}
