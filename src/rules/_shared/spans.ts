import type { At } from '../../ir/values.js';

/** A map key for a span: the same file and offsets are the same place (an import and the names it reads). */
export function spanKey(at: At): string {
  return `${at.f}\u0000${at.s}\u0000${at.e}`;
}
