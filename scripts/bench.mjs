#!/usr/bin/env node
// Benchmark: stacklint over every MODEL_RESPONSE.md and IDEAL_RESPONSE.md of the corpus, in one
// thread, against the parse-only floor over the same code bytes. Prints a Markdown report.
//
//   npm run bench [-- --corpus ../shared/corpus] [-- --runs 3]

import { readdirSync, existsSync, statSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, runs: { type: 'string' } } });
const corpus = resolve(values.corpus ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus'));
const runs = Number(values.runs ?? 3);
if (!existsSync(corpus)) {
  console.error(`bench: corpus not found at ${corpus}`);
  process.exit(2);
}

const { prepare, analyzeInput } = await import('../dist/pipeline.js');
const { loadInput } = await import('../dist/loaders/index.js');
const { parseSource } = await import('../dist/frontends/index.js');
await prepare();

const answers = [];
for (const lang of readdirSync(corpus).sort())
  for (const task of readdirSync(join(corpus, lang)).sort())
    for (const f of ['MODEL_RESPONSE.md', 'IDEAL_RESPONSE.md']) {
      const p = join(corpus, lang, task, 'lib', f);
      if (existsSync(p)) answers.push(p);
    }

const bytes = answers.reduce((n, p) => n + statSync(p).size, 0);
let peakRss = 0;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const timer = setInterval(sampleRss, 20);

// Inputs are loaded once up front so that the parse-only floor and the full analysis see the same
// code; the full run below loads again, as the CLI does.
const inputs = [];
for (const p of answers) inputs.push(await loadInput(p));
const codeBytes = inputs.reduce((n, i) => n + i.files.filter((f) => f.role === 'program').reduce((m, f) => m + Buffer.byteLength(f.text), 0), 0);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function pct(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

// Parse-only floor: the front-ends alone over the program files.
const parseWalls = [];
for (let r = 0; r < runs; r++) {
  const t = performance.now();
  for (const input of inputs) for (const f of input.files) if (f.role === 'program') parseSource(f);
  parseWalls.push(performance.now() - t);
  sampleRss();
}

// Full analysis: load + parse + evaluate + findings, per answer.
const fullWalls = [];
let latencies = [];
let resources = 0;
for (let r = 0; r < runs; r++) {
  const lat = [];
  resources = 0;
  const t = performance.now();
  for (const p of answers) {
    const t1 = performance.now();
    const result = analyzeInput(await loadInput(p));
    resources += result.stats.resources;
    lat.push(performance.now() - t1);
  }
  fullWalls.push(performance.now() - t);
  latencies = lat;
  sampleRss();
}
clearInterval(timer);

const full = median(fullWalls) / 1000;
const parse = median(parseWalls) / 1000;
const mb = bytes / 1e6;
const codeMb = codeBytes / 1e6;
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`## Corpus benchmark

Machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}
Command: \`npm run bench\` (median of ${runs} runs, one thread)

| measure | value |
|---|---|
| answers | ${answers.length} |
| Markdown MB | ${mb.toFixed(1)} |
| program code MB | ${codeMb.toFixed(1)} |
| resources modelled | ${resources} |
| wall (full analysis) | ${full.toFixed(2)} s |
| answers/s | ${(answers.length / full).toFixed(0)} |
| MB/s (Markdown) | ${(mb / full).toFixed(2)} |
| MB/s (code) | ${(codeMb / full).toFixed(2)} |
| p50 latency per answer | ${pct(latencies, 0.5).toFixed(1)} ms |
| p99 latency per answer | ${pct(latencies, 0.99).toFixed(1)} ms |
| max latency per answer | ${Math.max(...latencies).toFixed(1)} ms |
| peak RSS | ${(peakRss / 2 ** 20).toFixed(0)} MiB |
| parse-only floor (same code) | ${parse.toFixed(2)} s (${(codeMb / parse).toFixed(2)} MB/s) |
| full / parse-only | ${(full / parse).toFixed(2)}× |
`);
