// Language globals and the few standard-library modules whose results matter to the model
// (environment reads, JSON, clocks and randomness for naming). Everything else in the standard
// library is an unknown module: its members and call results are unknown, and callbacks passed to
// them are still run once so resources built inside are seen.

import type { Lang } from '../../core/ir.js';
import type { Runtime } from '../runtime.js';
import {
  ABSENT,
  type At,
  builtin,
  type CallArgs,
  concatStrings,
  known,
  knownNumber,
  knownString,
  list,
  type ListV,
  mergeTaint,
  obj,
  type ObjV,
  scalarString,
  truthy,
  unknown,
  type Value,
} from '../values.js';
import { jsonParse, jsonStringify, pyRepr, toStr } from './convert.js';
import { copyObj } from './methods.js';
import { regexOf, regexValue } from './regex.js';

function ns(entries: Record<string, Value>): ObjV {
  return obj(new Map(Object.entries(entries)));
}
function fn(name: string, f: (rt: Runtime, a: CallArgs) => Value): Value {
  return builtin(name, (rt, a) => f(rt, a));
}
function a0(a: CallArgs): Value {
  return a.pos[0] ?? ABSENT;
}

/** An unknown value tagged as time- or randomness-derived (non-deterministic names). */
function nondeterministic(kind: 'time' | 'random', what: string, at: At): Value {
  const v = unknown(`${kind}:${what}`, at);
  v.taint = [kind];
  return v;
}

/** `process.env.X` / `os.environ.get('X', d)`: an environment read is unknown with provenance. */
export function envRead(rt: Runtime, name: string | undefined, dflt: Value | undefined, at: At): Value {
  if (name) rt.event('env-read', at, name);
  const v = unknown(name ? `env:${name}` : 'env', at);
  if (dflt && dflt.kind !== 'absent') v.default = dflt;
  return v;
}

function envObject(lang: Lang): Value {
  // A proxy-like object: every member is an env read. Implemented as an open object whose missing
  // members the interpreter turns into `<why>.<name>`; we special-case the `env:` prefix there.
  const v = obj(undefined);
  v.open = true;
  v.props.set('__env__', known(true));
  if (lang === 'py') {
    v.dict = true;
  }
  return v;
}

export function isEnvObject(v: Value): boolean {
  return v.kind === 'obj' && v.props.has('__env__');
}

// ---------------------------------------------------------------- shared helpers

function iterItems(rt: Runtime, v: Value, at: At): { items: Value[]; open: boolean } {
  return rt.iterate(v, at) ?? { items: [], open: true };
}

function listOf(items: Value[], open: boolean, at: At): ListV {
  const l = list(items, at);
  if (open) l.open = true;
  return l;
}

function numArgs(a: CallArgs): number[] | undefined {
  const xs = a.pos.map(knownNumber);
  return xs.every((x) => x !== undefined) ? (xs as number[]) : undefined;
}

// ---------------------------------------------------------------- TypeScript / JavaScript

