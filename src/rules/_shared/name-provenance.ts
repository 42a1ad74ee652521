// Where the parts of a resource name come from, judged from provenance labels (`config:key`,
// `param:name`, `invoke:getCallerIdentity.accountId`, `stack`, `output:…`, `time`, `random`): is a
// name unique per account/region/stack, or made only of literals and the environment name?

import { provenance, type Value } from '../../ir/values.js';

/** The last segment of a label names the variable, key or parameter the value came from. */
const ENV_NAME = /^(env(ironment)?([-_]?(suffix|name))?|stage|suffix|environment[-_]?suffix)$/i;

/**
 * Labels of values that differ per account, region or stack (or per run): data-source results,
 * resource outputs (a random suffix resource, another resource's id), the stack name, timestamps
 * and random numbers, the provider's own configuration (`aws:region`).
 */
const DISTINCT = /^(invoke:|output:|stack$|time|random|config:aws:)/;

/** The values a name may take: the alternatives of a value that differs by branch, else itself. */
export function alternatives(v: Value): Value[] {
  if (v.kind === 'unknown' && v.alts) return v.alts.flatMap(alternatives);
  return [v];
}

/** A string value's parts (a known string is one part); Outputs of strings are looked through. */
export function partsOf(v: Value): Value[] | undefined {
  if (v.kind === 'output') return v.inner.kind === 'known' || v.inner.kind === 'str' ? partsOf(v.inner) : undefined;
  if (v.kind === 'known') return typeof v.value === 'string' ? [v] : undefined;
  if (v.kind === 'str') return v.parts;
  return undefined;
}

/** True when a part is the environment name/suffix (whatever its value) and nothing more distinctive. */
export function isEnvironmentPart(p: Value): boolean {
  const labels = [...provenance(p)];
  if (labels.some((l) => DISTINCT.test(l))) return false;
  return labels.some((l) => ENV_NAME.test(l.split(/[:.]/).pop() ?? l));
}

