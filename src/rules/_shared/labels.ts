// How messages name a resource: its logical name in backticks, with `…` for the parts that are not
// known (`api-${environmentSuffix}` reads `api-…`), else its type.

import type { Resource } from '../../model/types.js';

export function resourceLabel(r: Resource): string {
  return nameLabel(r) ?? `\`${r.typePath}\``;
}

/**
 * The resource as a message names it in a sentence: its logical name when known, else `this <type>`
 * (`This <type>` at the start of a sentence).
 */
export function resourceRef(r: Resource, start = false): string {
  return nameLabel(r) ?? `${start ? 'This' : 'this'} ${r.typePath}`;
}

/** The logical name in backticks, `…` for unknown parts; undefined when no part is known. */
export function nameLabel(r: Resource): string | undefined {
  const n = r.name;
  if (n.kind === 'known' && typeof n.value === 'string') return `\`${n.value}\``;
  // A name with no known part at all says nothing (`…`): the type says more.
  if (n.kind === 'str' && n.parts.some((p) => p.kind === 'known')) return `\`${n.parts.map((p) => (p.kind === 'known' ? String(p.value) : '…')).join('')}\``;
  return undefined;
}
