#!/usr/bin/env node
// Accuracy against the human labels (eval/labels/*.jsonl) on the two splits of eval/split.json:
// tune (rules are written and debugged against it) and check (read only as these aggregate numbers,
// never finding by finding, so it stays an estimate of answers nobody tuned on).
//
// For every task, stacklint checks MODEL_RESPONSE.md and IDEAL_RESPONSE.md, without and with the
// task's PROMPT.md. A label (in_code=true) is recalled when stacklint reports a finding of its class
// on the model answer: det=a labels without the request, det=b labels with it. A recalled label whose
// problem the ideal answer fixed (fixed_in_ideal=yes, and the ideal has program code) is cleared
// when the ideal answer does not raise it: no finding of the class on the ideal or, when the label
// names a resource type that the model's findings of the class name too, none on that type.
// stacklint never sees the labels or the reviews: they are only read here.
//
//   npm run eval [-- --verbose] [-- --json out.json] [-- --jobs N] [-- --split tune] [-- --classes A,B]
//   --verbose lists the labels missed on the tune split (never the check split's), those of them
//   with a finding of another class at their place, and the recalled ones the ideal fixed but still
//   raises. Both splits get the count of misses by what is at
//   the label's place (absent thing, another class, nothing).
//   --split tune (or check) runs one split only.
//   --classes limits the run to the tasks and labels of some classes (findings per answer are then
//   over those tasks only).

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
    json: { type: 'string' },
    jobs: { type: 'string' },
    classes: { type: 'string' },
    split: { type: 'string' },
  },
});
const splits = values.split === 'tune' || values.split === 'check' ? [values.split] : ['tune', 'check'];
// --classes A,B: only the tasks that have labels of these classes, and only these classes' labels
// (a quicker run while working on a family of rules).
const only = values.classes ? new Set(values.classes.split(',').map((c) => c.trim())) : undefined;
const root = join(import.meta.dirname, '..');
const corpus = resolve(values.corpus ?? join(root, '..', 'shared', 'corpus'));
const labelsDir = join(root, 'eval', 'labels');
if (!existsSync(corpus)) {
  console.error(`eval: corpus not found (${corpus})`);
  process.exit(2);
}

