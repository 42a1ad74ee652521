// The catalogue itself: ids match file paths, classes exist in the taxonomy, documentation examples
// behave as documented, and the generated index and docs are up to date.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadMarkdownAnswer } from '../../src/loaders/index.js';
import { analyzeInput, prepare } from '../../src/pipeline.js';
import { CLASSES } from '../../src/rules/classes.js';
import { CATEGORIES } from '../../src/rules/define-rule.js';
import { renderCatalogDoc, renderIndexSource, renderRuleDoc } from '../../src/rules/docs.js';
import { RULES } from '../../src/rules/index.js';
import { programOf } from '../helpers/program.js';

const ROOT = join(__dirname, '..', '..');
const RULES_DIR = join(ROOT, 'src', 'rules');
const TAXONOMY = join(ROOT, '..', 'shared', 'TAXONOMY.md');

function ruleFiles(): string[] {
  const out: string[] = [];
  for (const cat of readdirSync(RULES_DIR, { withFileTypes: true })) {
    if (!cat.isDirectory() || cat.name.startsWith('_')) continue;
    for (const f of readdirSync(join(RULES_DIR, cat.name))) if (f.endsWith('.ts')) out.push(`${cat.name}/${f}`);
  }
  return out;
}

describe('rule catalogue', () => {
  test('the generated index lists every rule file', () => {
    expect(readFileSync(join(RULES_DIR, 'index.ts'), 'utf8')).toBe(renderIndexSource(ruleFiles()));
  });

  test('ids are unique, match the file path, and use a known category and class', () => {
    const files = ruleFiles().map((f) => f.replace(/\.ts$/, '')).sort();
    expect(RULES.map((r) => r.id).sort()).toEqual(files);
    for (const r of RULES) {
      expect(CATEGORIES).toContain(r.category);
      expect(r.id.startsWith(`${r.category}/`), r.id).toBe(true);
      expect(CLASSES as readonly string[]).toContain(r.class);
      expect(r.docs.summary.length).toBeGreaterThan(10);
      expect(Object.keys(r.messages).length).toBeGreaterThan(0);
      expect(!!r.docs.fix, `${r.id}: docs.fix says what --fix does, exactly for fixable rules`).toBe(!!r.fixable);
    }
  });

  test.skipIf(!existsSync(TAXONOMY))('the class list matches ../shared/TAXONOMY.md', () => {
    const ids = [...readFileSync(TAXONOMY, 'utf8').matchAll(/^\| ([A-Z][A-Z0-9-]+) \|/gm)].map((m) => m[1]);
    expect([...CLASSES].sort()).toEqual([...new Set(ids)].sort());
  });

  test('generated docs are up to date', () => {
    for (const r of RULES) {
      const p = join(ROOT, 'docs', 'rules', `${r.id}.md`);
      expect(existsSync(p), `${p} (run npm run gen)`).toBe(true);
      expect(readFileSync(p, 'utf8'), `${p} is out of date (run npm run gen)`).toBe(renderRuleDoc(r));
    }
    expect(readFileSync(join(ROOT, 'docs', 'rules', 'README.md'), 'utf8')).toBe(renderCatalogDoc(RULES));
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('docs examples of %s', (_id, rule) => {
  const run = async (kind: 'ts' | 'py' | 'md', code: string) => {
    await prepare();
    const name = kind === 'ts' ? 'index.ts' : kind === 'py' ? '__main__.py' : 'ANSWER.md';
    const input = kind === 'md' ? loadMarkdownAnswer(name, code) : programOf({ [name]: code }, name);
    return analyzeInput(input).findings.filter((f) => f.ruleId === rule.id);
  };
  test('every flagged example is flagged, no other example is', async () => {
    const bad = Object.entries(rule.docs.bad) as ['ts' | 'py' | 'md', string][];
    const good = Object.entries(rule.docs.good) as ['ts' | 'py' | 'md', string][];
    expect(bad.length).toBeGreaterThan(0);
    expect(good.length).toBeGreaterThan(0);
    for (const [kind, code] of bad) expect((await run(kind, code)).length, `bad ${kind} example`).toBeGreaterThan(0);
    for (const [kind, code] of good) expect(await run(kind, code), `good ${kind} example`).toEqual([]);
  });
});
