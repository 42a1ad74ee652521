// The rule tester: every rule has annotated fixture programs in TypeScript and Python under
// tests/rules/<rule-id>/ (cases.ts / cases.py, or ts.md / py.md for rules about Markdown answers,
// plus any other *.md answers). Each line annotated `error: [rule-id]` must produce a finding of that
// rule starting on that line, and no other line may. `todo-error:` marks a known gap: it must NOT be
// reported yet (upgrade it when it is).

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { annotations, findingLines, readText } from '../helpers/rules.js';

const DIR = join(__dirname);

function fixturesOf(id: string): string[] {
  const dir = join(DIR, id);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^cases\.(ts|py)$/.test(f) || f.endsWith('.md'))
    .sort()
    .map((f) => join(dir, f));
}

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const files = fixturesOf(id);

  test('has TypeScript and Python fixtures with bad, clean and unknown cases', () => {
    const names = files.map((f) => f.split('/').pop()!);
    expect(names.some((n) => n === 'cases.ts' || n === 'ts.md'), `${id}: cases.ts or ts.md`).toBe(true);
    expect(names.some((n) => n === 'cases.py' || n === 'py.md'), `${id}: cases.py or py.md`).toBe(true);
    for (const f of files) {
      if (!/cases\.(ts|py)$/.test(f)) continue;
      const text = readText(f);
      for (const section of ['bad', 'clean', 'unknown']) expect(text, `${f}: section "${section}"`).toMatch(new RegExp(`^\\s*(//|#) --- ${section}\\b`, 'm'));
      expect(annotations(text).some((a) => a.ids.includes(id) && !a.todo), `${f}: at least one error annotation`).toBe(true);
    }
  });

  test.each(files.map((f) => [f.split('/').pop()!, f] as const))('%s', async (name, path) => {
    const text = readText(path);
    const ann = annotations(text).filter((a) => a.ids.includes(id));
    const expected = ann.filter((a) => !a.todo).map((a) => a.line);
    const todo = new Set(ann.filter((a) => a.todo).map((a) => a.line));
    const actual = await findingLines(rule, name, text);
    const reportedTodo = actual.filter((l) => todo.has(l));
    expect(reportedTodo, `todo-error lines now reported: upgrade them to error`).toEqual([]);
    expect(actual, `lines reported by ${id}`).toEqual(expected);
  });
});
