// Abstract values of the partial evaluator. A value is known, unknown, absent or an Output (plus the
// containers and callables needed to get there). Every value may carry where it was produced (`at`)
// and `taint`: provenance labels that survive string building (e.g. `config:environmentSuffix`,
// `name:environmentSuffix`, `time`, `random`), which is how rules tell whether a name contains the
// environment suffix or a timestamp without ever looking at syntax.

import type { ClassExpr, Func, Lang, Layout } from '../core/ir.js';
import type { Runtime } from './runtime.js';
import type { Scope } from './scope.js';
import { budget } from './budget.js';

export interface At {
  /** Virtual file path. */
  f: string;
  s: number;
  e: number;
}

interface Base {
  at?: At;
  taint?: readonly string[];
}

export interface KnownV extends Base {
  kind: 'known';
  value: string | number | boolean | null;
  /** Written as a literal at `at` (not computed), so a fix may replace the text there. */
  literal?: true;
  /** Set when the string was produced by JSON.stringify/json.dumps: the structure it serialises. */
  json?: Value;
}
export interface AbsentV extends Base {
  kind: 'absent';
}
export interface UnknownV extends Base {
  kind: 'unknown';
  /** Provenance: `config:key`, `env:NAME`, `param:args.x`, `invoke:…`, `call:…`, `loop`, `branch`, … */
  why: string;
  /** The value used when the unknown is absent at run time (`config.get('x') || 'dev'`). */
  default?: Value;
  /** A value that is one of several alternatives (both branches of an unknown condition). */
  alts?: Value[];
  /** The resource attribute this stands for (the inside of an Output, e.g. in pulumi.interpolate). */
  ref?: { resource: number; attr: string };
}
/** A string built from parts of which at least one is not known. */
export interface StrV extends Base {
  kind: 'str';
  parts: Value[];
  json?: Value;
}
export interface ListV extends Base {
  kind: 'list';
  items: Value[];
  /** More items of unknown value may exist (built from an unknown collection). */
  open?: boolean;
  /** Nodes of the value as a walk visits them, once measured (src/ir/budget.ts). */
  n?: number;
  /** When the container was made (`containersMade`). */
  born?: number;
}
export interface ObjV extends Base {
  kind: 'obj';
  props: Map<string, Value>;
  /** May have further unknown properties (an unknown spread). */
  open?: boolean;
  /** Provenance of the unknown properties of an open object (e.g. `invoke:getRegion`). */
  origin?: string;
  /** Instance of a program class. */
  cls?: ClassV;
  /** Python dict (as opposed to an object with attributes). */
  dict?: boolean;
  /** A JavaScript `Map`: its entries are the props (string keys), read through get/set/has/forEach. */
  jsmap?: boolean;
  /** Where each key was written, and how (before normalisation), for literal objects and kwargs. */
  keys?: Map<string, { written: string; at: At }>;
  /** How the literal object, dict or keyword arguments are written (for fixes), in file `f`. */
  layout?: FileLayout;
  /** Nodes of the value as a walk visits them, once measured (src/ir/budget.ts). */
  n?: number;
  /** When the container was made (`containersMade`). */
  born?: number;
}
/** A Pulumi Output (or a Promise from an invoke in TypeScript). */
export interface OutputV extends Base {
  kind: 'output';
  /** Human-readable origin, e.g. `aws:s3/bucketV2:BucketV2(logs).arn`. */
  src: string;
  /** What the output holds when it resolves, as far as known (usually unknown). */
  inner: Value;
  /** Resource id and attribute when this is a resource attribute. */
  resource?: number;
  attr?: string;
  /** A TypeScript Promise (invoke result) rather than an Output. */
  promise?: boolean;
  /**
   * Other resources the Output was computed from (`pulumi.interpolate`, `all`, `apply` of their
   * attributes), whose values the inner value may no longer show, so ordering survives string building.
   */
  deps?: readonly number[];
  /**
   * May be no value at all (undefined / None) rather than an Output: an optional config read such as
   * `config.getSecret(key)`. Its truthiness is unknown, so `x || d` / `x ?? d` keep `d` as the
   * default of the inner value.
   */
  optional?: boolean;
}
export interface FuncV extends Base {
  kind: 'func';
  node: Func;
  env: Scope;
  module: string;
  lang: Lang;
  /** Lexical `this` for arrow functions, bound instance for methods. */
  self?: Value;
  /** Python bound method: `self` is passed as the first argument. */
  bound?: boolean;
  /** Class that defines this method, for `super`. */
  home?: ClassV;
  name?: string;
}
export interface ClassV extends Base {
  kind: 'class';
  node: ClassExpr;
  name: string;
  bases: Value[];
  env: Scope;
  module: string;
  lang: Lang;
  statics: Map<string, Value>;
}
/** An object owned by the host (Pulumi packages, resource classes, resources, Config, ...). */
export interface ExtV extends Base {
  kind: 'ext';
  ref: unknown;
}
export interface BuiltinV extends Base {
  kind: 'builtin';
  name: string;
  self?: Value;
  fn: BuiltinFn;
}

