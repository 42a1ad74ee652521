// Methods of builtin values (strings, lists, dicts, numbers, Outputs), per language. A method either
// computes a known result from known inputs or returns an unknown that keeps the receiver's taint.

import type { Lang } from '../../core/ir.js';
import type { Runtime } from '../runtime.js';
import {
  ABSENT,
  type At,
  builtin,
  type CallArgs,
  concatStrings,
  equals,
  known,
  knownNumber,
  knownString,
  list,
  type ListV,
  mergeTaint,
  resolveOutputs,
  resourcesIn,
  obj,
  type ObjV,
  type OutputV,
  truthy,
  unknown,
  type Value,
} from '../values.js';
import { budget, keepInBudget } from '../budget.js';
import { pyFormat, toStr, withJsonText } from './convert.js';
import { regexOf } from './regex.js';

type Method = (rt: Runtime, self: Value, args: CallArgs) => Value;

function arg(a: CallArgs, i: number, name?: string): Value | undefined {
  return a.pos[i] ?? (name ? a.kw.get(name) : undefined);
}

/** `unknown('budget:string')` when a string of `length` characters may not be built (checked before building it). */
function padded(length: number, at: At): Value | undefined {
  return length > 256 && !budget().string(length, at) ? unknown('budget:string', at) : undefined;
}

/** An unknown result that keeps the receiver's provenance. */
function opaque(self: Value, what: string, at: At): Value {
  const taint = mergeTaint(self.taint, self.kind === 'unknown' ? [self.why] : undefined);
  const v = unknown(`call:${what}`, at);
  if (taint) v.taint = taint;
  return v;
}

// ---------------------------------------------------------------- strings

/**
 * Apply a per-character-run transform to every known part of a (partially known) string. Unknown
 * parts keep their value and gain the label `mark` (`case:lower`), so rules can tell a lowercased
 * `${stack}` from a raw one.
 */
function mapKnownParts(self: Value, f: (s: string) => string, lang: Lang, at: At, mark?: string): Value {
  if (self.kind === 'known' && typeof self.value === 'string') {
    const v = known(f(self.value), at);
    if (self.taint) v.taint = self.taint;
    return v;
  }
  if (self.kind === 'str') {
    const parts = self.parts.map((p) => (p.kind === 'known' ? known(f(String(p.value))) : mark ? marked(p, mark) : p));
    const v = concatStrings(parts, lang, at);
    if (self.taint) v.taint = mergeTaint(v.taint, self.taint);
    return v;
  }
  return opaque(self, 'string', at);
}

/** A string part with the label of a transform applied to it (first, so the label cap never drops it). */
function marked(p: Value, mark: string): Value {
  if (p.kind !== 'unknown' && p.kind !== 'output' && p.kind !== 'str') return p;
  if (p.taint?.includes(mark)) return p;
  return { ...p, taint: [mark, ...(p.taint ?? [])] } as Value;
}

