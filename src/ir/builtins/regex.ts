import { knownString, obj, known, type At, type Value } from '../values.js';

// Regular expressions are objects with two hidden properties; only known patterns are ever run, and
// only on known strings (short names, not untrusted bulk input).

export function regexValue(source: string, flags: string, at?: At): Value {
  const v = obj(new Map([['__regex_source', known(source)], ['__regex_flags', known(flags)]]), at);
  return v;
}

export function regexOf(v: Value): RegExp | undefined {
  if (v.kind !== 'obj') return undefined;
  const src = knownString(v.props.get('__regex_source'));
  if (src === undefined) return undefined;
  try {
    return new RegExp(src, knownString(v.props.get('__regex_flags')) ?? '');
  } catch {
    return undefined;
  }
}
