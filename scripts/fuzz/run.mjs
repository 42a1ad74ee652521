#!/usr/bin/env node
// The fuzz suite: mutated real answers (and arbitrary text) through the loaders, front-ends,
// evaluator, rules and reporters. A run fails when an input makes stacklint fail internally, stop at
// the time limit, produce JSON or SARIF that does not parse or validate, or report differently on a
// second run of the same input. `npm test` runs a few cases with a fixed seed (tests/fuzz/); long
// runs are
//
//   npm run fuzz -- [--runs N] [--seed S] [--save DIR]
//
// Failures are shrunk by fast-check; with --save the smallest failing input is written to DIR (keep
// it under tests/fuzz/regressions/, where every input is re-checked by `npm test`).

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { arbitraryText, mutatedAnswer } from './mutations.mjs';

const root = join(import.meta.dirname, '..', '..');
const shared = join(root, '..', 'shared');
const require = createRequire(import.meta.url);

/** The answers mutations start from: the dev tasks' answers, else the bundled example. */
export function baseAnswers() {
  const labels = join(shared, 'labels', 'dev.jsonl');
  const out = [];
  if (existsSync(labels)) {
    const tasks = [...new Set(readFileSync(labels, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).task))].sort();
    for (const t of tasks) {
      for (const which of ['MODEL_RESPONSE', 'IDEAL_RESPONSE']) {
        const p = join(shared, 'corpus', t, 'lib', `${which}.md`);
        if (existsSync(p)) out.push({ name: `${t}/${which}.md`, text: readFileSync(p, 'utf8') });
      }
    }
  }
  if (out.length === 0) out.push({ name: 'examples/answer-python/MODEL_RESPONSE.md', text: readFileSync(join(root, 'examples', 'answer-python', 'MODEL_RESPONSE.md'), 'utf8') });
  return out;
}

let sarifValidator;
function validateSarif(log) {
  if (!sarifValidator) {
    const Ajv = require('ajv-draft-04');
    const addFormats = require('ajv-formats');
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    sarifValidator = ajv.compile(JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8')));
  }
  if (!sarifValidator(log)) throw new Error(`invalid SARIF: ${JSON.stringify(sarifValidator.errors.slice(0, 2))}`);
}

/** Load the built pipeline and reporters once. */
export async function loadStacklint() {
  const pipeline = await import('../../dist/pipeline.js');
  const { loadInput } = await import('../../dist/loaders/index.js');
  const { renderJson } = await import('../../dist/reporters/json.js');
  const { renderSarif } = await import('../../dist/reporters/sarif.js');
  const { RULES } = await import('../../dist/rules/index.js');
  await pipeline.prepare();
  return { ...pipeline, loadInput, renderJson, renderSarif, RULES };
}

/**
 * Check one input; throws with the reason when it fails. Returns the exit code the CLI would give
 * (0 or 1) and the milliseconds the first analysis took.
 */
export async function checkInput(sl, dir, input) {
  const ext = input.base.endsWith('.py') ? 'py' : input.base.endsWith('.ts') ? 'ts' : 'md';
  const path = join(dir, `input.${ext}`);
  writeFileSync(path, input.text);
  const loaded = await sl.loadInput(path);
  const limit = sl.timeLimitFor(loaded) * 1000;
  const t0 = performance.now();
  const first = sl.analyzeInput(loaded);
  const ms = performance.now() - t0;
  if (first.errors.length) throw new Error(`internal errors: ${first.errors.join('; ')}`);
  for (const f of first.findings) {
    if (/stacklint failed while/.test(f.message)) throw new Error(`internal failure reported: ${f.message.slice(0, 300)}`);
    if (/stopped after .* the time limit/.test(f.message)) throw new Error(`stopped at the time limit (${Math.round(ms)} ms)`);
  }
  if (ms > limit) throw new Error(`took ${Math.round(ms)} ms, over the ${limit} ms limit`);
  const json = sl.renderJson([first], { baselined: 0 });
  JSON.parse(json);
  const sarif = sl.renderSarif([first], sl.RULES, { docsBaseUri: 'https://example.invalid/rules/', cwd: dir });
  validateSarif(JSON.parse(sarif));
  const second = sl.analyzeInput(await sl.loadInput(path));
  if (sl.renderJson([second], { baselined: 0 }) !== json) throw new Error('a second run of the same input reported differently');
  return { code: first.findings.length > 0 ? 1 : 0, ms };
}

/** Run the property; returns the fast-check details (failed, counterexample, numRuns). */
export async function runFuzz({ runs, seed, bases = baseAnswers(), arbitraryShare = 0.2, sl }) {
  sl ??= await loadStacklint();
  const dir = mkdtempSync(join(tmpdir(), 'stacklint-fuzz-'));
  const stats = { runs: 0, exit: { 0: 0, 1: 0 }, maxMs: 0, slowest: '' };
  const input = fc.oneof({ arbitrary: mutatedAnswer(bases), weight: Math.round((1 - arbitraryShare) * 10) }, { arbitrary: arbitraryText(), weight: Math.round(arbitraryShare * 10) });
  try {
    const details = await fc.check(
      fc.asyncProperty(input, async (x) => {
        const { code, ms } = await checkInput(sl, dir, x);
        stats.runs++;
        stats.exit[code]++;
        if (ms > stats.maxMs) {
          stats.maxMs = ms;
          stats.slowest = `${x.base} + ${x.mutations.join(', ')}`;
        }
      }),
      { numRuns: runs, seed, endOnFailure: false, interruptAfterTimeLimit: undefined },
    );
    return { ...details, stats };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '200' }, seed: { type: 'string' }, save: { type: 'string' } } });
  const runs = Number(values.runs);
  const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;
  const t0 = performance.now();
  const r = await runFuzz({ runs, seed });
  const secs = ((performance.now() - t0) / 1000).toFixed(0);
  console.log(`fuzz: ${r.stats.runs} inputs passed of ${r.numRuns} run, seed ${seed}, ${secs} s; exit codes 0: ${r.stats.exit[0]}, 1: ${r.stats.exit[1]}; slowest ${Math.round(r.stats.maxMs)} ms (${r.stats.slowest})`);
  if (r.failed) {
    const x = r.counterexample[0];
    console.log(`FAILED after shrinking (${r.numShrinks} shrinks): ${r.errorInstance?.message ?? r.error}`);
    console.log(`input: ${x.base} + ${x.mutations.join(', ')} (${x.text.length} characters)`);
    if (values.save) {
      mkdirSync(values.save, { recursive: true });
      const ext = x.base.endsWith('.py') ? 'py' : x.base.endsWith('.ts') ? 'ts' : 'md';
      const file = join(values.save, `${createHash('sha256').update(x.text).digest('hex').slice(0, 12)}.${ext}`);
      writeFileSync(file, x.text);
      console.log(`saved: ${file}`);
    }
    process.exit(1);
  }
}
