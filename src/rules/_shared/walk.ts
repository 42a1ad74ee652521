import { budget } from '../../ir/budget.js';
import type { At, Value } from '../../ir/values.js';
import { derivedCache } from './derived.js';

export interface Visit {
  /** Property name (the last path segment). */
  key: string;
  /** Dotted path from the root, list indexes as numbers. */
  path: string;
  value: Value;
  /** Span of the key when it was written in an object literal or as a keyword argument. */
  keyAt?: At;
}

/** Properties one walk visits at most: values larger than this were cut by the evaluator's budget. */
const MAX_VISITS = 200_000;

/** Walks of one root whose visits are kept for the next walk of it (larger ones are walked again). */
const MAX_KEPT = 20_000;
/** Visits kept per analysed input (its value budget): ~100 bytes each, so a huge input keeps ~10 MB. */
const MAX_KEPT_PER_INPUT = 100_000;

// Many rules walk the same resources' arguments, and a model's values do not change once built: the
// visits of a whole walk are kept per root value, and later walks of that root replay them.
const kept = derivedCache<Value, readonly Visit[]>();
const keptPerInput = new WeakMap<object, number>();

/**
 * Visit every property of an argument object, depth first, including objects inside lists and the
 * structure remembered by JSON-serialised strings. Stops at 12 levels and after MAX_VISITS properties
 * (a value shared at many places is visited at each); polls the analysis time limit.
 */
export function walk(root: Value, visit: (v: Visit) => void, path = '', depth = 0): void {
  if (path !== '' || depth !== 0) {
    visitAll(root, visit, path, depth);
    return;
  }
  const b = budget();
  let visits = kept.get(root);
  if (!visits) {
    const list: Visit[] = [];
    visitAll(root, (v) => list.push(v), path, depth);
    const total = (keptPerInput.get(b) ?? 0) + list.length;
    if (list.length <= MAX_KEPT && total <= MAX_KEPT_PER_INPUT) {
      kept.set(root, list);
      keptPerInput.set(b, total);
    }
    visits = list;
  }
  for (const v of visits) {
    b.poll();
    visit(v);
  }
}

function visitAll(root: Value, visit: (v: Visit) => void, path: string, depth: number): void {
  let visits = 0;
  const go = (node: Value, p0: string, d: number): void => {
    if (d > 12 || visits > MAX_VISITS) return;
    if (node.kind === 'obj' && !node.cls) {
      for (const [key, value] of node.props) {
        if (++visits > MAX_VISITS) return;
        budget().poll();
        const p = p0 ? `${p0}.${key}` : key;
        const keyAt = node.keys?.get(key)?.at;
        visit(keyAt ? { key, path: p, value, keyAt } : { key, path: p, value });
        go(value, p, d + 1);
      }
    } else if (node.kind === 'list') {
      node.items.forEach((it, i) => go(it, p0 ? `${p0}.${i}` : String(i), d + 1));
    } else if ((node.kind === 'known' || node.kind === 'str') && node.json) {
      go(node.json, p0, d + 1);
    } else if (node.kind === 'output' && node.inner.kind !== 'unknown') {
      go(node.inner, p0, d + 1);
    }
  };
  go(root, path, depth);
}
