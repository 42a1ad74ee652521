// Fixes of an Output formatted into a plain string: the same string built as an Output
// (`pulumi.interpolate`, `pulumi.concat`, `pulumi.Output.concat`, `pulumi.Output.format`). Offered
// only where the Output form means exactly what the author wrote: the string is written as a
// resource argument (or a stack export's value), which takes an Input, and the file names the
// Pulumi SDK module, whose alias the fix uses.

import type { At, Value } from '../../ir/values.js';
import type { ModelEvent, ResourceModel } from '../../model/types.js';
import type { RuleContext } from '../context.js';
import { awsResourceSchema, isArgObject } from './aws-schema-args.js';
import { type Edit, fix, type Fix, pulumiAlias, textOf } from './fixes.js';

const same = (a: At | undefined, b: At): boolean => !!a && a.f === b.f && a.s === b.s && a.e === b.e;
const within = (inner: At, outer: At): boolean => inner.f === outer.f && outer.s <= inner.s && inner.e <= outer.e;
export const spanKey = (at: At): string => `${at.f}\u0000${at.s}\u0000${at.e}`;

/**
 * Whether `v` or a value in its argument objects and lists is the value written at `at`. Not inside
 * assets (`StringAsset` takes a plain string) or class instances.
 */
function holds(v: Value, at: At, depth = 0): boolean {
  if (same(v.at, at)) return true;
  if (depth > 8) return false;
  if (isArgObject(v)) return [...v.props.values()].some((x) => holds(x, at, depth + 1));
  if (v.kind === 'list') return v.items.some((x) => holds(x, at, depth + 1));
  return false;
}

/**
 * The string written at `at` is, as it is, an argument of the resource created by the call around it
 * (or a stack export's value): a place that takes an Input. Top-level arguments the schema declares
 * plain (not Input) do not qualify.
 */
function isInputValue(model: ResourceModel, at: At): boolean {
  for (const r of model.resources) {
    if (!within(at, r.at)) continue;
    for (const [k, v] of r.args.props) {
      if (!holds(v, at)) continue;
      const prop = awsResourceSchema(model, r)?.inputs.property(k);
      return !prop || prop.input;
    }
  }
  return model.exports.some((e) => within(at, e.at) && same(e.value.at, at));
}

