// Findings are plain data. Positions are host offsets; reporters turn them into 1-based lines/columns.

export type Severity = 'critical' | 'high' | 'medium' | 'low';

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s); // critical = 4 … low = 1
}

export interface FindingLocation {
  /** File on disk (for Markdown answers: the .md file). */
  hostPath: string;
  /** Virtual path of the code block or file (e.g. `lib/tap_stack.py`), when different from hostPath. */
  virtualPath?: string;
  /** Host offsets, end exclusive. */
  start: number;
  end: number;
}

export interface Finding {
  ruleId: string;
  class: string;
  severity: Severity;
  message: string;
  fixHint?: string;
  location: FindingLocation;
  resource?: { type: string; name: string | null };
  /** Id of that resource or component in the model it came from (for reviews; not part of reports). */
  resourceId?: number;
  /** The rule's message id and the values its message was filled with (for reviews; not part of reports). */
  messageId?: string;
  data?: Record<string, string | number>;
  /**
   * One cause behind several places (for reviews; not part of reports): findings of one rule with the
   * same cause are one failure. Set by the rule (`cause` of its report), or by the rule runner for a
   * value defined once that the rule reports on several resources (see `reaches`).
   */
  cause?: string;
  /**
   * Other resources the same flagged value reaches (for reviews; not part of reports): a value defined
   * once (a variable, a shared policy document) and used by several resources is one finding at its
   * definition, and each further resource it reaches is listed here.
   */
  reaches?: { resource: { type: string; name: string | null }; resourceId: number; message: string; data?: Record<string, string | number> }[];
  /** A mechanical fix, as replacements of host spans of the finding's host file (end exclusive). */
  fix?: { description: string; edits: { start: number; end: number; text: string }[] };
}
