// Training value of a (model answer, corrected answer) pair: the more real failures the correction
// fixes, and the severer they are, the more the pair teaches. Documented in docs/review.md.
//
//   W     = Σ over failures fixed in the ideal of weight(severity) (a failure fixed at some of its
//           places counts the fixed share; one the ideal cannot tell counts nothing)
//           weight: critical 3, high 2, medium 1, low 0.25
//   score = round(10 × (1 − e^(−W / 8)), 1)
//
// W = 0 → 0; one high fix → 2.2; four high fixes → 6.3; W = 16 → 8.6; it approaches 10 and never
// exceeds it. Without an ideal answer nothing is known to be fixed, so the score is computed over all
// failures and marked as an estimate.

import type { Severity } from '../core/finding.js';

export const WEIGHTS: Record<Severity, number> = { critical: 3, high: 2, medium: 1, low: 0.25 };
export const SCALE = 8;

export interface TrainingValue {
  value: number;
  weightedFixes: number;
  formula: string;
  /** No ideal answer: all failures counted as if fixed. */
  estimate: boolean;
}

interface Scored {
  severity: Severity;
  status: string;
  places?: readonly { status: string }[];
}

/** How much of a failure the corrected answer fixes: 1, 0, or the share of its decided places. */
function fixedShare(f: Scored): number {
  if (f.status === 'fixed' || f.status === 'removed-in-ideal') return 1;
  if (f.status !== 'partly-fixed' || !f.places) return 0;
  const decided = f.places.filter((p) => p.status !== 'cannot-tell');
  return decided.length ? decided.filter((p) => p.status === 'fixed' || p.status === 'removed-in-ideal').length / decided.length : 0;
}

export function trainingValue(failures: readonly Scored[], haveIdeal: boolean): TrainingValue {
  const w = Math.round(failures.reduce((n, f) => n + WEIGHTS[f.severity] * (haveIdeal ? fixedShare(f) : 1), 0) * 100) / 100;
  return {
    value: Math.round(10 * (1 - Math.exp(-w / SCALE)) * 10) / 10,
    weightedFixes: w,
    formula: `10 × (1 − e^(−W/${SCALE})), W = Σ fixed failures × weight (critical ${WEIGHTS.critical}, high ${WEIGHTS.high}, medium ${WEIGHTS.medium}, low ${WEIGHTS.low})`,
    estimate: !haveIdeal,
  };
}
