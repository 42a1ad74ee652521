// Conversions between values and strings/JSON, in each language's own way.

import type { Lang } from '../../core/ir.js';
import { budget } from '../budget.js';
import type { Runtime } from '../runtime.js';
import {
  ABSENT,
  type At,
  concatStrings,
  known,
  knownNumber,
  knownString,
  list,
  obj,
  scalarString,
  unknown,
  type Value,
  withTaint,
} from '../values.js';

/** str(x) / String(x) / a template hole. Unknown parts stay parts of the resulting string. */
export function toStr(v: Value, lang: Lang, at?: At): Value {
  const s = scalarString(v, lang);
  // The text of a known value keeps its provenance (e.g. that it came from `environmentSuffix`).
  if (s !== undefined) return withTaint(known(s, at), v.taint);
  switch (v.kind) {
    case 'str':
    case 'unknown':
    case 'output':
      return v;
    case 'list': {
      if (lang === 'ts') {
        const parts: Value[] = [];
        v.items.forEach((it, i) => {
          if (i > 0) parts.push(known(','));
          parts.push(it.kind === 'absent' || (it.kind === 'known' && it.value === null) ? known('') : toStr(it, lang));
        });
        if (v.open) parts.push(unknown('list-rest'));
        return concatStrings(parts, lang, at);
      }
      return pyRepr(v);
    }
    case 'obj':
      if (lang === 'ts') return known('[object Object]', at);
      return pyRepr(v);
    default:
      return unknown('stringified', at);
  }
}

/** Python repr() of simple values; unknown when not fully known. */
export function pyRepr(v: Value): Value {
  const parts: Value[] = [];
  const maxParts = budget().limits.items;
  const walk = (x: Value, depth: number): void => {
    if (parts.length > maxParts) return;
    if (depth > 8) {
      parts.push(unknown('repr'));
      return;
    }
    switch (x.kind) {
      case 'known':
        if (typeof x.value === 'string') parts.push(known(`'${x.value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`));
        else parts.push(known(scalarString(x, 'py')!));
        return;
      case 'absent':
        parts.push(known('None'));
        return;
      case 'list':
        parts.push(known('['));
        x.items.forEach((it, i) => {
          if (i > 0) parts.push(known(', '));
          walk(it, depth + 1);
        });
        if (x.open) parts.push(unknown('list-rest'));
        parts.push(known(']'));
        return;
      case 'obj':
        parts.push(known('{'));
        [...x.props].forEach(([k, val], i) => {
          if (i > 0) parts.push(known(', '));
          parts.push(known(`'${k}': `));
          walk(val, depth + 1);
        });
        parts.push(known('}'));
        return;
      default:
        parts.push(x);
    }
  };
  walk(v, 0);
  if (parts.length > maxParts) {
    budget().cut('items', v.at);
    return unknown('budget:items', v.at);
  }
  return concatStrings(parts, 'py');
}

// ---------------------------------------------------------------- JSON

/** Does the value contain an Output anywhere (used for output-in-json)? */
export function findOutput(v: Value, depth = 0): Value | undefined {
  if (depth > 12) return undefined;
  switch (v.kind) {
    case 'output':
      return v;
    case 'str':
      for (const p of v.parts) {
        const o = findOutput(p, depth + 1);
        if (o) return o;
      }
      return undefined;
    case 'list':
      for (const it of v.items) {
        const o = findOutput(it, depth + 1);
        if (o) return o;
      }
      return undefined;
    case 'obj':
      if (v.cls) return undefined;
      for (const it of v.props.values()) {
        const o = findOutput(it, depth + 1);
        if (o) return o;
      }
      return undefined;
    default:
      return undefined;
  }
}

/**
 * JSON.stringify / json.dumps. The result remembers the structure it serialises (`json`), so policy
 * documents stay inspectable even when some leaves are unknown.
 */
