import type { At, Value } from '../../ir/values.js';

export interface Visit {
  /** Property name (the last path segment). */
  key: string;
  /** Dotted path from the root, list indexes as numbers. */
  path: string;
  value: Value;
  /** Span of the key when it was written in an object literal or as a keyword argument. */
  keyAt?: At;
}

/**
 * Visit every property of an argument object, depth first, including objects inside lists and the
 * structure remembered by JSON-serialised strings. Stops at 12 levels.
 */
export function walk(root: Value, visit: (v: Visit) => void, path = '', depth = 0): void {
  if (depth > 12) return;
  if (root.kind === 'obj' && !root.cls) {
    for (const [key, value] of root.props) {
      const p = path ? `${path}.${key}` : key;
      const keyAt = root.keys?.get(key)?.at;
      visit(keyAt ? { key, path: p, value, keyAt } : { key, path: p, value });
      walk(value, visit, p, depth + 1);
    }
  } else if (root.kind === 'list') {
    root.items.forEach((it, i) => walk(it, visit, path ? `${path}.${i}` : String(i), depth + 1));
  } else if ((root.kind === 'known' || root.kind === 'str') && root.json) {
    walk(root.json, visit, path, depth + 1);
  } else if (root.kind === 'output' && root.inner.kind !== 'unknown') {
    walk(root.inner, visit, path, depth + 1);
  }
}
