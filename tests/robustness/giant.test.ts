// One statement too large to parse into a tree (a list literal of a million elements, an object
// literal of megabytes, a call with 100,000 arguments) is left out of the parse: its value is unknown,
// the file gets one code/analysis-budget-reached note naming it, and the rest of the file is analysed
// with its positions unchanged. Without it, a 5 MB literal took 1 to 3 GB of memory.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { blankCuts, FILE_TOKENS, scanWithBudget } from '../../src/frontends/budget.js';
import { REGION_TOKENS } from '../../src/frontends/depth.js';
import { analyzePath, prepare } from '../../src/pipeline.js';
import { cli } from '../helpers/cli.js';
import { baseAnswer, graft } from './shapes.js';

const dir = mkdtempSync(join(tmpdir(), 'stacklint-giant-'));

beforeAll(async () => {
  await prepare();
});

/** `n` comma-separated items: 2n tokens. */
const items = (n: number, item: (i: number) => string) => Array.from({ length: n }, (_, i) => item(i)).join(', ');
const OVER = Math.ceil(REGION_TOKENS / 2) + 1000;

const PY_BEFORE = 'import pulumi_aws as aws\n\naws.s3.Bucket("before", bucket="Before_Bucket")\n';
const PY_AFTER = 'aws.s3.Bucket("after", bucket="After_Bucket")\naws.s3.Bucket("sized", tags={"n": str(len(BIG))})\n';
const TS_BEFORE = "import * as aws from '@pulumi/aws';\n\nnew aws.s3.Bucket('before', { bucket: 'Before_Bucket' });\n";
const TS_AFTER = "new aws.s3.Bucket('after', { bucket: 'After_Bucket' });\nnew aws.s3.Bucket('sized', { tags: { n: String(Object.keys(BIG).length) } });\n";

