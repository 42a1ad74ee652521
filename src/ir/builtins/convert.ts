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
  mergeTaint,
  obj,
  provenance,
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

/** Plain data as a value; `text`, when given, turns each string into a value of its own. */
export function plainToValue(x: unknown, at?: At, text?: (s: string) => Value): Value {
  if (x === undefined) return ABSENT;
  if (typeof x === 'string' && text) return text(x);
  if (x === null || typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') return known(x, at);
  if (Array.isArray(x)) return list(x.map((i) => plainToValue(i, at, text)), at);
  if (typeof x === 'object') {
    const m = new Map<string, Value>();
    for (const [k, val] of Object.entries(x as Record<string, unknown>)) m.set(k, plainToValue(val, at, text));
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
  const re = /%(\([^)]*\))?([-#0 +]*)(\d+|\*)?(\.\d*)?([sdrifgxXeEoc%])/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(fmt))) {
    parts.push(known(fmt.slice(last, m.index)));
    last = re.lastIndex;
    const conv = m[5]!;
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
    const flags = m[2] ?? '';
    if (m[3] === '*') {
      parts.push(unknown('format-spec'));
      continue;
    }
    if ((conv === 'd' || conv === 'i') && knownNumber(val) !== undefined) val = known(Math.trunc(knownNumber(val)!), val.at);
    const text = conv === 'r' ? pyRepr(val) : toStr(val, 'py');
    if (!flags && !m[3] && m[4] === undefined) {
      parts.push(text);
      continue;
    }
    // Flags, width and precision as the equivalent format spec (`%-8s` is `<8`, `%05.1f` is `05.1f`).
    const str = conv === 's' || conv === 'r';
    const align = flags.includes('-') ? '<' : str ? '>' : '';
    const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
    const spec = `${align}${str ? '' : sign}${flags.includes('#') ? '#' : ''}${flags.includes('0') && !align && !str ? '0' : ''}${m[3] ?? ''}${m[4] !== undefined ? (m[4] === '.' ? '.0' : m[4]) : ''}${str ? '' : conv === 'i' ? 'd' : conv}`;
    const out = str ? (text.kind === 'known' ? knownFormatSpec(text, spec) : undefined) : knownNumber(val) !== undefined ? knownFormatSpec(val, spec) : undefined;
    parts.push(out !== undefined ? withTaint(known(out), val.taint) : opaqueOf(val));
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
      const inside = fmt.slice(i + 1, close);
      const cut = inside.search(/[!:]/);
      const field = cut < 0 ? inside : inside.slice(0, cut);
      const head = /^[^.[]*/.exec(field)![0];
      let val: Value;
      if (head === '') val = pos[auto++] ?? unknown('format');
      else if (/^\d+$/.test(head)) val = pos[Number(head)] ?? unknown('format');
      else val = kw.get(head) ?? unknown(`format:${head}`);
      const lookups = /\.([^.[]+)|\[([^\]]*)\]/g;
      lookups.lastIndex = head.length;
      let lk: RegExpExecArray | null;
      while ((lk = lookups.exec(field))) val = lk[1] !== undefined ? member(val, lk[1]) : formatIndex(val, lk[2]!);
      // A spec holding a nested field (`{x:{width}}`) reaches past this `}`: unknown.
      if (fmt.slice(i + 1).search(/[{}]/) !== close - i - 1) {
        parts.push(unknown('format-spec'));
        break;
      }
      parts.push(cut < 0 ? toStr(val, 'py') : pyFormatField(val, inside.slice(cut)));
      i = close + 1;
      continue;
    }
    text += c;
    i++;
  }
  parts.push(known(text + fmt.slice(i)));
  return concatStrings(parts, 'py', at);
}

/** `{d[key]}` / `{xs[0]}` inside a format field: an integer indexes a list, anything else is a dict key. */
function formatIndex(v: Value, key: string): Value {
  if (v.kind === 'list' && /^\d+$/.test(key)) return v.items[Number(key)] ?? (v.open ? unknown('format') : unknown('format-index'));
  if (v.kind === 'obj' && !v.cls) return v.props.get(key) ?? unknown(`format:${key}`);
  return unknown(`format:${key}`);
}

/**
 * A replacement field's tail after its expression, as Python applies it: `!r`/`!s`/`!a`, then the
 * format spec (`:>10`, `:03d`, `:.2f`, `:,`, `:x`). Known scalars are formatted; a value only partly
 * known keeps its provenance but not its text when the spec may change it. A self-documenting `=`
 * or a spec this does not model gives an unknown.
 */
export function pyFormatField(v: Value, tail: string, at?: At): Value {
  const t = tail.trim();
  const m = /^(?:!([rsa]))?(?::(.*))?$/s.exec(t);
  if (!m) return opaqueOf(v, at);
  let val = v;
  if (m[1] === 'r' || m[1] === 'a') val = pyRepr(v);
  else if (m[1] === 's') val = toStr(v, 'py');
  const spec = m[2] ?? '';
  if (spec === '') return m[1] ? withTaint(val, v.taint) : toStr(val, 'py');
  const text = knownFormatSpec(val, spec);
  if (text !== undefined) return withTaint(known(text, at), mergeTaint(v.taint, val.taint));
  return opaqueOf(v, at);
}

/** An unknown standing for a formatted value: it keeps where the value came from. */
function opaqueOf(v: Value, at?: At): Value {
  if (v.kind === 'unknown' || v.kind === 'output') return v;
  const r = unknown('format-spec', at);
  const prov = [...provenance(v)];
  if (prov.length) r.taint = mergeTaint(undefined, prov);
  return r;
}

/** Python's format(value, spec) for known strings and numbers; undefined when not modelled. */
function knownFormatSpec(v: Value, spec: string): string | undefined {
  if (v.kind !== 'known') return undefined;
  const m = /^(?:(.)?([<>=^]))?([-+ ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([sdbcoxXfF%e]?)$/s.exec(spec);
  if (!m) return undefined;
  let [, fill, align] = m;
  const [, , , sign, alt, zero, width, group, prec, type] = m;
  if (align === undefined && fill !== undefined) return undefined;
  const w = width ? Number(width) : 0;
  const p = prec !== undefined ? Number(prec) : undefined;
  let body: string;
  let prefix = '';
  if (typeof v.value === 'string') {
    if ((type && type !== 's') || sign || alt || group || (zero && !align)) return undefined;
    body = p !== undefined ? [...v.value].slice(0, p).join('') : v.value;
    if (align === '=') return undefined;
    align ??= '<';
  } else if (typeof v.value === 'number') {
    const n = v.value;
    if (!Number.isFinite(n)) return undefined;
    const neg = n < 0 || Object.is(n, -0);
    const a = Math.abs(n);
    switch (type) {
      case 'd':
      case 'b':
      case 'o':
      case 'x':
      case 'X':
      case '': {
        if (!Number.isInteger(n)) {
          if (type !== '' || p !== undefined || group) return undefined;
          body = String(a);
          if (!body.includes('.') && !body.includes('e')) return undefined;
          break;
        }
        if (p !== undefined) return undefined;
        const radix = type === 'b' ? 2 : type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
        body = a.toString(radix);
        if (type === 'X') body = body.toUpperCase();
        if (group) {
          if (radix === 10) body = groupDigits(body, 3, group);
          else if (group === '_') body = groupDigits(body, 4, '_');
          else return undefined;
        }
        if (alt && radix !== 10) prefix = radix === 2 ? '0b' : radix === 8 ? '0o' : type === 'X' ? '0X' : '0x';
        break;
      }
      case 'f':
      case 'F':
      case '%': {
        const digits = p ?? 6;
        if (digits > 20) return undefined;
        const [ip, fp] = (type === '%' ? a * 100 : a).toFixed(digits).split('.');
        body = (group ? groupDigits(ip!, 3, group) : ip!) + (fp !== undefined ? '.' + fp : alt ? '.' : '') + (type === '%' ? '%' : '');
        break;
      }
      case 'e': {
        const digits = p ?? 6;
        if (digits > 20 || group) return undefined;
        const [mant, exp] = a.toExponential(digits).split('e');
        const e = Number(exp);
        body = `${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
        break;
      }
      default:
        return undefined;
    }
    prefix = (neg ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '') + prefix;
    if (zero && !align) {
      fill = '0';
      align = '=';
    }
    align ??= '>';
  } else return undefined;
  fill ??= ' ';
  const len = [...prefix].length + [...body].length;
  const pad = Math.max(0, w - len);
  switch (align) {
    case '<':
      return prefix + body + fill.repeat(pad);
    case '>':
      return fill.repeat(pad) + prefix + body;
    case '^':
      return fill.repeat(Math.floor(pad / 2)) + prefix + body + fill.repeat(pad - Math.floor(pad / 2));
    default:
      return prefix + fill.repeat(pad) + body;
  }
}

function groupDigits(s: string, n: number, sep: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % n === 0) out += sep;
    out += s[i];
  }
  return out;
}

// ---------------------------------------------------------------- JSON written as text

const HOLE = /\uE000(\d+)\uE001/g;
const MAX_JSON_TEXT = 200_000;

/**
 * A string built from JSON text with holes (`pulumi.interpolate`, a template literal, an f-string, Output.concat
 * or `.format`): when the text around the holes is JSON and every hole sits inside a JSON string
 * (`"Resource": "${bucket.arn}/*"`), the string remembers the structure, as JSON.stringify's do; a
 * string value holding a hole is built from the text and the hole's value. A hole outside quotes or
 * in a key gives no structure. Returns `v` itself, with `json` set when it applies.
 */
/** Whether parsed JSON text can stand as a structure: no hole in a key (the key is not known), at most 40 levels deep. */
function usableStructure(x: unknown, depth = 0): boolean {
  if (depth > 40) return false;
  if (Array.isArray(x)) return x.every((i) => usableStructure(i, depth + 1));
  if (x === null || typeof x !== 'object') return true;
  return Object.entries(x as Record<string, unknown>).every(([k, val]) => !k.includes('\uE000') && usableStructure(val, depth + 1));
}

export function withJsonText(v: Value, lang: Lang): Value {
  if (v.kind !== 'str' || v.json) return v;
  const first = v.parts[0];
  if (!first || first.kind !== 'known' || typeof first.value !== 'string' || !/^\s*[[{]/.test(first.value)) return v;
  let text = '';
  const holes: Value[] = [];
  for (const p of v.parts) {
    if (p.kind === 'known') text += String(p.value ?? '');
    else {
      text += `\uE000${holes.length}\uE001`;
      holes.push(p);
    }
    if (text.length > MAX_JSON_TEXT) return v;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return v;
  }
  const at = v.at;
  if (!usableStructure(parsed)) return v;
  // A string value holding holes is the text around them and the holes' values.
  const textOf = (x: string): Value => {
    if (!x.includes('\uE000')) return known(x, at);
    const parts: Value[] = [];
    let last = 0;
    for (const m of x.matchAll(HOLE)) {
      parts.push(known(x.slice(last, m.index)));
      parts.push(holes[Number(m[1])] ?? unknown('json'));
      last = m.index! + m[0].length;
    }
    parts.push(known(x.slice(last)));
    // A stray marker (a hole's text split by an escape) leaves the value unknown.
    return /[\uE000\uE001]/.test(parts.filter((p) => p.kind === 'known').map((p) => String((p as { value: unknown }).value)).join('')) ? unknown('json', at) : concatStrings(parts, lang, at);
  };
  const structure = plainToValue(parsed, at, textOf);
  if (structure.kind !== 'obj' && structure.kind !== 'list') return v;
  v.json = structure;
  return v;
}
