// Extraction and checks over every corpus request: no crash, and requirements for nearly all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadInput } from '../../src/loaders/index.js';
import { evaluate, prepare } from '../../src/pipeline.js';
import { checkRequirements } from '../../src/requirements/check.js';
import { extractRequirements } from '../../src/requirements/extract.js';
import { requirementsFromYaml, requirementsToYaml } from '../../src/requirements/yaml.js';

const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus');

function tasks(): string[] {
  return readdirSync(CORPUS)
    .sort()
    .flatMap((lang) => readdirSync(join(CORPUS, lang)).sort().map((t) => join(CORPUS, lang, t, 'lib')))
    .filter((dir) => existsSync(join(dir, 'PROMPT.md')));
}

describe.skipIf(!existsSync(CORPUS))('every corpus request', () => {
  test('extracts requirements that survive the YAML round trip', () => {
    const dirs = tasks();
    expect(dirs.length).toBeGreaterThan(400);
    let empty = 0;
    for (const dir of dirs) {
      const reqs = extractRequirements(readFileSync(join(dir, 'PROMPT.md'), 'utf8'), 'PROMPT.md');
      if (reqs.length === 0) empty++;
      expect(requirementsFromYaml(requirementsToYaml(reqs)), dir).toEqual(reqs);
    }
    expect(empty).toBeLessThan(dirs.length / 50);
  });

  test('checks one answer in twenty without an internal error', { timeout: 120_000 }, async () => {
    await prepare();
    for (const dir of tasks().filter((_d, i) => i % 20 === 0)) {
      const reqs = extractRequirements(readFileSync(join(dir, 'PROMPT.md'), 'utf8'));
      const answer = join(dir, 'MODEL_RESPONSE.md');
      if (!existsSync(answer)) continue;
      const results = checkRequirements(reqs, evaluate(await loadInput(answer)));
      expect(results.filter((r) => r.evidence.detail.startsWith('the check failed')).map((r) => `${dir} ${r.requirement.kind}: ${r.evidence.detail}`)).toEqual([]);
    }
  });
});
