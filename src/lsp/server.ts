// The language server (`stacklint lsp --stdio`): diagnostics for Pulumi programs and Markdown answers
// while they are edited, code actions (suppress with a reason), and hovers that show what a resource
// evaluates to. It analyses the whole program an open file belongs to (its Pulumi project directory,
// or the answer), with the editor's unsaved text in place of the files on disk.

import { existsSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  type Connection,
  createConnection,
  type Diagnostic,
  DiagnosticSeverity,
  type Hover,
  MarkupKind,
  type Range,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../core/finding.js';
import { VERSION } from '../core/version.js';
import { type Config, findConfig, loadConfig, selectRules } from '../cli/config.js';
import { FORMATS } from '../cli/args.js';
import { loadInput } from '../loaders/index.js';
import { programRootOf } from '../loaders/roots.js';
import { valueToJson } from '../model/dump.js';
import type { Resource, ResourceModel } from '../model/types.js';
import { type AnalyzeOptions, analyzeModel, ParseCache, prepare } from '../pipeline.js';
import { CLASSES } from '../rules/classes.js';
import { RULES } from '../rules/index.js';
import { toHostOffset } from '../core/source.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  critical: DiagnosticSeverity.Error,
  high: DiagnosticSeverity.Error,
  medium: DiagnosticSeverity.Warning,
  low: DiagnosticSeverity.Information,
};

const PROGRAM = new Set(['.ts', '.tsx', '.js', '.mjs', '.cjs', '.py']);const MARKDOWN = new Set(['.md', '.markdown']);
/** Edits come in bursts while typing: analyse once they pause. */
const DEBOUNCE_MS = 250;

/** What the server knows about one program: its last analysis and the documents it covers. */
interface ProgramState {
  root: string;
  model?: ResourceModel;
  findings: Finding[];
  /** Host paths of the files the last analysis read. */
  hosts: Set<string>;
  /** Host paths diagnostics were last published for (to clear them when they are gone). */
  published: Set<string>;
}

export interface ServerOptions {
  /** Wait before analysing after a change (tests shorten it). */
  debounceMs?: number;
}

