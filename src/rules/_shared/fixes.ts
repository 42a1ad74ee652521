// Mechanical fixes (`check --fix`, editor quick fixes) as text edits of the program, built from what
// the model records about where values, keys and entries are written (values' spans, `KnownV.literal`,
// `ObjV.layout`). A fix is offered only where it is certain: the value is a literal written in the
// argument itself (not a variable that other code reads too), the object or argument list is written in
// the resource's own constructor call, the file parsed cleanly, and every resource that call creates (a
// loop, a helper called twice) gets the same fix.

import type { SourceFile } from '../../core/source.js';
import type { At, FileLayout, ObjV, Value } from '../../ir/values.js';
import type { Component, Resource, ResourceModel } from '../../model/types.js';
import { pythonInitParam, pythonName } from '../../schema/index.js';
import type { Report, RuleContext } from '../context.js';
import { awsResourceSchema } from './aws-schema-args.js';
import { derivedOnce } from './derived.js';

export type Fix = NonNullable<Report['fix']>;
export type Edit = Fix['edits'][number];

/** Code of the program, moved as it is written (`[logs]` when an argument moves to the options). */
export class Raw {
  constructor(readonly text: string) {}
}

/** Plain data a fix writes, rendered in the file's language. Object keys are given as TypeScript spells them. */
export type Code = string | number | boolean | Raw | readonly Code[] | { readonly [key: string]: Code };

/** What a fix edits the arguments or options of: the text it may touch is inside its constructor call. */
type Owner = Pick<Resource | Component, 'at'>;

/** Lines a one-line insertion would make longer than this are continued on the next line (code/line-too-long's limit). */
const WIDTH = 120;

/** Diagnostics after which a file's text is not what its syntax tree says. */
const TEXT_LOST = new Set(['parse/syntax-error', 'load/unterminated-fence']);

function fileOf(ctx: RuleContext, f: string): SourceFile | undefined {
  const file = ctx.fileOf({ f, s: 0, e: 0 });
  if (!file || ctx.model.diagnostics.some((d) => d.file === f && TEXT_LOST.has(d.code))) return undefined;
  return file;
}

function isPython(file: SourceFile): boolean {
  return file.language === 'python';
}

/** The file's line break (a code block's own: the prose of its answer may use another). */
function newline(file: SourceFile): string {
  return file.text.includes('\r\n') ? '\r\n' : '\n';
}

/** The quote the file mostly uses for strings (TypeScript), or `"` (Python). */
function quoteOf(file: SourceFile): string {
  if (isPython(file)) return '"';
  const single = file.text.split("'").length;
  const double = file.text.split('"').length;
  return double > single ? '"' : "'";
}