function strMethod(name: string, lang: Lang): Method | undefined {
  const lower = (rt: Runtime, self: Value, a: CallArgs) => mapKnownParts(self, (s) => s.toLowerCase(), rt.lang, a.at, 'case:lower');
  const upper = (rt: Runtime, self: Value, a: CallArgs) => mapKnownParts(self, (s) => s.toUpperCase(), rt.lang, a.at, 'case:upper');
  const onKnown =
    (f: (s: string, a: CallArgs, rt: Runtime) => Value | undefined): Method =>
    (rt, self, a) => {
      const s = knownString(self);
      if (s !== undefined) {
        const r = f(s, a, rt);
        if (r && r.kind === 'known' && typeof r.value === 'string' && r.value.length > 256 && !budget().string(r.value.length, a.at)) {
          return unknown('budget:string', a.at);
        }
        if (r) {
          if (self.taint && (r.kind === 'known' || r.kind === 'str' || r.kind === 'unknown')) r.taint = mergeTaint(r.taint, self.taint);
          return r;
        }
      }
      return opaque(self, name, a.at);
    };
  const common: Record<string, Method> = {
    replace: (rt, self, a) => {
      const from = arg(a, 0);
      const to = knownString(arg(a, 1));
      const s = knownString(self);
      if (to !== undefined && from) {
        const re = regexOf(from);
        const fs = knownString(from);
        if (s !== undefined && (re || fs !== undefined)) {
          let r: string;
          try {
            if (lang === 'py') r = s.split(fs ?? '').join(to);
            else r = re ? s.replace(re, to) : s.replace(fs!, to);
          } catch {
            return opaque(self, name, a.at);
          }
          const v = known(r, a.at);
          if (self.taint) v.taint = self.taint;
          return v;
        }
        // Replacing in a partially known string: transform the known parts only. Good enough to keep
        // literal text such as prefixes; the unknown parts (and their taint) survive.
        if (self.kind === 'str' && (fs !== undefined || re)) {
          return mapKnownParts(
            self,
            (p) => {
              try {
                return re ? p.replace(re, to) : lang === 'py' ? p.split(fs!).join(to) : p.replace(fs!, to);
              } catch {
                return p;
              }
            },
            rt.lang,
            a.at,
          );
        }
      }
      return opaque(self, name, a.at);
    },
    split: onKnown((s, a) => {
      const sep = arg(a, 0, 'sep');
      const re = sep ? regexOf(sep) : undefined;
      const ss = sep ? knownString(sep) : undefined;
      // Python's `maxsplit` bounds the number of splits; JavaScript's `limit` the number of items kept.
      const bound = arg(a, 1, 'maxsplit');
      const n = bound && bound.kind !== 'absent' ? knownNumber(bound) : -1;
      if (n === undefined) return undefined;
      if (lang === 'py' && (!sep || sep.kind === 'absent' || (sep.kind === 'known' && sep.value === null)))
        return n >= 0 ? undefined : list(s.split(/\s+/).filter(Boolean).map((x) => known(x)), a.at);
      if (re) return n >= 0 ? undefined : list(s.split(re).map((x) => known(x)), a.at);
      if (ss === undefined) return undefined;
      const parts = s.split(ss);
      if (n < 0) return list(parts.map((x) => known(x)), a.at);
      if (lang === 'ts') return list(parts.slice(0, n).map((x) => known(x)), a.at);
      const kept = n >= parts.length - 1 ? parts : [...parts.slice(0, n), parts.slice(n).join(ss)];
      return list(kept.map((x) => known(x)), a.at);
    }),
    startswith: affixTest('start'),
    endswith: affixTest('end'),
  };
  if (lang === 'ts') {
    const ts: Record<string, Method> = {
      toLowerCase: lower,
      toLocaleLowerCase: lower,
      toUpperCase: upper,
      toLocaleUpperCase: upper,
      trim: (rt, self, a) => mapKnownParts(self, (s) => s.trim(), rt.lang, a.at),
      trimStart: (rt, self, a) => mapKnownParts(self, (s) => s.trimStart(), rt.lang, a.at),
      trimEnd: (rt, self, a) => mapKnownParts(self, (s) => s.trimEnd(), rt.lang, a.at),
      replace: common.replace!,
      replaceAll: common.replace!,
      split: common.split!,
      toString: (_rt: Runtime, self: Value) => self,
      valueOf: (_rt: Runtime, self: Value) => self,
      startsWith: common.startswith!,
      endsWith: common.endswith!,
      includes: onKnown((s, a) => {
        const p = knownString(arg(a, 0));
        return p === undefined ? undefined : known(s.includes(p));
      }),
      indexOf: onKnown((s, a) => {
        const p = knownString(arg(a, 0));
        return p === undefined ? undefined : known(s.indexOf(p));
      }),
      slice: onKnown((s, a) => sliceStr(s, arg(a, 0), arg(a, 1), a.at)),
      substring: onKnown((s, a) => {
        const b = knownNumber(arg(a, 0)) ?? 0;
        const e = arg(a, 1) ? knownNumber(arg(a, 1)) : s.length;
        return e === undefined ? undefined : known(s.substring(b, e), a.at);
      }),
      substr: onKnown((s, a) => {
        const b = knownNumber(arg(a, 0)) ?? 0;
        const n = arg(a, 1) ? knownNumber(arg(a, 1)) : undefined;
        return known(s.substr(b, n), a.at);
      }),
      charAt: onKnown((s, a) => known(s.charAt(knownNumber(arg(a, 0)) ?? 0), a.at)),
      at: onKnown((s, a) => {
        const i = knownNumber(arg(a, 0));
        return i === undefined ? undefined : known(s.at(i) ?? '', a.at);
      }),
      padStart: onKnown((s, a) => {
        const n = knownNumber(arg(a, 0));
        return n === undefined ? undefined : padded(n, a.at) ?? known(s.padStart(n, knownString(arg(a, 1)) ?? ' '), a.at);
      }),
      padEnd: onKnown((s, a) => {
        const n = knownNumber(arg(a, 0));
        return n === undefined ? undefined : padded(n, a.at) ?? known(s.padEnd(n, knownString(arg(a, 1)) ?? ' '), a.at);
      }),
      repeat: onKnown((s, a) => {
        const n = knownNumber(arg(a, 0));
        return n === undefined || n > 1000 ? undefined : padded(s.length * n, a.at) ?? known(s.repeat(n), a.at);
      }),
      concat: (rt, self, a) => concatStrings([self, ...a.pos.map((p) => toStr(p, 'ts'))], rt.lang, a.at),
      match: onKnown(() => undefined),
      localeCompare: onKnown(() => undefined),
    };
    return ts[name];
  }
  const py: Record<string, Method> = {
    lower,
    upper,
    casefold: lower,
    strip: (rt, self, a) => mapKnownParts(self, (s) => pyStrip(s, knownString(arg(a, 0)), 'both'), rt.lang, a.at),
    lstrip: (rt, self, a) => mapKnownParts(self, (s) => pyStrip(s, knownString(arg(a, 0)), 'left'), rt.lang, a.at),
    rstrip: (rt, self, a) => mapKnownParts(self, (s) => pyStrip(s, knownString(arg(a, 0)), 'right'), rt.lang, a.at),
    title: onKnown((s, a) => known(s.replace(/\w\S*/g, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()), a.at)),
    capitalize: onKnown((s, a) => known(s.charAt(0).toUpperCase() + s.slice(1).toLowerCase(), a.at)),
    replace: common.replace!,
    split: common.split!,
    rsplit: onKnown((s, a) => {
      const sep = knownString(arg(a, 0, 'sep'));
      const bound = arg(a, 1, 'maxsplit');
      const n = bound && bound.kind !== 'absent' ? knownNumber(bound) : -1;
      if (!sep || n === undefined) return undefined;
      const parts = s.split(sep);
      const kept = n < 0 || n >= parts.length - 1 ? parts : [parts.slice(0, parts.length - n).join(sep), ...parts.slice(parts.length - n)];
      return list(kept.map((x) => known(x)), a.at);
    }),
    startswith: common.startswith!,
    endswith: common.endswith!,
    join: (rt, self, a) => joinWith(rt, self, arg(a, 0), a.at),
    format: (rt, self, a) => {
      const f = knownString(self);
      if (f === undefined) return opaque(self, 'format', a.at);
      const out = [...a.pos, ...a.kw.values()].find((v) => v.kind === 'output');
      if (out) rt.event('output-in-template', a.at, undefined, out);
      const r = withJsonText(pyFormat(f, a.pos, a.kw, (v, n) => rt.getMember(v, n, a.at), a.at), 'py');
      if (self.taint) r.taint = mergeTaint(r.taint, self.taint);
      return r;
    },
    find: onKnown((s, a) => {
      const p = knownString(arg(a, 0));
      return p === undefined ? undefined : known(s.indexOf(p));
    }),
    count: onKnown((s, a) => {
      const p = knownString(arg(a, 0));
      return p === undefined || p === '' ? undefined : known(s.split(p).length - 1);
    }),
    zfill: onKnown((s, a) => {
      const n = knownNumber(arg(a, 0));
      return n === undefined ? undefined : padded(n, a.at) ?? known(s.padStart(n, '0'), a.at);
    }),
    ljust: onKnown((s, a) => {
      const n = knownNumber(arg(a, 0));
      return n === undefined ? undefined : padded(n, a.at) ?? known(s.padEnd(n, knownString(arg(a, 1)) ?? ' '), a.at);
    }),
    rjust: onKnown((s, a) => {
      const n = knownNumber(arg(a, 0));
      return n === undefined ? undefined : padded(n, a.at) ?? known(s.padStart(n, knownString(arg(a, 1)) ?? ' '), a.at);
    }),
    isdigit: onKnown((s) => known(/^\d+$/.test(s))),
    isalnum: onKnown((s) => known(/^[a-z0-9]+$/i.test(s))),
    encode: (_rt, self) => self,
    decode: (_rt, self) => self,
    splitlines: onKnown((s, a) => list(s.split(/\r?\n/).map((x) => known(x)), a.at)),
  };
  return py[name];
}

