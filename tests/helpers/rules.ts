import { readFileSync } from 'node:fs';
import { buildLineIndex, lineColumn } from '../../src/core/source.js';
import { loadMarkdownAnswer } from '../../src/loaders/index.js';
import { analyzeInput, prepare } from '../../src/pipeline.js';
import type { RuleDefinition } from '../../src/rules/define-rule.js';
import { programOf } from './program.js';

export interface Annotation {
  line: number;
  ids: string[];
  todo: boolean;
}

const ANNOTATION = /(?:\/\/|#|<!--)\s*(todo-)?error:\s*\[([^\]]*)\]/;

/** `// error: [rule-a, rule-b]` / `# todo-error: [rule]` annotations, by 1-based line. */
export function annotations(text: string): Annotation[] {
  const out: Annotation[] = [];
  text.split('\n').forEach((l, i) => {
    const m = ANNOTATION.exec(l);
    if (m) out.push({ line: i + 1, todo: !!m[1], ids: m[2]!.split(',').map((s) => s.trim()).filter(Boolean) });
  });
  return out;
}

/** Lines (1-based, in the fixture text) at which `rule` reports, for a fixture file's text. */
export async function findingLines(rule: RuleDefinition, name: string, text: string): Promise<number[]> {
  await prepare();
  const input = name.endsWith('.md') ? loadMarkdownAnswer(name, text) : programOf({ [name]: text }, name);
  // The whole catalogue runs, as in real use (suppression findings depend on the other rules).
  const result = analyzeInput(input);
  if (result.errors.length) throw new Error(result.errors.join('; '));
  const idx = buildLineIndex(text);
  return [...new Set(result.findings.filter((f) => f.ruleId === rule.id).map((f) => lineColumn(idx, f.location.start).line))].sort((a, b) => a - b);
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
