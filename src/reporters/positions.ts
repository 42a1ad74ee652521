import type { Finding } from '../core/finding.js';
import { buildLineIndex, lineColumn, type LineIndex } from '../core/source.js';

export interface Positioned {
  finding: Finding;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** 1-based positions of findings, from the host texts a result carries. */
export function positionFindings(findings: Finding[], sources: Record<string, string>): Positioned[] {
  const indexes = new Map<string, LineIndex>();
  return findings.map((f) => {
    const text = sources[f.location.hostPath];
    if (text === undefined) return { finding: f, line: 1, column: 1, endLine: 1, endColumn: 1 };
    let idx = indexes.get(f.location.hostPath);
    if (!idx) {
      idx = buildLineIndex(text);
      indexes.set(f.location.hostPath, idx);
    }
    const a = lineColumn(idx, f.location.start);
    const b = lineColumn(idx, Math.max(f.location.start, f.location.end));
    return { finding: f, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  });
}