function pyStrip(s: string, chars: string | undefined, side: 'both' | 'left' | 'right'): string {
  if (chars === undefined) return side === 'both' ? s.trim() : side === 'left' ? s.trimStart() : s.trimEnd();
  const set = new Set(chars);
  let b = 0;
  let e = s.length;
  if (side !== 'right') while (b < e && set.has(s[b]!)) b++;
  if (side !== 'left') while (e > b && set.has(s[e - 1]!)) e--;
  return s.slice(b, e);
}

function sliceStr(s: string, b: Value | undefined, e: Value | undefined, at: At): Value | undefined {
  const bi = b === undefined || b.kind === 'absent' ? 0 : knownNumber(b);
  const ei = e === undefined || e.kind === 'absent' ? s.length : knownNumber(e);
  if (bi === undefined || ei === undefined) return undefined;
  return known(s.slice(bi, ei), at);
}

/** `sep.join(items)` (Python) / `items.join(sep)` (TS). */
export function joinWith(rt: Runtime, sep: Value, items: Value | undefined, at: At): Value {
  const it = items ? rt.iterate(items, at) : undefined;
  if (!it) return opaque(items ?? sep, 'join', at);
  const parts: Value[] = [];
  it.items.forEach((x, i) => {
    if (i > 0) parts.push(sep);
    parts.push(rt.lang === 'ts' && (x.kind === 'absent' || (x.kind === 'known' && x.value === null)) ? known('') : toStr(x, rt.lang));
  });
  if (it.open) parts.push(unknown('join-rest'));
  return concatStrings(parts, rt.lang, at);
}

