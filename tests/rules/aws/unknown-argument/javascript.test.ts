// JavaScript is not type-checked: an argument the resource does not have is dropped by the SDK, and
// the resource deploys without the setting. That is not the compile error TypeScript gives.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { analyzePath, prepare } from '../../../../src/pipeline.js';

const dir = mkdtempSync(join(tmpdir(), 'stacklint-unknown-arg-'));
const PROGRAM = `import * as aws from '@pulumi/aws';\nexport const key = new aws.kms.Key('k', { keySpec: 'SYMMETRIC_DEFAULT', enableKeyRotation: true }).arn;\n`;

beforeAll(async () => {
  await prepare();
});

test.each([
  ['index.mjs', 'medium', /JavaScript does not check it/],
  ['index.ts', 'critical', /TypeScript rejects it/],
])('%s: the argument is reported as %s', async (name, severity, message) => {
  const p = join(dir, name);
  writeFileSync(p, PROGRAM);
  const found = (await analyzePath(p)).findings.filter((f) => f.ruleId === 'aws/unknown-argument');
  expect(found).toHaveLength(1);
  expect(found[0]!.severity).toBe(severity);
  expect(found[0]!.message).toMatch(message);
});
