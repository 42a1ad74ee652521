// Whether two values are certainly the same at run time, even when neither is known: the same config
// key or environment variable, the same lookup result, the same parameter of the same call, or strings
// built from such parts and the same literal text.

import type { Value } from '../../ir/values.js';

/** Provenances that denote one value wherever they are read (unlike `branch`, `loop`, `element`, `call:…`). */
const STABLE = /^(?:(?:config|env|invoke|param|project):|stack$)/;

export function sameValue(a: Value | undefined, b: Value | undefined, depth = 0): boolean {
  if (!a || !b || depth > 8) return false;
  if (a.kind === 'known' && b.kind === 'known') return a.value === b.value;
  if (a.kind === 'unknown' && b.kind === 'unknown') {
    if (a.alts || b.alts) return false;
    const defaults = a.default === undefined && b.default === undefined ? true : sameValue(a.default, b.default, depth + 1);
    return a.why === b.why && STABLE.test(a.why) && defaults;
  }
  if (a.kind === 'str' && b.kind === 'str') return a.parts.length === b.parts.length && a.parts.every((p, i) => sameValue(p, b.parts[i], depth + 1));
  if (a.kind === 'output' && b.kind === 'output') {
    if (a.resource !== undefined || b.resource !== undefined) return a.resource === b.resource && a.attr === b.attr;
    // Two Outputs built the same way (`pulumi.interpolate` of the same values): compare what they hold.
    return a.inner.kind !== 'unknown' && sameValue(a.inner, b.inner, depth + 1);
  }
  return false;
}