/** `value` as code of the file's language. */
export function render(value: Code, file: SourceFile, quote = quoteOf(file)): string {
  const py = isPython(file);
  if (value instanceof Raw) return value.text;
  if (typeof value === 'string') return quote + value.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`).replace(/\n/g, '\\n') + quote;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return py ? (value ? 'True' : 'False') : String(value);
  if (Array.isArray(value)) return `[${value.map((x) => render(x, file, quote)).join(', ')}]`;
  const entries = Object.entries(value as Record<string, Code>).map(([k, v]) => (py ? `${quote}${pythonName(k)}${quote}: ${render(v, file, quote)}` : `${k}: ${render(v, file, quote)}`));
  return py ? `{${entries.join(', ')}}` : `{ ${entries.join(', ')} }`;
}

/** The layout of an object or argument list written in the resource's own constructor call, in an intact file. */
function ownLayout(ctx: RuleContext, r: Owner, holder: ObjV): { layout: FileLayout; file: SourceFile } | undefined {
  const layout = holder.layout;
  if (!layout || layout.f !== r.at.f || layout.open <= r.at.s || layout.close >= r.at.e) return undefined;
  const file = fileOf(ctx, layout.f);
  return file ? { layout, file } : undefined;
}

/** Whether the layout is an argument list (Python keyword arguments) rather than an object or dict. */
function isCall(layout: FileLayout, file: SourceFile): boolean {
  return file.text[layout.open - 1] === '(';
}

/**
 * The edit replacing the value of `key` in `holder` with `value`, when that value is a literal written
 * right there (`enableKeyRotation: false`, `http_tokens="optional"`). Strings keep their quotes.
 */
export function replaceValue(ctx: RuleContext, r: Owner, holder: ObjV, key: string, value: Code): Edit | undefined {
  const v = holder.props.get(key);
  const own = ownLayout(ctx, r, holder);
  if (!own || !v || !isWrittenLiteral(v, holder, key)) return undefined;
  const at = v.at!;
  const first = own.file.text[at.s];
  const quote = first === '"' || first === "'" ? first : undefined;
  return { at, text: render(value, own.file, quote) };
}

/** The value is a literal written as the value of `key` in the holder's own text. */
export function isWrittenLiteral(v: Value, holder: ObjV, key: string): boolean {
  if (v.kind !== 'known' || !v.literal || !v.at) return false;
  return itemOf(holder, key, v.at) !== undefined;
}

/** The layout item that writes `key` with a value spanning exactly `at`. */
function itemOf(holder: ObjV, key: string, at: At): FileLayout['items'][number] | undefined {
  const layout = holder.layout;
  const written = holder.keys?.get(key)?.written ?? key;
  if (!layout || at.f !== layout.f) return undefined;
  const matches = layout.items.filter((i) => i.key === written);
  // A key written twice is a mistake of its own (code/duplicate-key): which one counts is not ours to pick.
  if (matches.length !== 1) return undefined;
  const item = matches[0]!;
  return item.value === at.s && item.e === at.e ? item : undefined;
}

/** The span of the value written for `key` in the holder (any expression), when written in the resource's call. */
export function writtenValueSpan(ctx: RuleContext, r: Owner, holder: ObjV, key: string): At | undefined {
  const own = ownLayout(ctx, r, holder);
  const written = holder.keys?.get(key)?.written ?? key;
  const matches = own?.layout.items.filter((i) => i.key === written) ?? [];
  const item = matches.length === 1 ? matches[0]! : undefined;
  return own && item?.value !== undefined ? { f: own.layout.f, s: item.value, e: item.e } : undefined;
}

/**
 * Edits that put `open` / `close` around the value of `key` in `holder` (`[` `]` to make it a list),
 * when that value is written right there: a literal scalar, or an object literal, dict or `*Args(...)` call.
 */
export function wrapValue(ctx: RuleContext, r: Owner, holder: ObjV, key: string, open: string, close: string): Edit[] | undefined {
  const v = holder.props.get(key);
  const span = writtenValueSpan(ctx, r, holder, key);
  if (!v || !span || !v.at || v.at.s !== span.s || v.at.e !== span.e) return undefined;
  // An object written right there: a literal, a dict, or a Python `*Args(...)` call.
  const literal = (v.kind === 'known' && v.literal) || (v.kind === 'obj' && v.layout?.f === span.f && span.s < v.layout.open && v.layout.close < span.e);
  if (!literal) return undefined;
  return [
    { at: { f: span.f, s: span.s, e: span.s }, text: open },
    { at: { f: span.f, s: span.e, e: span.e }, text: close },
  ];
}

/**
 * The edit adding the statement `line` on a line of its own before the file's first import of a package
 * or module, when that import is a top-level statement (not indented) before `before` (the use).
 */
export function insertImport(ctx: RuleContext, f: string, line: string, before: number): Edit | undefined {
  const file = fileOf(ctx, f);
  const first = Math.min(...ctx.model.imports.filter((i) => i.at.f === f).map((i) => i.at.s));
  if (!file || !Number.isFinite(first) || first >= before) return undefined;
  const start = file.text.lastIndexOf('\n', first - 1) + 1;
  if (!/^(import|from)\b/.test(file.text.slice(start, start + 6))) return undefined;
  return { at: { f, s: start, e: start }, text: `${line}${newline(file)}` };
}

/**
 * The name the file gives the core Pulumi SDK module (`pulumi` after `import pulumi` / `import * as
 * pulumi`), from its reads of the SDK's members (`pulumi.Config`), when they all agree.
 */
export function pulumiAlias(ctx: RuleContext, f: string): string | undefined {
  const names = new Set<string>();
  for (const read of ctx.model.sdkReads) {
    if (read.pkg !== 'pulumi' || read.path.length || read.at.f !== f) continue;
    const m = /^([A-Za-z_]\w*)\s*\.\s*\w+$/.exec(textOf(ctx, read.at) ?? '');
    if (m) names.add(m[1]!);
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/** The quote character strings of the file mostly use (for statements a fix writes). */
export function quoteIn(ctx: RuleContext, f: string): string | undefined {
  const file = fileOf(ctx, f);
  return file && quoteOf(file);
}

/** The text of a span of a program file that parsed cleanly (fixes edit no other). */
export function textOf(ctx: RuleContext, at: At): string | undefined {
  return fileOf(ctx, at.f)?.text.slice(at.s, at.e);
}

/**
 * The Python spelling of a property in `holder`: keyword arguments of the resource itself use the
 * constructor's parameter names, `*Args` classes and dicts the SDK's snake_case names.
 */
function pythonKey(ctx: RuleContext, r: Resource, holder: ObjV, name: string, call: boolean): string {
  const prop = holder === r.args ? awsResourceSchema(ctx.model, r)?.inputs.property(name) : undefined;
  if (prop) return call ? pythonInitParam(prop.name) : prop.pythonName;
  return pythonName(name);
}

/**
 * Edits that add `key: value` to `holder` (an object literal, dict or keyword arguments written in the
 * resource's call), keeping its layout: one line per entry with the same indentation and trailing
 * comma when the entries are on lines of their own, `, key: value` on one line otherwise.
 */
export function insertEntry(ctx: RuleContext, r: Resource, holder: ObjV, key: string, value: Code): Edit[] | undefined {
  const own = ownLayout(ctx, r, holder);
  if (!own || holder.open || holder.props.has(key)) return undefined;
  const { layout, file } = own;
  const text = file.text;
  const call = isCall(layout, file);
  const py = isPython(file);
  const name = py ? pythonKey(ctx, r, holder, key, call) : key;
  if (layout.items.some((i) => i.key === name || i.key === key)) return undefined;
  const quote = quoteOf(file);
  const entry = py ? (call ? `${name}=${render(value, file)}` : `${quote}${name}${quote}: ${render(value, file)}`) : `${key}: ${render(value, file)}`;
  const at = (s: number, e = s): At => ({ f: layout.f, s, e });
  const last = layout.items[layout.items.length - 1];
  if (!last) {
    // An empty `{}` (or one holding only blanks); comments inside it are left alone.
    if (text.slice(layout.open, layout.close).trim() !== '') return undefined;
    return [{ at: at(layout.open, layout.close), text: call || py ? entry : ` ${entry} ` }];
  }
  const lineStart = text.lastIndexOf('\n', last.s - 1) + 1;
  const indent = text.slice(lineStart, last.s);
  const ownLine = /^[ \t]*$/.test(indent) && text.slice(layout.open, last.s).includes('\n');
  const nl = newline(file);
  // Multi-line edits need the virtual text to be the host text (a code block indented in a list is not).
  const multiline = file.segments.length <= 1;
  if (!ownLine) {
    const start = text.lastIndexOf('\n', last.e - 1) + 1;
    const end = text.indexOf('\n', last.e);
    const width = (end < 0 ? text.length : end) - start;
    if (width + entry.length + 2 <= WIDTH || !multiline) return [{ at: at(last.e), text: `, ${entry}` }];
    // Too long for one line: continue on the next, indented one step more than the line it starts on.
    const base = /^[ \t]*/.exec(text.slice(start))![0];
    return [{ at: at(last.e), text: `,${nl}${base}${py ? '    ' : '  '}${entry}` }];
  }
  if (!multiline) return undefined;
  const comment = py ? '#' : '//';
  const rest = text.slice(last.e);
  const eol = (m: RegExpExecArray | null) => (m ? last.e + m[0].length : undefined);
  if (layout.comma) {
    // `last,  // note` ⏎ → the new entry goes on the next line; otherwise the comma ends up after it.
    const end = eol(new RegExp(`^[ \\t]*,[ \\t]*(?:${comment}[^\\r\\n]*)?(?=\\r?\\n)`).exec(rest));
    return end !== undefined ? [{ at: at(end), text: `${nl}${indent}${entry},` }] : [{ at: at(last.e), text: `,${nl}${indent}${entry}` }];
  }
  const end = eol(new RegExp(`^[ \\t]*${comment}[^\\r\\n]*(?=\\r?\\n)`).exec(rest));
  if (end !== undefined) return [{ at: at(last.e), text: ',' }, { at: at(end), text: `${nl}${indent}${entry}` }];
  return [{ at: at(last.e), text: `,${nl}${indent}${entry}` }];
}

