// Where a finding sits inside its resource: the argument path of the flagged value, so the review can
// show the corrected answer's code at the same path instead of the first lines of the whole resource.

import type { At, ObjV, Value } from '../ir/values.js';
import type { Resource } from '../model/types.js';

/** The path (`environment.variables`, `ingress.0.cidrBlocks`) of the deepest argument whose value or key spans `offset`. */
export function argPathAt(r: Resource, file: string, offset: number): string[] | undefined {
  let best: string[] | undefined;
  const inside = (at: At | undefined) => !!at && at.f === file && at.s <= offset && offset < Math.max(at.e, at.s + 1);
  const visit = (v: Value, path: string[], depth: number): void => {
    if (depth > 8) return;
    if (v.kind === 'obj' && !v.cls) {
      for (const [k, x] of v.props) {
        const keyAt = v.keys?.get(k)?.at;
        if (inside(x.at) || inside(keyAt)) {
          best = [...path, k];
          visit(x, best, depth + 1);
        } else if (x.kind === 'obj' || x.kind === 'list') visit(x, [...path, k], depth + 1);
      }
    } else if (v.kind === 'list') {
      v.items.forEach((x, i) => {
        if (inside(x.at)) {
          best = [...path, String(i)];
          visit(x, best, depth + 1);
        } else if (x.kind === 'obj' || x.kind === 'list') visit(x, [...path, String(i)], depth + 1);
      });
    } else if ((v.kind === 'known' || v.kind === 'str') && v.json) {
      visit(v.json, path, depth + 1);
    }
  };
  visit(r.args, [], 0);
  return best;
}

/** The value at an argument path of a resource, with the span of its key when it has one. */
export function valueAtPath(r: Resource, path: readonly string[]): { value: Value; keyAt?: At } | undefined {
  let cur: Value = r.args;
  let keyAt: At | undefined;
  for (const seg of path) {
    if ((cur.kind === 'known' || cur.kind === 'str') && cur.json) cur = cur.json;
    if (cur.kind === 'obj') {
      const next: Value | undefined = cur.props.get(seg);
      if (!next) return undefined;
      keyAt = (cur as ObjV).keys?.get(seg)?.at;
      cur = next;
    } else if (cur.kind === 'list') {
      const next: Value | undefined = cur.items[Number(seg)];
      if (!next) return undefined;
      keyAt = undefined;
      cur = next;
    } else return undefined;
  }
  return keyAt ? { value: cur, keyAt } : { value: cur };
}
