#!/usr/bin/env node
// Accuracy against the human labels: for every task in ../shared/labels/dev.jsonl, run stacklint on
// the task's MODEL_RESPONSE.md and IDEAL_RESPONSE.md. A label (in_code=true, det=a) is recalled when
// stacklint reports a finding of its class on that task's model answer. stacklint itself never sees
// the labels or the reviews: they are only read here, to measure it.
//
//   npm run eval [-- --verbose] [-- --prompt] [-- --json out.json]

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    labels: { type: 'string' },
    corpus: { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
    prompt: { type: 'boolean' },
    json: { type: 'string' },
  },
});
const shared = join(import.meta.dirname, '..', '..', 'shared');
const labelsPath = resolve(values.labels ?? join(shared, 'labels', 'dev.jsonl'));
const corpus = resolve(values.corpus ?? join(shared, 'corpus'));
if (!existsSync(labelsPath) || !existsSync(corpus)) {
  console.error(`eval: labels or corpus not found (${labelsPath}, ${corpus})`);
  process.exit(2);
}

const { prepare, analyzePath } = await import('../dist/pipeline.js');
await prepare();

const labels = readFileSync(labelsPath, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const tasks = [...new Set(labels.map((l) => l.task))].sort();

const results = new Map();
for (const task of tasks) {
  const dir = join(corpus, task, 'lib');
  const entry = {};
  for (const which of ['MODEL_RESPONSE', 'IDEAL_RESPONSE']) {
    const p = join(dir, `${which}.md`);
    if (!existsSync(p)) continue;
    const options = {};
    if (values.prompt && existsSync(join(dir, 'PROMPT.md'))) options.prompt = join(dir, 'PROMPT.md');
    const r = await analyzePath(p, options);
    entry[which] = r.findings;
  }
  results.set(task, entry);
}

function recallOver(filter) {
  const selected = labels.filter((l) => !l.none && filter(l));
  const byClass = new Map();
  const missed = [];
  let hit = 0;
  for (const l of selected) {
    const findings = results.get(l.task)?.MODEL_RESPONSE ?? [];
    const ok = findings.some((f) => f.class === l.class);
    if (ok) hit++;
    else missed.push(l);
    const c = byClass.get(l.class) ?? { labels: 0, recalled: 0 };
    c.labels++;
    if (ok) c.recalled++;
    byClass.set(l.class, c);
  }
  return { total: selected.length, hit, recall: selected.length ? hit / selected.length : 0, byClass, missed };
}

const pct = (x) => `${(100 * x).toFixed(1)}%`;
const a = recallOver((l) => l.in_code === true && l.det === 'a');
const b = recallOver((l) => l.in_code === true && l.det === 'b');

const counts = { MODEL_RESPONSE: [], IDEAL_RESPONSE: [] };
const sev = { MODEL_RESPONSE: {}, IDEAL_RESPONSE: {} };
for (const entry of results.values()) {
  for (const which of Object.keys(counts)) {
    const fs = entry[which];
    if (!fs) continue;
    counts[which].push(fs.length);
    for (const f of fs) sev[which][f.severity] = (sev[which][f.severity] ?? 0) + 1;
  }
}
const mean = (xs) => (xs.length ? xs.reduce((x, y) => x + y, 0) / xs.length : 0);

const out = [];
out.push(`## stacklint eval on ${tasks.length} labelled tasks${values.prompt ? ' (with PROMPT.md)' : ''}`);
out.push('');
out.push(`Recall, labels with in_code=true and det=a: **${a.hit}/${a.total} = ${pct(a.recall)}**`);
out.push(`Recall, labels with in_code=true and det=b: ${b.hit}/${b.total} = ${pct(b.recall)}`);
out.push('');
out.push('| answers | n | findings/answer | critical | high | medium | low |');
out.push('|---|---|---|---|---|---|---|');
for (const which of Object.keys(counts)) {
  const n = counts[which].length;
  const s = sev[which];
  out.push(`| ${which.replace('_RESPONSE', '').toLowerCase()} | ${n} | ${mean(counts[which]).toFixed(1)} | ${((s.critical ?? 0) / n).toFixed(2)} | ${((s.high ?? 0) / n).toFixed(2)} | ${((s.medium ?? 0) / n).toFixed(2)} | ${((s.low ?? 0) / n).toFixed(2)} |`);
}
out.push('');
out.push('| class (det=a) | labels | recalled | recall |');
out.push('|---|---|---|---|');
for (const [cls, c] of [...a.byClass].sort((x, y) => y[1].labels - x[1].labels || (x[0] < y[0] ? -1 : 1))) {
  out.push(`| ${cls} | ${c.labels} | ${c.recalled} | ${pct(c.recalled / c.labels)} |`);
}
if (values.prompt) {
  out.push('');
  out.push('| class (det=b) | labels | recalled | recall |');
  out.push('|---|---|---|---|');
  for (const [cls, c] of [...b.byClass].sort((x, y) => y[1].labels - x[1].labels || (x[0] < y[0] ? -1 : 1))) {
    out.push(`| ${cls} | ${c.labels} | ${c.recalled} | ${pct(c.recalled / c.labels)} |`);
  }
}
if (values.verbose) {
  out.push('', '### Missed (det=a)', '');
  for (const l of a.missed) out.push(`- ${l.task} ${l.class}: ${l.title}${l.evidence?.excerpt ? ` — \`${String(l.evidence.excerpt).slice(0, 100)}\`` : ''}`);
}
console.log(out.join('\n'));

if (values.json) {
  writeFileSync(
    values.json,
    JSON.stringify(
      {
        recallA: a.recall,
        recallB: b.recall,
        byClassA: Object.fromEntries(a.byClass),
        findingsPerAnswer: { model: mean(counts.MODEL_RESPONSE), ideal: mean(counts.IDEAL_RESPONSE) },
        missedA: a.missed.map((l) => ({ task: l.task, class: l.class, title: l.title })),
      },
      null,
      2,
    ),
  );
}
