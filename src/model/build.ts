// Program input + IR modules → resource model: run the evaluator with the Pulumi host.

import type { Module } from '../core/ir.js';
import type { Diagnostic, ProgramInput } from '../core/program.js';
import { budget, type BudgetKind, type ValueLimits } from '../ir/budget.js';
import { DEFAULT_EVAL_OPTIONS, type EvalOptions, Interpreter } from '../ir/interpreter.js';
import type { At } from '../ir/values.js';
import { ProgramResolver } from '../ir/resolve.js';
import { usesPulumi } from '../loaders/roles.js';
import { loadAwsSchema, selectAwsMajor } from '../schema/index.js';
import { PulumiHost } from './host.js';
import { localNameEvents } from './local-names.js';
import { parseDiagnostics } from './parse-diagnostics.js';
import type { ResourceModel, StackExport, UnusedBinding } from './types.js';

export interface BuildOptions {
  eval?: Partial<EvalOptions>;
}

/** Names whose values are tagged when read, so rules can tell a name carries the environment suffix. */
export const SUFFIX_NAME = /suffix|^(env|environment|stage|stack)(_?name)?$/i;

/**
 * Names excerpts use without importing them (`lang:name` → module, or `module#member`); a rule tells
 * a complete file that forgot the import from an excerpt.
 */
export const IMPLICIT_PACKAGES: Record<string, string> = {
  'ts:aws': '@pulumi/aws',
  'ts:pulumi': '@pulumi/pulumi',
  'ts:awsx': '@pulumi/awsx',
  'ts:random': '@pulumi/random',
  'py:aws': 'pulumi_aws',
  'py:pulumi': 'pulumi',
  'py:awsx': 'pulumi_awsx',
  'py:ResourceOptions': 'pulumi#ResourceOptions',
  'py:Output': 'pulumi#Output',
  'py:ComponentResource': 'pulumi#ComponentResource',
  'ts:ComponentResource': '@pulumi/pulumi#ComponentResource',
};

/** One note per file for the values the budget cut, and one for the time limit (src/ir/budget.ts). */
function budgetDiagnostics(modules: Module[]): Diagnostic[] {
  const b = budget();
  const out: Diagnostic[] = [];
  const byFile = new Map<string, { kinds: BudgetKind[]; at?: At }>();
  const fallback = modules[0]?.path;
  for (const [kind, at] of b.cuts) {
    if (kind === 'time') continue;
    const file = at?.f || fallback;
    if (file === undefined) continue;
    const entry = byFile.get(file) ?? { kinds: [] };
    entry.kinds.push(kind);
    if (at && at.f === file && (!entry.at || at.s < entry.at.s)) entry.at = at;
    byFile.set(file, entry);
  }
  for (const [file, { kinds, at }] of byFile) {
    out.push({
      code: 'eval/value-budget',
      class: 'INCOMPLETE-TRUNCATED',
      severity: 'low',
      message: `This file builds values larger than stacklint evaluates (${kinds.map((k) => describeCut(k, b.limits)).join('; ')}). Such values are treated as unknown from there on, so findings that depend on them are not reported. A program that builds values this large is usually looping by mistake (a string or list doubled in a loop).`,
      file,
      start: at?.s ?? 0,
      end: at?.e ?? 0,
    });
  }
  if (b.cuts.has('time')) {
    const at = b.cuts.get('time');
    const d: Diagnostic = {
      code: 'eval/time-limit',
      class: 'INCOMPLETE-TRUNCATED',
      severity: 'medium',
      message: `Analysis stopped after ${b.timeLimit} s, the time limit for an input of this size: what the program creates after this point is missing from the findings. Give a higher limit with --time-limit if the program is meant to be this large.`,
    };
    const file = at?.f || fallback;
    if (file !== undefined) Object.assign(d, { file, start: 0, end: 0 });
    out.push(d);
  }
  return out;
}

function describeCut(kind: BudgetKind, limits: ValueLimits): string {
  switch (kind) {
    case 'string':
      return `a string longer than ${limits.string.toLocaleString('en-US')} characters`;
    case 'items':
      return `a list, object or string of more than ${limits.items.toLocaleString('en-US')} elements`;
    case 'nodes':
      return `a value of more than ${limits.nodes.toLocaleString('en-US')} nested or repeated parts`;
    default:
      return `more than ${limits.total.toLocaleString('en-US')} characters and elements built in all`;
  }
}

/** Exceptions the evaluator contained: the file's remaining statements were not evaluated. */
function errorDiagnostics(errors: { file: string; message: string }[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const e of errors) {
    if (seen.has(e.file)) continue;
    seen.add(e.file);
    out.push({
      code: 'eval/internal-error',
      class: 'INCOMPLETE-TRUNCATED',
      severity: 'medium',
      message: `stacklint failed while evaluating this file (${e.message.slice(0, 200)}); the statements after that point were not evaluated, so findings about them are missing. This is a bug in stacklint: please report it with the file.`,
      file: e.file,
      start: 0,
      end: 0,
    });
  }
  return out;
}

