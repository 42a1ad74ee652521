#!/usr/bin/env node
// Measures of the failure report against what a QA lead expects, over a sample of corpus tasks:
// titles that are only the rule id in words (and, exactly, those of rules without a title template),
// repeated titles, failures shown at line 1 of the answer,
// failures without a fix or a reason, prose that speaks of the corpus or of reviewers, failures per
// report against the entries of the human review, and how many of the human review's code-visible
// failures (task, class) the report lists. The labels are read only here, to measure.
//
//   node scripts/review-measures.mjs [--tasks a,b,...] [--sample N] [--split tune|check] [--json out.json]

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');
const corpus = join(root, '..', 'shared', 'corpus');

export function ruleWords(ruleId) {
  const t = (ruleId.split('/').pop() ?? ruleId).replace(/-/g, ' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

const INTERNAL = /\b(the corpus|corpus tasks|in the corpus|reviewers (reported|expect|flag)|labelled|labeled tasks)\b/i;

/**
 * The measures of one review (`review` as `buildReview` returns it) of a task; `hasTemplate(ruleId,
 * messageId)` tells whether a failure's title came from a template rather than the generic fallback.
 */
export function measureReview(review, markdown, hasTemplate = () => true) {
  // Titles, places, fixes and reasons are judged on every failure, the minor issues too; the count
  // per report is of the failures (medium impact and above), with the minor issues reported beside it.
  const all = [...review.failures, ...(review.minor ?? [])];
  const titles = all.map((f) => f.title);
  const seen = new Map();
  for (const t of titles) seen.set(t, (seen.get(t) ?? 0) + 1);
  const repeated = titles.filter((t) => seen.get(t) > 1).length;
  const idWords = all.filter((f) => f.title.startsWith(ruleWords(f.ruleId))).length;
  const lineOne = all.filter((f) => f.places.some((p) => p.code && p.code.line === 1 && p.code.file === p.code.host)).length
    + all.filter((f) => f.places.some((p) => p.code && p.code.line === 1 && p.code.file.endsWith('.md'))).length;
  const noFixOrWhy = all.filter((f) => !(f.fix.source === 'ideal' || f.fix.text?.trim()) || !f.why?.trim()).length;
  const generic = all.filter((f) => !hasTemplate(f.ruleId, f.id.split('|')[1] || undefined)).length;
  return { failures: review.failures.length, minor: (review.minor ?? []).length, idWords, generic, repeated, lineOne, noFixOrWhy, internalProse: INTERNAL.test(markdown) };
}

function labelsByTask() {
  const dir = join(root, 'eval', 'labels');
  const out = new Map();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean)) {
      const l = JSON.parse(line);
      if (!out.has(l.task)) out.set(l.task, []);
      out.get(l.task).push(l);
    }
  }
  return out;
}

/** A fixed sample of task folders of a split: every k-th task in sorted order. */
export function sampleTasks(split, n) {
  const s = JSON.parse(readFileSync(join(root, 'eval', 'split.json'), 'utf8'))[split];
  const step = Math.max(1, Math.floor(s.length / n));
  return s.filter((_, i) => i % step === 0).slice(0, n);
}