// ---------------------------------------------------------------- lists

function callback(rt: Runtime, fn: Value | undefined, args: Value[], at: At): Value {
  if (!fn) return unknown('callback', at);
  return rt.call(fn, args, at, { loop: true });
}

/** Run a callback over every element (or once over an unknown element) and collect the results. */
function mapItems(rt: Runtime, self: ListV, fn: Value | undefined, at: At, withIndex: boolean): { out: Value[]; open: boolean } {
  const out: Value[] = [];
  self.items.forEach((item, i) => {
    out.push(callback(rt, fn, withIndex ? [item, known(i), self] : [item], at));
  });
  if (self.open || self.items.length === 0) {
    // An open list may hold more elements: run the callback once on an unknown element, so resources
    // it creates are in the model.
    if (self.open) out.push(callback(rt, fn, withIndex ? [unknown('element', at), unknown('index', at), self] : [unknown('element', at)], at));
  }
  return { out, open: !!self.open };
}

function listMethod(name: string, lang: Lang): Method | undefined {
  const ts: Record<string, Method> = {
    push: (rt, self, a) => {
      const l = self as ListV;
      l.items.push(...a.pos);
      if (a.openPos || rt.inOpenIteration) l.open = true;
      return known(l.items.length);
    },
    unshift: (rt, self, a) => {
      (self as ListV).items.unshift(...a.pos);
      if (rt.inOpenIteration) (self as ListV).open = true;
      return known((self as ListV).items.length);
    },
    pop: (_rt, self, a) => ((self as ListV).open ? unknown('pop', a.at) : ((self as ListV).items.pop() ?? ABSENT)),
    shift: (_rt, self, a) => ((self as ListV).open ? unknown('shift', a.at) : ((self as ListV).items.shift() ?? ABSENT)),
    concat: (rt, self, a) => {
      const l = self as ListV;
      const items = [...l.items];
      let open = !!l.open;
      for (const p of a.pos) {
        if (p.kind === 'list') {
          items.push(...p.items);
          open ||= !!p.open;
        } else if (p.kind === 'unknown') open = true;
        else items.push(p);
      }
      const r = list(items, a.at);
      if (open) r.open = true;
      void rt;
      return r;
    },
    map: (rt, self, a) => {
      const { out, open } = mapItems(rt, self as ListV, arg(a, 0), a.at, true);
      const r = list(out, a.at);
      if (open) r.open = true;
      return r;
    },
    flatMap: (rt, self, a) => {
      const { out, open } = mapItems(rt, self as ListV, arg(a, 0), a.at, true);
      const items: Value[] = [];
      let o = open;
      for (const x of out) {
        if (x.kind === 'list') {
          items.push(...x.items);
          o ||= !!x.open;
        } else if (x.kind === 'unknown') o = true;
        else items.push(x);
      }
      const r = list(items, a.at);
      if (o) r.open = true;
      return r;
    },
    forEach: (rt, self, a) => {
      mapItems(rt, self as ListV, arg(a, 0), a.at, true);
      return ABSENT;
    },
    filter: (rt, self, a) => {
      const l = self as ListV;
      const items: Value[] = [];
      let open = !!l.open;
      l.items.forEach((item, i) => {
        const t = truthy(callback(rt, arg(a, 0), [item, known(i), l], a.at), rt.lang);
        if (t === true) items.push(item);
        else if (t === undefined) {
          items.push(item);
          open = true;
        }
      });
      const r = list(items, a.at);
      if (open) r.open = true;
      return r;
    },
    find: (rt, self, a) => {
      const l = self as ListV;
      for (let i = 0; i < l.items.length; i++) {
        const t = truthy(callback(rt, arg(a, 0), [l.items[i]!, known(i), l], a.at), rt.lang);
        if (t === true) return l.items[i]!;
        if (t === undefined) return unknown('find', a.at);
      }
      return l.open ? unknown('find', a.at) : ABSENT;
    },
    findIndex: (_rt, _self, a) => unknown('findIndex', a.at),
    some: (rt, self, a) => {
      const l = self as ListV;
      let unk = !!l.open;
      for (let i = 0; i < l.items.length; i++) {
        const t = truthy(callback(rt, arg(a, 0), [l.items[i]!, known(i), l], a.at), rt.lang);
        if (t === true) return known(true);
        if (t === undefined) unk = true;
      }
      return unk ? unknown('some', a.at) : known(false);
    },
    every: (rt, self, a) => {
      const l = self as ListV;
      let unk = !!l.open;
      for (let i = 0; i < l.items.length; i++) {
        const t = truthy(callback(rt, arg(a, 0), [l.items[i]!, known(i), l], a.at), rt.lang);
        if (t === false) return known(false);
        if (t === undefined) unk = true;
      }
      return unk ? unknown('every', a.at) : known(true);
    },
    reduce: (rt, self, a) => {
      const l = self as ListV;
      let acc: Value = a.pos.length > 1 ? a.pos[1]! : (l.items[0] ?? ABSENT);
      const start = a.pos.length > 1 ? 0 : 1;
      for (let i = start; i < l.items.length; i++) acc = callback(rt, arg(a, 0), [acc, l.items[i]!, known(i), l], a.at);
      return l.open ? unknown('reduce', a.at) : acc;
    },
    includes: (_rt, self, a) => containsValue(self as ListV, arg(a, 0), a.at),
    indexOf: (_rt, self, a) => {
      const l = self as ListV;
      const x = arg(a, 0);
      if (!x) return known(-1);
      for (let i = 0; i < l.items.length; i++) {
        const eq = equals(l.items[i]!, x);
        if (eq === true) return known(i);
        if (eq === undefined) return unknown('indexOf', a.at);
      }
      return l.open ? unknown('indexOf', a.at) : known(-1);
    },
    join: (rt, self, a) => {
      const sep = arg(a, 0);
      return joinWith(rt, sep && sep.kind !== 'absent' ? sep : known(','), self, a.at);
    },
    slice: (_rt, self, a) => sliceList(self as ListV, arg(a, 0), arg(a, 1), a.at),
    splice: (_rt, self, a) => {
      (self as ListV).open = true;
      return unknown('splice', a.at);
    },
    flat: (_rt, self, a) => {
      const items: Value[] = [];
      let open = !!(self as ListV).open;
      for (const x of (self as ListV).items) {
        if (x.kind === 'list') {
          items.push(...x.items);
          open ||= !!x.open;
        } else items.push(x);
      }
      const r = list(items, a.at);
      if (open) r.open = true;
      return r;
    },
    sort: (_rt, self) => self,
    reverse: (_rt, self) => {
      const l = self as ListV;
      if (!l.open) l.items.reverse();
      return l;
    },
    at: (_rt, self, a) => {
      const i = knownNumber(arg(a, 0));
      const l = self as ListV;
      if (i === undefined || l.open) return unknown('at', a.at);
      return l.items.at(i) ?? ABSENT;
    },
    keys: (_rt, self, a) => list((self as ListV).items.map((_, i) => known(i)), a.at),
    entries: (_rt, self, a) => list((self as ListV).items.map((x, i) => list([known(i), x])), a.at),
    values: (_rt: Runtime, self: Value) => self,
    fill: (_rt, self, a) => {
      const l = self as ListV;
      const v = arg(a, 0) ?? ABSENT;
      for (let i = 0; i < l.items.length; i++) l.items[i] = v;
      return l;
    },
    toString: (rt: Runtime, self: Value, a: CallArgs) => joinWith(rt, known(','), self, a.at),
    then: (rt, self, a) => callback(rt, arg(a, 0), [self], a.at),
  };
  const py: Record<string, Method> = {
    append: (rt, self, a) => {
      (self as ListV).items.push(arg(a, 0) ?? ABSENT);
      if (rt.inOpenIteration) (self as ListV).open = true;
      return ABSENT;
    },
    extend: (rt, self, a) => {
      const l = self as ListV;
      if (rt.inOpenIteration) l.open = true;
      const it = arg(a, 0) ? rt.iterate(arg(a, 0)!, a.at) : undefined;
      if (!it) l.open = true;
      else {
        l.items.push(...it.items);
        if (it.open) l.open = true;
      }
      return ABSENT;
    },
    insert: (rt, self, a) => {
      const i = knownNumber(arg(a, 0));
      const l = self as ListV;
      if (rt.inOpenIteration) l.open = true;
      if (i === undefined) l.open = true;
      else l.items.splice(i, 0, arg(a, 1) ?? ABSENT);
      return ABSENT;
    },
    pop: (_rt, self, a) => {
      const l = self as ListV;
      if (l.open) return unknown('pop', a.at);
      const i = knownNumber(arg(a, 0));
      if (i === undefined) return l.items.pop() ?? ABSENT;
      return l.items.splice(i < 0 ? l.items.length + i : i, 1)[0] ?? ABSENT;
    },
    remove: (_rt, self) => {
      (self as ListV).open = true;
      return ABSENT;
    },
    index: (_rt, self, a) => ts.indexOf!(_rt, self, a),
    count: (_rt, self, a) => {
      const l = self as ListV;
      const x = arg(a, 0);
      if (!x || l.open) return unknown('count', a.at);
      let n = 0;
      for (const it of l.items) {
        const eq = equals(it, x);
        if (eq === undefined) return unknown('count', a.at);
        if (eq) n++;
      }
      return known(n);
    },
    copy: (_rt, self, a) => {
      const l = self as ListV;
      const r = list([...l.items], a.at);
      if (l.open) r.open = true;
      return r;
    },
    sort: (_rt, _self) => ABSENT,
    reverse: (_rt, self) => {
      const l = self as ListV;
      if (!l.open) l.items.reverse();
      return ABSENT;
    },
    clear: (_rt, self) => {
      (self as ListV).items.length = 0;
      return ABSENT;
    },
  };
  return lang === 'ts' ? ts[name] : py[name];
}

