// How messages name a resource: its logical name in backticks, with `…` for the parts that are not
// known (`api-${environmentSuffix}` reads `api-…`), else its type.

import type { Resource } from '../../model/types.js';

export function resourceLabel(r: Resource): string {
  const n = r.name;
  if (n.kind === 'known' && typeof n.value === 'string') return `\`${n.value}\``;
  if (n.kind === 'str') return `\`${n.parts.map((p) => (p.kind === 'known' ? String(p.value) : '…')).join('')}\``;
  return `\`${r.typePath}\``;
}