/**
 * The edit removing the entry written for `key` from `holder` (in the owner's call), with the comma that
 * separates it; none when a comment sits next to it (it would go too, or be left describing nothing).
 */
export function removeEntry(ctx: RuleContext, r: Owner, holder: ObjV, key: string): Edit | undefined {
  const own = ownLayout(ctx, r, holder);
  const written = holder.keys?.get(key)?.written ?? key;
  if (!own) return undefined;
  const { layout, file } = own;
  const items = layout.items;
  const i = items.findIndex((x) => x.key === written);
  if (i < 0 || items.filter((x) => x.key === written).length !== 1) return undefined;
  const item = items[i]!;
  const gap = (s: number, e: number) => /^\s*,?\s*$/.test(file.text.slice(s, e));
  const at = (s: number, e: number): Edit['at'] => ({ f: layout.f, s, e });
  if (!gap(item.e, items[i + 1]?.s ?? layout.close)) return undefined;
  if (i > 0) return gap(items[i - 1]!.e, item.s) ? { at: at(items[i - 1]!.e, item.e), text: '' } : undefined;
  if (items.length > 1) return gap(item.e, items[1]!.s) ? { at: at(item.s, items[1]!.s), text: '' } : undefined;
  return gap(layout.open, item.s) && gap(item.e, layout.close) ? { at: at(layout.open, layout.close), text: '' } : undefined;
}