async function analyse(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  // No time limit: what is asserted is what the budgets leave out, on a machine of any speed.
  const r = await analyzePath(path, { timeLimit: 0 });
  expect(r.errors).toEqual([]);
  return { r, text };
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** The note, and the bad bucket names before and after the cut region at the lines they are written on. */
function expectCutAndRest(findings: Finding[], text: string, what: RegExp, at: number): void {
  const notes = findings.filter((f) => f.ruleId === 'code/analysis-budget-reached');
  expect(notes).toHaveLength(1);
  expect(notes[0]!.message).toMatch(what);
  expect(notes[0]!.message).toMatch(new RegExp(`at line ${lineOf(text, at)} is \\d+ (KB|MB) \\([\\d,]+ tokens\\); stacklint did not analyse it`));
  expect(notes[0]!.location.start).toBe(at);
  expect(findings.filter((f) => f.ruleId === 'code/file-not-analysed')).toEqual([]);
  for (const name of ['Before_Bucket', 'After_Bucket']) {
    const f = findings.find((x) => x.ruleId === 'naming/aws-name-constraints' && x.message.includes(name));
    expect(f, name).toBeDefined();
    // Positions stay those of the file: the finding points at the name where it is written.
    expect(text.slice(f!.location.start, f!.location.end)).toContain(name);
  }
}

describe('a region too large to parse', () => {
  test('a Python list literal: the note names it, its value is unknown, the rest of the file is analysed', async () => {
    const head = `${PY_BEFORE}BIG = [`;
    const { r, text } = await analyse('list.py', `${head}${items(OVER, (i) => String(i))}]\n${PY_AFTER}`);
    expectCutAndRest(r.findings, text, /^The list literal at line 4 is/, head.length - 1);
  });

  test('a Python dict argument of a resource, in a Markdown answer', async () => {
    const code = `${PY_BEFORE}BIG = {}\naws.s3.Bucket("tagged", tags={${items(OVER, (i) => `"k${i}": "v"`)}})\n${PY_AFTER}`;
    const text = graft(baseAnswer('py'), 'py', code);
    const { r } = await analyse('dict.md', text);
    const at = text.indexOf('tags={') + 5;
    const notes = r.findings.filter((f) => f.ruleId === 'code/analysis-budget-reached');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toMatch(/^The dict literal at line \d+ is \d+ KB/);
    expect(notes[0]!.location.start).toBe(at);
    for (const name of ['Before_Bucket', 'After_Bucket']) expect(r.findings.some((f) => f.message.includes(name)), name).toBe(true);
  });

  test('a Python argument list: the call gets unknown arguments, not none', async () => {
    const head = `${PY_BEFORE}BIG = dict(`;
    const { r, text } = await analyse('args.py', `${head}${items(OVER, (i) => `k${i}=${i}`)})\n${PY_AFTER}`);
    expectCutAndRest(r.findings, text, /^The argument list at line 4 is/, head.length - 1);
  });

  test('a TypeScript object literal, in a .ts file and in a Markdown answer', async () => {
    const head = `${TS_BEFORE}const BIG = {`;
    const code = `${head}${items(OVER, (i) => `k${i}: ${i}`)} };\n${TS_AFTER}`;
    const { r, text } = await analyse('object.ts', code);
    expectCutAndRest(r.findings, text, /^The object literal at line 4 is/, head.length - 1);
    const md = graft(baseAnswer('ts'), 'ts', code);
    const inMd = await analyse('object.md', md);
    const notes = inMd.r.findings.filter((f) => f.ruleId === 'code/analysis-budget-reached');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.location.start).toBe(md.indexOf('const BIG = {') + 'const BIG = '.length);
    for (const name of ['Before_Bucket', 'After_Bucket']) expect(inMd.r.findings.some((f) => f.message.includes(name)), name).toBe(true);
  });

  test('a JavaScript array literal and a TypeScript call with that many arguments', async () => {
    const head = `${TS_BEFORE.replace("import * as aws from '@pulumi/aws'", "const aws = require('@pulumi/aws')")}const BIG = [`;
    const js = await analyse('array.js', `${head}${items(OVER, (i) => String(i))}];\n${TS_AFTER}`);
    expectCutAndRest(js.r.findings, js.text, /^The array literal at line 4 is/, head.length - 1);
    const call = `${TS_BEFORE}const BIG = Object.fromEntries(`;
    const ts = await analyse('call.ts', `${call}${items(OVER, (i) => `['k${i}', ${i}]`)});\n${TS_AFTER}`);
    expectCutAndRest(ts.r.findings, ts.text, /^The argument list at line 4 is/, call.length - 1);
  });

  test('an operator chain too deep to parse, inside brackets: the file is analysed, not called too deep', async () => {
    const head = `${PY_BEFORE}BIG = [(`;
    const { r, text } = await analyse('chain.py', `${head}${Array.from({ length: OVER }, () => '1').join(' + ')})]\n${PY_AFTER}`);
    expectCutAndRest(r.findings, text, /^The parenthesized expression at line 4 is/, head.length - 1);
  });

  test('the value of a cut region is unknown, not empty: a dict argument, and a call whose arguments were cut', async () => {
    const path = join(dir, 'model.py');
    const dict = `aws.s3.Bucket("tagged", tags={${items(OVER, (i) => `"k${i}": "v"`)}}, bucket="kept")\n`;
    const args = `aws.s3.Bucket("spread", *[${items(OVER, (i) => String(i))}])\n`;
    writeFileSync(path, `import pulumi_aws as aws\n${dict}${args}`);
    const { stdout } = await cli(['check', path, '--dump', 'model']);
    const resources: { name: string; args: Record<string, unknown> }[] = JSON.parse(stdout).resources;
    expect(resources.find((r) => r.name === 'tagged')!.args).toEqual({ tags: { $unknown: 'budget:syntax' }, bucket: 'kept' });
    expect(resources.find((r) => r.name === 'spread')!.args).toEqual({ $open: true });
  });

  test('renders in JSON and SARIF through the CLI', async () => {
    const path = join(dir, 'cli.py');
    writeFileSync(path, `${PY_BEFORE}BIG = [${items(OVER, (i) => String(i))}]\n${PY_AFTER}`);
    for (const format of ['json', 'sarif']) {
      const { code, stdout } = await cli(['check', path, '--format', format, '--time-limit', '0']);
      expect(code).toBe(1);
      const report = JSON.parse(stdout);
      const ids: string[] = format === 'json' ? report.findings.map((f: Finding) => f.ruleId) : report.runs[0].results.map((x: { ruleId: string }) => x.ruleId);
      expect(ids).toContain('code/analysis-budget-reached');
      expect(ids).toContain('naming/aws-name-constraints');
      expect(ids).not.toContain('code/file-not-analysed');
    }
  });
});

