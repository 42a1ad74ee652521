#!/usr/bin/env node
// The tune/check split of the corpus, made once with a fixed seed and committed as eval/split.json.
// The 60 tasks of ../shared/labels/dev.jsonl were tuned on before the split existed, so they are
// tune by construction; the other tasks are ordered by a seeded hash and cut so that tune holds 60%
// of the whole corpus and check 40%. Rules are written and debugged on tune only; check is read
// only as aggregate numbers.
//
//   node eval/split.mjs [--corpus DIR]   (rewrites eval/split.json; the result never changes)

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const SEED = 'stacklint-split-2026-12-06';
const { values } = parseArgs({ options: { corpus: { type: 'string' } } });
const shared = join(import.meta.dirname, '..', '..', 'shared');
const corpus = values.corpus ?? join(shared, 'corpus');

const tasks = [];
for (const lang of readdirSync(corpus).sort()) {
  for (const t of readdirSync(join(corpus, lang)).sort()) {
    if (existsSync(join(corpus, lang, t, 'lib'))) tasks.push(`${lang}/${t}`);
  }
}
const dev = new Set(
  readFileSync(join(shared, 'labels', 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l).task),
);
const hash = (t) => createHash('sha256').update(`${SEED}:${t}`).digest('hex');
const rest = tasks.filter((t) => !dev.has(t)).sort((x, y) => (hash(x) < hash(y) ? -1 : 1));
const tuneSize = Math.round(tasks.length * 0.6);
const tune = [...dev].filter((t) => tasks.includes(t));
const extra = tuneSize - tune.length;
tune.push(...rest.slice(0, extra));
const check = rest.slice(extra);
const out = {
  seed: SEED,
  note: 'dev.jsonl tasks are tune by construction (tuned on before the split); the rest ordered by sha256(seed:task)',
  tune: tune.sort(),
  check: check.sort(),
};
writeFileSync(join(import.meta.dirname, 'split.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`tune ${out.tune.length}, check ${out.check.length}, total ${tasks.length}`);
