// Every resource a value refers to: attributes of resources anywhere inside it, including inside
// strings built from them, JSON documents serialised from them and branch alternatives.

import type { Value } from '../../ir/values.js';

/** Call `found` with the id of every resource whose attribute appears in `v`. */
export function forEachRef(v: Value, found: (id: number) => void, depth = 0): void {
  if (depth > 12) return;
  switch (v.kind) {
    case 'output':
      if (v.resource !== undefined) found(v.resource);
      forEachRef(v.inner, found, depth + 1);
      break;
    case 'unknown':
      if (v.ref) found(v.ref.resource);
      for (const a of v.alts ?? []) forEachRef(a, found, depth + 1);
      break;
    case 'str':
      for (const p of v.parts) forEachRef(p, found, depth + 1);
      if (v.json) forEachRef(v.json, found, depth + 1);
      break;
    case 'known':
      if (v.json) forEachRef(v.json, found, depth + 1);
      break;
    case 'list':
      for (const x of v.items) forEachRef(x, found, depth + 1);
      break;
    case 'obj':
      if (!v.cls) for (const x of v.props.values()) forEachRef(x, found, depth + 1);
      break;
    default:
  }
}