/** A program module's namespace (`import * as x from './x'`, Python `import lib.x`). */
export interface ModuleV extends Base {
  kind: 'module';
  /** Virtual path of the module file, or a package prefix (`lib`) for Python namespace packages. */
  path: string;
  pkg?: boolean;
}
/** `super` / `super()` inside a method of `home`, bound to `self`. */
export interface SuperV extends Base {
  kind: 'super';
  self: Value;
  home: ClassV;
}

export type Value =
  | KnownV
  | AbsentV
  | UnknownV
  | StrV
  | ListV
  | ObjV
  | OutputV
  | FuncV
  | ClassV
  | ExtV
  | BuiltinV
  | ModuleV
  | SuperV;

export interface CallArgs {
  pos: Value[];
  kw: Map<string, Value>;
  /** Some positional or keyword arguments are unknown spreads. */
  openPos?: boolean;
  openKw?: boolean;
  at: At;
  /** Span of each keyword argument (Python). */
  kwAt?: Map<string, At>;
  /** How the arguments are written. */
  layout?: FileLayout;
}

export type FileLayout = Layout & { f: string };

export type BuiltinFn = (rt: Runtime, args: CallArgs, self: Value | undefined) => Value;

// ---------------------------------------------------------------- constructors

export const ABSENT: AbsentV = { kind: 'absent' };

/** Python `ResourceOptions(...)` objects (and their merges), which have a `merge` method. */
export const PY_RESOURCE_OPTIONS = new WeakSet<ObjV>();

/**
 * `ResourceOptions.merge(a, b)` / `a.merge(b)` / `pulumi.mergeOptions(a, b)`: later options win where
 * they set a value; collections (`dependsOn`, `ignoreChanges`, `aliases`, …) are concatenated and
 * `providers` maps joined, as the SDKs merge them.
 */
export function mergeResourceOptions(items: readonly Value[], at: At): ObjV {
  const o = obj(undefined, at);
  for (const p of items) {
    if (p.kind === 'obj') {
      for (const [k, x] of p.props) {
        if (x.kind === 'absent' || (x.kind === 'known' && x.value === null)) continue;
        const prev = o.props.get(k);
        if (prev && MERGED_LISTS.has(k)) {
          const a = prev.kind === 'list' ? prev : list([prev], at);
          const b = x.kind === 'list' ? x : list([x], at);
          const l = list([...a.items, ...b.items], at);
          if (a.open || b.open) l.open = true;
          o.props.set(k, l);
        } else if (prev && k === 'providers' && prev.kind === 'obj' && x.kind === 'obj') {
          const m = obj(new Map([...prev.props, ...x.props]), at);
          if (prev.open || x.open) m.open = true;
          o.props.set(k, m);
        } else o.props.set(k, x);
      }
      if (p.open) o.open = true;
    } else if (p.kind !== 'absent' && !(p.kind === 'known' && p.value === null)) o.open = true;
  }
  return o;
}

const MERGED_LISTS = new Set(['dependsOn', 'ignoreChanges', 'aliases', 'additionalSecretOutputs', 'replaceOnChanges', 'hideDiffs']);

export function known(value: string | number | boolean | null, at?: At): KnownV {
  return at ? { kind: 'known', value, at } : { kind: 'known', value };
}
export function unknown(why: string, at?: At, extra?: Partial<UnknownV>): UnknownV {
  const v: UnknownV = { kind: 'unknown', why: why.length > 160 ? why.slice(0, 157) + '...' : why };
  if (at) v.at = at;
  if (extra) Object.assign(v, extra);
  return v;
}
/**
 * Lists and objects are numbered as they are made, so the evaluator can tell a container made before
 * a point (the start of an apply callback) from one made after it.
 */
