// Reading values of the resource model in rules. Every helper distinguishes "known to be X" from
// "not known": rules report only what is known to be wrong, or definitely absent.

import type { At, ListV, ObjV, Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';

/** The argument at a dotted path (`versioning.enabled`, `ingress.0.fromPort`); undefined if absent. */
export function arg(r: Resource, path: string): Value | undefined {
  return pathOf(r.args, path);
}

export function opt(r: Resource, path: string): Value | undefined {
  return pathOf(r.opts, path);
}

export function pathOf(v: Value | undefined, path: string): Value | undefined {
  let cur: Value | undefined = v;
  for (const seg of path.split('.')) {
    if (!cur) return undefined;
    cur = child(cur, seg);
  }
  return cur && !isAbsent(cur) ? cur : undefined;
}

function child(v: Value, key: string): Value | undefined {
  if (v.kind === 'obj') {
    const x = v.props.get(key);
    if (x !== undefined) return x;
    return v.open ? { kind: 'unknown', why: `key:${key}` } : undefined;
  }
  if (v.kind === 'list' && /^\d+$/.test(key)) {
    const x = v.items[Number(key)];
    if (x !== undefined) return x;
    return v.open ? { kind: 'unknown', why: 'element' } : undefined;
  }
  if (v.kind === 'output') return child(v.inner, key);
  if (v.kind === 'unknown') return { kind: 'unknown', why: `${v.why}.${key}` };
  return undefined;
}

export function isAbsent(v: Value | undefined): boolean {
  return !v || v.kind === 'absent' || (v.kind === 'known' && v.value === null);
}

/** Is the argument definitely not given? (An open args object may hold it.) */
export function definitelyAbsent(r: Resource, path: string): boolean {
  const segs = path.split('.');
  let cur: Value = r.args;
  for (const seg of segs) {
    if (cur.kind !== 'obj') return false;
    const x = cur.props.get(seg);
    if (x === undefined || isAbsent(x)) return !cur.open;
    cur = x;
  }
  return false;
}

export function str(v: Value | undefined): string | undefined {
  return v && v.kind === 'known' && typeof v.value === 'string' ? v.value : undefined;
}
export function num(v: Value | undefined): number | undefined {
  if (!v || v.kind !== 'known') return undefined;
  if (typeof v.value === 'number') return v.value;
  // Pulumi accepts numeric strings for some number inputs; a known numeric string is that number.
  if (typeof v.value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v.value)) return Number(v.value);
  return undefined;
}
export function bool(v: Value | undefined): boolean | undefined {
  if (!v || v.kind !== 'known') return undefined;
  if (typeof v.value === 'boolean') return v.value;
  if (v.value === 'true') return true;
  if (v.value === 'false') return false;
  return undefined;
}

/** Elements of a list value; a single non-list value counts as a one-element list. */
export function items(v: Value | undefined): { items: Value[]; open: boolean } | undefined {
  if (!v || isAbsent(v)) return undefined;
  if (v.kind === 'list') return { items: v.items, open: !!v.open };
  if (v.kind === 'output') return items(v.inner);
  if (v.kind === 'unknown' || v.kind === 'str') return undefined;
  return { items: [v], open: false };
}

export function isList(v: Value | undefined): v is ListV {
  return !!v && v.kind === 'list';
}
export function isObj(v: Value | undefined): v is ObjV {
  return !!v && v.kind === 'obj' && !v.cls;
}

/** The span of a value, or of the key that set it when the value has none, or a fallback. */
export function spanOf(v: Value | undefined, fallback: At): At {
  return v?.at ?? fallback;
}

/** Span of the key `key` in an object literal / keyword arguments (for "set here" findings). */
export function keySpan(o: Value | undefined, key: string): At | undefined {
  return o && o.kind === 'obj' ? o.keys?.get(key)?.at : undefined;
}

/** A string value made only of known parts (no unknown, no Output). */
export function fullyKnownString(v: Value | undefined): string | undefined {
  return str(v);
}

/** The known text parts of a string value, with unknown parts as `null`. */
export function stringParts(v: Value | undefined): (string | null)[] | undefined {
  if (!v) return undefined;
  if (v.kind === 'known' && typeof v.value === 'string') return [v.value];
  if (v.kind === 'str') return v.parts.map((p) => (p.kind === 'known' ? String(p.value) : null));
  return undefined;
}

/** Find an Output anywhere inside a value (used to tell Outputs from plain data). */
export function containsOutput(v: Value, depth = 0): boolean {
  if (depth > 10) return false;
  switch (v.kind) {
    case 'output':
      return true;
    case 'str':
      return v.parts.some((p) => containsOutput(p, depth + 1));
    case 'list':
      return v.items.some((p) => containsOutput(p, depth + 1));
    case 'obj':
      return !v.cls && [...v.props.values()].some((p) => containsOutput(p, depth + 1));
    default:
      return false;
  }
}
