//! `cargo xtask bench` (LSP part): time from a one-character edit to the published diagnostics,
//! p50 and p99, on a 50 KB and a 1 MB template in JSON and YAML; and the server's memory with 100
//! open templates. Drives the real binary over stdio, as an editor does.

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

struct Server {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
}

impl Server {
    fn start() -> Server {
        let exe = std::env::var("CFN_FARGATE_BIN").unwrap_or_else(|_| {
            let dir = std::env::current_exe().unwrap();
            let dir = dir.parent().unwrap().parent().unwrap();
            dir.join("cfn-fargate").display().to_string()
        });
        let mut child = Command::new(exe)
            .arg("lsp")
            .env("CFN_FARGATE_LSP_DEBOUNCE_MS", "0")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("cfn-fargate binary (build it with cargo build --release -p cfn-fargate)");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            loop {
                let mut len = 0;
                loop {
                    let mut line = String::new();
                    if r.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length: ") {
                        len = v.parse().unwrap();
                    }
                }
                let mut body = vec![0; len];
                if r.read_exact(&mut body).is_err()
                    || tx.send(serde_json::from_slice(&body).unwrap()).is_err()
                {
                    return;
                }
            }
        });
        let mut s = Server {
            child,
            stdin,
            incoming: rx,
        };
        s.send(json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": null, "rootUri": null, "capabilities": {}}}));
        s.wait(|m| m["id"] == 1);
        s.send(json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}));
        s
    }

    fn send(&mut self, m: Value) {
        let body = m.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn wait(&mut self, f: impl Fn(&Value) -> bool) {
        loop {
            let m = self
                .incoming
                .recv_timeout(Duration::from_secs(60))
                .expect("a message");
            if f(&m) {
                return;
            }
        }
    }

    fn rss_kib(&self) -> u64 {
        std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with("VmRSS:"))
                    .map(|l| l.split_whitespace().nth(1).unwrap().parse().unwrap())
            })
            .unwrap_or(0)
    }
}

/// Task definitions and services, repeated until the size is reached. `shared`: every service
/// runs in one cluster of the template, so every resource is connected to every other.
fn template(bytes: usize, json: bool, shared: bool) -> String {
    let mut yaml = String::from("AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n");
    if shared {
        yaml.push_str("  Cluster:\n    Type: AWS::ECS::Cluster\n");
    }
    let cluster = if shared {
        "      Cluster: !Ref Cluster\n"
    } else {
        ""
    };
    let mut i = 0;
    while yaml.len() < bytes {
        yaml.push_str(&format!(
            "  Task{i}:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      RequiresCompatibilities: [FARGATE]\n      NetworkMode: awsvpc\n      Cpu: 256\n      Memory: 512\n      ContainerDefinitions:\n        - Name: app\n          Image: public.ecr.aws/nginx/nginx:latest\n          PortMappings:\n            - ContainerPort: 80\n  Service{i}:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: FARGATE\n{cluster}      TaskDefinition: !Ref Task{i}\n      NetworkConfiguration:\n        AwsvpcConfiguration:\n          Subnets: [subnet-0abc]\n          SecurityGroups: [sg-0abc]\n"
        ));
        i += 1;
    }
    if !json {
        return yaml;
    }
    // The same template as JSON, rendered through serde_json.
    let root = cfn_fargate_core::syntax::parse(&yaml, cfn_fargate_core::Format::Yaml)
        .root
        .unwrap();
    serde_json::to_string_pretty(&root.to_json()).unwrap()
}

/// The byte offset of a line and byte column.
fn offset_of(text: &str, line: usize, col: usize) -> usize {
    text.split_inclusive('\n')
        .take(line)
        .map(str::len)
        .sum::<usize>()
        + col
}

/// The engine's incremental document, in process, through the benchmark's edits: its time per
/// edit, from the edit to the findings.
fn in_process(text: &str, json: bool, line: usize, col: usize, rounds: usize) -> Vec<Duration> {
    let format = if json {
        cfn_fargate_core::Format::Json
    } else {
        cfn_fargate_core::Format::Yaml
    };
    let options = cfn_fargate_core::Options::default();
    let mut doc = cfn_fargate_core::incremental::Document::new(text.to_string(), format, &options);
    let offset = offset_of(text, line, col);
    let mut times = Vec::new();
    for v in 0..rounds {
        let ch = if v % 2 == 0 { "7" } else { "6" };
        let start = Instant::now();
        doc.edit(offset, offset + 1, ch);
        let findings = doc.update(&options).findings.len();
        times.push(start.elapsed());
        std::hint::black_box(findings);
    }
    times.sort();
    times
}