describe('the file budget', () => {
  test('many regions each under the region budget: the largest are left out until the file fits', async () => {
    const lists = Math.ceil(FILE_TOKENS / 20_000) + 2;
    const body = Array.from({ length: lists }, (_, k) => `L${k} = [${items(10_000, (i) => String(i % 10))}]\n`).join('');
    const text = `${PY_BEFORE}BIG = []\n${body}${PY_AFTER}`;
    const scan = scanWithBudget(text, true);
    expect(scan.cuts).toHaveLength(lists);
    expect(scan.tokens - scan.cutTokens).toBeLessThan(FILE_TOKENS);
    const { r } = await analyse('many.py', text);
    const notes = r.findings.filter((f) => f.ruleId === 'code/analysis-budget-reached');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toMatch(new RegExp(`${lists - 1} more regions were left out the same way\\. The file has [\\d,]+ tokens, more than stacklint parses in one file`));
    for (const name of ['Before_Bucket', 'After_Bucket']) expect(r.findings.some((f) => f.message.includes(name)), name).toBe(true);
  });

  test('statements no region budget can bring under the file budget: the file is analysed up to a statement after it', async () => {
    const filler = `${';'.repeat(1000)}\n`.repeat(Math.ceil(FILE_TOKENS / 1000) + 50);
    const head = `${TS_BEFORE}const BIG = {};\n`;
    const text = `${head}${filler}${TS_AFTER}`;
    const scan = scanWithBudget(text, false);
    expect(scan.cuts).toEqual([]);
    expect(scan.stopAt).toBeGreaterThan(head.length + FILE_TOKENS - 1000);
    expect(text[scan.stopAt! - 1]).toBe('\n');
    const { r } = await analyse('statements.ts', text);
    const stopped = r.findings.filter((f) => f.ruleId === 'code/file-not-analysed');
    expect(stopped).toHaveLength(1);
    expect(stopped[0]!.message).toMatch(new RegExp(`^statements\\.ts has [\\d,]+ tokens, more than stacklint parses in one file \\([\\d,]+\\): the analysis stops at line ${lineOf(text, scan.stopAt!).toLocaleString('en-US')},`));
    expect(stopped[0]!.location.start).toBe(scan.stopAt);
    // What comes before is analysed; what comes after is not.
    const names = r.findings.filter((f) => f.ruleId === 'naming/aws-name-constraints').map((f) => f.message);
    expect(names.some((m) => m.includes('Before_Bucket'))).toBe(true);
    expect(names.some((m) => m.includes('After_Bucket'))).toBe(false);
    expect(r.findings.filter((f) => f.ruleId === 'code/syntax-error')).toEqual([]);
  }, 60_000);

  test('a Python file is stopped only where a top-level statement starts', () => {
    const body = 'def f(x):\n    return x\n\n\nif x:\n    y = 1\nelse:\n    y = 2\n@decorator\nclass A:\n    pass\n';
    const text = body.repeat(40);
    const scan = scanWithBudget(text, true, REGION_TOKENS, 100);
    const rest = text.slice(scan.stopAt);
    expect(rest).toMatch(/^(def|if|@decorator)\b/);
    // After a bracket left open (a truncated statement), at a `def`, `class` or `import`.
    const open = `x = f(\n${'def g():\n    return (1 +\n        2)\n'.repeat(40)}`;
    const stop = scanWithBudget(open, true, REGION_TOKENS, 100).stopAt;
    expect(open.slice(stop)).toMatch(/^def g/);
  });

  test('an ordinary answer is parsed whole', async () => {
    for (const lang of ['py', 'ts'] as const) expect(scanWithBudget(baseAnswer(lang), lang === 'py').cuts).toEqual([]);
  });

  test('innermost first: a region holding a cut region is cut only if it is still too large', () => {
    const inner = `[${items(60, () => '1')}]`;
    const outer = `x = {"a": ${inner}, "b": [1, 2]}\n`;
    expect(scanWithBudget(outer, true, 100, Infinity).cuts.map((c) => outer.slice(c.s, c.e))).toEqual([inner]);
    const wide = `x = {${items(60, (i) => `"k${i}": ${inner}`)}}\n`;
    const cuts = scanWithBudget(wide, true, 100, Infinity).cuts;
    expect(cuts.map((c) => [c.s, c.e])).toEqual([[4, wide.length - 1]]);
  });

  test('blanking keeps every offset and line break, and leaves text that parses', () => {
    const text = `x = f(\n  ${items(80, (i) => `'${i}'`)},\n  "é😀"\n)\ny = {\n${items(80, (i) => `"k${i}": 1`)}\n}\n`;
    const scan = scanWithBudget(text, true, 100, Infinity);
    expect(scan.cuts.map((c) => c.open)).toEqual(['(', '{']);
    const blank = blankCuts(text, scan.cuts).text;
    expect(blank.length).toBe(text.length);
    expect(blank).toMatch(/^x = f\(\n_ +\n +\n\)\ny = \{\n +\n\}\n$/);
  });
});

describe('memory', () => {
  // The TypeScript compiler's tree lives on the JavaScript heap: a 4.9 MB array literal needed about
  // 700 MB of it, so a process limited to 256 MB of heap ran out of memory before the budget.
  test('a 4.9 MB TypeScript array literal analyses within 256 MB of heap', async () => {
    const path = join(dir, 'huge.ts');
    const head = `${TS_BEFORE}const BIG = [`;
    const n = Math.floor((4.9 * 2 ** 20 - head.length - TS_AFTER.length) / 6);
    writeFileSync(path, `${head}${items(n, (i) => String(1000 + (i % 9000)))}];\n${TS_AFTER}`);
    const saved = process.env.NODE_OPTIONS;
    process.env.NODE_OPTIONS = `${saved ?? ''} --max-old-space-size=256`.trim();
    try {
      const { code, stdout, stderr } = await cli(['check', path, '--format', 'json', '--time-limit', '0']);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      const ids = JSON.parse(stdout).findings.map((f: Finding) => f.ruleId);
      expect(ids).toContain('code/analysis-budget-reached');
      expect(ids).toContain('naming/aws-name-constraints');
    } finally {
      if (saved === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = saved;
    }
  }, 60_000);
});
