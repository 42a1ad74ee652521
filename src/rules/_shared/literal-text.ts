// The literal text written in a resource's arguments, for rules that look for hard-coded values
// (account ids, resource ids, placeholders). Strings serialised with JSON.stringify / json.dumps are
// read through their structure, so a policy document's values are seen with their own keys.

import type { At, Value } from '../../ir/values.js';
import { walk } from './walk.js';
import { derivedCache } from './derived.js';

export interface LiteralText {
  /** A known string, or one known part of a string with unknown parts. */
  text: string;
  /** The property that holds it (for list items, the property that holds the list). */
  key: string;
  /** Dotted path from the arguments root. */
  path: string;
  /** True when `text` is the whole value, not a part of a built string. */
  whole: boolean;
  at?: At;
}

// Several rules read the same resources' texts; a model's values do not change once built.
const memo = derivedCache<Value, readonly LiteralText[]>();

/** Every literal text in `args`, depth first (shared between callers: do not change it). */
export function literalTexts(args: Value): readonly LiteralText[] {
  const known = memo.get(args);
  if (known) return known;
  const out: LiteralText[] = [];
  walk(args, ({ key, path, value, keyAt }) => collect(value, key, path, value.at ?? keyAt, out, 0));
  memo.set(args, out);
  return out;
}

function collect(v: Value, key: string, path: string, at: At | undefined, out: LiteralText[], depth: number): void {
  if (depth > 4) return;
  const here = v.at ?? at;
  switch (v.kind) {
    case 'known':
      if (typeof v.value === 'string' && !v.json) out.push(withAt({ text: v.value, key, path, whole: true }, here));
      return;
    case 'str':
      if (v.json) return;
      for (const p of v.parts) if (p.kind === 'known' && typeof p.value === 'string') out.push(withAt({ text: p.value, key, path, whole: false }, here));
      return;
    case 'list':
      // Objects in lists are visited by `walk`; strings in lists are not.
      for (const it of v.items) if (it.kind !== 'obj') collect(it, key, path, here, out, depth + 1);
      return;
    case 'output':
      if (v.inner.kind === 'known' || v.inner.kind === 'str') collect(v.inner, key, path, here, out, depth + 1);
      return;
    default:
      return;
  }
}

function withAt(t: LiteralText, at: At | undefined): LiteralText {
  if (at) t.at = at;
  return t;
}