function tsGlobals(): Record<string, Value> {
  const JSONv = ns({
    stringify: fn('JSON.stringify', (rt, a) => jsonStringify(a0(a), rt, a.at)),
    parse: fn('JSON.parse', (_rt, a) => jsonParse(a0(a), a.at)),
  });
  const mathFn = (name: string, f: (...xs: number[]) => number) =>
    fn(`Math.${name}`, (_rt, a) => {
      const xs = numArgs(a);
      return xs ? known(f(...xs), a.at) : unknown(`call:Math.${name}`, a.at);
    });
  const MathV = ns({
    max: mathFn('max', Math.max),
    min: mathFn('min', Math.min),
    floor: mathFn('floor', Math.floor),
    ceil: mathFn('ceil', Math.ceil),
    round: mathFn('round', Math.round),
    abs: mathFn('abs', Math.abs),
    pow: mathFn('pow', Math.pow),
    log2: mathFn('log2', Math.log2),
    random: fn('Math.random', (_rt, a) => nondeterministic('random', 'Math.random', a.at)),
  });
  const ObjectV = ns({
    keys: fn('Object.keys', (rt, a) => {
      const o = a0(a);
      if (o.kind === 'output') rt.event('output-as-object', a.at, 'Object.keys', o);
      if (o.kind === 'obj' && !o.cls) return listOf([...o.props.keys()].map((k) => known(k)), !!o.open, a.at);
      if (o.kind === 'list') return list(o.items.map((_, i) => known(String(i))), a.at);
      return unknown('call:Object.keys', a.at);
    }),
    values: fn('Object.values', (rt, a) => {
      const o = a0(a);
      if (o.kind === 'output') rt.event('output-as-object', a.at, 'Object.values', o);
      if (o.kind === 'obj') return listOf([...o.props.values()], !!o.open, a.at);
      if (o.kind === 'list') return o;
      return unknown('call:Object.values', a.at);
    }),
    entries: fn('Object.entries', (rt, a) => {
      const o = a0(a);
      if (o.kind === 'output') rt.event('output-as-object', a.at, 'Object.entries', o);
      if (o.kind === 'obj') return listOf([...o.props].map(([k, v]) => list([known(k), v])), !!o.open, a.at);
      if (o.kind === 'list') return list(o.items.map((v, i) => list([known(String(i)), v])), a.at);
      return unknown('call:Object.entries', a.at);
    }),
    assign: fn('Object.assign', (_rt, a) => {
      const target = a0(a);
      if (target.kind !== 'obj') return target;
      for (const src of a.pos.slice(1)) {
        if (src.kind === 'obj') for (const [k, v] of src.props) target.props.set(k, v);
        else if (src.kind !== 'absent') target.open = true;
      }
      return target;
    }),
    fromEntries: fn('Object.fromEntries', (rt, a) => {
      const { items, open } = iterItems(rt, a0(a), a.at);
      const o = obj(undefined, a.at);
      if (open) o.open = true;
      for (const it of items) {
        if (it.kind === 'list' && it.items.length >= 2) {
          const k = scalarString(it.items[0]!, 'ts');
          if (k !== undefined) o.props.set(k, it.items[1]!);
          else o.open = true;
        } else o.open = true;
      }
      return o;
    }),
    freeze: fn('Object.freeze', (_rt, a) => a0(a)),
  });
  const ArrayV = ns({
    isArray: fn('Array.isArray', (_rt, a) => {
      const v = a0(a);
      return v.kind === 'list' ? known(true) : v.kind === 'unknown' || v.kind === 'output' ? unknown('isArray', a.at) : known(false);
    }),
    from: fn('Array.from', (rt, a) => {
      const src = a0(a);
      const mapFn = a.pos[1];
      let items: Value[];
      let open = false;
      if (src.kind === 'obj' && src.props.has('length')) {
        const n = knownNumber(src.props.get('length'));
        if (n === undefined) return listOf([], true, a.at);
        items = Array.from({ length: Math.min(n, rt.maxUnroll) }, () => ABSENT as Value);
        open = n > rt.maxUnroll;
      } else {
        ({ items, open } = iterItems(rt, src, a.at));
      }
      if (mapFn) items = items.map((it, i) => rt.call(mapFn, [it, known(i)], a.at, { loop: true }));
      return listOf(items, open, a.at);
    }),
    of: fn('Array.of', (_rt, a) => list([...a.pos], a.at)),
  });
  const conv = (name: string, f: (v: Value, rt: Runtime, at: At) => Value) => fn(name, (rt, a) => f(a0(a), rt, a.at));
  const StringV = conv('String', (v, rt, at) => {
    if (v.kind === 'output') rt.event('output-to-string', at, undefined, v);
    return toStr(v, 'ts', at);
  });
  const NumberV = conv('Number', (v, _rt, at) => {
    if (v.kind === 'known') return known(Number(v.value), at);
    return v.kind === 'unknown' ? { ...v } : unknown('call:Number', at);
  });
  const parseIntV = conv('parseInt', (v, _rt, at) => {
    const s = knownString(v);
    if (s !== undefined) return known(parseInt(s, 10), at);
    if (v.kind === 'known' && typeof v.value === 'number') return known(Math.trunc(v.value), at);
    return v.kind === 'unknown' ? { ...v } : unknown('call:parseInt', at);
  });
  const BooleanV = conv('Boolean', (v, rt, at) => {
    const t = truthy(v, rt.lang);
    return t === undefined ? unknown('call:Boolean', at) : known(t, at);
  });
  const DateV = ns({
    now: fn('Date.now', (_rt, a) => nondeterministic('time', 'Date.now', a.at)),
  });
  const nowObject = (at: At): Value => {
    const d = obj(undefined, at);
    d.open = true;
    d.taint = ['time'];
    const t = nondeterministic('time', 'Date', at);
    for (const m of ['toISOString', 'getTime', 'toString', 'toUTCString', 'valueOf', 'getFullYear', 'toLocaleDateString'])
      d.props.set(m, builtin(m, () => t));
    return d;
  };
  DateV.props.set('__construct__', fn('Date', (_rt, a) => nowObject(a.at)));
  const processV = ns({
    env: envObject('ts'),
    argv: unknown('process.argv'),
    cwd: fn('process.cwd', (_rt, a) => unknown('cwd', a.at)),
    platform: unknown('process.platform'),
    exit: fn('process.exit', () => ABSENT),
  });
  const consoleV = ns(
    Object.fromEntries(['log', 'warn', 'error', 'info', 'debug'].map((m) => [m, fn(`console.${m}`, () => ABSENT)])),
  );
  const PromiseV = ns({
    all: fn('Promise.all', (_rt, a) => a0(a)),
    resolve: fn('Promise.resolve', (_rt, a) => a0(a)),
  });
  const errorCtor = fn('Error', (_rt, a) => ns({ message: a0(a) }));
  return {
    JSON: JSONv,
    Math: MathV,
    Object: ObjectV,
    Array: ArrayV,
    String: StringV,
    Number: NumberV,
    Boolean: BooleanV,
    parseInt: parseIntV,
    parseFloat: NumberV,
    Date: DateV,
    process: processV,
    console: consoleV,
    Promise: PromiseV,
    Error: errorCtor,
    TypeError: errorCtor,
    Set: fn('Set', (rt, a) => {
      const { items, open } = a.pos[0] ? iterItems(rt, a0(a), a.at) : { items: [], open: false };
      return listOf([...items], open, a.at);
    }),
    Map: fn('Map', (rt, a) => {
      // `new Map()`, `new Map([[k, v], ...])`, `new Map(Object.entries(o))`, `new Map(otherMap)`.
      const o = obj(undefined, a.at);
      o.jsmap = true;
      const src = a.pos[0];
      if (!src || src.kind === 'absent') return o;
      if (src.kind === 'obj' && src.jsmap) {
        for (const [k, v] of src.props) o.props.set(k, v);
        if (src.open) o.open = true;
        return o;
      }
      const it = rt.iterate(src, a.at);
      if (!it) {
        o.open = true;
        return o;
      }
      if (it.open) o.open = true;
      for (const pair of it.items) {
        const k = pair.kind === 'list' ? scalarString(pair.items[0] ?? ABSENT, 'ts') : undefined;
        if (pair.kind === 'list' && k !== undefined) o.props.set(k, pair.items[1] ?? ABSENT);
        else o.open = true;
      }
      return o;
    }),
    encodeURIComponent: conv('encodeURIComponent', (v, _rt, at) => {
      const s = knownString(v);
      return s !== undefined ? known(encodeURIComponent(s), at) : unknown('call:encodeURIComponent', at);
    }),
    setTimeout: fn('setTimeout', () => ABSENT),
    Buffer: ns({
      from: fn('Buffer.from', (_rt, a) => {
        // Buffer.from(x).toString('base64') and friends: an encoding of x, unknown but tainted like x.
        const src = a0(a);
        const enc = obj(undefined, a.at);
        const encoded = unknown('call:Buffer.toString', a.at);
        const t = mergeTaint(src.taint, src.kind === 'unknown' ? [src.why] : undefined);
        if (t) encoded.taint = t;
        enc.props.set('toString', builtin('toString', () => encoded));
        return enc;
      }),
    }),
    __dirname: unknown('__dirname'),
    __filename: unknown('__filename'),
    NaN: known(Number.NaN),
    Infinity: known(Number.POSITIVE_INFINITY),
    globalThis: unknown('globalThis'),
  };
}

