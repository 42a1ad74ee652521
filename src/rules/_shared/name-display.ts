// Names as messages show them: the program's own words for the unknown parts (`${environmentSuffix}`,
// `${stack}`), never the analyser's provenance labels.

import type { Value } from '../../ir/values.js';

/** String methods that leave a value recognisable (`suffix.lower()` is still the suffix). */
const METHOD = /\.(lower|upper|casefold|strip|lstrip|rstrip|title|toLowerCase|toUpperCase|toLocaleLowerCase|trim|trimStart|trimEnd|replace|replaceAll|slice|substring|substr|split|join|\d+)$/;

/** The name a program gives an unknown value: `environmentSuffix`, `stack`, `getRegion().name`. */
export function unknownLabel(why: string): string {
  let w = why.replace(/^(call:)+/, '');
  while (METHOD.test(w)) w = w.replace(METHOD, '');
  const invoke = /^invoke:(\w+)\.(\w+)/.exec(w);
  if (invoke) return `${invoke[1]}().${invoke[2]}`;
  w = w.replace(/^(config|env|param|attr|key):/, '').replace(/^(config|env|param|attr|key):/, '');
  const last = w.split(/[.:]/).filter(Boolean).pop();
  return last && /^[A-Za-z_$][\w$-]*$/.test(last) ? last : '…';
}

/** A string value with its unknown parts as `${name}`, cut to `max` characters. */
export function shownName(v: Value, max = 70): string {
  const inner = v.kind === 'output' ? v.inner : v;
  const parts = inner.kind === 'str' ? inner.parts : [inner];
  const s = parts.map((p) => (p.kind === 'known' ? String(p.value) : p.kind === 'unknown' ? `\${${unknownLabel(p.why)}}` : '${…}')).join('');
  return s.length > max ? s.slice(0, max - 3) + '...' : s;
}
