import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";
import { mayBeTemplate, resolveServer, serverSettings } from "./server";
import { SERVER_SETTING_KEYS } from "./settings";

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

/**
 * The settings the user set. Unset ones are left out: VS Code reads a setting without a default as
 * the empty value of its type (`newSizeTiers` as false), which would override cfn-fargate.toml.
 */
function settings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration("cfnFargate");
  const isSet = (key: string) => {
    const i = config.inspect(key);
    return [i?.globalValue, i?.workspaceValue, i?.workspaceFolderValue].some((v) => v !== undefined);
  };
  return serverSettings((key) => (isSet(key) ? config.get(key) : undefined), [...SERVER_SETTING_KEYS, "logLevel"]);
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
  // No `transport`: the client then talks over stdio as is. `TransportKind.stdio` would append
  // `--stdio` to the arguments, which `cfn-fargate lsp` rejects.
  const serverOptions: ServerOptions = { command: server.command, args: server.args };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "yaml" },
      { scheme: "file", language: "json" },
      { scheme: "untitled", language: "yaml" },
      { scheme: "untitled", language: "json" },
    ],
    initializationOptions: settings(),
    outputChannel: output,
    middleware: {
      // The server answers completion in any JSON or YAML file (a `NetworkMode:` key gets ECS's
      // values); ask only for what may be a template.
      provideCompletionItem: (document, position, context, token, next) =>
        mayBeTemplate(document.getText()) ? next(document, position, context, token) : undefined,
      // The server publishes the diagnostics of every open document (again after a settings change)
      // and also answers pull requests with the same list. VS Code shows the diagnostics of both, so
      // the client does not pull: each problem is listed once.
      provideDiagnostics: () => undefined,
    },
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
