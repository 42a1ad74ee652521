#!/usr/bin/env node
// A reproducible sample of findings for a precision audit: stacklint runs on the answers of one split
// (or on project folders), the findings of the chosen severities are collected, and a seeded sample
// (at most `--per-task` from one task, so a few answers do not dominate) is written as JSON Lines
// with the code around each finding, for judges to mark true, false or wrong severity.
//
//   node scripts/audit-sample.mjs --split check --which model --n 60 [--seed 1] [--out FILE]
//   node scripts/audit-sample.mjs --dirs a,b,c --n 30            (project folders instead of a split)

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    split: { type: 'string' },
    which: { type: 'string', default: 'model' },
    dirs: { type: 'string' },
    n: { type: 'string', default: '60' },
    seed: { type: 'string', default: '1' },
    severity: { type: 'string', default: 'critical,high' },
    'per-task': { type: 'string', default: '2' },
    out: { type: 'string' },
    corpus: { type: 'string' },
  },
});
const root = join(import.meta.dirname, '..');
const corpus = resolve(values.corpus ?? join(root, '..', 'shared', 'corpus'));
const severities = new Set(values.severity.split(','));
const { prepare, analyzePath } = await import('../dist/pipeline.js');
const { positionFindings } = await import('../dist/reporters/positions.js');
await prepare();

const inputs = [];
if (values.dirs) for (const d of values.dirs.split(',')) inputs.push({ task: d, path: resolve(d) });
else {
  const split = JSON.parse(readFileSync(join(root, 'eval', 'split.json'), 'utf8'))[values.split ?? 'check'];
  const file = values.which === 'ideal' ? 'IDEAL_RESPONSE.md' : 'MODEL_RESPONSE.md';
  for (const t of split) {
    const p = join(corpus, t, 'lib', file);
    if (existsSync(p)) inputs.push({ task: t, path: p });
  }
}

const all = [];
for (const { task, path } of inputs) {
  const r = await analyzePath(path);
  for (const p of positionFindings(r.findings, r.sources)) {
    const f = p.finding;
    if (!severities.has(f.severity)) continue;
    const lines = (r.sources[f.location.hostPath] ?? '').split('\n');
    const from = Math.max(0, p.line - 9);
    const context = lines.slice(from, p.line + 8).map((l, i) => `${String(from + i + 1).padStart(5)}${from + i + 1 === p.line ? '>' : ' '} ${l}`).join('\n');
    all.push({ task, file: f.location.hostPath, virtualFile: f.location.virtualPath, line: p.line, ruleId: f.ruleId, class: f.class, severity: f.severity, message: f.message, resource: f.resource, context });
  }
}

// Seeded order: sha256(seed:task:line:rule); at most --per-task findings of one task.
const key = (x) => createHash('sha256').update(`${values.seed}:${x.task}:${x.line}:${x.ruleId}`).digest('hex');
all.sort((a, b) => (key(a) < key(b) ? -1 : 1));
const perTask = new Map();
const sample = [];
for (const x of all) {
  const n = perTask.get(x.task) ?? 0;
  if (n >= Number(values['per-task'])) continue;
  perTask.set(x.task, n + 1);
  sample.push(x);
  if (sample.length >= Number(values.n)) break;
}
const text = sample.map((x, i) => JSON.stringify({ id: i + 1, ...x })).join('\n') + '\n';
if (values.out) writeFileSync(values.out, text);
else process.stdout.write(text);
console.error(`audit sample: ${sample.length} of ${all.length} ${[...severities].join('/')} findings over ${inputs.length} inputs`);