const split = JSON.parse(readFileSync(join(root, 'eval', 'split.json'), 'utf8'));
const splitOf = new Map([...split.tune.map((t) => [t, 'tune']), ...split.check.map((t) => [t, 'check'])]);
const labels = readdirSync(labelsDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) =>
    readFileSync(join(labelsDir, f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
  );
const wanted = only ? new Set(labels.filter((l) => only.has(l.class)).map((l) => l.task)) : undefined;
const tasks = [...splitOf.keys()].filter((t) => splits.includes(splitOf.get(t)) && existsSync(join(corpus, t, 'lib', 'MODEL_RESPONSE.md')) && (!wanted || wanted.has(t))).sort();

// ------------------------------------------------------------------ run stacklint

const { runJobs } = await import('../dist/parallel.js');
const jobs = [];
for (const task of tasks) {
  const dir = join(corpus, task, 'lib');
  const prompt = join(dir, 'PROMPT.md');
  for (const which of ['MODEL_RESPONSE', 'IDEAL_RESPONSE']) {
    const path = join(dir, `${which}.md`);
    if (!existsSync(path)) continue;
    jobs.push({ task, which, withPrompt: false, job: { kind: 'check', path, options: {} } });
    if (existsSync(prompt)) jobs.push({ task, which, withPrompt: true, job: { kind: 'check', path, options: { prompt } } });
  }
}
const t0 = performance.now();
const outcomes = await runJobs(
  jobs.map((j) => j.job),
  Number(values.jobs ?? availableParallelism()),
);
const results = new Map();
let failed = 0;
jobs.forEach((j, i) => {
  const o = outcomes[i];
  if (!o.result) failed++;
  const key = `${j.task}\u0000${j.which}\u0000${j.withPrompt}`;
  results.set(key, o.result?.kind === 'check' ? o.result.result.findings : []);
});
const findingsOf = (task, which, withPrompt) => results.get(`${task}\u0000${which}\u0000${withPrompt}`) ?? (withPrompt ? results.get(`${task}\u0000${which}\u0000false`) : undefined);

// ------------------------------------------------------------------ measures

function cleared(l, model, ideal) {
  const ofClass = (fs) => fs.filter((f) => f.class === l.class);
  const onType = l.resource ? ofClass(model).filter((f) => f.resource?.type && typeToken(l.resource, f.resource.type)) : [];
  if (onType.length > 0) return !ofClass(ideal).some((f) => f.resource?.type && typeToken(l.resource, f.resource.type));
  return ofClass(ideal).length === 0;
}

/** Whether a label's resource (`aws.s3.BucketV2`, `aws.lambda_.Function`) names a type token. */
function typeToken(resource, token) {
  const cls = String(resource).split('.').pop().toLowerCase();
  const name = token.split(':').pop().toLowerCase();
  return cls === name;
}

function hasCode(findings) {
  return !findings.some((f) => f.ruleId === 'code/no-program-code');
}

function measure(splitName) {
  const run = new Set(tasks);
  const inSplit = labels.filter((l) => !l.none && run.has(l.task) && splitOf.get(l.task) === splitName && l.in_code === true && (!only || only.has(l.class)));
  const out = {};
  for (const [det, withPrompt] of [['a', false], ['a', true], ['b', true]]) {
    const sel = inSplit.filter((l) => l.det === det);
    const byClass = new Map();
    const missed = [];
    const notCleared = [];
    let hit = 0;
    let fixedDen = 0;
    let fixedOk = 0;
    for (const l of sel) {
      const model = findingsOf(l.task, 'MODEL_RESPONSE', withPrompt) ?? [];
      const ok = model.some((f) => f.class === l.class);
      const c = byClass.get(l.class) ?? { labels: 0, recalled: 0 };
      c.labels++;
      if (ok) {
        hit++;
        c.recalled++;
        const ideal = findingsOf(l.task, 'IDEAL_RESPONSE', withPrompt);
        if (l.fixed_in_ideal === 'yes' && ideal && hasCode(ideal)) {
          fixedDen++;
          if (cleared(l, model, ideal)) fixedOk++;
          else notCleared.push({ l, still: [...new Set(ideal.filter((f) => f.class === l.class).map((f) => f.ruleId))] });
        }
      } else missed.push(l);
      byClass.set(l.class, c);
    }
    out[`${det}${withPrompt ? '+prompt' : ''}`] = { total: sel.length, hit, byClass, missed, notCleared, fixed: { total: fixedDen, cleared: fixedOk } };
  }
  const counts = {};
  for (const withPrompt of [false, true]) {
    for (const which of ['MODEL_RESPONSE', 'IDEAL_RESPONSE']) {
      const per = [];
      const sev = { critical: 0, high: 0, medium: 0, low: 0 };
      for (const t of tasks) {
        if (splitOf.get(t) !== splitName) continue;
        const fs = results.get(`${t}\u0000${which}\u0000${withPrompt}`);
        if (!fs) continue;
        per.push(fs.length);
        for (const f of fs) sev[f.severity]++;
      }
      counts[`${which === 'MODEL_RESPONSE' ? 'model' : 'ideal'}${withPrompt ? '+prompt' : ''}`] = { n: per.length, mean: per.reduce((a, b) => a + b, 0) / Math.max(1, per.length), sev };
    }
  }
  return { recall: out, counts, tasks: tasks.filter((t) => splitOf.get(t) === splitName).length };
}

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
/**
 * What stands at a missed label's place in the model answer, counted per split (aggregate only, so
 * the check split stays unread label by label): the label names something absent; its excerpt is not
 * found in the answer; a finding of another class is within two lines of it (stacklint saw the place
 * but files it under another class); or nothing is reported near it.
 */
const startsOf = new Map();
const otherClassNotes = [];
function lineStarts(path, lines) {
  if (!startsOf.has(path)) {
    const starts = [];
    let o = 0;
    for (const x of lines) {
      starts.push(o);
      o += x.length + 1;
    }
    startsOf.set(path, starts);
  }
  return startsOf.get(path);
}

function missKinds(splitName, key) {
  const kinds = { absent: 0, unlocated: 0, 'other class at the place': 0, 'nothing at the place': 0 };
  const texts = new Map();
  for (const l of (splitName === 'tune' ? tune : check).recall[key].missed) {
    const excerpt = String(l.evidence?.excerpt ?? '').trim();
    if (/^ABSENT\b/i.test(excerpt) || !excerpt) {
      kinds.absent++;
      continue;
    }
    const path = join(corpus, l.task, 'lib', 'MODEL_RESPONSE.md');
    if (!texts.has(path)) texts.set(path, readFileSync(path, 'utf8').split('\n'));
    const lines = texts.get(path);
    // The excerpt's first statement, without the comments reviewers add to it.
    const needle = excerpt.split(/\n| \.\.\. |\s+\/\/|\s+#\s/)[0].trim().slice(0, 60);
    const at = needle.length >= 6 ? lines.findIndex((x) => x.includes(needle)) : -1;
    if (at < 0) {
      kinds.unlocated++;
      continue;
    }
    const model = findingsOf(l.task, 'MODEL_RESPONSE', key !== 'a') ?? [];
    // Findings carry offsets into the answer; the line is the count of line starts before the offset.
    const starts = lineStarts(path, lines);
    const lineOf = (offset) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const near = model.some((f) => f.class !== l.class && f.location?.hostPath === path && Math.abs(lineOf(f.location.start) - at) <= 2);
    kinds[near ? 'other class at the place' : 'nothing at the place']++;
    // --verbose: the tune split's "other class" places, to judge whether the class or the rule is off.
    if (near && values.verbose && splitName === 'tune') {
      const there = model.filter((f) => f.location?.hostPath === path && Math.abs(lineOf(f.location.start) - at) <= 2).map((f) => `${f.ruleId} (${f.class})`);
      otherClassNotes.push(`- ${l.task} #${l.n} ${l.class} [${key}]: ${l.title.slice(0, 70)} — at it: ${[...new Set(there)].join(', ')}`);
    }
  }
  return kinds;
}

const tune = measure('tune');
const check = measure('check');

// ------------------------------------------------------------------ report

const lines = [];
lines.push(`## stacklint eval: tune ${tune.tasks} tasks, check ${check.tasks} tasks`);
lines.push('');
lines.push('| measure | tune | check |');
lines.push('|---|---|---|');
const row = (name, f) => lines.push(`| ${name} | ${f(tune)} | ${f(check)} |`);
row('det=a recall (code only)', (m) => `${m.recall.a.hit}/${m.recall.a.total} = ${pct(m.recall.a.hit, m.recall.a.total)}`);
row('det=a recall (with PROMPT.md)', (m) => `${m.recall['a+prompt'].hit}/${m.recall['a+prompt'].total} = ${pct(m.recall['a+prompt'].hit, m.recall['a+prompt'].total)}`);
row('det=b recall (with PROMPT.md)', (m) => `${m.recall['b+prompt'].hit}/${m.recall['b+prompt'].total} = ${pct(m.recall['b+prompt'].hit, m.recall['b+prompt'].total)}`);
row('fixed-cleared det=a (code only)', (m) => `${m.recall.a.fixed.cleared}/${m.recall.a.fixed.total} = ${pct(m.recall.a.fixed.cleared, m.recall.a.fixed.total)}`);
row('fixed-cleared det=b (with PROMPT.md)', (m) => `${m.recall['b+prompt'].fixed.cleared}/${m.recall['b+prompt'].fixed.total} = ${pct(m.recall['b+prompt'].fixed.cleared, m.recall['b+prompt'].fixed.total)}`);
for (const k of ['model', 'ideal', 'model+prompt', 'ideal+prompt']) {
  row(`findings/answer, ${k.replace('+prompt', ' (with PROMPT.md)')} (critical+high)`, (m) => `${m.counts[k].mean.toFixed(1)} (${((m.counts[k].sev.critical + m.counts[k].sev.high) / Math.max(1, m.counts[k].n)).toFixed(1)})`);
}
lines.push('');

function classTable(key, title) {
  const all = new Set([...tune.recall[key].byClass.keys(), ...check.recall[key].byClass.keys()]);
  const rows = [...all]
    .map((cls) => ({ cls, t: tune.recall[key].byClass.get(cls) ?? { labels: 0, recalled: 0 }, c: check.recall[key].byClass.get(cls) ?? { labels: 0, recalled: 0 } }))
    .filter((r) => r.t.labels >= 3 || r.c.labels >= 3)
    .sort((x, y) => y.t.labels + y.c.labels - (x.t.labels + x.c.labels) || (x.cls < y.cls ? -1 : 1));
  lines.push(`| ${title} | tune | check |`);
  lines.push('|---|---|---|');
  for (const r of rows) lines.push(`| ${r.cls} | ${r.t.recalled}/${r.t.labels} = ${pct(r.t.recalled, r.t.labels)} | ${r.c.recalled}/${r.c.labels} = ${pct(r.c.recalled, r.c.labels)} |`);
  lines.push('');
}
classTable('a', 'class, det=a (code only; classes with ≥ 3 labels in a split)');
classTable('b+prompt', 'class, det=b (with PROMPT.md; classes with ≥ 3 labels in a split)');

for (const key of ['a', 'b+prompt']) {
  const t = missKinds('tune', key);
  const c = missKinds('check', key);
  lines.push(`| missed det=${key === 'a' ? 'a (code only)' : 'b (with PROMPT.md)'}: what is at the label's place | tune | check |`);
  lines.push('|---|---|---|');
  for (const k of Object.keys(t)) lines.push(`| ${k} | ${t[k]} | ${c[k]} |`);
  lines.push('');
}

const weak = [...check.recall.a.byClass].filter(([, c]) => c.labels >= 5 && c.recalled / c.labels < 0.7).map(([cls, c]) => `${cls} ${pct(c.recalled, c.labels)}`);
lines.push(`Check-split det=a classes with ≥ 5 labels below 70%: ${weak.length ? weak.join(', ') : 'none'}.`);
lines.push(`Analyses: ${jobs.length} (${failed} failed) in ${((performance.now() - t0) / 1000).toFixed(0)} s.`);

if (values.verbose) {
  for (const key of ['a', 'b+prompt']) {
    lines.push('', `### Missed on the tune split (det=${key})`, '');
    for (const l of tune.recall[key].missed) lines.push(`- ${l.task} #${l.n} ${l.class}: ${l.title}${l.evidence?.excerpt ? ` — \`${String(l.evidence.excerpt).slice(0, 100)}\`` : ''}`);
  }
  lines.push('', '### Missed on the tune split with a finding of another class at the place', '', ...otherClassNotes);
  for (const key of ['a', 'b+prompt']) {
    lines.push('', `### Recalled on the tune split, fixed in the ideal, but the ideal still raises the class (det=${key})`, '');
    for (const { l, still } of tune.recall[key].notCleared) lines.push(`- ${l.task} #${l.n} ${l.class}${l.resource ? ` (${l.resource})` : ''}: ${l.title.slice(0, 70)} — on the ideal: ${still.join(', ')}`);
  }
}
console.log(lines.join('\n'));

if (values.json) {
  const plain = (m) => ({
    tasks: m.tasks,
    recall: Object.fromEntries(Object.entries(m.recall).map(([k, v]) => [k, { total: v.total, hit: v.hit, fixed: v.fixed, byClass: Object.fromEntries(v.byClass) }])),
    counts: m.counts,
  });
  writeFileSync(values.json, JSON.stringify({ tune: plain(tune), check: plain(check) }, null, 2));
}
