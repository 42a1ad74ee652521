// `stacklint corpus`: one JSON line per reviewed task, and a Markdown summary across the corpus.

import { SEVERITIES, type Severity } from '../core/finding.js';
import { TOOL_NAME, VERSION } from '../core/version.js';
import type { Review } from '../review/review.js';

export interface TaskRecord {
  task: string;
  model: string;
  ideal?: string;
  error?: string;
  failures: number;
  minor: number;
  bySeverity: Record<Severity, number>;
  fixed: number;
  stillPresent: number;
  idealFindings: number;
  score: number;
  findings: { ruleId: string; class: string; severity: Severity; status: string }[];
  ideal_findings: { ruleId: string; class: string; severity: Severity; origin: string }[];
}

export function taskRecord(task: string, r: Review): TaskRecord {
  const rec: TaskRecord = {
    task,
    model: r.model,
    failures: r.summary.failures,
    minor: r.summary.minor,
    bySeverity: r.summary.bySeverity,
    fixed: r.summary.fixed,
    stillPresent: r.summary.stillPresent,
    idealFindings: r.summary.idealFindings,
    score: r.score.value,
    findings: [...r.failures, ...r.minor].map((f) => ({ ruleId: f.ruleId, class: f.class, severity: f.severity, status: f.status })),
    ideal_findings: r.idealFindings.map((g) => ({ ruleId: g.ruleId, class: g.class, severity: g.severity, origin: g.origin })),
  };
  if (r.ideal) rec.ideal = r.ideal;
  return rec;
}

function count<T>(items: T[], key: (t: T) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

export function renderCorpusSummary(records: TaskRecord[], command: string, skipped: { task: string; reason: string }[] = []): string {
  const ok = records.filter((r) => !r.error);
  const all = ok.flatMap((r) => r.findings);
  const ideal = ok.flatMap((r) => r.ideal_findings);
  const out = [`# ${TOOL_NAME} corpus summary`, '', `Command: \`${command}\` (${TOOL_NAME} ${VERSION})`, ''];
  out.push(`- Tasks: ${records.length} (${records.length - ok.length} could not be reviewed)${skipped.length ? `; ${skipped.length} folder${skipped.length === 1 ? '' : 's'} skipped` : ''}`);
  out.push(`- Failures on model answers: ${all.length} (${(all.length / Math.max(1, ok.length)).toFixed(1)} per task); fixed in the ideal: ${ok.reduce((n, r) => n + r.fixed, 0)}`);
  out.push(`- Findings on ideal answers: ${ideal.length} (${(ideal.length / Math.max(1, ok.length)).toFixed(1)} per task)`);
  const scores = ok.map((r) => r.score).sort((a, b) => a - b);
  if (scores.length) out.push(`- Training value: mean ${(scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(1)}, median ${scores[Math.floor(scores.length / 2)]}`);
  out.push('');

  out.push('## Failures per class and severity (model answers)', '', `| class | total | ${SEVERITIES.join(' | ')} | still in ideal |`, `|---|---|${SEVERITIES.map(() => '---|').join('')}---|`);
  for (const [cls, n] of count(all, (f) => f.class)) {
    const sev = SEVERITIES.map((s) => all.filter((f) => f.class === cls && f.severity === s).length);
    const still = all.filter((f) => f.class === cls && f.status === 'still-present').length;
    out.push(`| ${cls} | ${n} | ${sev.join(' | ')} | ${still} |`);
  }
  out.push('', '## Most frequent rules (model answers)', '', '| rule | failures | tasks |', '|---|---|---|');
  for (const [rule, n] of count(all, (f) => f.ruleId).slice(0, 30)) {
    out.push(`| \`${rule}\` | ${n} | ${ok.filter((r) => r.findings.some((f) => f.ruleId === rule)).length} |`);
  }
  out.push('', '## Tasks with the most failures', '', '| task | failures | critical | high | fixed in ideal | training value |', '|---|---|---|---|---|---|');
  for (const r of [...ok].sort((a, b) => b.failures - a.failures || (a.task < b.task ? -1 : 1)).slice(0, 15)) {
    out.push(`| ${r.task} | ${r.failures} | ${r.bySeverity.critical} | ${r.bySeverity.high} | ${r.fixed} | ${r.score} |`);
  }
  out.push('', '## Findings still present in ideal answers', '', '| rule | findings on ideals | also on the model (not fixed) |', '|---|---|---|');
  for (const [rule, n] of count(ideal, (f) => f.ruleId).slice(0, 30)) {
    out.push(`| \`${rule}\` | ${n} | ${ideal.filter((f) => f.ruleId === rule && f.origin === 'not-fixed').length} |`);
  }
  const failed = records.filter((r) => r.error);
  if (failed.length) out.push('', '## Tasks that could not be reviewed', '', ...failed.map((r) => `- ${r.task}: ${r.error}`));
  if (skipped.length) out.push('', '## Folders skipped', '', ...skipped.map((t) => `- ${t.task}: ${t.reason}`));
  out.push('');
  return out.join('\n');
}
