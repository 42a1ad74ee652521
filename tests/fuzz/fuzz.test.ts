// The fuzz suite with a fixed seed and a small count (long runs: `npm run fuzz -- --runs N`), and
// every input a fuzz run ever failed on, kept in tests/fuzz/regressions/.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
// @ts-ignore plain ESM script without type declarations
import { checkInput, loadStacklint, runFuzz } from '../../scripts/fuzz/run.mjs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const REGRESSIONS = join(__dirname, 'regressions');
let sl: unknown;

// Loading the whole analyzer (schema, grammars, rules) can take longer than vitest's 10 s hook
// default on a busy machine.
beforeAll(async () => {
  sl = await loadStacklint();
}, 120_000);

describe('fuzz', () => {
  test('mutated answers and arbitrary text: no internal failure, no time-limit stop, valid JSON and SARIF, stable output', async () => {
    const r = await runFuzz({ runs: 60, seed: 20261206, sl });
    expect(r.failed ? `${r.errorInstance?.message}\n${r.counterexample?.[0]?.mutations}` : '').toBe('');
    expect(r.stats.runs).toBe(60);
  }, 240_000);

  const files = readdirSync(REGRESSIONS).filter((f) => /\.(md|py|ts)$/.test(f));
  test.each(files.map((f) => [f]))('regression input %s', async (f) => {
    const dir = mkdtempSync(join(tmpdir(), 'stacklint-regression-'));
    const text = readFileSync(join(REGRESSIONS, f), 'utf8');
    const { code } = await checkInput(sl, dir, { base: f, mutations: ['regression'], text });
    expect([0, 1]).toContain(code);
  });
});
