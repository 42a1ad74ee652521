// Old Mac OS line endings (a lone CR) are line breaks, like LF and CRLF: findings get their own lines.

import { expect, test } from 'vitest';
import { buildLineIndex, lineColumn } from '../../src/core/source.js';
import { analyzeInput, prepare } from '../../src/pipeline.js';
import { programOf } from '../helpers/program.js';

test('buildLineIndex treats CR, LF and CRLF each as one line break', () => {
  expect(buildLineIndex('a\rb\r\nc\nd').lineStarts).toEqual([0, 2, 5, 7]);
});

test.each([
  ['LF', '\n'],
  ['CRLF', '\r\n'],
  ['CR', '\r'],
])('a syntax error on line 3 is reported on line 3 with %s line endings', async (_name, eol) => {
  await prepare();
  const text = ["import * as aws from '@pulumi/aws';", "new aws.sns.Topic('ok');", 'const broken = ;', ''].join(eol);
  const result = analyzeInput(programOf({ 'index.ts': text }, 'index.ts'));
  const f = result.findings.find((x) => x.ruleId === 'code/syntax-error')!;
  expect(lineColumn(buildLineIndex(text), f.location.start).line).toBe(3);
});
