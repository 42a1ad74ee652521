// Corpus-wide checks over every MODEL_RESPONSE.md and IDEAL_RESPONSE.md in ../shared/corpus:
// the offset map is exact for every character of every block, and every answer loads.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { ProgramInput } from '../../src/core/program.js';
import { loadMarkdownAnswer } from '../../src/loaders/index.js';
import { offsetMismatches } from './helpers.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const present = existsSync(CORPUS);

function answers(): string[] {
  const out: string[] = [];
  for (const lang of readdirSync(CORPUS)) {
    for (const task of readdirSync(`${CORPUS}${lang}`)) {
      for (const name of ['MODEL_RESPONSE.md', 'IDEAL_RESPONSE.md']) {
        const path = `${CORPUS}${lang}/${task}/lib/${name}`;
        if (existsSync(path)) out.push(path);
      }
    }
  }
  return out.sort();
}

const title = present ? 'corpus answers' : `corpus answers (SKIPPED: ${CORPUS} not found)`;

describe.skipIf(!present)(title, () => {
  const loaded: { path: string; text: string; input: ProgramInput }[] = [];

  test('every answer loads without throwing', () => {
    for (const path of answers()) {
      const text = readFileSync(path, 'utf8');
      loaded.push({ path, text, input: loadMarkdownAnswer(path, text) });
    }
    expect(loaded.length).toBeGreaterThan(0);
    let blocks = 0;
    let unnamed = 0;
    let noProgram = 0;
    for (const { input } of loaded) {
      blocks += input.files.length;
      unnamed += input.files.filter((f) => f.nameSource === 'unnamed').length;
      if (!input.files.some((f) => f.role === 'program')) noProgram++;
      const paths = input.files.map((f) => f.path);
      expect(new Set(paths).size).toBe(paths.length);
    }
    console.log(
      `corpus: ${loaded.length} answers, ${blocks} blocks, ${unnamed} unnamed, ${noProgram} answers with no program file`,
    );
    // Loose bounds that catch a parser regression (measured: ~12% of answers hold no code at all).
    expect(noProgram).toBeLessThan(loaded.length * 0.15);
    expect(unnamed).toBeLessThan(blocks * 0.4);
  });

  test('toHostOffset lands on the same character for every offset of every block', () => {
    const failures: string[] = [];
    for (const { path, text, input } of loaded) {
      for (const file of input.files) {
        const bad = offsetMismatches(text, file);
        if (bad.length > 0) failures.push(`${path} ${file.path} @${bad[0]}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