export function containsValue(l: ListV, x: Value | undefined, at: At): Value {
  if (!x) return known(false);
  for (const it of l.items) {
    const eq = equals(it, x);
    if (eq === true) return known(true);
    if (eq === undefined) return unknown('contains', at);
  }
  return l.open ? unknown('contains', at) : known(false);
}

export function sliceList(l: ListV, b: Value | undefined, e: Value | undefined, at: At): Value {
  const n = l.items.length;
  const bi = b === undefined || b.kind === 'absent' || (b.kind === 'known' && b.value === null) ? 0 : knownNumber(b);
  const ei = e === undefined || e.kind === 'absent' || (e.kind === 'known' && e.value === null) ? undefined : knownNumber(e);
  if (bi === undefined || (e !== undefined && e.kind !== 'absent' && !(e.kind === 'known' && e.value === null) && ei === undefined)) {
    const r = list([], at);
    r.open = true;
    return r;
  }
  if (l.open && (bi < 0 || (ei !== undefined && ei < 0) || ei === undefined || ei > n)) {
    // slice of an open list: keep what is known, stay open
    const r = list(l.items.slice(bi < 0 ? 0 : bi, ei !== undefined && ei >= 0 ? ei : undefined), at);
    r.open = true;
    return r;
  }
  return list(l.items.slice(bi, ei), at);
}

