#!/usr/bin/env node
// Benchmarks, printed as Markdown (BENCHMARKS.md holds the figures and the machine):
//
//   cli         the CLI on one small file, each run a new process (a warm-up run first writes the code
//               cache); median wall, CPU and peak RSS, also with the code cache turned off
//   lsp         the language server, in this process: open a project, change one file 60 times; time
//               from didChange to its diagnostics (no debounce) of the last 30, p50 and p95
//   dev         `stacklint corpus` over the 60 dev tasks (eval/labels/dev.jsonl) with --jobs 2
//   corpus      `stacklint corpus` over the whole corpus with --jobs 2: wall and peak RSS
//   linear      the CLI on synthetic 1, 2, 4 and 8 MB answers (a corpus answer's program repeated under
//               distinct file headings): time per MB should stay flat
//   throughput  every answer in one thread, against the parse-only floor over the same code
//   giant       peak RSS of the CLI on inputs with one giant statement (scripts/bench/giant.mjs): as a
//               program file and as a Markdown answer, with --format json and sarif, and `review`
//   many        peak RSS of the CLI on large answers of many files or much ordinary code
//               (scripts/bench/many.mjs), with --format json and sarif, and `review` of the answer
//               against itself (two large inputs at once)
//
//   npm run bench [-- --corpus ../shared/corpus] [-- --runs 3] [-- --only cli,lsp]
//
// Wall times count whatever else the machine runs; CPU time (all threads) is steadier on a shared
// machine. Each measure is the median of --runs runs (5 for cli, 30 changes for lsp).

import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'stacklint.js');
const USAGE = join(import.meta.dirname, 'bench', 'usage.mjs');
const SECTIONS = ['cli', 'lsp', 'dev', 'corpus', 'linear', 'throughput', 'giant', 'many'];

