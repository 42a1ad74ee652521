// Does a name carry the environment suffix? Decided from provenance: the suffix comes from a
// config key, an environment variable, a parameter or a variable named like `environmentSuffix`.

import { provenance, type Value } from '../../ir/values.js';
import type { ResourceModel } from '../../model/types.js';
import { stringParts } from './values.js';

/**
 * The last word of a label (variable, parameter, configuration key or environment variable) that
 * names an environment suffix: `suffix` alone or qualified by environment, stage, stack or deployment
 * (`environment_suffix`, `envSuffix`, `STAGE_SUFFIX`). `region_suffix` or `azSuffix` vary with
 * something else and are not the environment suffix.
 */
const SUFFIX_WORD = /^(?:(?:env|environment|stage|stack|deploy|deployment|tenant[-_]?env)[-_]?)?suffix$/i;

export function isSuffixLabel(label: string): boolean {
  const w = label.replace(/^(call:)+/, '').split(/[:.]/).filter(Boolean).pop() ?? label;
  return SUFFIX_WORD.test(w.replace(/^_+/, ''));
}
export const SUFFIX_KEY = /^env(ironment)?[-_]?suffix$/i;

/** Unknown parts whose provenance proves they are not the suffix (another config key, a cloud value). */
const OPAQUE = /^(config:|env:|invoke:|output:|time:|random:|stack$|project$|organization$)/;

export function carriesSuffix(v: Value): boolean {
  for (const p of provenance(v)) if (isSuffixLabel(p)) return true;
  return false;
}

/**
 * True only when the value is known not to contain the suffix: a literal, or a string whose unknown
 * parts all come from something that is provably not the suffix. Parameters and loop elements of
 * unknown value might be the suffix, so they make the answer "unknown" (false).
 */
export function definitelyLacksSuffix(v: Value): boolean {
  if (carriesSuffix(v)) return false;
  if (v.kind === 'known') return typeof v.value === 'string';
  if (v.kind === 'str') {
    return v.parts.every((p) => p.kind === 'known' || (p.kind === 'unknown' && OPAQUE.test(p.why)));
  }
  if (v.kind === 'unknown' && v.alts) return v.alts.every(definitelyLacksSuffix);
  return false;
}

/** Does the program define an environment suffix at all? */
export function programHasSuffix(model: ResourceModel): boolean {
  if (model.configReads.some((c) => SUFFIX_KEY.test(c.key.split(':').pop() ?? c.key))) return true;
  if (model.envReads.some((e) => SUFFIX_KEY.test(e.name))) return true;
  for (const r of model.resources) if (carriesSuffix(r.name)) return true;
  for (const c of model.components) if (carriesSuffix(c.name)) return true;
  return false;
}

/** The text a suffix takes in a name when nobody passed it: `orders-undefined`, `orders-None`. */
const MISSING_TEXT = /(?:^|[-_./])(undefined|None)(?=$|[-_./])/;

/** `undefined` / `None` when the name is built from a suffix its caller left out, else undefined. */
export function missingSuffixText(v: Value): string | undefined {
  if (!carriesSuffix(v)) return undefined;
  for (const p of stringParts(v.kind === 'output' ? v.inner : v) ?? []) {
    const m = p !== null ? MISSING_TEXT.exec(p) : null;
    if (m) return m[1];
  }
  return undefined;
}