// ---------------------------------------------------------------- dicts (Python) and objects

function dictMethod(name: string): Method | undefined {
  const m: Record<string, Method> = {
    get: (_rt, self, a) => {
      const d = self as ObjV;
      const key = knownString(arg(a, 0)) ?? (knownNumber(arg(a, 0)) !== undefined ? String(knownNumber(arg(a, 0))) : undefined);
      const dflt = arg(a, 1, 'default') ?? ABSENT;
      if (key === undefined) return unknown('dict-get', a.at, dflt.kind !== 'absent' ? { default: dflt } : undefined);
      const v = d.props.get(key);
      if (v !== undefined) return v;
      if (d.open) return unknown(`key:${key}`, a.at, dflt.kind !== 'absent' ? { default: dflt } : undefined);
      return dflt;
    },
    items: (_rt, self, a) => {
      const d = self as ObjV;
      const r = list([...d.props].map(([k, v]) => list([known(k), v])), a.at);
      if (d.open) r.open = true;
      return r;
    },
    keys: (_rt, self, a) => {
      const d = self as ObjV;
      const r = list([...d.props.keys()].map((k) => known(k)), a.at);
      if (d.open) r.open = true;
      return r;
    },
    values: (_rt, self, a) => {
      const d = self as ObjV;
      const r = list([...d.props.values()], a.at);
      if (d.open) r.open = true;
      return r;
    },
    update: (rt, self, a) => {
      const d = self as ObjV;
      const src = arg(a, 0);
      if (src?.kind === 'obj') for (const [k, v] of src.props) d.props.set(k, v);
      else if (src && src.kind !== 'absent') d.open = true;
      for (const [k, v] of a.kw) d.props.set(k, v);
      void rt;
      return ABSENT;
    },
    copy: (_rt, self, a) => copyObj(self as ObjV, a.at),
    setdefault: (_rt, self, a) => {
      const d = self as ObjV;
      const key = knownString(arg(a, 0));
      if (key === undefined) return unknown('setdefault', a.at);
      if (!d.props.has(key)) d.props.set(key, arg(a, 1) ?? ABSENT);
      return d.props.get(key)!;
    },
    pop: (_rt, self, a) => {
      const d = self as ObjV;
      const key = knownString(arg(a, 0));
      if (key === undefined) return unknown('pop', a.at);
      const v = d.props.get(key);
      d.props.delete(key);
      return v ?? arg(a, 1) ?? ABSENT;
    },
  };
  return m[name];
}

