// `cfn-fargate lsp` driven over stdio by vscode-languageserver-protocol, the protocol library
// under VS Code's language client: a client this project did not write.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  PublishDiagnosticsNotification,
  CompletionRequest,
  CodeActionRequest,
  ShutdownRequest,
  ExitNotification,
} from "vscode-languageserver-protocol/node.js";
import { TextDocument } from "vscode-languageserver-textdocument";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const bin = process.env.CFN_FARGATE_BIN ?? path.join(root, "target/debug/cfn-fargate");

function start() {
  const child = spawn(bin, ["lsp"], { stdio: ["pipe", "pipe", "ignore"], env: { ...process.env, CFN_FARGATE_LSP_DEBOUNCE_MS: "5" } });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = [];
  const waiters = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params);
    for (const w of waiters.splice(0)) w();
  });
  connection.listen();
  async function diagnostics(uri, version) {
    for (;;) {
      const found = published.find((p) => p.uri === uri && p.version === version);
      if (found) return found.diagnostics;
      await new Promise((resolve, reject) => {
        waiters.push(resolve);
        setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}`)), 20000).unref();
      });
    }
  }
  async function stop() {
    await connection.sendRequest(ShutdownRequest.type);
    const exited = new Promise((resolve) => child.on("exit", resolve));
    await connection.sendNotification(ExitNotification.type);
    const code = await exited;
    connection.dispose();
    return code;
  }
  // A failed test must not leave the server running (it would keep the test runner alive).
  const kill = () => child.exitCode === null && child.kill();
  return { connection, diagnostics, stop, kill };
}

async function initialize(connection) {
  // CFN_FARGATE_TEST_SETTINGS (JSON) lets a run switch rules off, to see these tests fail.
  const settings = process.env.CFN_FARGATE_TEST_SETTINGS ? JSON.parse(process.env.CFN_FARGATE_TEST_SETTINGS) : undefined;
  const result = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: { general: { positionEncodings: ["utf-16"] } },
    initializationOptions: settings,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return result;
}

test("the story's errors, the convert action, and a clean result", async (t) => {
  const { connection, diagnostics, stop, kill } = start();
  t.after(kill);
  const init = await initialize(connection);
  assert.equal(init.capabilities.positionEncoding, "utf-16");
  const uri = "file:///work/story-service.yaml";
  const text = readFileSync(path.join(root, "examples/story-service.yaml"), "utf8");
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: "yaml", version: 1, text },
  });
  const diags = await diagnostics(uri, 1);
  const errors = [...new Set(diags.filter((d) => d.severity === 1).map((d) => d.code))].sort();
  assert.deepEqual(errors, ["CD-01", "CD-12", "SVC-04", "SVC-07", "TD-02", "TD-03", "TD-04", "TD-10", "TG-01"]);
  const role = diags.find((d) => d.code === "SVC-07");
  const roleLine = text.split("\n").findIndex((l) => l.includes("Role: !Ref EcsServiceRole"));
  assert.equal(role.range.start.line, roleLine);

  const serviceLine = text.split("\n").findIndex((l) => l.startsWith("  OrdersService:"));
  const at = { line: serviceLine, character: 4 };
  const actions = await connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: at, end: at },
    context: { diagnostics: [] },
  });
  const convert = actions.find((a) => a.kind === "refactor.rewrite");
  assert.ok(convert, "a convert action");
  const doc = TextDocument.create(uri, "yaml", 1, text);
  const converted = TextDocument.applyEdits(doc, convert.edit.changes[uri]);
  await connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: converted }],
  });
  const after = await diagnostics(uri, 2);
  assert.deepEqual(after.filter((d) => d.severity === 1), []);
  assert.equal(await stop(), 0);
});

test("Memory completion offers exactly the sizes for Cpu 512", async (t) => {
  const { connection, diagnostics, stop, kill } = start();
  t.after(kill);
  await initialize(connection);
  const uri = "file:///work/task.json";
  const text = '{\n  "Resources": {\n    "Task": {\n      "Type": "AWS::ECS::TaskDefinition",\n      "Properties": {\n        "RequiresCompatibilities": ["FARGATE"],\n        "NetworkMode": "awsvpc",\n        "Cpu": "512",\n        "Memory": ""\n      }\n    }\n  }\n}\n';
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: "json", version: 1, text },
  });
  await diagnostics(uri, 1);
  const items = await connection.sendRequest(CompletionRequest.type, {
    textDocument: { uri },
    position: { line: 8, character: 19 },
  });
  const list = Array.isArray(items) ? items : items.items;
  assert.deepEqual(list.map((i) => i.label), ["1024", "2048", "3072", "4096"]);
  assert.deepEqual(list[0].textEdit.range, { start: { line: 8, character: 19 }, end: { line: 8, character: 19 } });
  assert.equal(await stop(), 0);
});