export function buildModel(input: ProgramInput, modules: Module[], options: BuildOptions = {}): ResourceModel {
  const diagnostics: Diagnostic[] = [...input.diagnostics];
  diagnostics.push(...parseDiagnostics(input, modules));

  const resolver = new ProgramResolver(modules.map((m) => m.path));
  const awsMajor = selectAwsMajor(input.awsProviderVersion);
  const awsSchema = loadAwsSchema(awsMajor);
  const host = new PulumiHost(input.project?.name, awsSchema);
  const evalOptions: EvalOptions = {
    ...DEFAULT_EVAL_OPTIONS,
    tagNames: SUFFIX_NAME,
    implicitPackages: IMPLICIT_PACKAGES,
    ...options.eval,
  };
  const interp = new Interpreter(modules, host, resolver, evalOptions);
  const graph = importGraph(modules, resolver);
  const roots = chooseRoots(input, modules, graph);
  const result = interp.run(roots);

  const exports: StackExport[] = [...host.exports];
  const entry = input.entry && modules.some((m) => m.path === input.entry) ? input.entry : undefined;
  const tsEntries = entry ? [entry] : roots;
  const byPath = new Map(modules.map((m) => [m.path, m]));
  for (const path of tsEntries) {
    const mod = byPath.get(path);
    if (!mod || mod.lang !== 'ts') continue;
    for (const [name, value] of result.exportsOf(path)) {
      if (value.kind === 'func' || value.kind === 'class' || value.kind === 'module') continue;
      exports.push({ name, value, at: value.at ?? { f: path, s: 0, e: 0 }, via: 'ts-export', reached: true });
    }
    // `export = async () => ({ url, bucketName })`: the returned object's properties are the outputs.
    const returned = result.entryReturns.get(path);
    if (returned?.kind === 'obj' && !returned.cls) {
      for (const [name, value] of returned.props) {
        if (value.kind === 'func' || value.kind === 'class' || value.kind === 'module' || value.kind === 'absent') continue;
        exports.push({ name, value, at: returned.keys?.get(name)?.at ?? value.at ?? returned.at ?? { f: path, s: 0, e: 0 }, via: 'ts-export', reached: true });
      }
    }
  }
  if (result.budgetExhausted) {
    diagnostics.push({
      code: 'eval/budget',
      class: 'INCOMPLETE-TRUNCATED',
      severity: 'low',
      message: 'Evaluation stopped at its step budget; resources created after that point are missing from the model.',
    });
  }
  diagnostics.push(...budgetDiagnostics(modules), ...errorDiagnostics(result.errors));

  const model: ResourceModel = {
    input,
    aws: { major: awsMajor, schema: awsSchema },
    languages: [...new Set(modules.map((m) => m.lang))],
    resources: host.resources,
    components: host.components,
    exports,
    configReads: host.configReads,
    envReads: host.envReads,
    assets: host.assets,
    events: [...host.events, ...localNameEvents(input, modules, host.events)],
    imports: host.imports,
    programModules: programModules(input, roots, graph),
    attributeReads: host.attributeReads,
    invokes: host.invokes,
    sdkReads: host.sdkReads,
    unused: result.unused.map((u) => {
      const b: UnusedBinding = { name: u.name, kind: u.kind, at: u.at, lang: u.lang };
      const id = host.resourceIdOf(u.value);
      if (id !== undefined) b.resource = id;
      return b;
    }),
    diagnostics,
    stats: { steps: result.steps, budgetExhausted: result.budgetExhausted, modules: result.modules },
  };
  if (entry) model.entry = entry;
  if (input.project) model.project = input.project;
  return model;
}

/** The program modules each module imports at its top level. */
function importGraph(modules: Module[], resolver: ProgramResolver): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const m of modules) {
    const edges = new Set<string>();
    for (const st of m.body) {
      if (st.k !== 'import' && !(st.k === 'export' && st.from !== undefined)) continue;
      const spec = st.k === 'import' ? st.module : st.from!;
      const level = st.k === 'import' ? st.level : undefined;
      const hit = resolver.resolve(spec, m.path, m.lang, level);
      if (hit && hit !== m.path) edges.add(hit);
      if (st.k === 'import' && m.lang === 'py') {
        for (const n of st.names) {
          const sub = resolver.resolve(spec ? `${spec}.${n.imported}` : n.imported, m.path, 'py', level);
          if (sub && sub !== m.path) edges.add(sub);
        }
      }
    }
    graph.set(m.path, edges);
  }
  return graph;
}

/** The entry point when known; otherwise every module that no other module imports. */
function chooseRoots(input: ProgramInput, modules: Module[], graph: Map<string, Set<string>>): string[] {
  if (input.entry && modules.some((m) => m.path === input.entry)) return [input.entry];
  const imported = new Set([...graph.values()].flatMap((edges) => [...edges]));
  return modules.filter((m) => !imported.has(m.path)).map((m) => m.path);
}

/**
 * The modules of the Pulumi program: the entry point and what it imports, at any depth, and every
 * module that uses a Pulumi SDK itself (a stray stack file is still Pulumi code) with what it imports.
 * Without a known entry point, every root whose modules use a Pulumi SDK stands for it (all roots
 * when none does). A standalone script shown beside the program (a smoke test, a deploy helper)
 * that uses no Pulumi SDK and that the program does not import is not part of it.
 */
function programModules(input: ProgramInput, roots: string[], graph: Map<string, Set<string>>): string[] {
  const files = new Map(input.files.map((f) => [f.path, f]));
  const closure = (starts: Iterable<string>): Set<string> => {
    const seen = new Set<string>();
    const todo = [...starts];
    while (todo.length) {
      const p = todo.pop()!;
      if (seen.has(p)) continue;
      seen.add(p);
      for (const q of graph.get(p) ?? []) todo.push(q);
    }
    return seen;
  };
  const usesSdk = (path: string) => {
    const f = files.get(path);
    return f !== undefined && usesPulumi(f.text, f.language);
  };
  const pulumiRoots = roots.filter((r) => [...closure([r])].some(usesSdk));
  const starts = roots.length > 1 && pulumiRoots.length > 0 ? pulumiRoots : roots;
  return [...closure([...starts, ...[...graph.keys()].filter(usesSdk)])];
}