// ---------------------------------------------------------------- JavaScript Map

/** The key of a Map entry, when known: keys are compared by their string form (string and number keys). */
function mapKey(v: Value | undefined): string | undefined {
  return v && v.kind === 'known' && (typeof v.value === 'string' || typeof v.value === 'number') ? String(v.value) : undefined;
}

function mapEntries(m: ObjV, at: At): ListV {
  const l = list([...m.props].map(([k, v]) => list([known(k), v], at)), at);
  if (m.open) l.open = true;
  return l;
}

function mapMethod(name: string): Method | undefined {
  const m: Record<string, Method> = {
    set: (_rt, self, a) => {
      const d = self as ObjV;
      const key = mapKey(arg(a, 0));
      if (key === undefined) d.open = true;
      else d.props.set(key, arg(a, 1) ?? ABSENT);
      return d;
    },
    get: (_rt, self, a) => {
      const d = self as ObjV;
      const key = mapKey(arg(a, 0));
      const v = key !== undefined ? d.props.get(key) : undefined;
      if (v !== undefined) return v;
      return key !== undefined && !d.open ? ABSENT : unknown(key !== undefined ? `map:${key}` : 'map-get', a.at);
    },
    has: (_rt, self, a) => {
      const d = self as ObjV;
      const key = mapKey(arg(a, 0));
      if (key !== undefined && d.props.has(key)) return known(true, a.at);
      return key !== undefined && !d.open ? known(false, a.at) : unknown('map-has', a.at);
    },
    delete: (_rt, self, a) => {
      const d = self as ObjV;
      const key = mapKey(arg(a, 0));
      if (key === undefined) {
        // Which entry goes is unknown: every entry may be missing afterwards.
        d.open = true;
        return unknown('map-delete', a.at);
      }
      const had = d.props.delete(key);
      return had ? known(true, a.at) : d.open ? unknown('map-delete', a.at) : known(false, a.at);
    },
    clear: (_rt, self) => {
      (self as ObjV).props.clear();
      delete (self as ObjV).open;
      return ABSENT;
    },
    forEach: (rt, self, a) => {
      const d = self as ObjV;
      for (const [k, v] of [...d.props]) callback(rt, arg(a, 0), [v, known(k), d], a.at);
      if (d.open) callback(rt, arg(a, 0), [unknown('element', a.at), unknown('key', a.at), d], a.at);
      return ABSENT;
    },
    keys: (_rt, self, a) => {
      const l = list([...(self as ObjV).props.keys()].map((k) => known(k)), a.at);
      if ((self as ObjV).open) l.open = true;
      return l;
    },
    values: (_rt, self, a) => {
      const l = list([...(self as ObjV).props.values()], a.at);
      if ((self as ObjV).open) l.open = true;
      return l;
    },
    entries: (_rt, self, a) => mapEntries(self as ObjV, a.at),
  };
  return m[name];
}

/** The elements a `for..of` over a Map visits: `[key, value]` pairs. */
export function mapIterItems(m: ObjV, at: At): { items: Value[]; open: boolean } {
  const l = mapEntries(m, at);
  return { items: l.items, open: !!l.open };
}

export function copyObj(o: ObjV, at?: At): ObjV {
  const r = obj(new Map(o.props), at);
  if (o.open) r.open = true;
  if (o.dict) r.dict = true;
  return r;
}

// ---------------------------------------------------------------- Outputs

