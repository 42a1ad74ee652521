// Names a file uses without importing them that are known to come from somewhere: a Pulumi SDK,
// Python's `typing`, or another file of the program. In type annotations (which the IR erases) they
// become `type-not-imported` events; value uses that the evaluator found undefined get the program
// file that defines them, so a rule can tell a missing import from a missing definition.

import type { Module } from '../core/ir.js';
import type { ProgramInput } from '../core/program.js';
import { bindsAtTopLevel } from '../ir/interpreter.js';
import type { ModelEvent } from './types.js';

/** Type names the Pulumi core SDK exports (TypeScript `@pulumi/pulumi`, Python `pulumi`). */
const PULUMI_TYPES = ['Output', 'Input', 'Inputs', 'ComponentResource', 'ComponentResourceOptions', 'CustomResource', 'CustomResourceOptions', 'Resource', 'ResourceOptions', 'StackReference', 'Config', 'InvokeOptions'];
const TS_ONLY = ['ID', 'URN', 'Unwrap', 'OutputInstance'];
const TYPING = ['Any', 'Optional', 'Union', 'List', 'Dict', 'Tuple', 'Set', 'FrozenSet', 'Sequence', 'Mapping', 'MutableMapping', 'Iterable', 'Iterator', 'Callable', 'Type', 'Literal', 'TypedDict', 'Awaitable', 'Generator', 'ClassVar', 'Final'];

/** `lang:name` → the module to import from; `#` marks a namespace import (`import * as pulumi`). */
const KNOWN: ReadonlyMap<string, string> = new Map([
  ['ts:pulumi', '#@pulumi/pulumi'],
  ['ts:aws', '#@pulumi/aws'],
  ['ts:awsx', '#@pulumi/awsx'],
  ['ts:random', '#@pulumi/random'],
  ['py:pulumi', '#pulumi'],
  ['py:aws', '#pulumi_aws'],
  ['py:awsx', '#pulumi_awsx'],
  ...[...PULUMI_TYPES, ...TS_ONLY].map((n): [string, string] => [`ts:${n}`, '@pulumi/pulumi']),
  ...PULUMI_TYPES.map((n): [string, string] => [`py:${n}`, 'pulumi']),
  ...TYPING.map((n): [string, string] => [`py:${n}`, 'typing']),
]);

/** The module that gives `name` to a file of `lang`: another program file first, then the SDKs. */
function originOf(name: string, mod: Module, modules: Module[], snippets: Set<string>): { module: string; path?: string } | undefined {
  const local = definingModule(name, mod, modules, snippets);
  if (local) return { module: local, path: local };
  const known = KNOWN.get(`${mod.lang}:${name}`);
  return known ? { module: known } : undefined;
}

/** The one other program file (same language, not an excerpt) that defines `name` at its top level. */
function definingModule(name: string, mod: Module, modules: Module[], snippets: Set<string>): string | undefined {
  const found = modules.filter((m) => m !== mod && m.lang === mod.lang && !snippets.has(m.path) && m.errors.length === 0 && defines(m, name));
  // Two candidates: the right import is a judgement call.
  return found.length === 1 ? found[0]!.path : undefined;
}

function defines(m: Module, name: string): boolean {
  if (m.lang === 'ts') return !!m.exportSurface && !m.exportSurface.open && m.exportSurface.exported.includes(name);
  // Python: a name bound at the top level by a definition or an assignment (not an import: that is a re-export).
  return m.body.some((st) => (st.k === 'funcdecl' || st.k === 'classdecl' || st.k === 'var' || st.k === 'expr') && bindsAtTopLevel([st], name));
}

export function localNameEvents(input: ProgramInput, modules: Module[], events: ModelEvent[]): ModelEvent[] {
  const snippets = new Set(input.files.filter((f) => f.snippet).map((f) => f.path));
  const byPath = new Map(modules.map((m) => [m.path, m]));
  for (const e of events) {
    if (e.kind !== 'undefined-name' || !e.detail) continue;
    const mod = byPath.get(e.at.f);
    const path = mod && definingModule(e.detail, mod, modules, snippets);
    if (path) e.path = path;
  }
  const out: ModelEvent[] = [];
  for (const m of modules) {
    if (snippets.has(m.path)) continue;
    for (const u of m.typeOnlyNames ?? []) {
      const origin = originOf(u.name, m, modules, snippets);
      if (!origin) continue;
      out.push({ kind: 'type-not-imported', at: { f: m.path, s: u.s, e: u.e }, detail: `${u.name}\u0000${origin.module}`, ...(origin.path ? { path: origin.path } : {}), reached: true });
    }
  }
  return out;
}