function tsModules(): Record<string, () => Value> {
  return {
    path: () =>
      ns({
        join: fn('path.join', (rt, a) => joinPath(rt, a, '/')),
        resolve: fn('path.resolve', (rt, a) => joinPath(rt, a, '/')),
        basename: fn('path.basename', (_rt, a) => {
          const s = knownString(a0(a));
          return s !== undefined ? known(s.split('/').pop() ?? '', a.at) : unknown('call:path.basename', a.at);
        }),
        dirname: fn('path.dirname', (_rt, a) => {
          const s = knownString(a0(a));
          return s !== undefined ? known(s.split('/').slice(0, -1).join('/') || '.', a.at) : unknown('call:path.dirname', a.at);
        }),
      }),
    crypto: () =>
      ns({
        randomUUID: fn('crypto.randomUUID', (_rt, a) => nondeterministic('random', 'randomUUID', a.at)),
        randomBytes: fn('crypto.randomBytes', (_rt, a) => nondeterministic('random', 'randomBytes', a.at)),
        randomInt: fn('crypto.randomInt', (_rt, a) => nondeterministic('random', 'randomInt', a.at)),
      }),
    uuid: () =>
      ns({
        v4: fn('uuid.v4', (_rt, a) => nondeterministic('random', 'uuid', a.at)),
        v1: fn('uuid.v1', (_rt, a) => nondeterministic('random', 'uuid', a.at)),
      }),
  };
}

