// Files the loader cannot use (over the size limit, binary, unreadable) are reported one by one with
// the reason, never as "no program code"; and "no program code" says what fits the input kind.

import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { loadInput } from '../../src/loaders/index.js';
import { analyzeInput, prepare } from '../../src/pipeline.js';
import { tempProjects } from './helpers.js';

// Running as root, chmod 000 does not make a file unreadable: simulate EACCES for files named "locked".
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = (async (path: Parameters<typeof real.readFile>[0], ...rest: unknown[]) => {
    if (String(path).includes('locked')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    return (real.readFile as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof real.readFile;
  return { ...real, readFile, default: { ...real, readFile } };
});

const { project, cleanup } = tempProjects('stacklint-skipped-');
afterAll(cleanup);

const TS = "import * as aws from '@pulumi/aws';\nexport const topic = new aws.sns.Topic('alerts').arn;\n";
const HUGE = Buffer.alloc(5 * 1024 * 1024 + 1, 0x20);

describe('skipped files become findings', () => {
  test('in a directory: one medium finding per skipped file, with the reason; the rest is analysed', async () => {
    await prepare();
    const root = project({ 'index.ts': TS, 'lib/huge.ts': HUGE, 'lib/blob.py': Buffer.from([0x69, 0x00]), 'lib/locked.ts': TS });
    const result = analyzeInput(await loadInput(root));
    expect(result.stats.resources).toBe(1);
    const skipped = result.findings.filter((f) => f.ruleId === 'code/file-not-analysed');
    expect(skipped.map((f) => [f.location.hostPath, f.severity])).toEqual([
      [join(root, 'lib/blob.py'), 'medium'],
      [join(root, 'lib/huge.ts'), 'medium'],
      [join(root, 'lib/locked.ts'), 'medium'],
    ]);
    expect(skipped[0]!.message).toContain('it is a binary file');
    expect(skipped[1]!.message).toContain('it is 5.0 MB, over the 5 MB limit');
    expect(skipped[2]!.message).toContain('it could not be read (EACCES)');
    expect(result.findings.some((f) => f.ruleId === 'code/no-program-code')).toBe(false);
  });

  test('a directory whose only program file is skipped: the skip, not "no program code"', async () => {
    await prepare();
    const root = project({ 'Pulumi.yaml': 'name: x\nruntime: nodejs\n', 'index.ts': HUGE });
    const ids = analyzeInput(await loadInput(root)).findings.map((f) => f.ruleId);
    expect(ids).toContain('code/file-not-analysed');
    expect(ids).not.toContain('code/no-program-code');
  });

  test.each([
    ['huge.ts', HUGE, 'over the 5 MB limit'],
    ['bin.md', Buffer.from([0x23, 0x00, 0x01]), 'it is a binary file'],
    ['locked.py', 'x = 1\n', 'it could not be read (EACCES)'],
  ])('a skipped file given on its own (%s): the reason, not "no program code"', async (name, content, reason) => {
    await prepare();
    const root = project({ [name]: content });
    const result = analyzeInput(await loadInput(join(root, name)));
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['code/file-not-analysed', 'medium']]);
    expect(result.findings[0]!.message).toContain(reason);
  });
});

describe('"no program code" fits the input kind', () => {
  test('a directory, a non-program file and an answer each get their own advice', async () => {
    await prepare();
    const dir = analyzeInput(await loadInput(project({ 'README.md': '# x\n', 'Pulumi.yaml': 'name: x\nruntime: nodejs\n' })));
    const test = analyzeInput(await loadInput(join(project({ 'stack.test.ts': "import { describe } from 'vitest';\ndescribe('x', () => {});\n" }), 'stack.test.ts')));
    const answer = analyzeInput(await loadInput(join(project({ 'ANSWER.md': '# Solution\n\nCreate a bucket.\n' }), 'ANSWER.md')));
    const message = (r: typeof dir) => r.findings.find((f) => f.ruleId === 'code/no-program-code')!.message;
    expect(message(dir)).toMatch(/^The directory .* contains no TypeScript, JavaScript or Python program file/);
    expect(message(dir)).not.toContain('code block');
    expect(message(test)).toMatch(/stack\.test\.ts is a test file, not Pulumi program code/);
    expect(message(answer)).toContain('Give the Pulumi program files as fenced code blocks');
    for (const r of [dir, test, answer]) expect(r.findings.find((f) => f.ruleId === 'code/no-program-code')!.fixHint).not.toMatch(/^Include .* in fenced code blocks/);
  });
});
