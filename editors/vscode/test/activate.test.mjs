// The extension as the .vsix ships it (dist/extension.js) activated for real. VS Code cannot run
// here, so `require("vscode")` gets a fake: the part of the VS Code API that the extension and
// vscode-languageclient use, behaving as vscode.d.ts documents it (settings without a default
// read as their type's empty value; diagnostics shown are those of every collection; tab events
// come before the open event). The client starts the real server (CFN_FARGATE_BIN, default
// <repo>/target/debug/cfn-fargate); `child_process.spawn` is watched so that the test sees which
// binary was started and every message on the wire. npm test (node --test test/) runs it after
// `npm run check` has bundled dist/extension.js.
import { test } from "node:test";
import assert from "node:assert/strict";
import Module, { createRequire } from "node:module";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
// CFN_FARGATE_EXTENSION_DIR: an unpacked .vsix's `extension` folder, to activate what was packaged.
const extensionDir = process.env.CFN_FARGATE_EXTENSION_DIR ?? path.join(here, "..");
const root = path.resolve(here, "../../..");
const require = createRequire(import.meta.url);
const childProcess = require("node:child_process");
const bundle = path.join(extensionDir, "dist/extension.js");
const manifest = JSON.parse(readFileSync(path.join(extensionDir, "package.json"), "utf8"));
const bin = process.env.CFN_FARGATE_BIN ?? path.join(root, "target/debug/cfn-fargate");
// Extra server settings for the diagnostics test, as client.test.mjs reads them (e.g. '{"ignore":["ALL"]}').
const testSettings = process.env.CFN_FARGATE_TEST_SETTINGS ? JSON.parse(process.env.CFN_FARGATE_TEST_SETTINGS) : {};
const WAIT_MS = 15000;

// ---------------------------------------------------------------------------------------------
// The fake `vscode` module.