export function startLanguageServer(connection: Connection = createConnection(process.stdin, process.stdout), options: ServerOptions = {}): Connection {
  const documents = new TextDocuments(TextDocument);
  const programs = new Map<string, ProgramState>();
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Map<string, Promise<void>>();
  const pending = new Set<string>();
  const cache = new ParseCache();
  const reportedConfigErrors = new Set<string>();
  const debounce = options.debounceMs ?? DEBOUNCE_MS;

  const pathOf = (uri: string): string | undefined => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined);

  const rootOf = programRootOf;

  function configFor(root: string): Config {
    const start = MARKDOWN.has(extname(root).toLowerCase()) || PROGRAM.has(extname(root).toLowerCase()) ? dirname(root) : root;
    const file = findConfig(start);
    try {
      return loadConfig(file, RULES.map((r) => r.id), CLASSES, FORMATS);
    } catch (err) {
      if (file && !reportedConfigErrors.has(file)) {
        reportedConfigErrors.add(file);
        void connection.window.showErrorMessage(`stacklint: ${(err as Error).message}; using the default rules.`);
      }
      return loadConfig(undefined, [], [], FORMATS);
    }
  }

  function analyzeOptions(root: string): AnalyzeOptions {
    const config = configFor(root);
    const selection = selectRules(RULES, config);
    const opts: AnalyzeOptions = { rules: selection.ids, severity: selection.severity, ignore: config.ignore };
    if (config.timeLimit !== undefined) opts.timeLimit = config.timeLimit;
    // An answer in a task folder is checked against the request beside it.
    if (MARKDOWN.has(extname(root).toLowerCase())) {
      const prompt = join(dirname(root), 'PROMPT.md');
      if (resolve(prompt) !== resolve(root) && existsSync(prompt)) opts.prompt = prompt;
    }
    return opts;
  }

  function schedule(uri: string, delay: number): void {
    const path = pathOf(uri);
    const root = path && rootOf(path);
    if (!root) return;
    clearTimeout(timers.get(root));
    timers.set(
      root,
      setTimeout(() => {
        timers.delete(root);
        void analyse(root);
      }, delay),
    );
  }

  /** Analyse a program; a request while one runs is queued and runs once after it. */
  async function analyse(root: string): Promise<void> {
    if (running.has(root)) {
      pending.add(root);
      return running.get(root);
    }
    const job = (async () => {
      try {
        await prepare();
        const overlay = new Map<string, string>();
        for (const d of documents.all()) {
          const p = pathOf(d.uri);
          if (p) overlay.set(p, d.getText());
        }
        const input = await loadInput(root, overlay);
        const a = analyzeModel(input, analyzeOptions(root), cache);
        const state = programs.get(root) ?? { root, findings: [], hosts: new Set(), published: new Set() };
        state.model = a.model;
        state.findings = a.findings;
        state.hosts = new Set(input.hosts.keys());
        programs.set(root, state);
        await publish(state);
      } catch (err) {
        connection.console.error(`stacklint: analysis of ${root} failed: ${(err as Error).stack ?? String(err)}`);
      } finally {
        running.delete(root);
      }
      if (pending.delete(root)) await analyse(root);
    })();
    running.set(root, job);
    return job;
  }

  /**
   * Diagnostics for every file of the program, open or not: a value written in one file often fails
   * in another (a name passed to a helper), and the finding belongs where the value is written.
   */
  async function publish(state: ProgramState): Promise<void> {
    const byHost = new Map<string, Diagnostic[]>();
    const texts = new Map<string, TextDocument>();
    for (const f of state.findings) {
      const host = f.location.hostPath;
      let doc = documents.get(pathToFileURL(host).href) ?? texts.get(host);
      if (!doc) {
        const text = state.model?.input.hosts.get(host);
        if (text === undefined) continue;
        doc = TextDocument.create(pathToFileURL(host).href, 'plaintext', 0, text);
        texts.set(host, doc);
      }
      const list = byHost.get(host) ?? [];
      list.push(toDiagnostic(f, doc, state));
      byHost.set(host, list);
    }
    for (const d of documents.all()) {
      const p = pathOf(d.uri);
      if (p && state.hosts.has(p) && !byHost.has(p)) byHost.set(p, []);
    }
    for (const p of state.published) if (!byHost.has(p)) byHost.set(p, []);
    state.published = new Set([...byHost].filter(([, ds]) => ds.length > 0).map(([p]) => p));
    for (const [p, diagnostics] of byHost) await connection.sendDiagnostics({ uri: pathToFileURL(p).href, diagnostics });
  }

  function toDiagnostic(f: Finding, doc: TextDocument, state: ProgramState): Diagnostic {
    const d: Diagnostic = {
      range: { start: doc.positionAt(f.location.start), end: doc.positionAt(Math.max(f.location.end, f.location.start)) },
      severity: SEVERITY[f.severity],
      code: f.ruleId,
      source: 'stacklint',
      message: f.fixHint ? `${f.message}\nFix: ${f.fixHint}` : f.message,
      data: { ruleId: f.ruleId, class: f.class },
    };
    if (f.fix) {
      d.data = {
        ...d.data,
        fix: { description: f.fix.description, edits: f.fix.edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text })) },
      };
    }
    if (!f.ruleId.startsWith('requirements/')) d.codeDescription = { href: pathToFileURL(resolve(fileURLToPath(new URL('../../docs/rules/', import.meta.url)), `${f.ruleId}.md`)).href };
    const related: NonNullable<Diagnostic['relatedInformation']> = [];
    const r = f.resourceId !== undefined ? state.model?.resources.find((x) => x.id === f.resourceId) : undefined;
    const span = r && state.model ? hostSpan(state.model, r) : undefined;
    if (r && span && (span.host !== f.location.hostPath || span.start !== f.location.start)) {
      const target = documents.get(pathToFileURL(span.host).href);
      if (target) related.push({ location: { uri: target.uri, range: { start: target.positionAt(span.start), end: target.positionAt(span.start) } }, message: `${r.typePath} ${nameOf(r)}` });
    }
    const sentence = f.data?.sentence;
    const line = f.data?.line;
    const root = state.root;
    if (typeof sentence === 'string' && typeof line === 'number' && MARKDOWN.has(extname(root).toLowerCase())) {
      const prompt = join(dirname(root), 'PROMPT.md');
      related.push({ location: { uri: pathToFileURL(prompt).href, range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: 0 } } }, message: `The request: "${sentence}"` });
    }
    if (related.length) d.relatedInformation = related;
    return d;
  }

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      hoverProvider: true,
    },
    serverInfo: { name: 'stacklint', version: VERSION },
  }));

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => schedule(e.document.uri, debounce));
  documents.onDidSave((e) => schedule(e.document.uri, 0));
  documents.onDidClose((e) => {
    const path = pathOf(e.document.uri);
    const root = path && rootOf(path);
    // The file on disk takes the buffer's place: analyse the program again, and clear the closed file.
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    if (root && root !== path) schedule(e.document.uri, 0);
    else if (root) {
      programs.delete(root);
      clearTimeout(timers.get(root));
    }
  });

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const actions = [];
    for (const d of params.context.diagnostics) {
      if (d.source !== 'stacklint' || typeof d.code !== 'string') continue;
      const fix = (d.data as { fix?: { description: string; edits: { range: Range; newText: string }[] } } | undefined)?.fix;
      if (fix) actions.push({ title: `${fix.description} (${d.code})`, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: { changes: { [doc.uri]: fix.edits } } });
      if (d.code.startsWith('requirements/')) continue;
      actions.push({
        title: `Suppress ${d.code} here, with a reason`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: { changes: { [doc.uri]: [suppressEdit(doc, d.range.start.line, d.code)] } },
      });
    }
    return actions;
  });

  connection.onHover((params): Hover | null => {
    const doc = documents.get(params.textDocument.uri);
    const path = pathOf(params.textDocument.uri);
    const root = path && rootOf(path);
    const state = root ? programs.get(root) : undefined;
    if (!doc || !path || !state?.model) return null;
    const offset = doc.offsetAt(params.position);
    let best: { r: Resource; size: number } | undefined;
    for (const r of state.model.resources) {
      const span = hostSpan(state.model, r);
      if (!span || span.host !== path || offset < span.start || offset > span.end) continue;
      if (!best || span.end - span.start < best.size) best = { r, size: span.end - span.start };
    }
    if (!best) return null;
    return { contents: { kind: MarkupKind.Markdown, value: hoverText(best.r, state.model) } };
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

function nameOf(r: Resource): string {
  return r.name.kind === 'known' ? JSON.stringify(r.name.value) : '(name not known statically)';
}

function hostSpan(model: ResourceModel, r: Resource): { host: string; start: number; end: number } | undefined {
  const file = model.input.files.find((f) => f.path === r.at.f);
  if (!file) return undefined;
  return { host: file.hostPath, start: toHostOffset(file, r.at.s), end: toHostOffset(file, r.at.e) };
}

/** What a resource evaluates to, as far as it is known: type, name, provider, parent and arguments. */
function hoverText(r: Resource, model: ResourceModel): string {
  const lines = [`**${r.typePath}** ${nameOf(r)}`, '', `type \`${r.type}\``];
  const facts: string[] = [];
  if (r.provider !== undefined) facts.push(`provider: ${r.provider === 'unknown' ? 'not known statically' : (model.resources.find((x) => x.id === r.provider)?.name.kind === 'known' ? JSON.stringify((model.resources.find((x) => x.id === r.provider)!.name as { value: unknown }).value) : `#${r.provider}`)}`);
  if (r.inLoop) facts.push('created in a loop');
  if (r.conditional) facts.push('created under a condition');
  if (!r.reached) facts.push('in code no entry point reaches');
  if (facts.length) lines.push('', facts.join(' · '));
  const args = JSON.stringify(valueToJson(r.args, model), null, 2);
  lines.push('', '```json', args.length > 4000 ? `${args.slice(0, 4000)}\n…` : args, '```');
  return lines.join('\n');
}

/** A `stacklint-ignore` comment above the line, in the comment syntax of the line's language. */
function suppressEdit(doc: TextDocument, line: number, ruleId: string): { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string } {
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^\s*/.exec(text)![0];
  const hash = isPythonAt(doc, line);
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `${indent}${hash ? '#' : '//'} stacklint-ignore ${ruleId}: explain why this does not apply\n`,
  };
}

/** Python (or YAML) at a line: the file's extension, or for a Markdown answer the code block around it. */
function isPythonAt(doc: TextDocument, line: number): boolean {
  const ext = extname(fileURLToPath(doc.uri)).toLowerCase();
  if (ext === '.py' || ext === '.yaml' || ext === '.yml') return true;
  if (!MARKDOWN.has(ext)) return false;
  const before = doc.getText({ start: { line: 0, character: 0 }, end: { line, character: 0 } }).split('\n');
  for (let i = before.length - 1; i >= 0; i--) {
    const m = /^\s*(```|~~~)\s*([\w+-]*)/.exec(before[i]!);
    if (m) return /^(py|python|python3|yaml|yml)$/i.test(m[2] ?? '');
  }
  return false;
}
