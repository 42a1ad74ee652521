import { SEVERITIES, type Severity } from '../core/finding.js';
import type { ProgramResult } from '../core/result.js';

export interface Summary {
  inputs: number;
  files: number;
  resources: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  byClass: Record<string, number>;
  /** Silenced by inline `stacklint-ignore` comments. */
  suppressed: number;
  /** Dropped by the configuration's `ignore` globs. */
  ignored: number;
  /** Dropped because they are in the baseline. */
  baselined: number;
  /** Requirement verdicts, when a request was checked. */
  requirements?: { pass: number; fail: number; unknown: number };
}

export function summarize(results: ProgramResult[], baselined = 0): Summary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byClass: Record<string, number> = {};
  let findings = 0;
  for (const r of results) {
    for (const f of r.findings) {
      findings++;
      bySeverity[f.severity]++;
      byClass[f.class] = (byClass[f.class] ?? 0) + 1;
    }
  }
  return {
    inputs: results.length,
    files: results.reduce((n, r) => n + r.stats.files, 0),
    resources: results.reduce((n, r) => n + r.stats.resources, 0),
    findings,
    bySeverity,
    byClass: Object.fromEntries(Object.entries(byClass).sort(([a], [b]) => (a < b ? -1 : 1))),
    suppressed: results.reduce((n, r) => n + r.suppressed, 0),
    ignored: results.reduce((n, r) => n + r.ignored, 0),
    baselined,
    ...requirementTotals(results),
  };
}

function requirementTotals(results: ProgramResult[]): { requirements?: { pass: number; fail: number; unknown: number } } {
  const with_ = results.filter((r) => r.requirements);
  if (with_.length === 0) return {};
  const sum = (k: 'pass' | 'fail' | 'unknown') => with_.reduce((n, r) => n + r.requirements![k], 0);
  return { requirements: { pass: sum('pass'), fail: sum('fail'), unknown: sum('unknown') } };
}