class Disposable {
  #dispose;
  constructor(dispose) { this.#dispose = dispose; }
  static from(...items) { return new Disposable(() => items.forEach((d) => d?.dispose())); }
  dispose() { const f = this.#dispose; this.#dispose = undefined; f?.(); }
}

class EventEmitter {
  #listeners = new Set();
  event = (listener, thisArg, disposables) => {
    const call = (e) => listener.call(thisArg, e);
    this.#listeners.add(call);
    const d = new Disposable(() => this.#listeners.delete(call));
    if (Array.isArray(disposables)) disposables.push(d);
    return d;
  };
  fire(e) { for (const l of [...this.#listeners]) l(e); }
  dispose() { this.#listeners.clear(); }
}

class Uri {
  constructor(scheme, authority, uriPath, query, fragment) {
    Object.assign(this, { scheme, authority, path: uriPath, query, fragment });
  }
  static file(fsPath) { return new Uri("file", "", path.resolve(fsPath), "", ""); }
  static parse(value) {
    const u = new URL(value);
    return new Uri(u.protocol.slice(0, -1), u.host, decodeURIComponent(u.pathname), u.search.slice(1), u.hash.slice(1));
  }
  static joinPath(base, ...parts) { return base.with({ path: path.posix.join(base.path, ...parts) }); }
  get fsPath() { return this.path; }
  with(change) {
    const c = { scheme: this.scheme, authority: this.authority, path: this.path, query: this.query, fragment: this.fragment, ...change };
    return new Uri(c.scheme, c.authority, c.path, c.query, c.fragment);
  }
  toString() {
    if (this.scheme === "file") return pathToFileURL(this.path).href;
    const authority = this.authority ? `//${this.authority}` : "";
    return `${this.scheme}:${authority}${encodeURI(this.path)}${this.query ? `?${this.query}` : ""}${this.fragment ? `#${this.fragment}` : ""}`;
  }
  toJSON() { return { scheme: this.scheme, authority: this.authority, path: this.path, query: this.query, fragment: this.fragment }; }
}

class Position {
  constructor(line, character) { this.line = line; this.character = character; }
  compareTo(o) { return this.line - o.line || this.character - o.character; }
  isBefore(o) { return this.compareTo(o) < 0; }
  isBeforeOrEqual(o) { return this.compareTo(o) <= 0; }
  isAfter(o) { return this.compareTo(o) > 0; }
  isAfterOrEqual(o) { return this.compareTo(o) >= 0; }
  isEqual(o) { return this.compareTo(o) === 0; }
  translate(lineDelta = 0, characterDelta = 0) { return new Position(this.line + lineDelta, this.character + characterDelta); }
  with(line = this.line, character = this.character) { return new Position(line, character); }
}

class Range {
  constructor(a, b, c, d) {
    const [start, end] = typeof a === "number" ? [new Position(a, b), new Position(c, d)] : [a, b];
    [this.start, this.end] = start.isAfter(end) ? [end, start] : [start, end];
  }
  get isEmpty() { return this.start.isEqual(this.end); }
  get isSingleLine() { return this.start.line === this.end.line; }
  contains(x) {
    return x instanceof Range ? this.contains(x.start) && this.contains(x.end) : this.start.isBeforeOrEqual(x) && x.isBeforeOrEqual(this.end);
  }
  isEqual(o) { return this.start.isEqual(o.start) && this.end.isEqual(o.end); }
  with(start = this.start, end = this.end) { return new Range(start, end); }
}

class Selection extends Range {
  constructor(anchor, active) { super(anchor, active); this.anchor = anchor; this.active = active; }
}

class Location {
  constructor(uri, where) { this.uri = uri; this.range = where instanceof Position ? new Range(where, where) : where; }
}

const DiagnosticSeverity = { Error: 0, Warning: 1, Information: 2, Hint: 3 };

class Diagnostic {
  constructor(range, message, severity = DiagnosticSeverity.Error) { Object.assign(this, { range, message, severity }); }
}

class DiagnosticRelatedInformation {
  constructor(location, message) { this.location = location; this.message = message; }
}

class TextEdit {
  constructor(range, newText) { this.range = range; this.newText = newText; }
  static replace(range, newText) { return new TextEdit(range, newText); }
  static insert(position, newText) { return new TextEdit(new Range(position, position), newText); }
  static delete(range) { return new TextEdit(range, ""); }
}

class WorkspaceEdit {
  #edits = new Map();
  #list(uri) {
    const key = uri.toString();
    if (!this.#edits.has(key)) this.#edits.set(key, [uri, []]);
    return this.#edits.get(key)[1];
  }
  get size() { return this.#edits.size; }
  set(uri, edits) { this.#list(uri).splice(0, Infinity, ...edits); }
  replace(uri, range, newText) { this.#list(uri).push(new TextEdit(range, newText)); }
  insert(uri, position, newText) { this.#list(uri).push(TextEdit.insert(position, newText)); }
  delete(uri, range) { this.#list(uri).push(TextEdit.delete(range)); }
  get(uri) { return this.#edits.get(uri.toString())?.[1] ?? []; }
  has(uri) { return this.#edits.has(uri.toString()); }
  entries() { return [...this.#edits.values()].map(([uri, edits]) => [uri, [...edits]]); }
}

class CodeActionKind {
  constructor(value) { this.value = value; }
  append(part) { return new CodeActionKind(this.value ? `${this.value}.${part}` : part); }
  contains(other) { return this.value === "" || other.value === this.value || other.value.startsWith(`${this.value}.`); }
  intersects(other) { return this.contains(other) || other.contains(this); }
}
for (const [name, value] of Object.entries({
  Empty: "", QuickFix: "quickfix", Refactor: "refactor", RefactorExtract: "refactor.extract",
  RefactorInline: "refactor.inline", RefactorMove: "refactor.move", RefactorRewrite: "refactor.rewrite",
  Source: "source", SourceOrganizeImports: "source.organizeImports", SourceFixAll: "source.fixAll", Notebook: "notebook",
})) {
  CodeActionKind[name] = new CodeActionKind(value);
}

class CodeAction {
  constructor(title, kind) { this.title = title; this.kind = kind; }
}

// Classes vscode-languageclient extends when it loads.
class CompletionItem { constructor(label, kind) { this.label = label; this.kind = kind; } }
class CodeLens { constructor(range, command) { this.range = range; this.command = command; } }
class DocumentLink { constructor(range, target) { this.range = range; this.target = target; } }
class InlayHint { constructor(position, label, kind) { Object.assign(this, { position, label, kind }); } }
class SymbolInformation { constructor(name, kind, containerName, location) { Object.assign(this, { name, kind, containerName, location }); } }
class CallHierarchyItem {
  constructor(kind, name, detail, uri, range, selectionRange) { Object.assign(this, { kind, name, detail, uri, range, selectionRange }); }
}
class TypeHierarchyItem extends CallHierarchyItem {}

class CompletionList { constructor(items = [], isIncomplete = false) { this.items = items; this.isIncomplete = isIncomplete; } }
class SnippetString { constructor(value = "") { this.value = value; } }
class Hover { constructor(contents, range) { this.contents = Array.isArray(contents) ? contents : [contents]; this.range = range; } }
class DocumentSymbol {
  constructor(name, detail, kind, range, selectionRange) { Object.assign(this, { name, detail, kind, range, selectionRange, children: [] }); }
}
const enumOf = (names, from = 0) => Object.fromEntries(names.map((n, i) => [n, i + from]));
const CompletionItemKind = enumOf(["Text", "Method", "Function", "Constructor", "Field", "Variable", "Class", "Interface",
  "Module", "Property", "Unit", "Value", "Enum", "Keyword", "Snippet", "Color", "File", "Reference", "Folder",
  "EnumMember", "Constant", "Struct", "Event", "Operator", "TypeParameter", "User", "Issue"]);
const SymbolKind = enumOf(["File", "Module", "Namespace", "Package", "Class", "Method", "Property", "Field",
  "Constructor", "Enum", "Interface", "Function", "Variable", "Constant", "String", "Number", "Boolean", "Array",
  "Object", "Key", "Null", "EnumMember", "Struct", "Event", "Operator", "TypeParameter"]);

class MarkdownString {
  constructor(value = "", supportThemeIcons = false) { this.value = value; this.supportThemeIcons = supportThemeIcons; }
  appendText(text) { this.value += text; return this; }
  appendMarkdown(text) { this.value += text; return this; }
  appendCodeblock(code, language = "") { this.value += `\n\`\`\`${language}\n${code}\n\`\`\`\n`; return this; }
}

class CancellationTokenSource {
  #emitter = new EventEmitter();
  token = { isCancellationRequested: false, onCancellationRequested: this.#emitter.event };
  cancel() { if (!this.token.isCancellationRequested) { this.token.isCancellationRequested = true; this.#emitter.fire(); } }
  dispose() { this.#emitter.dispose(); }
}

class CancellationError extends Error {
  constructor() { super("Canceled"); this.name = "Canceled"; }
}

class TabInputText { constructor(uri) { this.uri = uri; } }
class TabInputTextDiff { constructor(original, modified) { this.original = original; this.modified = modified; } }
class TabInputCustom { constructor(uri, viewType) { this.uri = uri; this.viewType = viewType; } }

/** A text document as the API shows it; `fake.edit` changes it. */
function textDocument(uri, languageId, text) {
  const doc = {
    uri, languageId, version: 1, text, isClosed: false, isDirty: false, eol: 1,
    get fileName() { return uri.fsPath; },
    get isUntitled() { return uri.scheme === "untitled"; },
    get lineCount() { return doc.text.split("\n").length; },
    offsetAt(p) {
      const lines = doc.text.split("\n");
      let offset = 0;
      for (let i = 0; i < Math.min(p.line, lines.length); i++) offset += lines[i].length + 1;
      return Math.min(offset + p.character, doc.text.length);
    },
    positionAt(offset) {
      const before = doc.text.slice(0, offset).split("\n");
      return new Position(before.length - 1, before.at(-1).length);
    },
    getText(range) { return range ? doc.text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end)) : doc.text; },
    lineAt(line) {
      const n = typeof line === "number" ? line : line.line;
      const text = doc.text.split("\n")[n];
      return { lineNumber: n, text, range: new Range(n, 0, n, text.length), isEmptyOrWhitespace: text.trim() === "" };
    },
    save: async () => true,
  };
  return doc;
}

/**
 * A fresh fake of the `vscode` module. `settings` are the user's settings by full key
 * (`cfnFargate.server.path`); contributed settings the user did not set read as VS Code reads
 * them: the `default` of package.json, else the empty value of the setting's type.
 */
function fakeVscode(settings = {}) {
  const user = { ...settings };
  const defaults = {};
  const emptyOfType = { boolean: false, number: 0, integer: 0, string: "", array: [], object: {} };
  for (const [key, schema] of Object.entries(manifest.contributes.configuration.properties)) {
    defaults[key] = "default" in schema ? schema.default : emptyOfType[schema.type] ?? null;
  }
  const events = new Map();
  const on = (name) => {
    if (!events.has(name)) events.set(name, new EventEmitter());
    return events.get(name).event;
  };
  const fire = (name, e) => events.get(name)?.fire(e);
  const seen = {
    commands: new Map(), executed: [], errors: [], warnings: [], infos: [],
    channels: [], collections: [], providers: [], missing: new Set(),
  };
  const documents = [];
  const group = { isActive: true, viewColumn: 1, tabs: [], get activeTab() { return group.tabs.at(-1); } };
  let activeTextEditor;

  function configuration(section) {
    const full = (key) => (section ? `${section}.${key}` : key);
    const lookup = (key) => {
      const k = full(key);
      if (k in user) return user[k];
      if (k in defaults) return defaults[k];
      // A section read as an object: `get("trace")` is `{ server: ... }`.
      const prefix = `${k}.`;
      const nested = Object.keys({ ...defaults, ...user }).filter((n) => n.startsWith(prefix));
      if (nested.length === 0) return undefined;
      return Object.fromEntries(nested.map((n) => [n.slice(prefix.length), n in user ? user[n] : defaults[n]]));
    };
    return {
      get: (key, fallback) => lookup(key) ?? fallback,
      has: (key) => lookup(key) !== undefined,
      inspect: (key) => ({ key: full(key), defaultValue: defaults[full(key)], globalValue: user[full(key)] }),
      update: async (key, value) => { user[full(key)] = value; },
    };
  }

  function diagnosticCollection(name) {
    const entries = new Map();
    const collection = {
      name, disposed: false, entries,
      set(uri, diagnostics) {
        if (Array.isArray(uri)) {
          for (const [u, d] of uri) collection.set(u, d);
        } else if (diagnostics === undefined || diagnostics === null) {
          entries.delete(uri.toString());
        } else {
          entries.set(uri.toString(), [...diagnostics]);
        }
      },
      delete: (uri) => entries.delete(uri.toString()),
      clear: () => entries.clear(),
      get: (uri) => entries.get(uri.toString()),
      has: (uri) => entries.has(uri.toString()),
      forEach: (f) => entries.forEach((d, u) => f(Uri.parse(u), d, collection)),
      dispose() { collection.disposed = true; entries.clear(); },
    };
    seen.collections.push(collection);
    return collection;
  }

  // The score `languages.match` gives: 0 when a filter does not match, 10 for an exact match.
  function match(selector, document) {
    if (Array.isArray(selector)) return Math.max(0, ...selector.map((s) => match(s, document)));
    const filter = typeof selector === "string" ? { language: selector } : selector;
    if (filter.notebookType !== undefined) return 0;
    if (filter.pattern !== undefined) throw new Error(`the fake does not match glob patterns (${JSON.stringify(filter)})`);
    const fits = (want, have) => want === undefined || want === "*" || want === have;
    if (filter.language === undefined && filter.scheme === undefined) return 0;
    return fits(filter.language, document.languageId) && fits(filter.scheme, document.uri.scheme) ? 10 : 0;
  }

  const register = (kind) => (selector, provider, ...rest) => {
    const entry = { kind, selector, provider, rest };
    seen.providers.push(entry);
    return new Disposable(() => seen.providers.splice(seen.providers.indexOf(entry), 1));
  };

  const workspace = {
    getConfiguration: configuration,
    get textDocuments() { return [...documents]; },
    workspaceFolders: undefined,
    notebookDocuments: [],
    getWorkspaceFolder: () => undefined,
    createFileSystemWatcher: () => ({
      onDidCreate: on("fsCreate"), onDidChange: on("fsChange"), onDidDelete: on("fsDelete"), dispose() {},
    }),
    async applyEdit(edit) {
      for (const [uri, edits] of edit.entries()) {
        const doc = documents.find((d) => d.uri.toString() === uri.toString());
        if (!doc) return false;
        const sorted = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
        let text = doc.text;
        for (const e of sorted) text = text.slice(0, doc.offsetAt(e.range.start)) + e.newText + text.slice(doc.offsetAt(e.range.end));
        fake.edit(doc, text);
      }
      return true;
    },
  };
  for (const name of [
    "onDidOpenTextDocument", "onDidCloseTextDocument", "onDidChangeTextDocument", "onDidSaveTextDocument",
    "onWillSaveTextDocument", "onDidChangeConfiguration", "onDidChangeWorkspaceFolders", "onDidCreateFiles",
    "onDidRenameFiles", "onDidDeleteFiles", "onWillCreateFiles", "onWillRenameFiles", "onWillDeleteFiles",
    "onDidOpenNotebookDocument", "onDidChangeNotebookDocument", "onDidSaveNotebookDocument", "onDidCloseNotebookDocument",
  ]) {
    workspace[name] = on(name);
  }

  const message = (list) => (text, ...items) => { list.push(text); return Promise.resolve(undefined); };
  const window = {
    createOutputChannel(name) {
      const channel = {
        name, text: "", shown: 0, disposed: false,
        append(s) { channel.text += s; },
        appendLine(s) { channel.text += `${s}\n`; },
        replace(s) { channel.text = s; },
        clear() { channel.text = ""; },
        show() { channel.shown++; },
        hide() {},
        dispose() { channel.disposed = true; },
      };
      seen.channels.push(channel);
      return channel;
    },
    showErrorMessage: message(seen.errors),
    showWarningMessage: message(seen.warnings),
    showInformationMessage: message(seen.infos),
    get activeTextEditor() { return activeTextEditor; },
    get visibleTextEditors() { return activeTextEditor ? [activeTextEditor] : []; },
    onDidChangeActiveTextEditor: on("onDidChangeActiveTextEditor"),
    onDidChangeVisibleTextEditors: on("onDidChangeVisibleTextEditors"),
    tabGroups: {
      all: [group], activeTabGroup: group,
      onDidChangeTabs: on("onDidChangeTabs"), onDidChangeTabGroups: on("onDidChangeTabGroups"),
    },
    withProgress: (options, task) => task({ report() {} }, new CancellationTokenSource().token),
    showTextDocument: async () => undefined,
  };

  const languages = {
    match,
    createDiagnosticCollection: diagnosticCollection,
    getLanguages: async () => ["json", "yaml", "markdown", "plaintext"],
  };
  for (const name of [
    "CompletionItemProvider", "HoverProvider", "DefinitionProvider", "ReferenceProvider", "RenameProvider",
    "DocumentSymbolProvider", "CodeActionsProvider", "SignatureHelpProvider", "DocumentHighlightProvider",
    "DocumentFormattingEditProvider", "DocumentRangeFormattingEditProvider", "OnTypeFormattingEditProvider",
    "CodeLensProvider", "DocumentLinkProvider", "ColorProvider", "FoldingRangeProvider", "DeclarationProvider",
    "ImplementationProvider", "TypeDefinitionProvider", "SelectionRangeProvider", "CallHierarchyProvider",
    "TypeHierarchyProvider", "LinkedEditingRangeProvider", "InlayHintsProvider", "InlineValuesProvider",
    "InlineCompletionItemProvider", "WorkspaceSymbolProvider", "DocumentSemanticTokensProvider",
    "DocumentRangeSemanticTokensProvider",
  ]) {
    languages[`register${name}`] = register(name);
  }

  const commands = {
    registerCommand(id, handler) {
      if (seen.commands.has(id)) throw new Error(`command '${id}' already exists`);
      seen.commands.set(id, handler);
      return new Disposable(() => seen.commands.delete(id));
    },
    async executeCommand(id, ...args) {
      seen.executed.push({ id, args });
      const handler = seen.commands.get(id) ?? builtins[id];
      if (!handler) throw new Error(`command '${id}' not found`);
      return handler(...args);
    },
    getCommands: async () => [...seen.commands.keys(), ...Object.keys(builtins)],
  };

  // VS Code's own `editor.action.codeAction`: ask the code action providers of the active editor's
  // document for the given kind at the cursor, and apply the first action.
  const builtins = {
    async "editor.action.codeAction"({ kind, apply } = {}) {
      const document = activeTextEditor?.document;
      if (!document) return;
      const only = kind === undefined ? undefined : new CodeActionKind(kind);
      const diagnostics = seen.collections.flatMap((c) => c.get(document.uri) ?? []);
      const actions = [];
      for (const p of seen.providers.filter((p) => p.kind === "CodeActionsProvider" && match(p.selector, document) > 0)) {
        const context = { diagnostics, only, triggerKind: 1 };
        actions.push(...((await p.provider.provideCodeActions(document, activeTextEditor.selection, context, new CancellationTokenSource().token)) ?? []));
      }
      const chosen = actions.filter((a) => !only || (a.kind && only.contains(a.kind)));
      assert.ok(apply === "first", `the fake applies only the first action (apply: ${apply})`);
      if (chosen[0]?.edit) await workspace.applyEdit(chosen[0].edit);
      if (chosen[0]?.command) await commands.executeCommand(chosen[0].command.command, ...(chosen[0].command.arguments ?? []));
      return chosen[0];
    },
  };

  const api = {
    version: "1.85.0",
    env: { appName: "Visual Studio Code", appRoot: "", language: "en", machineId: "fake", sessionId: "fake", uriScheme: "vscode", openExternal: async () => false },
    workspace, window, languages, commands,
    extensions: { all: [], getExtension: () => undefined, onDidChange: on("onDidChangeExtensions") },
    Disposable, EventEmitter, Uri, Position, Range, Selection, Location, Diagnostic, DiagnosticSeverity,
    DiagnosticRelatedInformation, DiagnosticTag: { Unnecessary: 1, Deprecated: 2 }, TextEdit, WorkspaceEdit,
    CompletionItem, CodeLens, DocumentLink, InlayHint, SymbolInformation, CallHierarchyItem, TypeHierarchyItem,
    CompletionList, SnippetString, Hover, DocumentSymbol, CompletionItemKind, SymbolKind,
    CompletionTriggerKind: { Invoke: 0, TriggerCharacter: 1, TriggerForIncompleteCompletions: 2 },
    CompletionItemTag: { Deprecated: 1 }, SymbolTag: { Deprecated: 1 },
    CodeAction, CodeActionKind, CodeActionTriggerKind: { Invoke: 1, Automatic: 2 }, MarkdownString,
    CancellationTokenSource, CancellationError, TabInputText, TabInputTextDiff, TabInputCustom,
    TextDocumentSaveReason: { Manual: 1, AfterDelay: 2, FocusOut: 3 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
    EndOfLine: { LF: 1, CRLF: 2 },
  };

  const fake = {
    // What the test reads: registered commands, messages shown, output channels, diagnostic
    // collections, providers; `missing` names the API members asked for that the fake lacks.
    seen,
    api: strict(api, "vscode", seen.missing),
    /** Open a document in an editor tab (VS Code fires the tab event, then the open event). */
    open(fsPathOrUri, languageId, text) {
      const uri = typeof fsPathOrUri === "string" ? Uri.file(fsPathOrUri) : fsPathOrUri;
      const doc = textDocument(uri, languageId, text ?? readFileSync(uri.fsPath, "utf8"));
      const tab = { label: path.basename(uri.path), group, input: new TabInputText(uri), isActive: true, isDirty: false, isPinned: false, isPreview: false };
      group.tabs.push(tab);
      fire("onDidChangeTabs", { opened: [tab], closed: [], changed: [] });
      documents.push(doc);
      fire("onDidOpenTextDocument", doc);
      fake.show(doc);
      return doc;
    },
    /** Make an open document's editor the active one. */
    show(doc) {
      activeTextEditor = { document: doc, selection: new Selection(new Position(0, 0), new Position(0, 0)), options: {}, viewColumn: 1 };
      fire("onDidChangeVisibleTextEditors", window.visibleTextEditors);
      fire("onDidChangeActiveTextEditor", activeTextEditor);
    },
    /** Replace the whole text of a document, as an edit in its editor. */
    edit(doc, text) {
      const range = new Range(new Position(0, 0), doc.positionAt(doc.text.length));
      const rangeLength = doc.text.length;
      doc.text = text;
      doc.version++;
      fire("onDidChangeTextDocument", { document: doc, contentChanges: [{ range, rangeOffset: 0, rangeLength, text }], reason: undefined });
    },
    /** Put the cursor of the active editor at a position. */
    cursor(line, character) {
      const p = new Position(line, character);
      activeTextEditor.selection = new Selection(p, p);
    },
    /** Change settings and fire `onDidChangeConfiguration` for them. */
    configure(changes) {
      Object.assign(user, changes);
      const keys = Object.keys(changes);
      fire("onDidChangeConfiguration", { affectsConfiguration: (s) => keys.some((k) => k === s || k.startsWith(`${s}.`)) });
    },
    /** The diagnostics VS Code shows for a URI: those of every live collection. */
    diagnostics(uri) {
      return seen.collections.filter((c) => !c.disposed).flatMap((c) => c.get(uri) ?? []);
    },
  };
  return fake;
}

/** Record the members of the fake that code asks for and the fake does not have. */
function strict(target, name, missing) {
  return new Proxy(target, {
    get(t, key, receiver) {
      const value = Reflect.get(t, key, receiver);
      if (value === undefined && typeof key === "string" && !(key in t) && key !== "then" && key !== "__esModule") {
        missing.add(`${name}.${key}`);
      }
      const isNamespace = value && typeof value === "object" && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
      return isNamespace && ["workspace", "window", "languages", "commands", "env"].includes(key) ? strict(value, `${name}.${key}`, missing) : value;
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Loading the bundle with the fake, and watching the server process.

// `require("vscode")` in the bundle (esbuild leaves it external) resolves to this id, whose
// require.cache entry is the fake of the current test.
const FAKE_ID = path.join(here, "fake-vscode.virtual");
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === "vscode" ? FAKE_ID : resolveFilename.call(this, request, ...rest);
};

/** A fresh copy of dist/extension.js bound to `api`. */
function loadExtension(api) {
  const m = new Module(FAKE_ID);
  m.filename = FAKE_ID;
  m.exports = api;
  m.loaded = true;
  require.cache[FAKE_ID] = m;
  delete require.cache[bundle];
  return require(bundle);
}

/** LSP messages in a byte stream (Content-Length framing). */
function frames(chunks) {
  const buf = Buffer.concat(chunks);
  const out = [];
  let at = 0;
  for (;;) {
    const head = buf.indexOf("\r\n\r\n", at);
    if (head < 0) break;
    const length = Number(/Content-Length: *(\d+)/i.exec(buf.subarray(at, head).toString("ascii"))?.[1]);
    if (head + 4 + length > buf.length) break;
    out.push(JSON.parse(buf.subarray(head + 4, head + 4 + length).toString("utf8")));
    at = head + 4 + length;
  }
  return out;
}

/** Record every process spawned until `restore()`, with the messages each way. */
function watchSpawn() {
  const spawned = [];
  const spawn = childProcess.spawn;
  childProcess.spawn = function (command, args, options) {
    const child = spawn.call(this, command, args, options);
    const toServer = [];
    const fromServer = [];
    const write = child.stdin.write;
    child.stdin.write = function (chunk, encoding, ...rest) {
      toServer.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
      return write.call(this, chunk, encoding, ...rest);
    };
    child.stdout.on("data", (chunk) => fromServer.push(Buffer.from(chunk)));
    spawned.push({
      command, args, child,
      exited: new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal }))),
      sent: () => frames(toServer),
      received: () => frames(fromServer),
    });
    return child;
  };
  const restore = () => {
    childProcess.spawn = spawn;
    for (const s of spawned) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill();
  };
  return { spawned, restore };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** Poll `check` until it returns something truthy; fail after WAIT_MS. */
async function waitFor(what, check) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** The process's exit; fails after WAIT_MS. */
function exitOf(server) {
  return Promise.race([server.exited, sleep(WAIT_MS).then(() => { throw new Error(`${server.command} did not exit`); })]);
}

/**
 * The extension loaded against a fresh fake and activated, with `extensionPath` as the
 * extension's directory. After the test: deactivate() (if the test did not call it), then
 * any process still running is killed.
 */
async function activated(t, { settings = {}, extensionPath = extensionDir, before } = {}) {
  const fake = fakeVscode(settings);
  const { spawned, restore } = watchSpawn();
  const extension = loadExtension(fake.api);
  const context = {
    subscriptions: [], extensionPath, extensionUri: Uri.file(extensionPath),
    asAbsolutePath: (p) => path.join(extensionPath, p),
  };
  let deactivated = false;
  const deactivate = async () => { deactivated = true; await extension.deactivate(); };
  t.after(async () => {
    try {
      if (!deactivated) await extension.deactivate();
      for (const d of context.subscriptions) d.dispose();
    } finally {
      restore();
    }
  });
  before?.(fake);
  try {
    await extension.activate(context);
  } catch (e) {
    const output = fake.seen.channels.map((c) => c.text).join("");
    throw new Error(`activate() failed: ${e.message}\n${output}`, { cause: e });
  }
  return { fake, spawned, context, deactivate };
}

const codeOf = (d) => (typeof d.code === "object" ? d.code.value : d.code);
const token = () => new CancellationTokenSource().token;
const story = path.join(root, "examples/story-service.yaml");
const errors = (fake, uri) => fake.diagnostics(uri).filter((d) => d.severity === DiagnosticSeverity.Error);

/**
 * The diagnostics of a document once the server has published them (for `version`, if given)
 * and the client has put them in VS Code's collections.
 */
async function diagnosticsOf(fake, server, doc, version) {
  const uri = doc.uri.toString();
  const params = await waitFor(`the server's diagnostics for ${uri}`, () =>
    server.received().findLast((m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === uri && (version === undefined || m.params.version === version))?.params);
  const key = (code, start) => `${code} ${start.line}:${start.character}`;
  const want = new Set(params.diagnostics.map((d) => key(d.code, d.range.start)));
  // The same findings; the list itself, which may repeat one, is for the caller to check.
  return waitFor(`the client to show the diagnostics of ${uri}`, () => {
    const shown = fake.diagnostics(doc.uri);
    const have = new Set(shown.map((d) => key(codeOf(d), d.range.start)));
    return have.size === want.size && [...want].every((k) => have.has(k)) && shown;
  });
}

/** The completion labels VS Code would get at a position (through the client's middleware). */
async function completions(fake, doc, line, character) {
  const providers = fake.seen.providers.filter((p) => p.kind === "CompletionItemProvider" && fake.api.languages.match(p.selector, doc) > 0);
  assert.equal(providers.length, 1);
  const result = await providers[0].provider.provideCompletionItems(doc, new Position(line, character), token(), { triggerKind: 0 });
  return (Array.isArray(result) ? result : result?.items ?? []).map((i) => (typeof i.label === "string" ? i.label : i.label.label));
}

/** A directory for the test, removed after it. */
function tempDir(t) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cfn-fargate-activate-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

// ---------------------------------------------------------------------------------------------

test("activate() starts the server; the story's errors reach VS Code once; fix all and convert clear them", { timeout: 20000 }, async (t) => {
  // CFN_FARGATE_TEST_SETTINGS (e.g. '{"ignore":["ALL"]}') become the user's cfnFargate.* settings.
  const extra = Object.fromEntries(Object.entries(testSettings).map(([k, v]) => [`cfnFargate.${k}`, v]));
  const { fake, spawned, deactivate } = await activated(t, { settings: { "cfnFargate.server.path": bin, ...extra } });
  const { seen } = fake;
  assert.deepEqual(seen.errors, [], "no error message");
  assert.equal(spawned.length, 1);
  const [server] = spawned;
  assert.equal(server.command, bin);
  assert.deepEqual(server.args, ["lsp"]);

  // Every command of package.json is registered, and the extension registers no other.
  const contributed = manifest.contributes.commands.map((c) => c.command).sort();
  assert.deepEqual([...seen.commands.keys()].filter((id) => id.startsWith("cfnFargate.")).sort(), contributed);

  const doc = fake.open(story, "yaml");
  const found = await diagnosticsOf(fake, server, doc, 1);
  const td02 = found.find((d) => codeOf(d) === "TD-02");
  assert.ok(td02, `TD-02 is shown (shown: ${found.map(codeOf).join(", ") || "nothing"})`);
  assert.equal(td02.severity, DiagnosticSeverity.Error);
  assert.ok(td02.range instanceof Range);
  assert.match(String(td02.code.target), /TD-02/, "the code links to the rule's page");

  // VS Code shows the diagnostics of every collection: each finding must be in one only, also
  // after the server has answered any pull request of the client.
  await waitFor("the answers to the client's pull requests", () => {
    const pulls = server.sent().filter((m) => m.method === "textDocument/diagnostic").map((m) => m.id);
    const answered = new Set(server.received().filter((m) => m.method === undefined).map((m) => m.id));
    return pulls.every((id) => answered.has(id));
  });
  await sleep(200);
  const shown = fake.diagnostics(doc.uri).map((d) => `${codeOf(d)} ${d.range.start.line}:${d.range.start.character}`);
  assert.deepEqual(shown, [...new Set(shown)], "each finding is shown once");

  // cfn-fargate: Fix all safe problems: VS Code runs the server's source.fixAll.cfn-fargate action.
  await fake.api.commands.executeCommand("cfnFargate.fixAll");
  assert.equal(doc.version, 2, "fix all edited the template");
  assert.match(doc.text, /NetworkMode: awsvpc/);
  const afterFix = await diagnosticsOf(fake, server, doc, 2);
  assert.ok(!afterFix.some((d) => codeOf(d) === "TD-02"), "TD-02 is fixed");
  assert.ok(afterFix.some((d) => codeOf(d) === "TD-03"), "TD-03 has no safe fix");

  // cfn-fargate: Convert service to Fargate, with the cursor on the service: no error is left.
  fake.cursor(doc.text.split("\n").findIndex((l) => l.startsWith("  OrdersService:")), 4);
  await fake.api.commands.executeCommand("cfnFargate.convertService");
  assert.equal(doc.version, 3, "the conversion edited the template");
  await diagnosticsOf(fake, server, doc, 3);
  assert.deepEqual(errors(fake, doc.uri), []);

  // cfn-fargate: Show output.
  await fake.api.commands.executeCommand("cfnFargate.showOutput");
  assert.equal(seen.channels.find((c) => c.name === "cfn-fargate").shown, 1);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual([...seen.missing], [], "the fake lacks nothing the code asked for");

  // deactivate() stops the client: shutdown and exit, the server ends, its diagnostics go.
  await deactivate();
  assert.deepEqual(await exitOf(server), { code: 0, signal: null });
  const methods = server.sent().map((m) => m.method);
  assert.ok(methods.includes("shutdown") && methods.includes("exit"));
  assert.deepEqual(fake.diagnostics(doc.uri), []);
});

test("JSON and YAML files that are no template get no diagnostics and no completion; other files are not sent", { timeout: 20000 }, async (t) => {
  const packageJson = path.join(extensionDir, "package.json");
  const { fake, spawned } = await activated(t, {
    settings: { "cfnFargate.server.path": bin },
    before: (f) => f.open(packageJson, "json"), // open before activation
  });
  const [server] = spawned;
  const compose = fake.open(Uri.file(path.join(root, "compose.yaml")), "yaml", "services:\n  web:\n    image: nginx\n    NetworkMode: \n");
  const template = fake.open(Uri.parse("untitled:Untitled-1"), "yaml",
    'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      NetworkMode: \n');
  const readme = fake.open(path.join(here, "../README.md"), "markdown");

  // The server would complete `NetworkMode:` in any YAML file; the client asks only in templates.
  assert.deepEqual(await completions(fake, compose, 3, 17), []);
  assert.ok((await completions(fake, template, 5, 19)).includes("awsvpc"), "completion in a template");

  // The completion request went after any didOpen of the files opened before it.
  const opened = server.sent().filter((m) => m.method === "textDocument/didOpen").map((m) => m.params.textDocument.uri);
  assert.deepEqual(opened, [pathToFileURL(packageJson).href, compose.uri.toString(), "untitled:Untitled-1"], "a Markdown file is not sent");
  for (const doc of [fake.api.workspace.textDocuments[0], compose]) {
    assert.deepEqual(await diagnosticsOf(fake, server, doc, 1), [], doc.uri.toString());
  }
  assert.deepEqual(fake.seen.errors, []);
});

test("the cfnFargate.* settings the user set are the server's initializationOptions; changes reach the server", { timeout: 20000 }, async (t) => {
  const set = {
    select: ["TD", "SVC"], ignore: ["TD-03"], target: "fargate", newSizeTiers: true,
    platformVersion: "1.4.0", severity: { "TD-02": "warning" }, logLevel: "debug",
  };
  const settings = { "cfnFargate.server.path": bin, "cfnFargate.trace.server": "off" };
  for (const [k, v] of Object.entries(set)) settings[`cfnFargate.${k}`] = v;
  const { fake, spawned } = await activated(t, { settings });
  const [server] = spawned;
  const initialize = server.sent().find((m) => m.method === "initialize");
  assert.deepEqual(initialize.params.initializationOptions, set);

  // The server applies them: TD-02 is a warning, TD-03 is ignored, only TD and SVC rules run.
  const doc = fake.open(story, "yaml");
  const found = await diagnosticsOf(fake, server, doc, 1);
  assert.equal(found.find((d) => codeOf(d) === "TD-02")?.severity, DiagnosticSeverity.Warning);
  assert.ok(!found.some((d) => codeOf(d) === "TD-03"));
  assert.deepEqual(found.filter((d) => !/^(TD|SVC)-/.test(codeOf(d))), []);

  // A changed setting is sent as workspace/didChangeConfiguration, and the server republishes.
  const before = server.received().filter((m) => m.method === "textDocument/publishDiagnostics").length;
  fake.configure({ "cfnFargate.severity": { "TD-02": "hint" } });
  const change = await waitFor("workspace/didChangeConfiguration", () => server.sent().find((m) => m.method === "workspace/didChangeConfiguration"));
  assert.deepEqual(change.params.settings, { cfnFargate: { ...set, severity: { "TD-02": "hint" } } });
  await waitFor("TD-02 as a hint", () =>
    server.received().filter((m) => m.method === "textDocument/publishDiagnostics").length > before &&
    fake.diagnostics(doc.uri).find((d) => codeOf(d) === "TD-02")?.severity === DiagnosticSeverity.Hint);

  // A changed server path restarts the server.
  fake.configure({ "cfnFargate.server.path": bin });
  await waitFor("a second server", () => spawned.length === 2);
  assert.deepEqual(await exitOf(server), { code: 0, signal: null });
  await diagnosticsOf(fake, spawned[1], doc, 1);
  assert.deepEqual(fake.seen.errors, []);
});

test("settings left unset are not sent, so cfn-fargate.toml decides", { timeout: 20000 }, async (t) => {
  // Unset, `cfnFargate.newSizeTiers` reads as false in VS Code (the empty value of its type); sent,
  // it would override `new-size-tiers = true` below.
  const dir = tempDir(t);
  writeFileSync(path.join(dir, "cfn-fargate.toml"), "new-size-tiers = true\n");
  const text = [
    'AWSTemplateFormatVersion: "2010-09-09"', "Resources:", "  Task:", "    Type: AWS::ECS::TaskDefinition",
    "    Properties:", "      RequiresCompatibilities: [FARGATE]", "      NetworkMode: awsvpc", "      Cpu: 32768",
    "      Memory: 61440", "      RuntimePlatform:", "        OperatingSystemFamily: LINUX", "      ContainerDefinitions:",
    "        - Name: app", "          Image: public.ecr.aws/nginx/nginx:latest", "",
  ].join("\n");
  writeFileSync(path.join(dir, "task.yaml"), text);
  const { fake, spawned } = await activated(t, { settings: { "cfnFargate.server.path": bin } });
  const [server] = spawned;
  assert.equal(fake.api.workspace.getConfiguration("cfnFargate").get("newSizeTiers"), false);
  assert.deepEqual(server.sent().find((m) => m.method === "initialize").params.initializationOptions, {});
  const doc = fake.open(path.join(dir, "task.yaml"), "yaml");
  assert.deepEqual((await diagnosticsOf(fake, server, doc, 1)).map(codeOf), [], "no TD-06: the 32 vCPU tier is accepted");
});

// Where the server comes from: the setting, else server/cfn-fargate in the extension, else PATH.
async function startsFrom(t, { setting, bundled, onPath }) {
  const extensionPath = tempDir(t);
  const pathDir = tempDir(t);
  if (bundled) {
    mkdirSync(path.join(extensionPath, "server"));
    symlinkSync(bin, path.join(extensionPath, "server", "cfn-fargate"));
  }
  if (onPath) symlinkSync(bin, path.join(pathDir, "cfn-fargate"));
  const savedPath = process.env.PATH;
  process.env.PATH = pathDir;
  t.after(() => { process.env.PATH = savedPath; });
  const settings = setting ? { "cfnFargate.server.path": setting } : {};
  const { fake, spawned, deactivate } = await activated(t, { settings, extensionPath });
  // Every command is registered whether or not a server was found.
  for (const c of manifest.contributes.commands) assert.ok(fake.seen.commands.has(c.command), c.command);
  return { fake, spawned, deactivate, extensionPath, pathDir };
}

test("server: the cfnFargate.server.path setting comes first; restartServer restarts it", { timeout: 20000 }, async (t) => {
  const { fake, spawned } = await startsFrom(t, { setting: bin, bundled: true, onPath: true });
  assert.deepEqual(spawned.map((s) => [s.command, s.args]), [[bin, ["lsp"]]]);
  await fake.api.commands.executeCommand("cfnFargate.restartServer");
  assert.deepEqual(await exitOf(spawned[0]), { code: 0, signal: null });
  assert.deepEqual(spawned.map((s) => s.command), [bin, bin]);
  assert.ok(spawned[1].child.exitCode === null, "the new server runs");
  assert.deepEqual(fake.seen.errors, []);
});

test("server: then the binary bundled in the extension", { timeout: 20000 }, async (t) => {
  const { fake, spawned, deactivate, extensionPath } = await startsFrom(t, { bundled: true, onPath: true });
  assert.deepEqual(spawned.map((s) => [s.command, s.args]), [[path.join(extensionPath, "server", "cfn-fargate"), ["lsp"]]]);
  assert.deepEqual(fake.seen.errors, []);
  await deactivate();
  assert.deepEqual(await exitOf(spawned[0]), { code: 0, signal: null });
});

test("server: then cfn-fargate on the PATH", { timeout: 20000 }, async (t) => {
  const { fake, spawned, deactivate, pathDir } = await startsFrom(t, { onPath: true });
  assert.deepEqual(spawned.map((s) => [s.command, s.args]), [[path.join(pathDir, "cfn-fargate"), ["lsp"]]]);
  assert.deepEqual(fake.seen.errors, []);
  await deactivate();
  assert.deepEqual(await exitOf(spawned[0]), { code: 0, signal: null });
});

test("server: none found, an error message says how to get one", { timeout: 20000 }, async (t) => {
  const { fake, spawned, deactivate } = await startsFrom(t, {});
  assert.equal(spawned.length, 0);
  assert.equal(fake.seen.errors.length, 1);
  assert.match(fake.seen.errors[0], /no server found/);
  assert.match(fake.seen.errors[0], /cfnFargate\.server\.path/);
  // Restarting looks again, and says so again.
  await fake.api.commands.executeCommand("cfnFargate.restartServer");
  assert.equal(fake.seen.errors.length, 2);
  assert.equal(spawned.length, 0);
  await deactivate();
});
