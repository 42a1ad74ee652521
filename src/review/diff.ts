// The semantic difference between two programs: resources added and removed, and for matched resources
// the arguments and options that changed.

import { describe, type Value } from '../ir/values.js';
import type { Resource } from '../model/types.js';
import type { Match } from './match.js';

export interface ValueChange {
  path: string;
  model?: string;
  ideal?: string;
}

export interface ResourceChange {
  type: string;
  modelName: string;
  idealName: string;
  args: ValueChange[];
  options: ValueChange[];
}

export interface ProgramDiff {
  added: { type: string; name: string }[];
  removed: { type: string; name: string }[];
  changed: ResourceChange[];
  unchanged: number;
}

function short(v: Value): string {
  const s = describe(v);
  return s.length > 80 ? s.slice(0, 77) + '...' : s;
}

/** Compare two argument objects key by key (one level of nesting is shown as `a.b`). */
function compare(a: Value, b: Value, path: string, out: ValueChange[], depth = 0): void {
  if (a.kind === 'obj' && b.kind === 'obj' && !a.cls && !b.cls && depth < 2) {
    const keys = [...new Set([...a.props.keys(), ...b.props.keys()])].sort();
    for (const k of keys) {
      const x = a.props.get(k);
      const y = b.props.get(k);
      const p = path ? `${path}.${k}` : k;
      if (x && !y) out.push({ path: p, model: short(x) });
      else if (!x && y) out.push({ path: p, ideal: short(y) });
      else if (x && y) compare(x, y, p, out, depth + 1);
    }
    return;
  }
  const sa = short(a);
  const sb = short(b);
  // Names built from unknowns differ in their provenance text only; that is not a change.
  if (sa !== sb) out.push({ path, model: sa, ideal: sb });
}

function label(r: Resource): string {
  return short(r.name);
}

export function diffPrograms(model: readonly Resource[], ideal: readonly Resource[], matches: readonly Match[]): ProgramDiff {
  const matchedM = new Set(matches.map((m) => m.model.id));
  const matchedI = new Set(matches.map((m) => m.ideal.id));
  const changed: ResourceChange[] = [];
  let unchanged = 0;
  for (const m of matches) {
    const args: ValueChange[] = [];
    const options: ValueChange[] = [];
    compare(m.model.args, m.ideal.args, '', args);
    compare(m.model.opts, m.ideal.opts, '', options);
    if (args.length || options.length) changed.push({ type: m.model.typePath, modelName: label(m.model), idealName: label(m.ideal), args, options });
    else unchanged++;
  }
  return {
    added: ideal.filter((r) => !matchedI.has(r.id)).map((r) => ({ type: r.typePath, name: label(r) })),
    removed: model.filter((r) => !matchedM.has(r.id)).map((r) => ({ type: r.typePath, name: label(r) })),
    changed,
    unchanged,
  };
}