let made = 0;
export function containersMade(): number {
  return made;
}

/** A list; one longer than the element budget keeps its first elements and is open. */
export function list(items: Value[], at?: At): ListV {
  const l: ListV = at ? { kind: 'list', items, at, born: ++made } : { kind: 'list', items, born: ++made };
  if (items.length > 64 && !budget().items(items.length, at)) {
    l.items = items.slice(0, budget().limits.items);
    l.open = true;
  }
  return l;
}
export function obj(props?: Map<string, Value>, at?: At): ObjV {
  const v: ObjV = { kind: 'obj', props: props ?? new Map(), born: ++made };
  if (at) v.at = at;
  return v;
}
export function builtin(name: string, fn: BuiltinFn, self?: Value): BuiltinV {
  return self ? { kind: 'builtin', name, fn, self } : { kind: 'builtin', name, fn };
}

// ---------------------------------------------------------------- taint

const MAX_TAINT = 12;

export function mergeTaint(a: readonly string[] | undefined, b: readonly string[] | undefined): readonly string[] | undefined {
  if (!a || a.length === 0) return b;
  if (!b || b.length === 0) return a;
  const out = [...a];
  for (const t of b) if (!out.includes(t) && out.length < MAX_TAINT) out.push(t);
  return out;
}

/** A copy of `v` with extra taint; containers and callables are returned as they are. */
export function withTaint(v: Value, taint: readonly string[] | undefined): Value {
  if (!taint || taint.length === 0) return v;
  switch (v.kind) {
    case 'known':
    case 'unknown':
    case 'str':
    case 'output':
    // A missing value read through a suffix-named property (`args.environmentSuffix` the caller did
    // not pass) keeps its provenance, so a name built from it (`orders-undefined`) still says so.
    case 'absent': {
      const merged = mergeTaint(v.taint, taint);
      if (merged === v.taint) return v;
      return { ...v, taint: merged } as Value;
    }
    default:
      return v;
  }
}

/** Every provenance label reachable from a scalar-ish value: taint, unknown `why`s, output sources. */
export function provenance(v: Value, out: Set<string> = new Set(), depth = 0): Set<string> {
  if (depth > 6) return out;
  for (const t of v.taint ?? []) out.add(t);
  switch (v.kind) {
    case 'unknown':
      out.add(v.why);
      if (v.default) provenance(v.default, out, depth + 1);
      for (const a of v.alts ?? []) provenance(a, out, depth + 1);
      break;
    case 'str':
      for (const p of v.parts) provenance(p, out, depth + 1);
      break;
    case 'output':
      out.add(`output:${v.src}`);
      provenance(v.inner, out, depth + 1);
      break;
    default:
      break;
  }
  return out;
}

/** Resources whose attributes some value was built from (Outputs and their `deps`, attribute placeholders). */
export function resourcesIn(values: readonly Value[], out: Set<number> = new Set(), depth = 0): Set<number> {
  if (depth > 8 || out.size > 256) return out;
  for (const v of values) {
    switch (v.kind) {
      case 'output':
        if (v.resource !== undefined) out.add(v.resource);
        for (const d of v.deps ?? []) out.add(d);
        resourcesIn([v.inner], out, depth + 1);
        break;
      case 'unknown':
        if (v.ref) out.add(v.ref.resource);
        if (v.alts) resourcesIn(v.alts, out, depth + 1);
        break;
      case 'str':
        resourcesIn(v.json ? [...v.parts, v.json] : v.parts, out, depth + 1);
        break;
      case 'known':
        if (v.json) resourcesIn([v.json], out, depth + 1);
        break;
      case 'list':
        resourcesIn(v.items, out, depth + 1);
        break;
      case 'obj':
        if (!v.cls) resourcesIn([...v.props.values()], out, depth + 1);
        break;
      default:
        break;
    }
  }
  return out;
}

/**
 * A value as an apply callback (`pulumi.all(...).apply`, `output.apply`) receives it: Outputs at any
 * depth, including the parts of strings built from them, are resolved to what they hold.
 */
