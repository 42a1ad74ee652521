// Matching CloudWatch log groups to the Lambda functions that write to them. A function logs to
// `/aws/lambda/<function name>` (unless `loggingConfig.logGroup` names another group); names are
// compared as sequences of literal text and opaque tokens for the unknown parts.

import { describe, type Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg, str } from './values.js';

export const LOG_GROUP = 'aws:cloudwatch/logGroup:LogGroup';
export const FUNCTION = 'aws:lambda/function:Function';
export const LAMBDA_PREFIX = '/aws/lambda/';

/** A string value as literal text and opaque tokens (one per unknown part, named by its provenance). */
export type Segment = { lit: string } | { tok: string };

export function segments(v: Value): Segment[] | undefined {
  if (v.kind === 'output') return segments(v.inner) ?? [{ tok: describe(v) }];
  if (v.kind === 'known') return typeof v.value === 'string' ? [{ lit: v.value }] : undefined;
  if (v.kind === 'unknown') return [{ tok: describe(v) }];
  if (v.kind !== 'str') return undefined;
  const out: Segment[] = [];
  for (const p of v.parts) {
    const last = out[out.length - 1];
    if (p.kind === 'known' && last && 'lit' in last) last.lit += String(p.value);
    else out.push(p.kind === 'known' ? { lit: String(p.value) } : { tok: describe(p) });
  }
  return out;
}

const tokens = (s: Segment[]): string[] => s.flatMap((x) => ('tok' in x ? [x.tok] : []));
export const literal = (s: Segment[]): string | undefined => (s.length === 1 && 'lit' in s[0]! ? s[0].lit : s.length === 0 ? '' : undefined);
const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const glob = (s: Segment[]): RegExp => new RegExp(`^${s.map((x) => ('lit' in x ? escape(x.lit) : '.*')).join('')}$`, 's');
/** A token that is an attribute of some resource: `<output:aws.lambda.Function("fn").name>`. */
const RESOURCE_ATTRIBUTE = /^<output[: ][\w.]+\(.*\)\.\w+>$/;

export type Match = 'yes' | 'no' | 'maybe';

/**
 * Could a log group with this name be the function's? Names are compared as sequences of literal
 * text and unknown parts: the same unknowns in the same order with different text between them name
 * different things; a part that is another resource's attribute is never this function's name.
 */
export function logGroupFor(lgName: Value | undefined, fn: Resource): Match {
  if (!lgName) return 'no'; // auto-named: `<logical name>-<random>`, never `/aws/lambda/...`
  const lg = segments(lgName);
  if (!lg) return 'maybe';
  const first = lg[0];
  if (first && 'lit' in first && !first.lit.startsWith(LAMBDA_PREFIX) && !LAMBDA_PREFIX.startsWith(first.lit)) return 'no';
  const ownTokens = [`<output:${fn.typePath}(${describe(fn.name)}).`, `<output ${fn.typePath}(${describe(fn.name)}).`];
  const lgTokens = tokens(lg);
  if (lgTokens.some((t) => ownTokens.some((o) => t.startsWith(o)) && /\.(name|id)>$/.test(t))) return 'yes';
  const fnNameV = arg(fn, 'name');
  const fnSegs = fnNameV ? segments(fnNameV) : undefined;
  if (fnNameV && !fnSegs) return 'maybe';
  if (!fnSegs) return autoNamedMatch(lg, fn);
  const lgText = literal(lg);
  const target = prefixed(fnSegs);
  const fnText = literal(target);
  if (lgText !== undefined && fnText !== undefined) return lgText === fnText ? 'yes' : 'no';
  if (lgText !== undefined) return glob(target).test(lgText) ? 'maybe' : 'no';
  if (fnText !== undefined) return glob(lg).test(fnText) ? 'maybe' : 'no';
  if (tokens(target).join('\u0000') === lgTokens.join('\u0000')) return sameText(lg, target) ? 'yes' : 'no';
  return lgTokens.every((t) => RESOURCE_ATTRIBUTE.test(t)) ? 'no' : 'maybe';
}

/**
 * An auto-named function is called `<logical name>-<7 random hex digits>`: only a log group built from
 * its own `name` output, or one whose literal text still fits that shape, can be its log group.
 */
function autoNamedMatch(lg: Segment[], fn: Resource): Match {
  if (tokens(lg).every((t) => RESOURCE_ATTRIBUTE.test(t))) return 'no';
  const logical = str(fn.name);
  if (logical === undefined) return 'maybe';
  return glob(lg).test(`${LAMBDA_PREFIX}${logical}-0a1b2c3`) ? 'maybe' : 'no';
}

/** `/aws/lambda/` followed by the function name. */
function prefixed(fn: Segment[]): Segment[] {
  const head = fn[0];
  if (head && 'lit' in head) return [{ lit: LAMBDA_PREFIX + head.lit }, ...fn.slice(1)];
  return [{ lit: LAMBDA_PREFIX }, ...fn];
}

/** Same literal text around the same unknown parts. */
function sameText(a: Segment[], b: Segment[]): boolean {
  return a.length === b.length && a.every((x, i) => {
    const y = b[i]!;
    return 'lit' in x ? 'lit' in y && y.lit === x.lit : 'tok' in y && y.tok === x.tok;
  });
}