export async function measureTasks(tasks) {
  const { prepare, reviewPaths } = await import('../dist/pipeline.js');
  const { renderReviewMarkdown } = await import('../dist/reporters/review.js');
  const { RULES } = await import('../dist/rules/index.js');
  const { titleTemplate } = await import('../dist/review/titles.js');
  const ruleOf = new Map(RULES.map((r) => [r.id, r]));
  const hasTemplate = (ruleId, messageId) => titleTemplate(ruleOf.get(ruleId), { ruleId, messageId }) !== undefined;
  await prepare();
  const labels = labelsByTask();
  const rows = [];
  for (const task of tasks) {
    const lib = join(corpus, task, 'lib');
    if (!existsSync(join(lib, 'MODEL_RESPONSE.md'))) continue;
    const paths = { model: join(lib, 'MODEL_RESPONSE.md') };
    if (existsSync(join(lib, 'IDEAL_RESPONSE.md'))) paths.ideal = join(lib, 'IDEAL_RESPONSE.md');
    if (existsSync(join(lib, 'PROMPT.md'))) paths.prompt = join(lib, 'PROMPT.md');
    const review = await reviewPaths(paths);
    const md = renderReviewMarkdown(review, root);
    const m = measureReview(review, md, hasTemplate);
    const ls = (labels.get(task) ?? []).filter((l) => !l.none);
    const entries = ls.filter((l) => l.n > 0).length;
    const visible = [...new Set(ls.filter((l) => l.in_code === true && (l.det === 'a' || l.det === 'b')).map((l) => l.class))];
    const listed = new Set([...review.failures, ...(review.minor ?? [])].map((f) => f.class));
    const asFailures = new Set(review.failures.map((f) => f.class));
    rows.push({ task, ...m, entries, ratio: entries ? m.failures / entries : null, ratioWithMinor: entries ? (m.failures + m.minor) / entries : null, visible: visible.length, covered: visible.filter((c) => listed.has(c)).length, coveredAsFailures: visible.filter((c) => asFailures.has(c)).length });
  }
  const sum = (k) => rows.reduce((n, r) => n + r[k], 0);
  const ratios = rows.map((r) => r.ratio).filter((x) => x !== null).sort((a, b) => a - b);
  const medianOf = (xs) => (xs.length ? xs[Math.floor((xs.length - 1) / 2)] : null);
  const median = medianOf(ratios);
  const withMinor = medianOf(rows.map((r) => r.ratioWithMinor).filter((x) => x !== null).sort((a, b) => a - b));
  return {
    tasks: rows.length,
    failures: sum('failures'),
    minor: sum('minor'),
    idWordTitles: sum('idWords'),
    genericTitles: sum('generic'),
    repeatedTitles: sum('repeated'),
    lineOne: sum('lineOne'),
    noFixOrWhy: sum('noFixOrWhy'),
    internalProseReports: rows.filter((r) => r.internalProse).length,
    medianFailuresPerEntry: median,
    medianWithMinorPerEntry: withMinor,
    coverage: { visible: sum('visible'), covered: sum('covered'), asFailures: sum('coveredAsFailures') },
    rows,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { tasks: { type: 'string' }, sample: { type: 'string', default: '15' }, split: { type: 'string', default: 'tune' }, json: { type: 'string' } } });
  const tasks = values.tasks ? values.tasks.split(',') : sampleTasks(values.split, Number(values.sample));
  const r = await measureTasks(tasks);
  const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(0)}%` : '—');
  console.log(`review measures over ${r.tasks} ${values.tasks ? 'given' : values.split} tasks, ${r.failures} failures and ${r.minor} minor issues`);
  console.log(`- titles that are the rule id in words: ${r.idWordTitles} (${pct(r.idWordTitles, r.failures + r.minor)})`);
  console.log(`- generic titles (no template for the rule or requirement kind): ${r.genericTitles} (${pct(r.genericTitles, r.failures + r.minor)})`);
  console.log(`- failures whose title repeats another's in the same report: ${r.repeatedTitles}`);
  console.log(`- failures shown at line 1 of the answer: ${r.lineOne}`);
  console.log(`- failures with no fix or no "why it matters": ${r.noFixOrWhy}`);
  console.log(`- reports speaking of the corpus or of reviewers: ${r.internalProseReports} of ${r.tasks}`);
  console.log(`- failures per report ÷ entries in the human review (median): ${r.medianFailuresPerEntry?.toFixed(2)} (with the minor issues: ${r.medianWithMinorPerEntry?.toFixed(2)})`);
  console.log(`- the human review's code-visible failures (task, class) listed: ${r.coverage.covered}/${r.coverage.visible} (${pct(r.coverage.covered, r.coverage.visible)}; as failures of medium impact or above: ${pct(r.coverage.asFailures, r.coverage.visible)})`);
  if (values.json) writeFileSync(values.json, JSON.stringify(r, null, 2));
}