export function resolveOutputs(v: Value, depth = 0): Value {
  if (depth > 12) return v;
  switch (v.kind) {
    case 'output':
      return resolveOutputs(v.inner, depth + 1);
    case 'str': {
      const parts = v.parts.map((p) => resolveOutputs(p, depth + 1));
      return parts.some((p, i) => p !== v.parts[i]) ? { ...v, parts } : v;
    }
    case 'list': {
      const items = v.items.map((x) => resolveOutputs(x, depth + 1));
      return items.some((x, i) => x !== v.items[i]) ? { ...v, items } : v;
    }
    case 'obj': {
      if (v.cls) return v;
      let changed = false;
      const props = new Map<string, Value>();
      for (const [k, x] of v.props) {
        const y = resolveOutputs(x, depth + 1);
        if (y !== x) changed = true;
        props.set(k, y);
      }
      // A copy keeps what the object says about itself (open, origin, dict, key spans).
      return changed ? { ...v, props } : v;
    }
    default:
      return v;
  }
}

// ---------------------------------------------------------------- strings

/** Concatenate values into a string value; collapses to `known` when every part is known. */
/**
 * Concatenate values into a string value; collapses to `known` when every part is known. A result
 * longer than the string budget, or with more parts than the element budget, is
 * `unknown('budget:…')` (src/ir/budget.ts).
 */
export function concatStrings(parts: Value[], lang: Lang, at?: At): Value {
  const flat: Value[] = [];
  let taint: readonly string[] | undefined;
  let length = 0;
  for (const p of parts) {
    taint = mergeTaint(taint, p.taint);
    if (p.kind === 'str') {
      if (flat.length + p.parts.length > 64 && !budget().items(flat.length + p.parts.length, at)) return withTaint(unknown('budget:items', at), taint);
      for (const q of p.parts) length = pushPart(flat, q, lang, length);
    } else {
      length = pushPart(flat, p, lang, length);
    }
    if (length < 0) {
      budget().cut('string', at);
      return withTaint(unknown('budget:string', at), taint);
    }
  }
  if (length > 256 && !budget().string(length, at)) return withTaint(unknown('budget:string', at), taint);
  let v: Value;
  if (flat.length === 0) v = known('');
  else if (flat.length === 1 && flat[0]!.kind === 'known') v = known(String((flat[0] as KnownV).value));
  else v = { kind: 'str', parts: flat };
  if (at) v.at = at;
  if (taint) v.taint = taint;
  return v;
}

/** Adds `p` to the parts; returns the known length so far, or -1 when it would pass the string budget. */
function pushPart(flat: Value[], p: Value, lang: Lang, length: number): number {
  const s = scalarString(p, lang);
  if (s !== undefined) {
    // Checked before the characters are joined: the join itself is what throws RangeError.
    if (length + s.length > budget().limits.string) return -1;
    const last = flat[flat.length - 1];
    if (last && last.kind === 'known') {
      flat[flat.length - 1] = known(String(last.value) + s);
    } else {
      flat.push(known(s));
    }
    return length + s.length;
  }
  // unknown-ish part: keep as is (without repeating taint, which the whole string carries)
  flat.push(p);
  return length;
}

/** The string form of a value when it is fully known, per language conversion rules. */
export function scalarString(v: Value, lang: Lang): string | undefined {
  switch (v.kind) {
    case 'known':
      if (v.value === null) return lang === 'py' ? 'None' : 'null';
      if (typeof v.value === 'boolean') return lang === 'py' ? (v.value ? 'True' : 'False') : String(v.value);
      return String(v.value);
    case 'absent':
      return lang === 'py' ? 'None' : 'undefined';
    default:
      return undefined;
  }
}

/** Known string value, or undefined. */
export function knownString(v: Value | undefined): string | undefined {
  return v && v.kind === 'known' && typeof v.value === 'string' ? v.value : undefined;
}
export function knownNumber(v: Value | undefined): number | undefined {
  return v && v.kind === 'known' && typeof v.value === 'number' ? v.value : undefined;
}
export function knownBool(v: Value | undefined): boolean | undefined {
  return v && v.kind === 'known' && typeof v.value === 'boolean' ? v.value : undefined;
}

/** Known string value or, for unknowns that carry one, their default; for estimates, never verdicts. */
export function estimate(v: Value | undefined): Value | undefined {
  if (!v) return undefined;
  if (v.kind === 'unknown' && v.default) return estimate(v.default);
  return v;
}

// ---------------------------------------------------------------- truthiness and equality