function joinPath(rt: Runtime, a: CallArgs, sep: string): Value {
  const parts: Value[] = [];
  a.pos.forEach((p, i) => {
    if (i > 0) parts.push(known(sep));
    parts.push(toStr(p, rt.lang));
  });
  const v = concatStrings(parts, rt.lang, a.at);
  if (v.kind === 'known' && typeof v.value === 'string') return known(v.value.replace(/\/+/g, '/'), a.at);
  return v;
}

// ---------------------------------------------------------------- Python

function pyGlobals(): Record<string, Value> {
  const conv = (name: string, f: (v: Value, rt: Runtime, a: CallArgs) => Value) => fn(name, (rt, a) => f(a0(a), rt, a));
  return {
    len: conv('len', (v, _rt, a) => {
      if (v.kind === 'list') return v.open ? unknown('len', a.at) : known(v.items.length, a.at);
      if (v.kind === 'obj' && !v.cls) return v.open ? unknown('len', a.at) : known(v.props.size, a.at);
      const s = knownString(v);
      if (s !== undefined) return known(s.length, a.at);
      if (v.kind === 'unknown' && v.default) {
        const d = v.default;
        const n = d.kind === 'list' && !d.open ? d.items.length : undefined;
        return unknown(`len:${v.why}`, a.at, n !== undefined ? { default: known(n) } : undefined);
      }
      return unknown('len', a.at);
    }),
    range: fn('range', (rt, a) => {
      const est = a.pos.map((p) => knownNumber(p.kind === 'unknown' && p.default ? p.default : p));
      if (est.some((x) => x === undefined) || est.length === 0) return listOf([], true, a.at);
      let [b, e, s] = est.length === 1 ? [0, est[0]!, 1] : [est[0]!, est[1]!, est[2] ?? 1];
      if (s === 0) s = 1;
      const items: Value[] = [];
      for (let i = b; s > 0 ? i < e : i > e; i += s) {
        if (items.length >= rt.maxUnroll) return listOf(items, true, a.at);
        items.push(known(i));
      }
      // A range over an unknown bound unrolled by its default is still an estimate.
      const exact = a.pos.every((p) => p.kind === 'known');
      if (!exact) for (const it of items) it.taint = ['estimate'];
      return list(items, a.at);
    }),
    enumerate: fn('enumerate', (rt, a) => {
      const { items, open } = iterItems(rt, a0(a), a.at);
      const start = knownNumber(a.pos[1] ?? a.kw.get('start')) ?? 0;
      return listOf(
        items.map((it, i) => list([known(i + start), it])),
        open,
        a.at,
      );
    }),
    zip: fn('zip', (rt, a) => {
      const cols = a.pos.map((p) => iterItems(rt, p, a.at));
      const n = cols.length ? Math.min(...cols.map((c) => c.items.length)) : 0;
      const rows: Value[] = [];
      for (let i = 0; i < n; i++) rows.push(list(cols.map((c) => c.items[i]!)));
      return listOf(rows, cols.some((c) => c.open), a.at);
    }),
    str: conv('str', (v, rt, a) => {
      if (v.kind === 'output') rt.event('output-to-string', a.at, undefined, v);
      return toStr(v, 'py', a.at);
    }),
    repr: conv('repr', (v) => pyRepr(v)),
    int: conv('int', (v, _rt, a) => {
      const s = knownString(v);
      if (s !== undefined && /^\s*-?\d+\s*$/.test(s)) return known(parseInt(s, 10), a.at);
      if (v.kind === 'known' && typeof v.value === 'number') return known(Math.trunc(v.value), a.at);
      if (v.kind === 'known' && typeof v.value === 'boolean') return known(v.value ? 1 : 0, a.at);
      return v.kind === 'unknown' ? { ...v } : unknown('call:int', a.at);
    }),
    float: conv('float', (v, _rt, a) => {
      if (v.kind === 'known' && v.value !== null) return known(Number(v.value), a.at);
      return v.kind === 'unknown' ? { ...v } : unknown('call:float', a.at);
    }),
    bool: conv('bool', (v, rt, a) => {
      const t = truthy(v, rt.lang);
      return t === undefined ? unknown('call:bool', a.at) : known(t, a.at);
    }),
    list: fn('list', (rt, a) => {
      if (!a.pos[0]) return list([], a.at);
      const { items, open } = iterItems(rt, a0(a), a.at);
      return listOf([...items], open, a.at);
    }),
    tuple: fn('tuple', (rt, a) => {
      if (!a.pos[0]) return list([], a.at);
      const { items, open } = iterItems(rt, a0(a), a.at);
      return listOf([...items], open, a.at);
    }),
    set: fn('set', (rt, a) => {
      if (!a.pos[0]) return list([], a.at);
      const { items, open } = iterItems(rt, a0(a), a.at);
      return listOf([...items], open, a.at);
    }),
    frozenset: fn('frozenset', (rt, a) => {
      const { items, open } = iterItems(rt, a0(a), a.at);
      return listOf([...items], open, a.at);
    }),
    dict: fn('dict', (rt, a) => {
      const src = a.pos[0];
      let d: ObjV;
      if (src?.kind === 'obj') d = copyObj(src, a.at);
      else {
        d = obj(undefined, a.at);
        if (src) {
          const { items, open } = iterItems(rt, src, a.at);
          if (open) d.open = true;
          for (const it of items) {
            if (it.kind === 'list' && it.items.length === 2) {
              const k = scalarString(it.items[0]!, 'py');
              if (k !== undefined) d.props.set(k, it.items[1]!);
              else d.open = true;
            } else d.open = true;
          }
        }
      }
      d.dict = true;
      for (const [k, v] of a.kw) d.props.set(k, v);
      if (a.openKw) d.open = true;
      return d;
    }),
    sorted: fn('sorted', (rt, a) => {
      const { items, open } = iterItems(rt, a0(a), a.at);
      const strs = items.map((i) => scalarString(i, 'py'));
      const nums = items.map(knownNumber);
      let out = [...items];
      if (!a.kw.has('key')) {
        if (nums.every((n) => n !== undefined)) out = [...items].sort((x, y) => knownNumber(x)! - knownNumber(y)!);
        else if (strs.every((s) => s !== undefined)) out = [...items].sort((x, y) => (scalarString(x, 'py')! < scalarString(y, 'py')! ? -1 : 1));
      }
      if (truthy(a.kw.get('reverse') ?? known(false), 'py')) out.reverse();
      return listOf(out, open, a.at);
    }),
    reversed: fn('reversed', (rt, a) => {
      const { items, open } = iterItems(rt, a0(a), a.at);
      return listOf([...items].reverse(), open, a.at);
    }),
    min: fn('min', (rt, a) => aggregate(rt, a, Math.min)),
    max: fn('max', (rt, a) => aggregate(rt, a, Math.max)),
    sum: fn('sum', (rt, a) => aggregate(rt, a, (...xs) => xs.reduce((x, y) => x + y, 0))),
    abs: conv('abs', (v, _rt, a) => (knownNumber(v) !== undefined ? known(Math.abs(knownNumber(v)!), a.at) : unknown('call:abs', a.at))),
    round: conv('round', (v, _rt, a) => (knownNumber(v) !== undefined ? known(Math.round(knownNumber(v)!), a.at) : unknown('call:round', a.at))),
    any: fn('any', (rt, a) => {
      const { items, open } = iterItems(rt, a0(a), a.at);
      let unk = open;
      for (const it of items) {
        const t = truthy(it, 'py');
        if (t === true) return known(true);
        if (t === undefined) unk = true;
      }
      return unk ? unknown('call:any', a.at) : known(false);
    }),
    all: fn('all', (rt, a) => {
      const { items, open } = iterItems(rt, a0(a), a.at);
      let unk = open;
      for (const it of items) {
        const t = truthy(it, 'py');
        if (t === false) return known(false);
        if (t === undefined) unk = true;
      }
      return unk ? unknown('call:all', a.at) : known(true);
    }),
    map: fn('map', (rt, a) => {
      const f = a0(a);
      const { items, open } = iterItems(rt, a.pos[1] ?? ABSENT, a.at);
      return listOf(
        items.map((it) => rt.call(f, [it], a.at, { loop: true })),
        open,
        a.at,
      );
    }),
    filter: fn('filter', (rt, a) => {
      const { items } = iterItems(rt, a.pos[1] ?? ABSENT, a.at);
      return listOf([...items], true, a.at);
    }),
    print: fn('print', () => ABSENT),
    isinstance: fn('isinstance', (_rt, a) => unknown('isinstance', a.at)),
    hasattr: fn('hasattr', (_rt, a) => unknown('hasattr', a.at)),
    getattr: fn('getattr', (rt, a) => {
      const name = knownString(a.pos[1]);
      if (name === undefined) return a.pos[2] ?? unknown('getattr', a.at);
      const v = rt.getMember(a0(a), name, a.at);
      return v.kind === 'absent' && a.pos[2] ? a.pos[2] : v;
    }),
    setattr: fn('setattr', () => ABSENT),
    type: fn('type', (_rt, a) => unknown('type', a.at)),
    open: fn('open', (_rt, a) => unknown(`file:${knownString(a0(a)) ?? '?'}`, a.at)),
    format: conv('format', (v) => toStr(v, 'py')),
    id: fn('id', (_rt, a) => unknown('id', a.at)),
    chr: conv('chr', (v, _rt, a) => (knownNumber(v) !== undefined ? known(String.fromCharCode(knownNumber(v)!), a.at) : unknown('call:chr', a.at))),
    ord: conv('ord', (v, _rt, a) => (knownString(v)?.length === 1 ? known(knownString(v)!.charCodeAt(0), a.at) : unknown('call:ord', a.at))),
    __import__: fn('__import__', (_rt, a) => unknown(`import:${knownString(a0(a)) ?? '?'}`, a.at)),
    hash: fn('hash', (_rt, a) => unknown('hash', a.at)),
    Exception: fn('Exception', (_rt, a) => ns({ args: list(a.pos) })),
    ValueError: fn('ValueError', (_rt, a) => ns({ args: list(a.pos) })),
    TypeError: fn('TypeError', (_rt, a) => ns({ args: list(a.pos) })),
    KeyError: fn('KeyError', (_rt, a) => ns({ args: list(a.pos) })),
    RuntimeError: fn('RuntimeError', (_rt, a) => ns({ args: list(a.pos) })),
    NotImplementedError: fn('NotImplementedError', (_rt, a) => ns({ args: list(a.pos) })),
    object: fn('object', (_rt, a) => obj(undefined, a.at)),
    staticmethod: fn('staticmethod', (_rt, a) => a0(a)),
    classmethod: fn('classmethod', (_rt, a) => a0(a)),
    property: fn('property', (_rt, a) => a0(a)),
    __file__: unknown('__file__'),
  };
}