/** The prefix and quote a Python string literal starts with (`rf"`, `'''`). */
function pyLiteral(text: string): { prefix: string; quote: string } | undefined {
  const m = /^([rRuUfFbB]{0,2})("""|'''|"|')/.exec(text);
  return m ? { prefix: m[1]!, quote: m[2]! } : undefined;
}

/** `pulumi.interpolate` before a TypeScript template literal: the tagged template formats it alike. */
function interpolateFix(e: ModelEvent, alias: string, text: string): Fix | undefined {
  if (!text.startsWith('`') || !text.endsWith('`')) return undefined;
  return fix(`Use ${alias}.interpolate`, [{ at: { f: e.at.f, s: e.at.s, e: e.at.s }, text: `${alias}.interpolate` }]);
}

/**
 * An f-string → `pulumi.Output.format(...)`: the same text without the expressions, which become its
 * arguments in order. `str.format` formats each as the f-string does, conversions and specs included
 * (`Output.concat` would fail on a part that is not a string).
 */
function fstringFix(ctx: RuleContext, e: ModelEvent, alias: string, text: string): Fix | undefined {
  const lit = pyLiteral(text);
  const holes = e.holes ?? [];
  const open = lit ? lit.prefix.length + lit.quote.length : 0;
  if (!lit || !/f/i.test(lit.prefix) || holes.length === 0 || text.length < open + lit.quote.length || !text.endsWith(lit.quote)) return undefined;
  const body = { s: e.at.s + open, e: e.at.e - lit.quote.length };
  const edits: Edit[] = [];
  const args: string[] = [];
  let cursor = body.s;
  for (const h of holes) {
    // Holes in order inside one literal; no nested fields in a spec, no `=` self-documenting form.
    if (h.at.s < cursor || h.at.e > body.e || (h.format !== undefined && (h.format.includes('{') || h.format.startsWith('=')))) return undefined;
    const literal = textOf(ctx, { f: e.at.f, s: cursor, e: h.at.s }) ?? '';
    // Text between the holes that holds the quote means several literals written side by side.
    if (literal.includes(lit.quote[0]!)) return undefined;
    const expr = textOf(ctx, h.expr);
    if (!expr || text[h.at.s - e.at.s] !== '{' || text[h.at.e - 1 - e.at.s] !== '}') return undefined;
    edits.push({ at: { f: e.at.f, s: h.at.s + 1, e: h.at.e - 1 }, text: h.format ?? '' });
    args.push(/[\r\n]/.test(expr) ? `(${expr})` : expr);
    cursor = h.at.e;
  }
  if ((textOf(ctx, { f: e.at.f, s: cursor, e: body.e }) ?? lit.quote).includes(lit.quote[0]!)) return undefined;
  return fix(`Use ${alias}.Output.format`, [
    { at: { f: e.at.f, s: e.at.s, e: e.at.s + lit.prefix.length }, text: `${alias}.Output.format(${lit.prefix.replace(/f/i, '')}` },
    ...edits,
    { at: { f: e.at.f, s: e.at.e, e: e.at.e }, text: `, ${args.join(', ')})` },
  ]);
}

/** `"...{}...".format(args)` → `pulumi.Output.format("...{}...", args)`: the same formatting once the Outputs resolve. */
function formatCallFix(e: ModelEvent, alias: string, text: string): Fix | undefined {
  const lit = pyLiteral(text);
  if (!lit || /[fb]/i.test(lit.prefix)) return undefined;
  // The end of the literal: the first closing quote that is not escaped.
  let i = lit.prefix.length + lit.quote.length;
  while (i < text.length && !text.startsWith(lit.quote, i)) i += text[i] === '\\' ? 2 : 1;
  const end = i + lit.quote.length;
  const call = /^\.format\(/.exec(text.slice(end));
  if (i >= text.length || !call || !text.endsWith(')') || /^\s*\)$/.test(text.slice(end + call[0].length))) return undefined;
  const at = (s: number, x: number): At => ({ f: e.at.f, s: e.at.s + s, e: e.at.s + x });
  return fix(`Use ${alias}.Output.format`, [
    { at: at(0, 0), text: `${alias}.Output.format(` },
    { at: at(end, end + call[0].length), text: ', ' },
  ]);
}

/**
 * `a + b + c` with an Output among them → `pulumi.concat(a, b, c)` / `pulumi.Output.concat(a, b, c)`:
 * the operands as written, each `+` turned into a comma. The `+` of the chain nested in it (strings
 * with an Output too) are flattened; any other text between operands (parentheses, a comment, a line
 * continuation) leaves the expression alone.
 */
function concatFix(ctx: RuleContext, e: ModelEvent, alias: string, concats: Map<string, ModelEvent>, py: boolean): Fix | undefined {
  const flat = (ev: ModelEvent, depth: number): At[] | undefined => {
    if (!ev.operands || depth > 50) return undefined;
    const out: At[] = [];
    for (const o of ev.operands) {
      const inner = concats.get(spanKey(o));
      const parts = inner ? flat(inner, depth + 1) : [o];
      if (!parts) return undefined;
      out.push(...parts);
    }
    return out;
  };
  const operands = flat(e, 0);
  if (!operands || operands[0]!.s !== e.at.s || operands[operands.length - 1]!.e !== e.at.e) return undefined;
  const name = `${alias}.${py ? 'Output.' : ''}concat`;
  const edits: Edit[] = [{ at: { f: e.at.f, s: e.at.s, e: e.at.s }, text: `${name}(` }];
  for (let i = 1; i < operands.length; i++) {
    const gap = textOf(ctx, { f: e.at.f, s: operands[i - 1]!.e, e: operands[i]!.s });
    const m = gap === undefined ? null : /^\s*\+(?=\s*$)/.exec(gap);
    if (!m) return undefined;
    edits.push({ at: { f: e.at.f, s: operands[i - 1]!.e, e: operands[i - 1]!.e + m[0].length }, text: ',' });
  }
  edits.push({ at: { f: e.at.f, s: e.at.e, e: e.at.e }, text: ')' });
  return fix(`Use ${name}`, edits);
}

/**
 * The fix of an Output formatted into a plain string (`output-in-template`, `output-in-concat`
 * events), when the Output form is certain to mean the same. `concats`: the program's `+` events by
 * span, for flattening chains.
 */
export function outputStringFix(ctx: RuleContext, e: ModelEvent, concats: Map<string, ModelEvent>): Fix | undefined {
  if (e.promise || !isInputValue(ctx.model, e.at)) return undefined;
  const alias = pulumiAlias(ctx, e.at.f);
  const text = textOf(ctx, e.at);
  if (!alias || !text) return undefined;
  const py = ctx.fileOf(e.at)?.language === 'python';
  if (e.kind === 'output-in-concat') return concatFix(ctx, e, alias, concats, py);
  if (!py) return interpolateFix(e, alias, text);
  return e.holes ? fstringFix(ctx, e, alias, text) : formatCallFix(e, alias, text);
}
