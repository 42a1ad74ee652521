// The fix of a name without the environment suffix: append the expression the program itself writes
// for the suffix in other names of the same file and scope (`${environmentSuffix}`,
// `{self.environment_suffix}`), with the separator those names put before it. Nothing is invented:
// without such a name there is no fix, and the engine's second analysis rolls the fix back when the
// expression does not mean the suffix where the fix puts it (an undefined name, another value).

import type { At, Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import type { RuleContext } from '../context.js';
import { fix, type Fix, isWrittenLiteral, textOf, writtenValueSpan } from './fixes.js';
import { carriesSuffix, isSuffixLabel } from './suffix.js';

const within = (inner: At | undefined, outer: At): inner is At => !!inner && inner.f === outer.f && outer.s <= inner.s && inner.e <= outer.e;

/** Holes of a template literal / f-string that are a name or member path (`${environmentSuffix}`, `{self.suffix}`), with the character before them. */
function suffixHoles(text: string, py: boolean): { expr: string; sep: string }[] {
  const hole = py ? /(^|[^{])\{\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s*\}/g : /()\$\{\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\}/g;
  const out: { expr: string; sep: string }[] = [];
  for (const m of text.matchAll(hole)) {
    const expr = m[2]!;
    if (!isSuffixLabel(expr.split('.').pop()!)) continue;
    const start = m.index + m[1]!.length;
    out.push({ expr, sep: text[start - 1] ?? '' });
  }
  return out;
}

/** The template or f-string text of a value written at `at`, when it is one literal of that kind. */
function templateText(ctx: RuleContext, at: At | undefined, py: boolean): string | undefined {
  const text = at && textOf(ctx, at);
  if (!text) return undefined;
  if (py) return /^[fF][rR]?("|')[^"'\r\n]*\1$|^[rR][fF]("|')[^"'\r\n]*\2$/.test(text) ? text : undefined;
  return /^`[^`]*`$/.test(text) ? text : undefined;
}

/**
 * How the names of the resources around `r` write the suffix: one expression and the separator
 * before it. Around means in the same file, created at its top level or in a function `r` is created
 * in (lexically), so the expression is in scope where `r` is; a field of the instance (`this.x`,
 * `self.x`) also counts from the other methods of the same component. Undefined when they write it in
 * several ways or not at all.
 */
function suffixInScope(ctx: RuleContext, r: Resource, names: (x: Resource) => Value[]): { expr: string; sep: string } | undefined {
  const py = r.lang === 'py';
  const found: { expr: string; sep: string; s: number }[] = [];
  for (const x of ctx.model.resources) {
    if (x.at.f !== r.at.f || x.component !== r.component) continue;
    // The expression is visible where `r` is created: written at the module's top level, or in a function that `r`'s function is nested in.
    const here = x.scope === undefined || (r.scope !== undefined && within(r.scope, x.scope));
    for (const v of [x.name, ...names(x)]) {
      if (!carriesSuffix(v) || !within(v.at, x.at)) continue;
      const text = templateText(ctx, v.at, py);
      if (!text) continue;
      for (const h of suffixHoles(text, py)) if (here || (r.component !== undefined && /^(this|self)\./.test(h.expr))) found.push({ ...h, s: x.at.s });
    }
  }
  const exprs = new Set(found.map((h) => h.expr));
  if (exprs.size !== 1) return undefined;
  // At the top level of a module the name must be bound before the resource: some use of it, or the
  // read of the suffix, comes first. In a function its parameters are bound from the start.
  const reads = [...ctx.model.configReads, ...ctx.model.envReads].filter((c) => c.at.f === r.at.f).map((c) => c.at.s);
  if (r.scope === undefined && !found.some((h) => h.s < r.at.s) && !reads.some((s) => s < r.at.s)) return undefined;
  const seps = new Set(found.map((h) => (/^[-_.]$/.test(h.sep) ? h.sep : '')));
  const sep = seps.size === 1 ? [...seps][0]! : '-';
  return { expr: [...exprs][0]!, sep: sep || '-' };
}

/**
 * The name `v` (the logical name, or the physical-name argument `arg`) with the suffix appended, when
 * `v` is written in the resource's call as a string literal or a template / f-string, and is not a
 * path or ARN (where the suffix goes is not certain there).
 */
export function appendSuffixFix(ctx: RuleContext, r: Resource, v: Value, arg: string | undefined, names: (x: Resource) => Value[]): Fix | undefined {
  const py = r.lang === 'py';
  const at = v.at;
  if (!at || !within(at, r.at)) return undefined;
  if (arg !== undefined) {
    const span = writtenValueSpan(ctx, r, r.args, arg);
    if (!span || span.s !== at.s || span.e !== at.e) return undefined;
  } else {
    // The logical name: the call's first argument, written there.
    const first = r.call?.items[0];
    if (!first || first.key || first.s !== at.s || first.e !== at.e) return undefined;
  }
  const text = textOf(ctx, at);
  if (!text || /[/:]/.test(text)) return undefined;
  const scope = suffixInScope(ctx, r, names);
  if (!scope) return undefined;
  const description = `Append the environment suffix (${scope.expr})`;
  const literal = v.kind === 'known' && typeof v.value === 'string' && v.value !== '' && (arg === undefined ? v.literal : isWrittenLiteral(v, r.args, arg));
  if (literal) {
    // A plain literal whose text needs no escaping in the template.
    const m = /^(['"])([^'"\\`${}\r\n]*)\1$/.exec(text);
    if (!m || m[2] !== v.value) return undefined;
    return fix(description, [{ at, text: py ? `f"${m[2]}${scope.sep}{${scope.expr}}"` : `\`${m[2]}${scope.sep}\${${scope.expr}}\`` }]);
  }
  // A template or f-string (its value may be known: `subnet-${t}` over a known list).
  if ((v.kind !== 'str' && v.kind !== 'known') || !templateText(ctx, at, py)) return undefined;
  const end = at.e - 1;
  return fix(description, [{ at: { f: at.f, s: end, e: end }, text: py ? `${scope.sep}{${scope.expr}}` : `${scope.sep}\${${scope.expr}}` }]);
}