const { values } = parseArgs({ options: { corpus: { type: 'string' }, runs: { type: 'string' }, only: { type: 'string' } } });
const corpus = resolve(values.corpus ?? join(ROOT, '..', 'shared', 'corpus'));
const runs = Number(values.runs ?? 3);
const only = new Set((values.only ?? SECTIONS.join(',')).split(','));
for (const s of only) if (!SECTIONS.includes(s)) throw new Error(`bench: unknown section '${s}' (${SECTIONS.join(', ')})`);
const needsCorpus = ['lsp', 'dev', 'corpus', 'linear', 'throughput', 'giant', 'many'].some((s) => only.has(s));
if (needsCorpus && !existsSync(corpus)) {
  console.error(`bench: corpus not found at ${corpus}`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'stacklint-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
const MB = 2 ** 20;

/** One CLI process: wall from here, CPU (all threads) and peak RSS from inside it. */
function runCli(args, env = {}) {
  const usage = join(work, `usage-${Math.random().toString(36).slice(2)}.json`);
  const t = performance.now();
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: ROOT,
        maxBuffer: 256 * 2 ** 20,
        env: { ...process.env, NO_COLOR: '1', ...env, STACKLINT_BENCH_USAGE: usage, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${pathToFileURL(USAGE).href}`.trim() },
      },
      (err, stdout) => {
        const wallMs = performance.now() - t;
        // Exit code 1 means findings: the run worked.
        if (err && err.code !== 1) return fail(new Error(`stacklint ${args.join(' ')}: ${err.message}`));
        const u = JSON.parse(readFileSync(usage, 'utf8'));
        rmSync(usage);
        done({ wallMs, cpuMs: u.cpuMs, rss: u.maxRssKb * 1024, stdout });
      },
    );
  });
}

async function repeat(n, args, env) {
  const rs = [];
  for (let i = 0; i < n; i++) rs.push(await runCli(args, env));
  return { wallMs: median(rs.map((r) => r.wallMs)), cpuMs: median(rs.map((r) => r.cpuMs)), rss: median(rs.map((r) => r.rss)), all: rs };
}

/** The program files of an answer, as the loader names them. */
async function programFiles(answer) {
  const { loadInput } = await import('../dist/loaders/index.js');
  const input = await loadInput(answer);
  return input.files.filter((f) => f.role === 'program' && !f.snippet).map((f) => ({ path: f.path, language: f.language, text: f.text }));
}

const out = [];
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}`;
out.push(`# stacklint benchmarks\n\nMachine: ${machine}\nDate: ${new Date().toISOString()}\nCommand: \`npm run bench -- --runs ${runs}${values.only ? ` --only ${values.only}` : ''}\`\n`);

if (only.has('cli')) {
  const rows = [];
  for (const input of ['examples/answer-python/MODEL_RESPONSE.md', 'examples/project-ts']) {
    await runCli([input]);
    const cached = await repeat(5, [input]);
    const uncached = await repeat(5, [input], { STACKLINT_CODE_CACHE: '0' });
    rows.push(`| \`${input}\` | ${sec(cached.wallMs)} | ${sec(cached.cpuMs)} | ${mib(cached.rss)} | ${sec(uncached.wallMs)} | ${sec(uncached.cpuMs)} |`);
  }
  out.push(`## CLI on one small file (a new process each run, median of 5)

| input | wall | CPU | peak RSS | wall, no code cache | CPU, no code cache |
|---|---|---|---|---|---|
${rows.join('\n')}
`);
}

if (only.has('lsp')) {
  const rows = [];
  for (const [task, lang] of [
    ['pulumi-ts/Pr6732', 'nodejs'],
    ['pulumi-py/Pr4264', 'python'],
  ]) {
    const answer = join(corpus, task, 'lib', 'IDEAL_RESPONSE.md');
    if (!existsSync(answer)) continue;
    rows.push(await lspBench(task, lang, await programFiles(answer)));
  }
  out.push(`## Language server: one changed file in an open project (in process, no debounce)

The project is a corpus answer's program written out as a Pulumi project; the largest file is changed
30 times (a comment line added at its end), after 30 unmeasured changes that warm the JIT and caches
up. Time from didChange to the
diagnostics of that file, in wall time and in CPU time of this process (server and client).

| project | files | code KB | first analysis | p50 | p95 | max | CPU p50 | CPU p95 |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`);
}

async function lspBench(task, runtime, files) {
  const dir = join(work, `lsp-${task.replace('/', '-')}`);
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.text);
  }
  writeFileSync(join(dir, 'Pulumi.yaml'), `name: bench\nruntime: ${runtime}\n`);
  const { startLanguageServer } = await import('../dist/lsp/server.js');
  const { createConnection } = await import('vscode-languageserver/node');
  const { createProtocolConnection, PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter } = await import('vscode-languageserver-protocol/node');
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startLanguageServer(createConnection(toServer, toClient), { debounceMs: 0 });
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const waiting = new Map();
  client.onNotification(PublishDiagnosticsNotification.type, (p) => {
    waiting.get(p.uri)?.();
    waiting.delete(p.uri);
  });
  client.listen();
  await client.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, workspaceFolders: null });
  await client.sendNotification('initialized', {});
  const target = [...files].sort((a, b) => b.text.length - a.text.length)[0];
  const uri = pathToFileURL(join(dir, target.path)).href;
  const published = () => new Promise((done) => waiting.set(uri, done));
  const comment = target.language === 'python' ? '#' : '//';
  let t = performance.now();
  let seen = published();
  await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: target.language, version: 1, text: target.text } });
  await seen;
  const first = performance.now() - t;
  const times = [];
  const cpuTimes = [];
  // An editor re-analyses the same program thousands of times: the first 30 changes warm the JIT and
  // the caches up and are not counted; the next 30 are measured.
  for (let v = 2; v < 2 + 60; v++) {
    seen = published();
    t = performance.now();
    const c = process.cpuUsage();
    const text = `${target.text}\n${comment} edit ${v}\n`;
    await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text }] });
    await seen;
    const dc = process.cpuUsage(c);
    if (v >= 32) {
      times.push(performance.now() - t);
      cpuTimes.push((dc.user + dc.system) / 1000);
    }
  }
  client.dispose();
  const kb = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1000;
  return `| ${task} (${runtime === 'python' ? 'Python' : 'TypeScript'}) | ${files.length} | ${kb.toFixed(0)} | ${first.toFixed(0)} ms | ${pct(times, 0.5).toFixed(1)} ms | ${pct(times, 0.95).toFixed(1)} ms | ${Math.max(...times).toFixed(1)} ms | ${pct(cpuTimes, 0.5).toFixed(1)} ms | ${pct(cpuTimes, 0.95).toFixed(1)} ms |`;
}

/** A folder of links to the given task folders, for `stacklint corpus`. */
function taskFolder(name, tasks) {
  const dir = join(work, name);
  for (const t of tasks) {
    mkdirSync(dirname(join(dir, t)), { recursive: true });
    symlinkSync(join(corpus, t), join(dir, t));
  }
  return dir;
}

async function corpusRuns(dir) {
  const outDir = join(work, `out-${Math.random().toString(36).slice(2)}`);
  const r = await repeat(runs, ['corpus', dir, '--jobs', '2', '--out-dir', outDir]);
  const max = Math.max(...r.all.map((x) => x.rss));
  return `${sec(r.wallMs)} | ${sec(r.cpuMs)} | ${mib(r.rss)} | ${mib(max)}`;
}

