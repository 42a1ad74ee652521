// Inline suppressions: `// stacklint-ignore <rule-id>[, <rule-id>]: <reason>` (or `#` in Python and
// YAML) on the line of a finding or on the line above it. Suppressed findings are counted, not
// shown. A suppression without a reason, or one that suppresses nothing, is itself reported.

import type { Finding } from '../core/finding.js';
import type { ProgramInput } from '../core/program.js';
import { buildLineIndex, lineColumn, toHostOffset } from '../core/source.js';
import type { RuleDefinition } from './define-rule.js';
import { interpolate } from './run.js';

// Rule ids separated by commas, then `: reason`. Text after the ids without a colon is no reason.
const DIRECTIVE = /(?:\/\/|#)\s*stacklint-ignore\s+([A-Za-z0-9/_.-]+(?:\s*,\s*[A-Za-z0-9/_.-]+)*)(?:\s*:\s*(.*?))?\s*(?:-->|\*\/)?\s*$|(?:\/\/|#)\s*stacklint-ignore\s+([A-Za-z0-9/_.-]+(?:\s*,\s*[A-Za-z0-9/_.-]+)*)\b/;

interface Suppression {
  hostPath: string;
  line: number;
  ids: string[];
  reason: string;
  start: number;
  end: number;
  virtualPath?: string;
  used: Set<string>;
}

function directives(input: ProgramInput): Suppression[] {
  const out: Suppression[] = [];
  const indexes = new Map<string, ReturnType<typeof buildLineIndex>>();
  for (const f of input.files) {
    let offset = 0;
    for (const text of f.text.split('\n')) {
      const m = text.includes('stacklint-ignore') ? DIRECTIVE.exec(text) : null;
      if (m) {
        const at = offset + m.index;
        const host = input.hosts.get(f.hostPath);
        if (host !== undefined) {
          let idx = indexes.get(f.hostPath);
          if (!idx) indexes.set(f.hostPath, (idx = buildLineIndex(host)));
          const start = toHostOffset(f, at);
          const s: Suppression = {
            hostPath: f.hostPath,
            line: lineColumn(idx, start).line,
            ids: (m[1] ?? m[3]!).split(',').map((x) => x.trim()).filter(Boolean),
            reason: (m[2] ?? '').trim(),
            start,
            end: toHostOffset(f, offset + text.length),
            used: new Set(),
          };
          if (input.kind === 'markdown') s.virtualPath = f.path;
          out.push(s);
        }
      }
      offset += text.length + 1;
    }
  }
  return out;
}

export interface SuppressionRules {
  /** All rule ids of the catalogue (to tell a typo from a rule that reported nothing). */
  known: ReadonlySet<string>;
  /** The rules that report on directives, when enabled. */
  noReason?: RuleDefinition;
  unused?: RuleDefinition;
}

/** Apply suppressions; returns the kept findings, the number suppressed, and findings about directives. */
export function applySuppressions(input: ProgramInput, findings: Finding[], rules: SuppressionRules): { kept: Finding[]; suppressed: number; meta: Finding[] } {
  const sups = directives(input);
  if (sups.length === 0) return { kept: findings, suppressed: 0, meta: [] };
  const indexes = new Map<string, ReturnType<typeof buildLineIndex>>();
  const lineOf = (f: Finding): number => {
    const text = input.hosts.get(f.location.hostPath);
    if (text === undefined) return -1;
    let idx = indexes.get(f.location.hostPath);
    if (!idx) indexes.set(f.location.hostPath, (idx = buildLineIndex(text)));
    return lineColumn(idx, f.location.start).line;
  };
  const kept: Finding[] = [];
  let suppressed = 0;
  for (const f of findings) {
    const line = lineOf(f);
    const s = sups.find((x) => x.hostPath === f.location.hostPath && (x.line === line || x.line === line - 1) && x.ids.includes(f.ruleId));
    if (s) {
      s.used.add(f.ruleId);
      suppressed++;
    } else kept.push(f);
  }
  const meta: Finding[] = [];
  const report = (rule: RuleDefinition | undefined, messageId: string, data: Record<string, string>, s: Suppression) => {
    if (!rule) return;
    const location: Finding['location'] = { hostPath: s.hostPath, start: s.start, end: s.end };
    if (s.virtualPath) location.virtualPath = s.virtualPath;
    meta.push({ ruleId: rule.id, class: rule.class, severity: rule.severity, message: interpolate(rule.messages[messageId]!, data), fixHint: rule.fixHint, location, messageId, data });
  };
  for (const s of sups) {
    if (!s.reason) report(rules.noReason, 'noReason', { ids: s.ids.join(', ') }, s);
    for (const id of s.ids) {
      if (s.used.has(id)) continue;
      report(rules.unused, rules.known.has(id) ? 'unused' : 'unknownRule', { id }, s);
    }
  }
  return { kept, suppressed, meta };
}
