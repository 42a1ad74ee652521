// Files nested too deeply for the recursive parsers, lowering and evaluator are not analysed, with a
// `parse/too-deep` diagnostic, the same on every thread; the rest of the input is analysed normally.

import { describe, expect, test } from 'vitest';
import type { SourceFile } from '../../src/core/source.js';
import { initFrontends, MAX_CHAIN, MAX_NESTING, parseFile, scanDepth } from '../../src/frontends/index.js';
import { parsePython } from '../../src/frontends/python/index.js';
import { loadMarkdownAnswer } from '../../src/loaders/index.js';
import { analyzeInput, prepare } from '../../src/pipeline.js';
import { programOf } from '../helpers/program.js';

const GOOD_TS = "import * as aws from '@pulumi/aws';\nexport const topic = new aws.sns.Topic('alerts').arn;\n";
const parens = (n: number) => `${'('.repeat(n)}1${')'.repeat(n)}`;

function file(path: string, text: string): SourceFile {
  const language = path.endsWith('.py') ? 'python' : 'typescript';
  return { path, language, role: 'program', text, hostPath: path, segments: [{ virt: 0, host: 0 }], snippet: false };
}

describe('scanDepth', () => {
  test('counts brackets outside strings, comments, regular expressions and template text', () => {
    expect(scanDepth('f([{ a: (1) }]);', false).nesting).toBe(4);
    expect(scanDepth("const s = '(((('; // ((((\n/* [[[[ */ const r = /[(]{2}/; const t = `((${'{'}(x)}`;", false).nesting).toBe(2);
    expect(scanDepth('s = "(((("  # ((((\nt = """\n[[[[\n"""\nu = (1)\n', true).nesting).toBe(1);
  });

  test('Python indentation counts as nesting', () => {
    const text = Array.from({ length: 5 }, (_, i) => `${' '.repeat(i * 2)}if a:\n`).join('') + `${' '.repeat(10)}x = (1)\n`;
    expect(scanDepth(text, true).nesting).toBe(6);
  });

  test('operator chains count within one expression only', () => {
    expect(scanDepth('const x = a + b + c + d;', false).chain).toBe(3);
    // statements without semicolons do not add up
    expect(scanDepth('a.b()\nc.d()\ne.f()\n'.repeat(300), false).chain).toBe(1);
    expect(scanDepth('x = a + b\ny = c + d\n'.repeat(300), true).chain).toBe(1);
    // a chain broken over lines is one chain
    expect(scanDepth('const x = a +\n  b +\n  c;', false).chain).toBe(2);
  });
});

describe('parseFile', () => {
  test('a TypeScript file with 10,000 nested parentheses → parse/too-deep, fast', async () => {
    await initFrontends();
    const t0 = performance.now();
    const { module, diagnostic } = parseFile(file('deep.ts', `const x = ${parens(10_000)};\n`));
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(module?.body).toEqual([]);
    expect(diagnostic).toMatchObject({ code: 'parse/too-deep', file: 'deep.ts', severity: 'medium' });
    expect(diagnostic!.message).toContain(`nesting depth 10000 exceeds the limit stacklint analyses (${MAX_NESTING})`);
    expect(diagnostic!.start).toBe('const x = '.length + MAX_NESTING);
  });

  test('a 20,000-term `+` chain → parse/too-deep', async () => {
    await initFrontends();
    const { diagnostic } = parseFile(file('chain.py', `x = "a"${' + "a"'.repeat(20_000)}\n`));
    expect(diagnostic?.message).toContain(`an expression chains 20000 operators, more than the limit stacklint analyses (${MAX_CHAIN})`);
  });

  test('a file within the limits is parsed as usual', async () => {
    await initFrontends();
    const { module, diagnostic } = parseFile(file('ok.py', `x = ${parens(MAX_NESTING - 1)}\n`));
    expect(diagnostic).toBeUndefined();
    expect(module!.body.length).toBe(1);
  });
});

test('Python lowering gives up at once on a stack overflow instead of retrying every level (was exponential)', async () => {
  await initFrontends();
  const t0 = performance.now();
  // Bypasses the depth pre-scan: 20,000 levels overflow any thread's stack.
  expect(() => parsePython('deep.py', `x = ${parens(20_000)}\n`)).toThrow(RangeError);
  expect(performance.now() - t0).toBeLessThan(1500);
});

describe('a deep file costs only itself', () => {
  test('a directory: the other files are analysed, the deep one has one finding', async () => {
    await prepare();
    const result = analyzeInput(programOf({ 'index.ts': GOOD_TS, 'deep.ts': `export const x = ${parens(5_000)};\n` }, 'index.ts'));
    expect(result.errors).toEqual([]);
    expect(result.stats.resources).toBe(1);
    const deep = result.findings.filter((f) => f.ruleId === 'code/file-not-analysed');
    expect(deep).toHaveLength(1);
    expect(deep[0]!.location.hostPath).toBe('deep.ts');
    expect(result.findings.filter((f) => f.ruleId === 'code/syntax-error')).toEqual([]);
  });

  test('a Markdown answer with one deep block keeps the findings of the others', async () => {
    await prepare();
    const md = `# Answer\n\n## index.ts\n\n\`\`\`ts\n${GOOD_TS}\`\`\`\n\n## lib/deep.ts\n\n\`\`\`ts\nexport const x = ${'f('.repeat(3_000)}1${')'.repeat(3_000)};\n\`\`\`\n`;
    const result = analyzeInput(loadMarkdownAnswer('ANSWER.md', md));
    expect(result.errors).toEqual([]);
    expect(result.stats.resources).toBe(1);
    expect(result.findings.filter((f) => f.ruleId === 'code/file-not-analysed').map((f) => f.location.virtualPath)).toEqual(['lib/deep.ts']);
  });
});