if (only.has('dev')) {
  const tasks = [...new Set(readFileSync(join(ROOT, 'eval', 'labels', 'dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).task))].filter((t) => existsSync(join(corpus, t)));
  out.push(`## Dev corpus: \`stacklint corpus\` over the ${tasks.length} dev tasks, --jobs 2 (median of ${runs})

| wall | CPU (all threads) | peak RSS (median) | peak RSS (max) |
|---|---|---|---|
| ${await corpusRuns(taskFolder('dev', tasks))} |
`);
}

if (only.has('corpus')) {
  const n = readdirSync(corpus).flatMap((l) => readdirSync(join(corpus, l))).length;
  out.push(`## Whole corpus: \`stacklint corpus ${corpus} --jobs 2\` (${n} tasks, median of ${runs})

| wall | CPU (all threads) | peak RSS (median) | peak RSS (max) |
|---|---|---|---|
| ${await corpusRuns(corpus)} |
`);
}

if (only.has('linear')) {
  const files = await programFiles(join(corpus, 'pulumi-ts', 'Pr6732', 'lib', 'IDEAL_RESPONSE.md'));
  const fence = (f) => (f.language === 'python' ? 'python' : f.language === 'javascript' ? 'javascript' : 'typescript');
  const rows = [];
  let base;
  const measure = async (label, path, bytes) => {
    const r = await repeat(runs, [path, '--format', 'json', '--output', join(work, 'report.json'), '--time-limit', '0']);
    const cpuPerMb = r.cpuMs / (bytes / 1e6);
    base ??= cpuPerMb;
    rows.push(`| ${label} | ${(bytes / 1e6).toFixed(1)} MB | ${sec(r.wallMs)} | ${sec(r.cpuMs)} | ${sec(r.wallMs / (bytes / 1e6))} | ${sec(cpuPerMb)} | ${(cpuPerMb / base).toFixed(2)} | ${mib(r.rss)} |`);
  };
  for (const mb of [1, 2, 4, 8]) {
    const parts = ['# Synthetic answer\n'];
    const project = join(work, `synthetic-${mb}mb`);
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, 'Pulumi.yaml'), 'name: synthetic\nruntime: nodejs\n');
    let size = 0;
    for (let copy = 1; size < mb * 1e6; copy++) {
      for (const f of files) {
        const block = `## \`copy-${copy}/${f.path}\`\n\n\`\`\`${fence(f)}\n${f.text}\n\`\`\`\n\n`;
        parts.push(block);
        size += Buffer.byteLength(block);
        mkdirSync(dirname(join(project, `copy-${copy}`, f.path)), { recursive: true });
        writeFileSync(join(project, `copy-${copy}`, f.path), f.text);
      }
    }
    const answer = `${project}.md`;
    writeFileSync(answer, parts.join(''));
    // The loader refuses a single file over 5 MiB (src/loaders/read.ts): the larger sizes are measured
    // as a project directory of the same files only.
    if (statSync(answer).size <= 5 * 2 ** 20) await measure('answer', answer, statSync(answer).size);
    const code = readdirSync(project, { recursive: true })
      .map((f) => join(project, String(f)))
      .filter((f) => statSync(f).isFile())
      .reduce((n, f) => n + statSync(f).size, 0);
    await measure('project', project, code);
  }
  out.push(`## Cost against input size (the CLI on one synthetic input, median of ${runs})

pulumi-ts/Pr6732's corrected program (${files.length} files) repeated under distinct file headings (a
Markdown answer) or folders (a project), \`--time-limit 0\`. A single file over 5 MiB is refused by the
loader, so 8 MB is a project only. The ratio is to the first row.

| form | input | wall | CPU | wall per MB | CPU per MB | CPU per MB vs first | peak RSS |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`);
}

if (only.has('throughput')) out.push(await throughput());

if (only.has('giant')) out.push(await giant());

if (only.has('many')) out.push(await many());

/** Peak RSS and wall time on each many-part shape (one run each). */
async function many() {
  const { MANY_SHAPES } = await import('./bench/many.mjs');
  const rows = [];
  for (const shape of MANY_SHAPES) {
    const md = join(work, 'many.md');
    const text = shape.make(corpus);
    writeFileSync(md, text);
    const cells = [];
    for (const args of [
      ['check', md, '--format', 'json'],
      ['check', md, '--format', 'sarif'],
      ['review', '--model', md, '--ideal', md, '--format', 'json'],
    ]) {
      const r = await runCli(args);
      cells.push(`${mib(r.rss)}, ${sec(r.wallMs)}`);
      cells.max = Math.max(cells.max ?? 0, r.rss);
    }
    rows.push(`| ${shape.lang === 'py' ? 'Python' : 'TypeScript'} | ${shape.name} | ${(Buffer.byteLength(text) / MB).toFixed(1)} MB | ${cells.join(' | ')} | ${cells.max <= 500 * MB ? 'yes' : '**no**'} |`);
  }
  return `## Many parts: peak RSS and wall time per input (one run each)

Answers of thousands of one-line program files, of corpus code blocks as files, and of corpus code in
one block; \`check --format json|sarif\` and \`review --model <answer> --ideal <the same answer>\`
(two such inputs at once). The aim is at most 500 MiB for any input up to the 5 MiB file limit.

| language | answer | size | check json | check sarif | review against itself | ≤ 500 MiB |
|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
}

/** Peak RSS on each giant-statement shape, in every input form and format (one run each: memory is steady). */
async function giant() {
  const { GIANT_SHAPES, giantBase, giantInputs } = await import('./bench/giant.mjs');
  const rows = [];
  for (const shape of GIANT_SHAPES) {
    const base = giantBase(corpus, shape.lang);
    const { file, answer } = giantInputs(shape, base);
    const program = join(work, `giant.${shape.lang}`);
    const md = join(work, 'giant.md');
    writeFileSync(program, file);
    writeFileSync(md, answer);
    const cells = [];
    let outcome = '';
    for (const [path, format] of [
      [program, 'json'],
      [program, 'sarif'],
      [md, 'json'],
      [md, 'sarif'],
    ]) {
      const r = await runCli(['check', path, '--format', format, '--time-limit', '0']);
      cells.push(r.rss);
      if (path === md && format === 'json') {
        const findings = JSON.parse(r.stdout).findings;
        const said = (id) => findings.filter((f) => f.ruleId === id).map((f) => f.message).join(' ');
        const stopped = said('code/file-not-analysed');
        outcome = [
          /too deeply|exceeds the limit|more than the limit/.test(stopped) ? 'file not analysed (too deep)' : '',
          /more than stacklint parses in one file/.test(stopped) ? 'analysed up to a statement after 300,000 tokens' : '',
          /Analysis stopped after/.test(stopped) ? 'time limit' : '',
          said('code/analysis-budget-reached') ? 'budget note, rest analysed' : '',
        ].filter(Boolean).join('; ') || 'analysed';
      }
    }
    cells.push((await runCli(['review', '--model', md, '--ideal', base.ideal, '--format', 'json'])).rss);
    rows.push(`| ${shape.lang === 'py' ? 'Python' : 'TypeScript'} | ${shape.name} | ${(Buffer.byteLength(file) / MB).toFixed(1)} MB | ${cells.map(mib).join(' | ')} | ${Math.max(...cells) <= 500 * MB ? 'yes' : '**no**'} | ${outcome} |`);
  }
  return `## One giant statement: peak RSS per input (one run each)

A dev answer's largest code block with one giant statement after it, as a program file, and the answer
with the statement in its first code block of the language (pulumi-py/Pr7051, pulumi-ts/Pr5537);
\`check --format json|sarif --time-limit 0\`, and \`review --model <answer> --ideal <its ideal>\`.
The aim is at most 500 MiB for any input up to the 5 MiB file limit.

| language | statement | file | file, json | file, sarif | answer, json | answer, sarif | review | ≤ 500 MiB | outcome |
|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
}

async function throughput() {
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
  // Inputs are loaded once up front so that the parse-only floor and the full analysis see the same
  // code; the full run below loads again, as the CLI does.
  const inputs = [];
  for (const p of answers) inputs.push(await loadInput(p));
  const codeBytes = inputs.reduce((n, i) => n + i.files.filter((f) => f.role === 'program').reduce((m, f) => m + Buffer.byteLength(f.text), 0), 0);
  // Parse-only floor: the front-ends alone over the program files.
  const parseWalls = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    for (const input of inputs) for (const f of input.files) if (f.role === 'program') parseSource(f);
    parseWalls.push(performance.now() - t);
  }
  inputs.length = 0;
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
  }
  const full = median(fullWalls) / 1000;
  const parse = median(parseWalls) / 1000;
  const mb = bytes / 1e6;
  const codeMb = codeBytes / 1e6;
  return `## Corpus throughput in one thread, against the parse-only floor (median of ${runs})

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
| parse-only floor (same code) | ${parse.toFixed(2)} s (${(codeMb / parse).toFixed(2)} MB/s) |
| full / parse-only | ${(full / parse).toFixed(2)}× |
`;
}

console.log(out.join('\n'));
// The language server's connections keep the event loop alive.
process.exit(0);
