// The server started with the same options the extension builds (src/server.ts, compiled), driven
// by vscode-languageserver-protocol, the protocol library under vscode-languageclient.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest,
  InitializedNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification,
  PublishDiagnosticsNotification, CodeActionRequest, ShutdownRequest, ExitNotification,
} from "vscode-languageserver-protocol/node.js";
import { TextDocument } from "vscode-languageserver-textdocument";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../../..");
const require = createRequire(import.meta.url);
const { mayBeTemplate, resolveServer, serverSettings } = require("../out/server.js");
const { SERVER_SETTING_KEYS } = require("../out/settings.js");

test("the extension's server options start a server that converts the story", async (t) => {
  const bin = process.env.CFN_FARGATE_BIN ?? path.join(root, "target/debug/cfn-fargate");
  const server = resolveServer(bin, path.join(here, ".."));
  assert.equal(server.source, "setting");
  assert.deepEqual(server.args, ["lsp"]);
  const extra = process.env.CFN_FARGATE_TEST_SETTINGS ? JSON.parse(process.env.CFN_FARGATE_TEST_SETTINGS) : {};
  const initializationOptions = { ...serverSettings((k) => extra[k], SERVER_SETTING_KEYS) };
  const child = spawn(server.command, server.args, { stdio: ["pipe", "pipe", "ignore"] });
  t.after(() => child.exitCode === null && child.kill());
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = [];
  let wake = () => {};
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => { published.push(p); wake(); });
  connection.listen();
  const diagnostics = async (uri, version) => {
    for (;;) {
      const found = published.find((p) => p.uri === uri && p.version === version);
      if (found) return found.diagnostics;
      await new Promise((resolve, reject) => { wake = resolve; setTimeout(() => reject(new Error("no diagnostics")), 20000).unref(); });
    }
  };
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions });
  await connection.sendNotification(InitializedNotification.type, {});
  const uri = "file:///work/story-service.yaml";
  const text = readFileSync(path.join(root, "examples/story-service.yaml"), "utf8");
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "yaml", version: 1, text } });
  const before = await diagnostics(uri, 1);
  assert.ok(before.some((d) => d.code === "TD-02" && d.severity === 1), "the story's errors");
  const line = text.split("\n").findIndex((l) => l.startsWith("  OrdersService:"));
  const actions = await connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri }, range: { start: { line, character: 4 }, end: { line, character: 4 } }, context: { diagnostics: [] },
  });
  const convert = actions.find((a) => a.kind === "refactor.rewrite");
  const converted = TextDocument.applyEdits(TextDocument.create(uri, "yaml", 1, text), convert.edit.changes[uri]);
  await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: converted }] });
  assert.deepEqual((await diagnostics(uri, 2)).filter((d) => d.severity === 1), []);
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
});

test("the server is found: setting, then bundled, then PATH", () => {
  const ext = path.join(here, "..");
  assert.equal(resolveServer("/opt/cfn-fargate", ext).command, "/opt/cfn-fargate");
  const dir = path.dirname(process.env.CFN_FARGATE_BIN ?? path.join(root, "target/debug/cfn-fargate"));
  const found = resolveServer("", "/nonexistent", { PATH: dir });
  assert.equal(found?.source, "path");
  assert.equal(resolveServer(undefined, "/nonexistent", { PATH: "/nonexistent" }), undefined);
});

test("completion is asked for in what may be a template only", () => {
  assert.ok(mayBeTemplate(readFileSync(path.join(root, "examples/story-service.yaml"), "utf8")));
  assert.ok(mayBeTemplate(readFileSync(path.join(root, "examples/story-service.json"), "utf8")));
  assert.ok(mayBeTemplate("Resources:\n  "), "a template being started");
  assert.ok(mayBeTemplate('{\n  "Resources": {}\n}'));
  assert.ok(!mayBeTemplate("services:\n  web:\n    image: nginx\n    NetworkMode: \n"), "docker-compose");
  assert.ok(!mayBeTemplate("spec:\n  containers:\n    - resources:\n        limits: {}\n"), "Kubernetes");
  assert.ok(!mayBeTemplate('{\n  "name": "app",\n  "dependencies": {}\n}'), "package.json");
});
