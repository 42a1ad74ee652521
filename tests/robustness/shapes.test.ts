// Inputs that once took the analysis down (RangeError, fatal aborts, heap exhaustion, minutes of
// time) now analyse to a result within the time limit, with the budget note where a value was cut,
// and render in every format.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ProgramResult } from '../../src/core/result.js';
import { analyzePath, prepare, reviewPaths } from '../../src/pipeline.js';
import { renderJson } from '../../src/reporters/json.js';
import { renderJunit } from '../../src/reporters/junit.js';
import { renderMarkdown } from '../../src/reporters/markdown.js';
import { renderReviewJson, renderReviewMarkdown, renderReviewYaml } from '../../src/reporters/review.js';
import { renderSarif } from '../../src/reporters/sarif.js';
import { renderText } from '../../src/reporters/text.js';
import { RULES } from '../../src/rules/index.js';
import { baseAnswer, SHAPES, shapeInput } from './shapes.js';

const dir = mkdtempSync(join(tmpdir(), 'stacklint-shapes-'));

beforeAll(async () => {
  await prepare();
});

function renderAll(r: ProgramResult): void {
  JSON.parse(renderJson([r], { baselined: 0 }));
  const sarif = JSON.parse(renderSarif([r], RULES, { docsBaseUri: 'https://example.invalid/rules/', cwd: dir }));
  expect(sarif.runs[0].results.length).toBe(r.findings.length);
  expect(renderJunit([r], RULES, dir)).toMatch(/^<\?xml/);
  expect(renderMarkdown([r], dir).length).toBeGreaterThan(0);
  expect(renderText([r], { color: false, quiet: false, baselined: 0, threshold: 'low' }).length).toBeGreaterThan(0);
}

describe.each(SHAPES.map((s) => [s.name, s] as const))('%s', (_name, shape) => {
  test('analyses to a result within the time limit, with the expected note, in every format', async () => {
    const { name, text } = shapeInput(shape);
    const path = join(dir, `${shape.name.replace(/\W+/g, '-')}-${name}`);
    writeFileSync(path, text);
    const r = await analyzePath(path);
    const ids = r.findings.map((f) => f.ruleId);
    expect(r.errors).toEqual([]);
    // Neither the time limit nor an internal failure stopped it; only the file-count budget may
    // leave files out, and says so once.
    const notAnalysed = r.findings.filter((f) => f.ruleId === 'code/file-not-analysed').map((f) => f.message);
    expect(notAnalysed.filter((m) => !/program files; stacklint analyses the first/.test(m))).toEqual([]);
    expect(notAnalysed.length).toBe(shape.expect === 'code/file-not-analysed' ? 1 : 0);
    if (shape.expect !== 'none') expect(ids).toContain(shape.expect);
    // Thousands of files may also reach the budget on findings per rule, noted per rule.
    const capped = (f: { message: string }) => /more problems in this input than the/.test(f.message);
    if (shape.expect !== 'code/analysis-budget-reached') expect(r.findings.filter((f) => f.ruleId === 'code/analysis-budget-reached' && !(shape.expect === 'code/file-not-analysed' && capped(f)))).toEqual([]);
    // One note per file, however many values were cut in it.
    const notes = r.findings.filter((f) => f.ruleId === 'code/analysis-budget-reached' && !capped(f));
    expect(new Set(notes.map((f) => f.location.virtualPath ?? f.location.hostPath)).size).toBe(notes.length);
    renderAll(r);
  });

  test('reviews to a report in every review format, against the answer it was grafted onto', async () => {
    const { name, text } = shapeInput(shape);
    const model = join(dir, `review-${shape.name.replace(/\W+/g, '-')}-${name}`);
    writeFileSync(model, text);
    const ideal = shape.whole ? model : join(dir, `ideal-${shape.lang}.md`);
    if (!shape.whole) writeFileSync(ideal, baseAnswer(shape.lang));
    const review = await reviewPaths({ model, ideal });
    expect(JSON.parse(renderReviewJson(review)).review.failures.length).toBe(review.failures.length);
    expect(renderReviewMarkdown(review, dir)).toMatch(/^# /);
    expect(renderReviewYaml(review).length).toBeGreaterThan(0);
  });
});

describe('the time limit', () => {
  test('stops an analysis that runs past it with a code/file-not-analysed finding, and keeps what it found', async () => {
    const path = join(dir, 'slow.py');
    writeFileSync(
      path,
      'import pulumi_aws as aws\naws.s3.Bucket("first", bucket="Not_Valid")\ntotal = 0\nfor i in range(64):\n    for j in range(64):\n        for k in range(64):\n            total = total + i * j + k\naws.s3.Bucket("after", tags={"t": str(total)})\n',
    );
    const r = await analyzePath(path, { timeLimit: 0.05 });
    const stopped = r.findings.filter((f) => f.ruleId === 'code/file-not-analysed');
    expect(stopped).toHaveLength(1);
    expect(stopped[0]!.message).toMatch(/stopped after 0\.05 s/);
    expect(r.findings.some((f) => f.ruleId === 'naming/aws-name-constraints')).toBe(true);
  });

  test('is off with 0', async () => {
    const path = join(dir, 'slow0.py');
    writeFileSync(path, 'import pulumi_aws as aws\ntotal = 0\nfor i in range(64):\n    for j in range(64):\n        total = total + i * j\naws.s3.Bucket("after", tags={"t": str(total)})\n');
    const r = await analyzePath(path, { timeLimit: 0 });
    expect(r.findings.filter((f) => f.ruleId === 'code/file-not-analysed')).toEqual([]);
  });
});
