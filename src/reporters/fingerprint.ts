import { createHash } from 'node:crypto';
import type { Finding } from '../core/finding.js';

/**
 * A fingerprint that survives code moving up or down: the rule, the file, the resource, and the
 * whitespace-normalised text of the finding's first line, plus an occurrence counter for identical
 * lines. Used for SARIF partialFingerprints and baselines.
 */
export function fingerprints(findings: Finding[], sources: Record<string, string>, displayPath: (f: Finding) => string): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const text = sources[f.location.hostPath] ?? '';
    const lineStart = text.lastIndexOf('\n', Math.max(0, f.location.start - 1)) + 1;
    let lineEnd = text.indexOf('\n', f.location.start);
    if (lineEnd < 0) lineEnd = text.length;
    // Every run of white space as one space. Only the runs that change are matched: matching each
    // single space of a 4 MB line held a few hundred megabytes.
    const line = text.slice(lineStart, lineEnd).replace(/\s{2,}|(?! )\s/g, ' ').trim();
    const base = [f.ruleId, displayPath(f), f.location.virtualPath ?? '', f.resource?.type ?? '', f.resource?.name ?? '', line].join('\u0000');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return createHash('sha256').update(`${base}\u0000${n}`).digest('hex').slice(0, 32);
  });
}
