import { SEVERITIES, type Severity } from '../core/finding.js';
import type { ProgramResult } from '../core/result.js';
import { positionFindings, type Positioned } from './positions.js';
import { summarize } from './summary.js';

export interface TextOptions {
  color: boolean;
  /** Only the summary line. */
  quiet?: boolean;
  /** Findings dropped by a baseline. */
  baselined?: number;
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
        out.push(paint(BOLD, file));
        const lines = (r.sources[file] ?? '').split('\n');
        for (const p of list) {
          const f = p.finding;
          const where = `${p.line}:${p.column}`;
          const block = f.location.virtualPath ? paint(DIM, ` (${f.location.virtualPath})`) : '';
          out.push(`  ${where.padEnd(8)} ${paint(SEVERITY_COLOR[f.severity], f.severity.padEnd(8))} ${f.message}${block}`);
          out.push(`  ${' '.repeat(8)} ${paint(DIM, `${f.ruleId} [${f.class}]${f.resource ? ` ${f.resource.type} ${f.resource.name ?? ''}`.trimEnd() : ''}`)}`);
          out.push(...codeFrame(lines, p, paint));
          if (f.fixHint) out.push(`  ${' '.repeat(8)} ${paint(DIM, 'fix:')} ${f.fixHint}`);
          out.push('');
        }
      }
    }
  }
  const s = summarize(results, opts.baselined ?? 0);
  const counts = SEVERITIES.map((sev) => `${s.bySeverity[sev]} ${sev}`).join(', ');
  const mark = s.findings === 0 ? paint('\x1b[32m', '✔') : paint('\x1b[31m', '✖');
  const hidden = [
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

function codeFrame(lines: string[], p: Positioned, paint: (c: string, s: string) => string): string[] {
  const out: string[] = [];
  const first = Math.max(1, p.line - 1);
  const width = String(p.line + 1).length;
  for (let n = first; n <= Math.min(lines.length, p.line); n++) {
    const text = (lines[n - 1] ?? '').replace(/\t/g, '  ').slice(0, 160);
    const gutter = `${n === p.line ? '>' : ' '} ${String(n).padStart(width)} |`;
    out.push(`  ${' '.repeat(6)}${paint(DIM, gutter)} ${text}`);
  }
  const lineText = lines[p.line - 1] ?? '';
  const endCol = p.endLine === p.line ? p.endColumn : lineText.length + 1;
  const len = Math.max(1, Math.min(endCol - p.column, 160 - p.column));
  out.push(`  ${' '.repeat(6)}${paint(DIM, `  ${' '.repeat(width)} |`)} ${' '.repeat(Math.max(0, p.column - 1))}${paint('\x1b[31m', '^'.repeat(len))}`);
  return out;
}
