// Text outside the literal parts of resource arguments, for rules that look for hard-coded values:
// the values a program publishes (stack exports, component outputs), strings read whole with their
// unknown parts marked, and the text a value takes with its configured defaults.

import { estimateString, obj, type At, type ObjV, type Value } from '../../ir/values.js';
import type { Lang } from '../../core/ir.js';
import type { ResourceModel } from '../../model/types.js';
import { literalTexts, type LiteralText } from './literal-text.js';
import { walk } from './walk.js';
import { derivedOnce } from './derived.js';

/** Stands for an unknown part in a joined string. */
export const UNKNOWN_PART = '\uFFFC';

/**
 * Stack exports and the outputs components register, as if they were the arguments of one resource
 * (paths start at the output's name). A component output that is also exported is taken once.
 */
export function programOutputs(model: ResourceModel): ObjV {
  const props = new Map<string, Value>();
  for (const e of model.exports) if (e.reached) props.set(e.name, e.value);
  for (const c of model.components) {
    const v = c.registerOutputs?.value;
    if (!c.reached || !v || v.kind !== 'obj' || v.cls) continue;
    for (const [k, x] of v.props) if (!props.has(k)) props.set(k, x);
  }
  return obj(props);
}

/** Literal texts of the program's outputs (see programOutputs), each span once (shared: do not change it). */
export const outputTexts: (model: ResourceModel) => readonly LiteralText[] = derivedOnce(outputTextsOnce);

function outputTextsOnce(model: ResourceModel): LiteralText[] {
  const seen = new Set<string>();
  return literalTexts(programOutputs(model)).filter((t) => {
    const key = t.at ? `${t.at.f}:${t.at.s}:${t.text}` : undefined;
    if (key === undefined) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface JoinedText {
  /** The string with each unknown part replaced by UNKNOWN_PART. */
  text: string;
  key: string;
  path: string;
  at?: At;
}

/** Every string in `args` that has unknown parts, read whole (`arn:aws:lambda:￼:580247275435:layer:x`). */
export function joinedTexts(args: Value): JoinedText[] {
  const out: JoinedText[] = [];
  const add = (v: Value, key: string, path: string, at: At | undefined) => {
    const s = v.kind === 'output' ? v.inner : v;
    if (s.kind !== 'str' || s.json) return;
    const text = s.parts.map((p) => (p.kind === 'known' ? String(p.value) : UNKNOWN_PART)).join('');
    const here = s.at ?? v.at ?? at;
    out.push(here ? { text, key, path, at: here } : { text, key, path });
  };
  walk(args, ({ key, path, value, keyAt }) => {
    if (value.kind === 'list') for (const it of value.items) add(it, key, path, it.at ?? keyAt);
    else add(value, key, path, keyAt);
  });
  return out;
}

export interface DefaultText {
  /** The whole string with the configured defaults in place of the unknown parts. */
  text: string;
  key: string;
  path: string;
  at?: At;
}

/**
 * Strings in `args` built from values with configured defaults, with the defaults in place (and
 * UNKNOWN_PART for unknown parts without one).
 */
export function defaultTexts(args: Value, lang: Lang): DefaultText[] {
  const out: DefaultText[] = [];
  const add = (v: Value, key: string, path: string, at: At | undefined) => {
    const s = v.kind === 'output' ? v.inner : v;
    const parts = s.kind === 'unknown' ? [s] : s.kind === 'str' && !s.json ? s.parts : undefined;
    if (!parts || !parts.some((p) => p.kind === 'unknown' && p.default)) return;
    const text = parts.map((p) => (p.kind === 'known' ? String(p.value) : (estimateString(p, lang) ?? UNKNOWN_PART))).join('');
    const here = s.at ?? v.at ?? at;
    out.push(here ? { text, key, path, at: here } : { text, key, path });
  };
  walk(args, ({ key, path, value, keyAt }) => {
    if (value.kind === 'list') for (const it of value.items) add(it, key, path, it.at ?? keyAt);
    else add(value, key, path, keyAt);
  });
  return out;
}