/** `output.apply(fn)` / `promise.then(fn)`: run the callback on a placeholder and lift the result. */
function outputApply(rt: Runtime, self: Value, a: CallArgs): Value {
  const o = self as OutputV;
  const fn = arg(a, 0);
  if (!fn) return o;
  // The callback receives the resolved value: Outputs inside it are plain values there.
  const placeholder = resolveOutputs(o.inner);
  const r = rt.call(fn, [placeholder], a.at, { apply: true, applyOn: o });
  const inner = r.kind === 'output' ? r.inner : r;
  const out: OutputV = { kind: 'output', src: `${o.src}.apply`, inner, at: a.at };
  if (o.promise) out.promise = true;
  const deps = resourcesIn(r.kind === 'output' ? [o, r] : [o]);
  if (deps.size) out.deps = [...deps];
  const taint = mergeTaint(o.taint, r.taint);
  if (taint) out.taint = taint;
  return out;
}

// ---------------------------------------------------------------- dispatch

/** A bound method of a builtin value, or undefined when the value has no such method. */
export function builtinMethod(self: Value, name: string, lang: Lang): Value | undefined {
  let m: Method | undefined;
  switch (self.kind) {
    case 'known':
      if (typeof self.value === 'string') m = strMethod(name, lang);
      else if (typeof self.value === 'number' && (name === 'toString' || name === 'toFixed'))
        m = (_rt, s, a) => {
          const n = knownNumber(s)!;
          const d = knownNumber(arg(a, 0));
          return known(name === 'toFixed' ? n.toFixed(d ?? 0) : n.toString(d ?? 10), a.at);
        };
      break;
    case 'str':
      m = strMethod(name, lang);
      break;
    case 'list':
      m = listMethod(name, lang);
      break;
    case 'obj':
      if (lang === 'py' && !self.cls) m = dictMethod(name);
      else if (self.jsmap) m = mapMethod(name);
      break;
    case 'output':
      if (name === 'apply' || name === 'then') m = outputApply;
      break;
    default:
      break;
  }
  if (!m) return undefined;
  const method = m;
  if (self.kind === 'list' || self.kind === 'obj') {
    // Methods that add to their receiver (push, append, extend, update, ...) are measured here, once.
    return builtin(
      name,
      (rt, args, s) => {
        const recv = s ?? self;
        const before = recv.kind === 'list' ? recv.items.length : recv.kind === 'obj' ? recv.props.size : 0;
        if (recv.kind === 'list' || recv.kind === 'obj') rt.beforeMethod(recv);
        const r = method(rt, recv, args);
        keepInBudget(recv, before, args.at);
        return r;
      },
      self,
    );
  }
  return builtin(name, (rt, args, s) => method(rt, s ?? self, args), self);
}

/**
 * `startsWith`/`startswith` and `endsWith`/`endswith`, also on partly-known strings: the known text at
 * that end often decides (`\`application-${env}\`.startsWith('alias/')` is false whatever `env` is),
 * and a guard like `n.startsWith('alias/') ? n : \`alias/${n}\`` then takes its one real branch.
 */
function affixTest(side: 'start' | 'end'): Method {
  return (_rt, self, a) => {
    const p = arg(a, 0);
    const affixes = p?.kind === 'list' ? p.items.map(knownString) : [knownString(p)];
    const text = knownEnd(self, side);
    if (text === undefined || affixes.length === 0 || affixes.some((x) => x === undefined)) return opaque(self, side === 'start' ? 'startswith' : 'endswith', a.at);
    const verdicts = (affixes as string[]).map((x) => affixVerdict(text, x, side));
    const decided = verdicts.some((v) => v === true) ? true : verdicts.every((v) => v === false) ? false : undefined;
    if (decided !== undefined) {
      const r = known(decided);
      if (self.taint) r.taint = self.taint;
      return r;
    }
    return opaque(self, side === 'start' ? 'startswith' : 'endswith', a.at);
  };
}

/** The known text at the start or end of a string value, and whether it is the whole string. */
function knownEnd(v: Value, side: 'start' | 'end'): { text: string; whole: boolean } | undefined {
  const s = knownString(v);
  if (s !== undefined) return { text: s, whole: true };
  if (v.kind !== 'str' || v.parts.length === 0) return undefined;
  const parts = side === 'start' ? v.parts : [...v.parts].reverse();
  let text = '';
  for (const part of parts) {
    const k = knownString(part);
    if (k === undefined) return { text, whole: false };
    text = side === 'start' ? text + k : k + text;
  }
  return { text, whole: true };
}

function affixVerdict(end: { text: string; whole: boolean }, affix: string, side: 'start' | 'end'): boolean | undefined {
  const { text, whole } = end;
  const has = side === 'start' ? text.startsWith(affix) : text.endsWith(affix);
  if (has || whole) return has;
  // The unknown rest may complete the affix only if the known text is a part of it.
  if (text.length >= affix.length) return false;
  return (side === 'start' ? affix.startsWith(text) : affix.endsWith(text)) ? undefined : false;
}