/** The edit renaming the key written for `key` in `holder` to `name`, in the resource's own call. */
export function renameKey(ctx: RuleContext, r: Owner, holder: ObjV, key: string, name: string): Edit | undefined {
  const own = ownLayout(ctx, r, holder);
  const written = holder.keys?.get(key);
  if (!own || !written) return undefined;
  const items = own.layout.items;
  if (items.some((i) => i.key === name) || items.filter((i) => i.key === written.written).length !== 1) return undefined;
  const item = items.find((i) => i.key === written.written)!;
  const text = own.file.text.slice(item.s, item.value ?? item.e);
  // The key as written, possibly quoted (`'force_destroy': true`, `"fromPort": 80`).
  const m = /^(['"]?)([^'"\s:=]+)\1\s*[:=]/.exec(text);
  if (!m || m[2] !== written.written) return undefined;
  const s = item.s + m[1]!.length;
  return { at: { f: own.layout.f, s, e: s + written.written.length }, text: name };
}

const site = (at: At) => `${at.f}\u0000${at.s}\u0000${at.e}`;

/** The model's resources and components by the constructor call that creates them (every rule with fixes asks). */
const bySiteOf = derivedOnce((model: ResourceModel) => {
  const bySite = new Map<string, (Resource | Component)[]>();
  for (const r of [...model.resources, ...model.components]) (bySite.get(site(r.at)) ?? bySite.set(site(r.at), []).get(site(r.at))!).push(r);
  return bySite;
});

/**
 * Collects a rule's reports and attaches each fix only when every resource created by the same
 * constructor call (a loop, a helper called from several places) gets the same fix: the edit changes
 * the text they all come from, so it must be right for each of them.
 */
export class FixingReporter {
  private readonly pending: { report: Report; fix?: Fix }[] = [];

  constructor(private readonly ctx: RuleContext) {}

  report(report: Report, fix = report.fix): void {
    const { fix: _, ...rest } = report;
    this.pending.push(fix ? { report: rest, fix } : { report: rest });
  }

  flush(): void {
    const key = (f: Fix) => JSON.stringify(f.edits);
    // Resources and components share one id space.
    const fixesOf = new Map<number, Set<string>>();
    for (const p of this.pending) {
      if (!p.fix || !p.report.resource) continue;
      const id = p.report.resource.id;
      (fixesOf.get(id) ?? fixesOf.set(id, new Set()).get(id)!).add(key(p.fix));
    }
    const bySite = fixesOf.size > 0 ? bySiteOf(this.ctx.model) : undefined;
    for (const p of this.pending) {
      const r = p.report.resource;
      const ok = p.fix && r && bySite && (bySite.get(site(r.at)) ?? [r]).every((x) => fixesOf.get(x.id)?.has(key(p.fix!)));
      this.ctx.report(ok ? { ...p.report, fix: p.fix } : p.report);
    }
    this.pending.length = 0;
  }
}

/** Runs a rule's checks with the fixes of its reports (`report({ ..., fix })`) kept as FixingReporter keeps them. */
export function checkingFixes(ctx: RuleContext, body: (ctx: RuleContext) => void): void {
  const out = new FixingReporter(ctx);
  body({ ...ctx, report: (r) => out.report(r) });
  out.flush();
}

/**
 * The argument `key`, as written, moved from the resource's arguments to its options under the name
 * `option` (`dependsOn`, `protect`): into an options object written in the call, or as a new options
 * argument. Options that already set it are left to the author.
 */
export function moveToOptions(ctx: RuleContext, r: Resource, key: string, option: string): Fix | undefined {
  const span = writtenValueSpan(ctx, r, r.args, key);
  const value = span && textOf(ctx, span);
  const call = r.call;
  if (!value || !call || r.opts.open || r.opts.props.has(option)) return undefined;
  const description = `Move it to the resource options (${option})`;
  const hasOpts = r.opts.layout !== undefined || r.opts.props.size > 0;
  if (hasOpts) return fix(description, [removeEntry(ctx, r, r.args, key), insertEntry(ctx, r, r.opts, option, new Raw(value))]);
  if (r.lang === 'py') {
    const written = r.args.keys?.get(key)?.written;
    const item = call.items.find((i) => i.key === written);
    const pulumi = pulumiAlias(ctx, r.at.f);
    // Keyword arguments go in any order: the misplaced one becomes the options argument.
    const kwargs = r.args.layout === call && !call.items.some((i) => i.key === 'opts') && call.items.filter((i) => !i.key).length <= 1;
    if (!item || !pulumi || !kwargs) return undefined;
    return fix(description, [{ at: { f: call.f, s: item.s, e: item.e }, text: `opts=${pulumi}.ResourceOptions(${pythonName(option)}=${value})` }]);
  }
  // `new X(name, { ... })`: the options object goes after the arguments.
  const args = call.items[1];
  if (call.items.length !== 2 || !args || !r.args.at || r.args.at.s < args.s || r.args.at.e > args.e) return undefined;
  return fix(description, [removeEntry(ctx, r, r.args, key), { at: { f: call.f, s: args.e, e: args.e }, text: `, { ${option}: ${value} }` }]);
}

/** A fix of one or more edits, or undefined when some edit is not possible. */
export function fix(description: string, edits: (Edit | Edit[] | undefined)[]): Fix | undefined {
  const flat: Edit[] = [];
  for (const e of edits) {
    if (!e) return undefined;
    flat.push(...(Array.isArray(e) ? e : [e]));
  }
  return flat.length ? { description, edits: flat } : undefined;
}

/**
 * The edit removing the unused name bound at `at` from its import statement: the whole statement
 * when it binds only that name, else the name (with its `as` alias) and one comma. Only for a
 * top-level import on one line. A Python import of the program's own modules (relative, or of no
 * known package) is left alone: importing such a module can create resources, and removing it would
 * delete them.
 */
export function removeImport(ctx: RuleContext, at: At, name: string, isPackage: (module: string) => boolean): Edit | undefined {
  const file = fileOf(ctx, at.f);
  if (!file) return undefined;
  const text = file.text;
  const start = text.lastIndexOf('\n', at.s - 1) + 1;
  const nl = text.indexOf('\n', at.s);
  const end = nl < 0 ? text.length : nl;
  const line = text.slice(start, end).replace(/\r$/, '');
  const py = isPython(file);
  const code = line.replace(py ? /\s+#.*$/ : /\s+\/\/.*$/, '').trimEnd();
  const whole = { at: { f: at.f, s: start, e: nl < 0 ? end : nl + 1 }, text: '' };
  let names: { name: string; text: string }[];
  if (py) {
    const m = /^(?:from\s+(\S+)\s+import\s+([^()\\]+)|import\s+([^()\\]+))$/.exec(code);
    if (!m) return undefined;
    const list = (m[2] ?? m[3]!).split(',').map((x) => x.trim());
    const modules = m[1] ? [m[1]] : list.map((x) => x.split(/\s+as\s+/)[0]!);
    if (modules.some((mod) => mod.startsWith('.') || !isPackage(mod.split('.')[0]!))) return undefined;
    names = list.map((x) => ({ name: (x.split(/\s+as\s+/)[1] ?? x.split('.')[0]!).trim(), text: x }));
  } else {
    const star = /^import\s+(?:type\s+)?(?:\*\s+as\s+)?([A-Za-z_$][\w$]*)\s+from\s+['"][^'"]+['"];?$/.exec(code);
    const braces = /^import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+['"][^'"]+['"];?$/.exec(code);
    if (star) names = [{ name: star[1]!, text: star[1]! }];
    else if (braces) names = braces[1]!.split(',').map((x) => x.trim()).filter(Boolean).map((x) => ({ name: (x.split(/\s+as\s+/)[1] ?? x.replace(/^type\s+/, '')).trim(), text: x }));
    else return undefined;
  }
  const own = names.filter((n) => n.name === name);
  if (own.length !== 1) return undefined;
  if (names.length === 1) return whole;
  // Remove `name` and the comma after it (or before it, for the last one), within the line.
  const spec = own[0]!.text;
  const re = new RegExp(`(^|[\\s,{])(${spec.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})(\\s*,\\s*|(?=\\s*[}]|\\s*$))`);
  const last = names[names.length - 1] === own[0];
  const head = py ? code.indexOf(' import ') + 8 : code.indexOf('{') + 1;
  const m = re.exec(code.slice(head));
  if (!m) return undefined;
  const s = start + head + m.index + m[1]!.length;
  if (!last) return { at: { f: at.f, s, e: s + m[2]!.length + m[3]!.length }, text: '' };
  // The last name: take the comma and spaces before it.
  const before = text.slice(start, s);
  const comma = /,\s*$/.exec(before);
  if (!comma) return undefined;
  return { at: { f: at.f, s: s - comma[0].length, e: s + m[2]!.length }, text: '' };
}
