import { SEVERITIES, type Severity, severityRank } from '../core/finding.js';
import type { ProgramResult } from '../core/result.js';
import { positionFindings, type Positioned } from './positions.js';
import { displayUnits, escapeControl } from './escape.js';
import { summarize } from './summary.js';

export interface TextOptions {
  color: boolean;
  /** Only the summary line. */
  quiet?: boolean;
  /** Findings dropped by a baseline. */
  baselined?: number;
  /** The lowest severity that fails the run (default low): the summary says how many are below it. */
  threshold?: Severity;
}

const SEVERITY_COLOR: Record<Severity, string> = { critical: '\x1b[1;31m', high: '\x1b[31m', medium: '\x1b[33m', low: '\x1b[36m' };
const DIM = '\x1b[2m';
const BOLD = '\x1b[1m';
const RESET = '\x1b[0m';

/** `--format text`: findings grouped by file, each with a code frame, then counts per severity. */
export function renderText(results: ProgramResult[], opts: TextOptions): string {
  const paint = (code: string, s: string) => (opts.color ? code + s + RESET : s);
  const out: string[] = [];
  if (!opts.quiet) {
    for (const r of results) {
      const positioned = positionFindings(r.findings, r.sources);
      const byFile = new Map<string, Positioned[]>();
      for (const p of positioned) {
        const list = byFile.get(p.finding.location.hostPath) ?? [];
        list.push(p);
        byFile.set(p.finding.location.hostPath, list);
      }
      for (const [file, list] of byFile) {
        out.push(paint(BOLD, escapeControl(file, false)));
        const lines = (r.sources[file] ?? '').split(/\r\n|\r|\n/);
        for (const p of list) {
          const f = p.finding;
          const where = `${p.line}:${p.column}`;
          const block = f.location.virtualPath ? paint(DIM, ` (${escapeControl(f.location.virtualPath, false)})`) : '';
          out.push(`  ${where.padEnd(8)} ${paint(SEVERITY_COLOR[f.severity], f.severity.padEnd(8))} ${escapeControl(f.message)}${block}`);
          const resource = f.resource ? escapeControl(` ${f.resource.type} ${f.resource.name ?? ''}`.trimEnd(), false) : '';
          out.push(`  ${' '.repeat(8)} ${paint(DIM, `${f.ruleId} [${f.class}]${resource}`)}`);
          out.push(...codeFrame(lines, p, paint));
          if (f.fixHint) out.push(`  ${' '.repeat(8)} ${paint(DIM, 'fix:')} ${escapeControl(f.fixHint)}`);
          out.push('');
        }
      }
    }
  }
  const s = summarize(results, opts.baselined ?? 0);
  const counts = SEVERITIES.map((sev) => `${s.bySeverity[sev]} ${sev}`).join(', ');
  // The mark follows the exit code: ✖ only when a finding is at or above the threshold.
  const threshold = opts.threshold ?? 'low';
  const min = severityRank(threshold);
  const below = SEVERITIES.filter((sev) => severityRank(sev) < min).reduce((n, sev) => n + s.bySeverity[sev], 0);
  const mark = s.findings - below === 0 ? paint('\x1b[32m', '✔') : paint('\x1b[31m', '✖');
  const hidden = [
    below ? `${below} below the ${threshold} threshold` : '',
    s.suppressed ? `${s.suppressed} suppressed` : '',
    s.ignored ? `${s.ignored} ignored` : '',
    s.baselined ? `${s.baselined} in baseline` : '',
    s.requirements ? `requirements: ${s.requirements.pass} met, ${s.requirements.fail} failed, ${s.requirements.unknown} unknown` : '',
  ].filter(Boolean);
  out.push(
    `${mark} ${s.findings} finding${s.findings === 1 ? '' : 's'} (${counts}) in ${s.inputs} input${s.inputs === 1 ? '' : 's'}, ${s.resources} resources${hidden.length ? `; ${hidden.join(', ')}` : ''}`,
  );
  return out.join('\n') + '\n';
}

/** Columns of a code-frame line shown around the finding; longer lines are cut with `…`. */
export const FRAME_WIDTH = 160;
/** How much of the window comes before the finding's column when a line is cut. */
const FRAME_LEAD = 60;

function codeFrame(lines: string[], p: Positioned, paint: (c: string, s: string) => string): string[] {
  const out: string[] = [];
  const first = Math.max(1, p.line - 1);
  const width = String(p.line + 1).length;
  const text = (n: number) => (lines[n - 1] ?? '').replace(/\r$/, '');
  const lineText = text(p.line);
  const col = Math.min(Math.max(0, p.column - 1), lineText.length);
  // One window of UTF-16 units for every line of the frame, so the caret lines up with the code.
  let start = 0;
  if (lineText.length > FRAME_WIDTH) start = Math.max(0, Math.min(col - FRAME_LEAD, lineText.length - FRAME_WIDTH));
  const end = start + FRAME_WIDTH;
  const lead = start > 0 ? '…' : '';
  for (let n = first; n <= Math.min(lines.length, p.line); n++) {
    const t = text(n);
    const shown = displayUnits(t, Math.min(start, t.length), Math.min(end, t.length))
      .map((u) => u.text)
      .join('');
    const body = t.length === 0 ? '' : `${lead}${shown}${t.length > end ? '…' : ''}`;
    const gutter = `${n === p.line ? '>' : ' '} ${String(n).padStart(width)} |`;
    out.push(`  ${' '.repeat(6)}${paint(DIM, gutter)} ${body}`);
  }
  const before = displayUnits(lineText, start, col).reduce((w, u) => w + u.width, lead.length);
  const endIdx = Math.min(p.endLine === p.line ? Math.max(col, p.endColumn - 1) : lineText.length, end, lineText.length);
  const len = Math.max(1, Math.min(FRAME_WIDTH, displayUnits(lineText, col, endIdx).reduce((w, u) => w + u.width, 0)));
  out.push(`  ${' '.repeat(6)}${paint(DIM, `  ${' '.repeat(width)} |`)} ${' '.repeat(before)}${paint('\x1b[31m', '^'.repeat(len))}`);
  return out;
}
