// Secrets written in the code: a literal, or the literal part of a secret built from non-secret values.
// Shared by security/hardcoded-secret and the request's Secrets Manager check.

import type { Value } from '../../ir/values.js';

/** Text that names where a secret is kept (an ARN, a dynamic reference, an alias), not the secret. */
export const REFERENCE = /^(arn:|\{\{resolve:|\$\{|ssm:|secretsmanager:|projects\/|alias\/)/;

const STRONG_CHARS = /[0-9!@#$%^&*?]/;

/**
 * A secret built from a literal and non-secret values (`f"{env}_secure_password_123!"`): the part
 * an attacker must guess is in the code. Returns the literal text.
 */
export function partialLiteral(v: Value): string | undefined {
  if (v.kind !== 'str' || v.json) return undefined;
  let text = '';
  for (const p of v.parts) {
    if (p.kind === 'known') text += String(p.value);
    else if (p.kind === 'output' || p.taint?.some((t) => t === 'secret' || t === 'random') || (p.kind === 'unknown' && /^(random|invoke|call)/.test(p.why))) return undefined;
  }
  if (text.length < 8 || !STRONG_CHARS.test(text) || REFERENCE.test(text) || /:\/\/|^\/|arn:/.test(text)) return undefined;
  return text;
}