function aggregate(rt: Runtime, a: CallArgs, f: (...xs: number[]) => number): Value {
  const src = a.pos.length === 1 ? iterItems(rt, a0(a), a.at) : { items: a.pos, open: false };
  const xs = src.items.map(knownNumber);
  if (src.open || xs.some((x) => x === undefined) || xs.length === 0) return unknown('aggregate', a.at);
  return known(f(...(xs as number[])), a.at);
}

function isFileOfModule(v: Value): boolean {
  return v.kind === 'unknown' && v.why === '__file__';
}

function pyModules(): Record<string, () => Value> {
  const environ = () => envObject('py');
  const osPath = () =>
    ns({
      join: fn('os.path.join', (rt, a) => joinPath(rt, a, '/')),
      // The directory of `__file__` is the module's own directory, which asset paths are resolved
      // against as with Node's `__dirname`.
      dirname: fn('os.path.dirname', (_rt, a) => (isFileOfModule(a0(a)) ? unknown('__dirname', a.at) : unknown('path', a.at))),
      abspath: fn('os.path.abspath', (_rt, a) => (isFileOfModule(a0(a)) ? a0(a) : unknown('path', a.at))),
      realpath: fn('os.path.realpath', (_rt, a) => (isFileOfModule(a0(a)) ? a0(a) : unknown('path', a.at))),
      exists: fn('os.path.exists', (_rt, a) => unknown('exists', a.at)),
      basename: fn('os.path.basename', (_rt, a) => {
        const s = knownString(a0(a));
        return s !== undefined ? known(s.split('/').pop() ?? '', a.at) : unknown('call:basename', a.at);
      }),
    });
  const nowDt = (at: At) => {
    const d = obj(undefined, at);
    d.open = true;
    d.taint = ['time'];
    const t = nondeterministic('time', 'datetime', at);
    for (const m of ['strftime', 'isoformat', 'timestamp', 'date']) d.props.set(m, builtin(m, () => t));
    return d;
  };
  const datetimeCls = ns({
    now: fn('datetime.now', (_rt, a) => nowDt(a.at)),
    utcnow: fn('datetime.utcnow', (_rt, a) => nowDt(a.at)),
    today: fn('datetime.today', (_rt, a) => nowDt(a.at)),
  });
  return {
    os: () => {
      const env = environ();
      return ns({
        environ: env,
        getenv: fn('os.getenv', (rt, a) => envRead(rt, knownString(a0(a)), a.pos[1] ?? a.kw.get('default'), a.at)),
        path: osPath(),
        getcwd: fn('os.getcwd', (_rt, a) => unknown('cwd', a.at)),
      });
    },
    'os.path': osPath,
    json: () =>
      ns({
        dumps: fn('json.dumps', (rt, a) => jsonStringify(a0(a), rt, a.at)),
        loads: fn('json.loads', (_rt, a) => jsonParse(a0(a), a.at)),
      }),
    datetime: () => {
      const m = ns({ datetime: datetimeCls, date: datetimeCls });
      m.open = true;
      return m;
    },
    time: () => ns({ time: fn('time.time', (_rt, a) => nondeterministic('time', 'time.time', a.at)) }),
    random: () => {
      const m = obj(undefined);
      for (const n of ['random', 'randint', 'choice', 'choices', 'sample', 'uniform', 'randrange'])
        m.props.set(n, fn(`random.${n}`, (_rt, a) => nondeterministic('random', `random.${n}`, a.at)));
      return m;
    },
    uuid: () =>
      ns({
        uuid4: fn('uuid.uuid4', (_rt, a) => nondeterministic('random', 'uuid4', a.at)),
        uuid1: fn('uuid.uuid1', (_rt, a) => nondeterministic('random', 'uuid1', a.at)),
      }),
    secrets: () =>
      ns({
        token_hex: fn('secrets.token_hex', (_rt, a) => nondeterministic('random', 'token_hex', a.at)),
        token_urlsafe: fn('secrets.token_urlsafe', (_rt, a) => nondeterministic('random', 'token_urlsafe', a.at)),
      }),
    textwrap: () => ns({ dedent: fn('textwrap.dedent', (_rt, a) => a0(a)) }),
    re: () =>
      ns({
        compile: fn('re.compile', (_rt, a) => {
          const s = knownString(a0(a));
          return s !== undefined ? regexValue(s, '', a.at) : unknown('regex', a.at);
        }),
        sub: fn('re.sub', (_rt, a) => {
          const p = a0(a);
          const re = regexOf(p) ?? (knownString(p) !== undefined ? safeRegex(knownString(p)!) : undefined);
          const repl = knownString(a.pos[1]);
          const s = knownString(a.pos[2]);
          if (re && repl !== undefined && s !== undefined) {
            const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
            return known(s.replace(g, repl), a.at);
          }
          const r = unknown('call:re.sub', a.at);
          const t = mergeTaint(a.pos[2]?.taint, a.pos[2]?.kind === 'unknown' ? [a.pos[2].why] : undefined);
          if (t) r.taint = t;
          return r;
        }),
      }),
  };
}

function safeRegex(src: string): RegExp | undefined {
  try {
    return new RegExp(src);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- lookup

/** Fresh globals for one evaluation (some hold mutable objects such as `process.env`). */
export function makeGlobals(lang: Lang): Map<string, Value> {
  return new Map(Object.entries(lang === 'ts' ? tsGlobals() : pyGlobals()));
}

/** A standard-library module, fresh per import (modules hold mutable objects). */
export function stdModule(spec: string, lang: Lang): Value | undefined {
  const table = lang === 'ts' ? tsModules() : pyModules();
  const key = spec.replace(/^node:/, '');
  const make = table[key];
  return make ? make() : undefined;
}