export function jsonStringify(v: Value, rt: Runtime, at: At): Value {
  const out = findOutput(v);
  if (out) rt.event('output-in-json', at, undefined, out);
  const parts: Value[] = [];
  // A value shared at many places is written out at each: the output is bounded, not the value.
  const maxParts = budget().limits.items;
  const emit = (x: Value, depth: number): void => {
    if (parts.length > maxParts) return;
    if (depth > 20) {
      parts.push(unknown('json-depth'));
      return;
    }
    switch (x.kind) {
      case 'known':
        parts.push(known(JSON.stringify(x.value)));
        return;
      case 'absent':
        parts.push(known('null'));
        return;
      case 'list':
        parts.push(known('['));
        x.items.forEach((it, i) => {
          if (i > 0) parts.push(known(','));
          emit(it, depth + 1);
        });
        if (x.open) parts.push(unknown('json-rest'));
        parts.push(known(']'));
        return;
      case 'obj': {
        parts.push(known('{'));
        let i = 0;
        for (const [k, val] of x.props) {
          if (val.kind === 'absent' || val.kind === 'func') continue;
          if (i++ > 0) parts.push(known(','));
          parts.push(known(JSON.stringify(k) + ':'));
          emit(val, depth + 1);
        }
        if (x.open) parts.push(unknown('json-rest'));
        parts.push(known('}'));
        return;
      }
      case 'str':
        parts.push(known('"'), x, known('"'));
        return;
      default:
        parts.push(known('"'), x, known('"'));
    }
  };
  emit(v, 0);
  if (parts.length > maxParts) {
    budget().cut('items', at);
    return unknown('budget:items', at);
  }
  const result = concatStrings(parts, rt.lang, at);
  if (result.kind === 'known' || result.kind === 'str') result.json = v;
  return result;
}

/** JSON.parse / json.loads of a known string, or of a string that remembers its structure. */
export function jsonParse(v: Value, at: At): Value {
  if ((v.kind === 'known' || v.kind === 'str') && v.json) return v.json;
  const s = knownString(v);
  if (s === undefined) return unknown('json-parse', at);
  try {
    return plainToValue(JSON.parse(s), at);
  } catch {
    return unknown('json-parse-error', at);
  }
}

export function plainToValue(x: unknown, at?: At): Value {
  if (x === undefined) return ABSENT;
  if (x === null || typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') return known(x, at);
  if (Array.isArray(x)) return list(x.map((i) => plainToValue(i, at)), at);
  if (typeof x === 'object') {
    const m = new Map<string, Value>();
    for (const [k, val] of Object.entries(x as Record<string, unknown>)) m.set(k, plainToValue(val, at));
    return obj(m, at);
  }
  return unknown('value', at);
}

// ---------------------------------------------------------------- Python formatting

/** `"%s-%d" % (a, b)` and `"%(name)s" % {...}`. */
export function pyPercent(fmt: string, arg: Value, at: At): Value {
  const args = arg.kind === 'list' ? arg.items : [arg];
  let i = 0;
  const parts: Value[] = [];
  const re = /%(\([^)]*\))?[-#0 +]*(\d+|\*)?(\.\d+)?([sdrifgxXeEoc%])/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(fmt))) {
    parts.push(known(fmt.slice(last, m.index)));
    last = re.lastIndex;
    const conv = m[4]!;
    if (conv === '%') {
      parts.push(known('%'));
      continue;
    }
    let val: Value | undefined;
    if (m[1]) {
      const key = m[1].slice(1, -1);
      val = arg.kind === 'obj' ? (arg.props.get(key) ?? (arg.open ? unknown(`format:${key}`) : ABSENT)) : unknown('format');
    } else {
      val = args[i++] ?? unknown('format');
    }
    if ((conv === 'd' || conv === 'i') && knownNumber(val) !== undefined) val = known(String(Math.trunc(knownNumber(val)!)));
    parts.push(conv === 'r' ? pyRepr(val) : toStr(val, 'py'));
  }
  parts.push(known(fmt.slice(last)));
  return concatStrings(parts, 'py', at);
}

/** `"{} {name}".format(a, name=b)`; attribute/index lookups inside fields via `member`. */
export function pyFormat(
  fmt: string,
  pos: Value[],
  kw: Map<string, Value>,
  member: (v: Value, name: string) => Value,
  at: At,
): Value {
  const parts: Value[] = [];
  let auto = 0;
  let i = 0;
  let text = '';
  while (i < fmt.length) {
    const c = fmt[i]!;
    if (c === '{' && fmt[i + 1] === '{') {
      text += '{';
      i += 2;
      continue;
    }
    if (c === '}' && fmt[i + 1] === '}') {
      text += '}';
      i += 2;
      continue;
    }
    if (c === '{') {
      const close = fmt.indexOf('}', i);
      if (close < 0) break;
      parts.push(known(text));
      text = '';
      const field = fmt.slice(i + 1, close).split(/[!:]/)[0]!;
      const [head, ...rest] = field.split('.');
      let val: Value;
      if (head === '' || head === undefined) val = pos[auto++] ?? unknown('format');
      else if (/^\d+$/.test(head)) val = pos[Number(head)] ?? unknown('format');
      else val = kw.get(head) ?? unknown(`format:${head}`);
      for (const r of rest) val = member(val, r);
      parts.push(toStr(val, 'py'));
      i = close + 1;
      continue;
    }
    text += c;
    i++;
  }
  parts.push(known(text + fmt.slice(i)));
  return concatStrings(parts, 'py', at);
}
