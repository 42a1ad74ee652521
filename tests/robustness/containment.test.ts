// A failure inside stacklint (a rule, the evaluator, the model builder) costs only what it was doing:
// it becomes a code/file-not-analysed finding for the file, and the rest of the input is still
// analysed and reported. The failures are injected; no real input is known to cause them.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { PulumiHost } from '../../src/model/host.js';
import * as build from '../../src/model/build.js';
import { analyzePath, prepare } from '../../src/pipeline.js';
import { RULES } from '../../src/rules/index.js';

const dir = mkdtempSync(join(tmpdir(), 'stacklint-contain-'));
const TWO_FILES = [
  '## File: lib/a.py',
  '```python',
  'import pulumi_aws as aws',
  'aws.s3.Bucket("in-a", bucket="Bad_Name_A")',
  '```',
  '## File: lib/b.py',
  '```python',
  'import pulumi_aws as aws',
  'aws.s3.Bucket("in-b", bucket="Bad_Name_B")',
  'aws.sqs.Queue("boom")',
  'aws.s3.Bucket("after-boom", bucket="Bad_Name_C")',
  '```',
  '',
].join('\n');

beforeAll(async () => {
  await prepare();
});

afterEach(() => {
  vi.restoreAllMocks();
});

function answer(name: string): string {
  const p = join(dir, name);
  writeFileSync(p, TWO_FILES);
  return p;
}

describe('containment', () => {
  test('a rule that throws: its failure is a finding, every other rule still reports', async () => {
    const rule = RULES.find((r) => r.id === 'security/hardcoded-secret')!;
    vi.spyOn(rule, 'check').mockImplementation(() => {
      throw new TypeError('cannot read properties of undefined');
    });
    const r = await analyzePath(answer('rule.md'));
    expect(r.errors).toEqual([]);
    const failed = r.findings.filter((f) => f.ruleId === 'code/file-not-analysed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.message).toMatch(/failed while checking this program.*security\/hardcoded-secret/);
    expect(r.findings.filter((f) => f.ruleId === 'naming/aws-name-constraints')).toHaveLength(3);
  });

  test('the evaluator failing in one file: that file is reported, the other file is analysed in full', async () => {
    const construct = PulumiHost.prototype.construct;
    vi.spyOn(PulumiHost.prototype, 'construct').mockImplementation(function (this: PulumiHost, target, args, ctx) {
      if (ctx.at.f === 'lib/b.py' && JSON.stringify(args.pos[0]?.kind === 'known' ? args.pos[0].value : '') === '"boom"') throw new Error('host exploded');
      return construct.call(this, target, args, ctx);
    });
    const r = await analyzePath(answer('eval.md'));
    expect(r.errors).toEqual([]);
    const failed = r.findings.filter((f) => f.ruleId === 'code/file-not-analysed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.location.virtualPath).toBe('lib/b.py');
    expect(failed[0]!.message).toMatch(/failed while evaluating this file \(Error: host exploded\)/);
    const names = r.findings.filter((f) => f.ruleId === 'naming/aws-name-constraints').map((f) => f.location.virtualPath);
    // lib/a.py in full, lib/b.py up to the failure.
    expect(names.sort()).toEqual(['lib/a.py', 'lib/b.py']);
  });

  test('the model builder failing outright: the input is reported as not analysed, not dropped', async () => {
    vi.spyOn(build, 'buildModel').mockImplementationOnce(() => {
      throw new RangeError('Invalid array length');
    });
    const r = await analyzePath(answer('model.md'));
    expect(r.errors).toEqual([]);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['code/file-not-analysed']);
    expect(r.findings[0]!.message).toMatch(/failed while analysing this input \(RangeError: Invalid array length\)/);
  });
});
