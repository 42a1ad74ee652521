import type { Finding } from './finding.js';
import type { ProgramInput } from './program.js';

/** Everything one analysed input produced; plain data so it can cross worker threads. */
export interface ProgramResult {
  root: string;
  kind: ProgramInput['kind'];
  findings: Finding[];
  /** Internal errors (a rule that failed); the CLI reports them and exits 2. */
  errors: string[];
  /** Findings silenced by inline `stacklint-ignore` comments. */
  suppressed: number;
  /** Findings dropped by the configuration's `ignore` globs. */
  ignored: number;
  /** Requirement verdicts when a request was given (fails are findings too). */
  requirements?: { pass: number; fail: number; unknown: number };
  /** Host texts of files that have findings, for line numbers and code frames. */
  sources: Record<string, string>;
  /** The evaluated model as JSON, when `--dump model` asked for it. */
  model?: unknown;
  stats: { files: number; resources: number; steps: number; ms: number };
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.location.hostPath < b.location.hostPath ? -1 : a.location.hostPath > b.location.hostPath ? 1 : 0) ||
    a.location.start - b.location.start ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