/** true/false when decidable, undefined otherwise. */
export function truthy(v: Value, lang: Lang): boolean | undefined {
  switch (v.kind) {
    case 'known':
      if (v.value === null) return false;
      if (typeof v.value === 'string') return v.value.length > 0;
      if (typeof v.value === 'number') return v.value !== 0 && !Number.isNaN(v.value);
      return v.value;
    case 'absent':
      return false;
    case 'unknown':
      return undefined;
    case 'str':
      // a string with some known non-empty part is non-empty
      return v.parts.some((p) => p.kind === 'known' && String(p.value).length > 0) ? true : undefined;
    case 'list':
      if (lang === 'ts') return true;
      if (v.items.length > 0) return true;
      return v.open ? undefined : false;
    case 'obj':
      if (lang === 'ts' || v.cls) return true;
      if (v.props.size > 0) return true;
      return v.open ? undefined : false;
    case 'output':
      return v.optional ? undefined : true;
    case 'func':
    case 'class':
    case 'ext':
    case 'builtin':
    case 'module':
    case 'super':
      return true;
  }
}

/** Structural equality when decidable. */
export function equals(a: Value, b: Value): boolean | undefined {
  if (a === b) return true;
  if (a.kind === 'known' && b.kind === 'known') return a.value === b.value;
  if (a.kind === 'absent' && b.kind === 'absent') return true;
  if (a.kind === 'absent' && b.kind === 'known') return b.value === null ? undefined : false;
  if (b.kind === 'absent' && a.kind === 'known') return a.value === null ? undefined : false;
  if (a.kind === 'known' && (b.kind === 'list' || b.kind === 'obj')) return false;
  if (b.kind === 'known' && (a.kind === 'list' || a.kind === 'obj')) return false;
  if (a.kind === 'list' && b.kind === 'list' && !a.open && !b.open) {
    if (a.items.length !== b.items.length) return false;
    let all: boolean | undefined = true;
    for (let i = 0; i < a.items.length; i++) {
      const r = equals(a.items[i]!, b.items[i]!);
      if (r === false) return false;
      if (r === undefined) all = undefined;
    }
    return all;
  }
  return undefined;
}

/** Join two values reached on different paths. */
export function joinValues(a: Value, b: Value): Value {
  if (a === b) return a;
  if (equals(a, b) === true && a.kind !== 'list' && a.kind !== 'obj') return a;
  const alts: Value[] = [];
  for (const v of [a, b]) {
    if (v.kind === 'unknown' && v.why === 'branch' && v.alts) {
      for (const x of v.alts) if (!alts.includes(x)) alts.push(x);
    } else if (!alts.includes(v)) alts.push(v);
  }
  if (alts.length > 6) return unknown('branch');
  return { kind: 'unknown', why: 'branch', alts };
}

/** Short human description of a value, for provenance strings and messages. */
export function describe(v: Value): string {
  switch (v.kind) {
    case 'known':
      return JSON.stringify(v.value);
    case 'absent':
      return 'undefined';
    case 'unknown':
      return `<${v.why}>`;
    case 'str':
      return v.parts.map((p) => (p.kind === 'known' ? String(p.value) : `\${${p.kind === 'unknown' ? p.why : describe(p)}}`)).join('');
    case 'list':
      return `[${v.items.length}${v.open ? '+' : ''} items]`;
    case 'obj':
      return v.cls ? `<${v.cls.name} instance>` : '{…}';
    case 'output':
      return `<output ${v.src}>`;
    case 'func':
      return `<function ${v.name ?? v.node.name ?? 'anonymous'}>`;
    case 'class':
      return `<class ${v.name}>`;
    case 'ext':
      return '<external>';
    case 'builtin':
      return `<builtin ${v.name}>`;
    case 'module':
      return `<module ${v.path}>`;
    case 'super':
      return '<super>';
  }
}

/** Replace unknown parts by their defaults; a string when that makes it fully known. */
export function estimateString(v: Value | undefined, lang: Lang): string | undefined {
  if (!v) return undefined;
  if (v.kind === 'known') return scalarString(v, lang);
  if (v.kind === 'unknown') return v.default ? estimateString(v.default, lang) : undefined;
  if (v.kind === 'str') {
    let out = '';
    for (const p of v.parts) {
      const s = estimateString(p, lang);
      if (s === undefined) return undefined;
      out += s;
    }
    return out;
  }
  return undefined;
}