/// tree-sitter-yaml reparsing `text` incrementally after the benchmark's edit (a digit at `line`,
/// `col` replaced, back and forth), in process: its time per edit.
fn tree_sitter_yaml_reparse(text: &str, line: usize, col: usize, rounds: usize) -> Vec<Duration> {
    let mut parser = tree_sitter::Parser::new();
    parser
        .set_language(&tree_sitter_yaml::LANGUAGE.into())
        .unwrap();
    let mut text = text.to_string();
    let mut tree = parser.parse(&text, None).unwrap();
    let offset = offset_of(&text, line, col);
    let point = tree_sitter::Point {
        row: line,
        column: col,
    };
    let mut times = Vec::new();
    for v in 0..rounds {
        let ch = if v % 2 == 0 { "7" } else { "6" };
        let start = Instant::now();
        text.replace_range(offset..offset + 1, ch);
        tree.edit(&tree_sitter::InputEdit {
            start_byte: offset,
            old_end_byte: offset + 1,
            new_end_byte: offset + 1,
            start_position: point,
            old_end_position: tree_sitter::Point {
                row: line,
                column: col + 1,
            },
            new_end_position: tree_sitter::Point {
                row: line,
                column: col + 1,
            },
        });
        tree = parser.parse(&text, Some(&tree)).unwrap();
        times.push(start.elapsed());
    }
    times.sort();
    times
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    for (label, bytes, shared) in [
        ("50 KB", 50_000, false),
        ("1 MB", 1_000_000, false),
        ("50 KB, one shared cluster,", 50_000, true),
        ("1 MB, one shared cluster,", 1_000_000, true),
    ] {
        for json in [true, false] {
            let mut s = Server::start();
            let text = template(bytes, json, shared);
            let uri = if json {
                "file:///bench.json"
            } else {
                "file:///bench.yaml"
            };
            s.send(json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": if json {"json"} else {"yaml"}, "version": 1, "text": text}}}));
            s.wait(|m| {
                m["method"] == "textDocument/publishDiagnostics" && m["params"]["version"] == 1
            });
            // Edit a character in the middle of the document: `256` becomes `257` and back.
            // The `Cpu: 256` line nearest the middle.
            let lines: Vec<usize> = text
                .lines()
                .enumerate()
                .filter(|(_, l)| l.contains("256"))
                .map(|(i, _)| i)
                .collect();
            let line = lines[lines.len() / 2] as u64;
            let line_text = text.lines().nth(line as usize).unwrap();
            let col = line_text.find("256").unwrap() as u64 + 2;
            let rounds = 200;
            let mut times = Vec::new();
            for v in 2..2 + rounds {
                let ch = if v % 2 == 0 { "7" } else { "6" };
                let start = Instant::now();
                s.send(json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": uri, "version": v}, "contentChanges": [{"range": {"start": {"line": line, "character": col}, "end": {"line": line, "character": col + 1}}, "text": ch}]}}));
                s.wait(|m| {
                    m["method"] == "textDocument/publishDiagnostics" && m["params"]["version"] == v
                });
                times.push(start.elapsed());
            }
            times.sort();
            println!(
                "edit to diagnostics, {label} template as {} ({} KB): p50 {:.2} ms, p99 {:.2} ms ({} edits)",
                if json { "JSON" } else { "YAML" },
                text.len() / 1024,
                percentile(&times, 0.5).as_secs_f64() * 1000.0,
                percentile(&times, 0.99).as_secs_f64() * 1000.0,
                rounds
            );
            let engine = in_process(&text, json, line as usize, col as usize, rounds);
            println!(
                "  the same edits in process (cfn_fargate_core::incremental, edit to findings): p50 {:.2} ms, p99 {:.2} ms",
                percentile(&engine, 0.5).as_secs_f64() * 1000.0,
                percentile(&engine, 0.99).as_secs_f64() * 1000.0,
            );
            if !json {
                let reparse = tree_sitter_yaml_reparse(&text, line as usize, col as usize, rounds);
                println!(
                    "  tree-sitter-yaml's own incremental reparse of the same edit: p50 {:.2} ms, p99 {:.2} ms; edit to diagnostics takes {:.2}x its p50, in process {:.2}x{}",
                    percentile(&reparse, 0.5).as_secs_f64() * 1000.0,
                    percentile(&reparse, 0.99).as_secs_f64() * 1000.0,
                    percentile(&times, 0.5).as_secs_f64() / percentile(&reparse, 0.5).as_secs_f64(),
                    percentile(&engine, 0.5).as_secs_f64()
                        / percentile(&reparse, 0.5).as_secs_f64(),
                    if text.lines().count() > 32_768 {
                        " (over 32,768 lines tree-sitter-yaml gives one ERROR node)"
                    } else {
                        ""
                    }
                );
            }
            let _ = s.child.kill();
        }
    }
    let mut s = Server::start();
    let text = template(50_000, false, false);
    let before = s.rss_kib();
    for i in 0..100 {
        let uri = format!("file:///open{i}.yaml");
        s.send(json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}}));
    }
    for _ in 0..100 {
        s.wait(|m| m["method"] == "textDocument/publishDiagnostics");
    }
    println!(
        "server memory: {} MiB idle, {} MiB with 100 open 50 KB templates",
        before / 1024,
        s.rss_kib() / 1024
    );
    let _ = s.child.kill();
}
