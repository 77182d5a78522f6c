import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";
import { resolveServer, serverSettings } from "./server";
import { SERVER_SETTING_KEYS } from "./settings";

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

function settings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration("cfnFargate");
  return serverSettings((key) => config.get(key), [...SERVER_SETTING_KEYS, "logLevel"]);
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const config = vscode.workspace.getConfiguration("cfnFargate");
  const server = resolveServer(config.get<string>("server.path"), context.extensionPath);
  if (!server) {
    void vscode.window.showErrorMessage(
      "cfn-fargate: no server found. Set cfnFargate.server.path, or install cfn-fargate on your PATH (cargo install --path crates/cfn-fargate).",
    );
    return;
  }
  output?.appendLine(`cfn-fargate: starting ${server.command} (${server.source})`);
  const serverOptions: ServerOptions = {
    command: server.command,
    args: server.args,
    transport: TransportKind.stdio,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "yaml" },
      { scheme: "file", language: "json" },
      { scheme: "untitled", language: "yaml" },
      { scheme: "untitled", language: "json" },
    ],
    initializationOptions: settings(),
    outputChannel: output,
  };
  client = new LanguageClient("cfnFargate", "cfn-fargate", serverOptions, clientOptions);
  await client.start();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("cfn-fargate");
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand("cfnFargate.restartServer", async () => {
      await client?.stop();
      await start(context);
    }),
    vscode.commands.registerCommand("cfnFargate.showOutput", () => output?.show()),
    vscode.commands.registerCommand("cfnFargate.fixAll", async () => {
      await vscode.commands.executeCommand("editor.action.codeAction", { kind: "source.fixAll.cfn-fargate", apply: "first" });
    }),
    vscode.commands.registerCommand("cfnFargate.convertService", async () => {
      await vscode.commands.executeCommand("editor.action.codeAction", { kind: "refactor.rewrite", apply: "first" });
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration("cfnFargate.server")) {
        await client?.stop();
        await start(context);
      } else if (e.affectsConfiguration("cfnFargate")) {
        await client?.sendNotification("workspace/didChangeConfiguration", { settings: { cfnFargate: settings() } });
      }
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
