import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadInput } from '../../src/loaders/index.js';
import { analyzeInput, prepare } from '../../src/pipeline.js';

const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus');

function answers(): string[] {
  const out: string[] = [];
  for (const lang of readdirSync(CORPUS).sort())
    for (const task of readdirSync(join(CORPUS, lang)).sort())
      for (const f of ['MODEL_RESPONSE.md', 'IDEAL_RESPONSE.md']) {
        const p = join(CORPUS, lang, task, 'lib', f);
        if (existsSync(p)) out.push(p);
      }
  return out;
}

// A resource constructor call (not an `*Args` helper class) on a line that is not a comment.
const CONSTRUCTOR = /^(?!\s*(\/\/|#|\*)).*(\bnew\s+(aws|awsx)\.[a-z0-9]+\.[A-Z]\w*\s*\(|(?<![.\w])aws\.[a-z0-9_]+\.[A-Z]\w*(?<!Args)\s*\()/m;

describe.skipIf(!existsSync(CORPUS))('every corpus answer', () => {
  test('loads, evaluates and dumps a model: no crash, no hang, valid JSON, resources listed', { timeout: 300_000 }, async () => {
    await prepare();
    const list = answers();
    expect(list.length).toBeGreaterThan(800);
    const missing: string[] = [];
    let budget = 0;
    for (const p of list) {
      const input = await loadInput(p);
      const result = analyzeInput(input, { dumpModel: true });
      const json = JSON.parse(JSON.stringify(result.model));
      expect(Array.isArray(json.resources), p).toBe(true);
      if (json.stats.budgetExhausted) budget++;
      // Program code that calls resource constructors must yield resources in the model.
      const code = input.files.filter((f) => f.role === 'program').map((f) => f.text).join('\n');
      if (CONSTRUCTOR.test(code) && json.resources.length === 0) missing.push(p);
    }
    expect(missing).toEqual([]);
    expect(budget).toBe(0);
  });
});
