// Destroyability: no retain policies, no deletion protection, no final snapshots, emptied buckets.

import { found, type Extractor } from './found.js';

const CUE =
  /\bdestroy(able|ed|ability)?\b|\bdestruction\b|\btorn down\b|\btear(ing)?[- ]down\b|\bteardown\b|\bremoval[-_ ]?polic|\bdeletion[-_ ]?polic|\bdeletion[-_ ]?protection|\bdeletionprotection\b|\bretain(_on_delete|ondelete)?\b|\bskip[-_ ]?final[-_ ]?snapshot|\bprotect\s*[=:]\s*false|\bforce[-_ ]?(destroy|delete)|\bauto-?delete\b|\bcleanly\b|\bcleanable\b/i;
const NEGATED_RETENTION = /\b(no|without|not|never|avoid)\b[^.]*\bretention polic/i;
const FORCE = /\bforce[-_ ]?(destroy|delete)|\bauto-?delete\b|\bemptied\b/i;

export const extractDestroyable: Extractor = (c) => {
  const { low } = c;
  if (!CUE.test(low) && !NEGATED_RETENTION.test(low)) return [];
  // "retain DynamoDB data on stack deletion", "enable deletion protection" and "stack policies to
  // prevent deletion" ask for the opposite: only negated retain/protection wording counts.
  const affirmsDestroy = /destroy|destruction|tear|torn|clean|force|auto-?delete|skip[-_ ]?final/.test(low);
  const negated = /\b(no|not|never|avoid|forbidden|without|don'?t|false|disabled?)\b/.test(low);
  if (!affirmsDestroy && !negated) return [];
  if (/\bprevent (accidental )?deletion\b/.test(low)) return [];
  return [found('destroyable', FORCE.test(low) ? { forceDestroy: true } : {}, 0.85)];
};
