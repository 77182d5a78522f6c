// How the extension starts the server: a pure module (no `vscode` import) so that the Node test
// builds exactly the same server options as the extension.
import * as fs from "node:fs";
import * as path from "node:path";

export interface ServerCommand {
  command: string;
  args: string[];
  /** Where the command came from, for messages. */
  source: "setting" | "bundled" | "path";
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** `cfn-fargate` on PATH, if there is one. */
function onPath(env: NodeJS.ProcessEnv): string | undefined {
  const name = process.platform === "win32" ? "cfn-fargate.exe" : "cfn-fargate";
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, name))) {
      return path.join(dir, name);
    }
  }
  return undefined;
}

/**
 * The server to run: the `cfnFargate.server.path` setting, else the binary bundled in the
 * extension (`server/cfn-fargate`), else `cfn-fargate` on PATH. Undefined when none is found.
 */
export function resolveServer(
  settingPath: string | undefined,
  extensionPath: string,
  env: NodeJS.ProcessEnv = process.env,
): ServerCommand | undefined {
  if (settingPath && settingPath.trim() !== "") {
    return { command: settingPath, args: ["lsp"], source: "setting" };
  }
  const bundled = path.join(extensionPath, "server", process.platform === "win32" ? "cfn-fargate.exe" : "cfn-fargate");
  if (isExecutable(bundled)) {
    return { command: bundled, args: ["lsp"], source: "bundled" };
  }
  const found = onPath(env);
  return found ? { command: found, args: ["lsp"], source: "path" } : undefined;
}

/** The server's settings from the extension's configuration section (the keys of cfn-fargate.toml). */
export function serverSettings(get: (key: string) => unknown, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = get(key);
    if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0) && value !== "") {
      out[key] = value;
    }
  }
  return out;
}

/**
 * Whether a document may be a CloudFormation template: it names `AWSTemplateFormatVersion` or an
 * `AWS::` type, or has a `Resources` key. Looser than the server's test (which needs the version or
 * a resource of an `AWS::` type), so that a template being started counts; docker-compose,
 * Kubernetes or package.json files do not.
 */
export function mayBeTemplate(text: string): boolean {
  return /AWSTemplateFormatVersion|AWS::|^[ \t{]*"?Resources"?[ \t]*:/m.test(text);
}

/** The CloudFormation short tags, for the YAML extension's `yaml.customTags`. */
export const SHORT_TAGS = [
  "!Ref", "!Condition", "!GetAtt", "!GetAtt sequence", "!Sub", "!Sub sequence", "!If sequence",
  "!Equals sequence", "!Not sequence", "!And sequence", "!Or sequence", "!FindInMap sequence",
  "!Join sequence", "!Select sequence", "!Split sequence", "!Base64", "!Base64 mapping", "!Cidr sequence",
  "!GetAZs", "!ImportValue", "!ImportValue mapping", "!Transform mapping",
];
