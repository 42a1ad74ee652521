// Program input + IR modules → resource model: run the evaluator with the Pulumi host.

import type { Module } from '../core/ir.js';
import type { Diagnostic, ProgramInput } from '../core/program.js';
import { DEFAULT_EVAL_OPTIONS, type EvalOptions, Interpreter } from '../ir/interpreter.js';
import { ProgramResolver } from '../ir/resolve.js';
import { loadAwsSchema, selectAwsMajor } from '../schema/index.js';
import { PulumiHost } from './host.js';
import type { ResourceModel, StackExport, UnusedBinding } from './types.js';

export interface BuildOptions {
  eval?: Partial<EvalOptions>;
}

/** Names whose values are tagged when read, so rules can tell a name carries the environment suffix. */
export const SUFFIX_NAME = /suffix|^(env|environment|stage|stack)(_?name)?$/i;

const IMPLICIT_PACKAGES: Record<string, string> = {
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

export function buildModel(input: ProgramInput, modules: Module[], options: BuildOptions = {}): ResourceModel {
  const diagnostics: Diagnostic[] = [...input.diagnostics];
  const snippets = new Set(input.files.filter((f) => f.snippet).map((f) => f.path));
  for (const m of modules) {
    if (m.errors.length === 0 || snippets.has(m.path)) continue;
    const first = m.errors[0]!;
    const more = m.errors.length > 1 ? ` (and ${m.errors.length - 1} more)` : '';
    diagnostics.push({
      code: 'parse/syntax-error',
      class: 'CODE-TYPE-COMPILE',
      severity: 'high',
      message: `Syntax error: ${first.message}${more}. The program cannot run as written; the rest of the file was analysed as far as it could be recovered.`,
      file: m.path,
      start: first.s,
      end: first.e,
    });
  }

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
  const roots = chooseRoots(input, modules, resolver);
  const result = interp.run(roots);

  const exports: StackExport[] = [...host.exports];
  const entry = input.entry && modules.some((m) => m.path === input.entry) ? input.entry : undefined;
  const tsEntries = entry ? [entry] : roots;
  for (const path of tsEntries) {
    const mod = modules.find((m) => m.path === path);
    if (!mod || mod.lang !== 'ts') continue;
    for (const [name, value] of result.exportsOf(path)) {
      if (value.kind === 'func' || value.kind === 'class' || value.kind === 'module') continue;
      exports.push({ name, value, at: value.at ?? { f: path, s: 0, e: 0 }, via: 'ts-export', reached: true });
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
    events: host.events,
    imports: host.imports,
    attributeReads: host.attributeReads,
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

/** The entry point when known; otherwise every module that no other module imports. */
function chooseRoots(input: ProgramInput, modules: Module[], resolver: ProgramResolver): string[] {
  if (input.entry && modules.some((m) => m.path === input.entry)) return [input.entry];
  const imported = new Set<string>();
  for (const m of modules) {
    for (const st of m.body) {
      if (st.k !== 'import' && !(st.k === 'export' && st.from !== undefined)) continue;
      const spec = st.k === 'import' ? st.module : st.from!;
      const level = st.k === 'import' ? st.level : undefined;
      const hit = resolver.resolve(spec, m.path, m.lang, level);
      if (hit && hit !== m.path) imported.add(hit);
      if (st.k === 'import' && m.lang === 'py') {
        for (const n of st.names) {
          const sub = resolver.resolve(spec ? `${spec}.${n.imported}` : n.imported, m.path, 'py', level);
          if (sub && sub !== m.path) imported.add(sub);
        }
      }
    }
  }
  return modules.filter((m) => !imported.has(m.path)).map((m) => m.path);
}
