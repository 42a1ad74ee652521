import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadInput } from '../../src/loaders/index.js';
import { tempProjects } from './helpers.js';

const { project, cleanup } = tempProjects('stacklint-loaders-');
afterAll(cleanup);

const TS = "import * as aws from '@pulumi/aws';\nexport const b = new aws.s3.Bucket('b');\n";
const PY = 'import pulumi\nimport pulumi_aws as aws\naws.s3.Bucket("b")\n';

describe('a TypeScript project directory', async () => {
  const root = project({
    'Pulumi.yaml': 'name: tap\nruntime:\n  name: nodejs\nmain: bin/tap.js\nconfig:\n  aws:region:\n    default: us-west-2\n',
    'Pulumi.dev.yaml': 'config:\n  aws:region: us-east-1\n',
    'package.json': '{ "dependencies": { "@pulumi/pulumi": "^3.0.0", "@pulumi/aws": "^6.1.0" } }',
    'tsconfig.json': '{}',
    'bin/tap.ts': TS,
    'bin/tap.js': '"use strict";\n',
    'lib/tap-stack.ts': TS,
    'lib/types.d.ts': 'export type X = string;\n',
    'lib/env/settings.ts': TS,
    'lib/lambda/index.js': 'exports.handler = async () => ({ statusCode: 200 });\n',
    'lib/lambda/package.json': '{ "dependencies": { "@aws-sdk/client-s3": "^3.0.0" } }',
    'lib/blob.ts': Buffer.from([0x69, 0x00, 0x01]),
    'lib/huge.ts': Buffer.alloc(5 * 1024 * 1024 + 1, 0x20),
    'test/tap-stack.unit.test.ts': TS,
    'lib/tap-stack.spec.ts': TS,
    'README.md': '# Tap\n',
    'node_modules/@pulumi/aws/index.js': 'module.exports = {};\n',
    'dist/index.js': '',
    'build/x.ts': TS,
    'out/x.ts': TS,
    'coverage/x.js': '',
    'cdk.out/x.ts': TS,
    '.git/hooks/x.ts': TS,
    '.pulumi/x.ts': TS,
  });
  const input = await loadInput(root);
  const roleOf = (path: string) => input.files.find((f) => f.path === path)?.role;

  test('collects program, test, asset and context files with POSIX relative paths', () => {
    expect(input.kind).toBe('directory');
    expect(input.files.map((f) => f.path)).toEqual([
      'Pulumi.dev.yaml',
      'Pulumi.yaml',
      'bin/tap.ts',
      'lib/env/settings.ts',
      'lib/lambda/index.js',
      'lib/lambda/package.json',
      'lib/tap-stack.spec.ts',
      'lib/tap-stack.ts',
      'package.json',
      'test/tap-stack.unit.test.ts',
      'tsconfig.json',
    ]);
    expect(roleOf('bin/tap.ts')).toBe('program');
    expect(roleOf('lib/lambda/index.js')).toBe('asset');
    expect(roleOf('test/tap-stack.unit.test.ts')).toBe('test');
    expect(roleOf('lib/tap-stack.spec.ts')).toBe('test');
    expect(roleOf('Pulumi.dev.yaml')).toBe('context');
    expect(input.files.every((f) => f.segments.length === 1 && f.segments[0]!.virt === 0 && f.segments[0]!.host === 0)).toBe(true);
  });

  test('hosts maps every file read to its text', () => {
    expect(input.hosts.size).toBe(input.files.length);
    for (const f of input.files) expect(input.hosts.get(f.hostPath)).toBe(f.text);
    expect(input.files.find((f) => f.path === 'bin/tap.ts')!.hostPath).toBe(join(root, 'bin/tap.ts'));
  });

  test('binary and huge files are skipped with a diagnostic', () => {
    const skippedFiles = input.diagnostics.filter((d) => d.code === 'load/skipped').map((d) => d.file);
    expect(skippedFiles.sort()).toEqual(['lib/blob.ts', 'lib/huge.ts']);
    expect(input.diagnostics.find((d) => d.file === 'lib/huge.ts')!.message).toMatch(/5 MB/);
    expect(input.diagnostics.find((d) => d.file === 'lib/blob.ts')!.message).toMatch(/binary/);
  });

  test('Pulumi.yaml facts, entry (bin/tap.js main → its .ts source) and provider version', () => {
    expect(input.project).toMatchObject({ file: 'Pulumi.yaml', name: 'tap', runtime: 'nodejs', main: 'bin/tap.js' });
    const yaml = input.hosts.get(join(root, 'Pulumi.yaml'))!;
    expect(input.project!.config).toMatchObject([{ key: 'aws:region', hasDefault: true, default: 'us-west-2', offset: yaml.indexOf('aws:region') }]);
    expect(input.entry).toBe('bin/tap.ts');
    expect(input.awsProviderVersion).toBe('^6.1.0');
  });
});

describe('a Python project directory', async () => {
  const root = project({
    'Pulumi.yml': 'name: tap\nruntime: python\n',
    'requirements.txt': 'pulumi>=3.0.0,<4.0.0\npulumi-aws>=6.0.0,<7.0.0\n',
    '__main__.py': PY,
    'lib/tap_stack.py': PY,
    'lib/lambda/handler.py': 'import boto3\ndef handler(event, context):\n    return 1\n',
    'tests/unit/test_stack.py': PY,
    'conftest.py': 'import pytest\n',
    'lib/stack_test.py': PY,
    '__pycache__/x.py': PY,
    'venv/lib/x.py': PY,
    '.venv/lib/x.py': PY,
    'env/pyvenv.cfg': 'home = /usr/bin\n',
    'env/lib/x.py': PY,
  });
  const input = await loadInput(root);

  test('skips virtualenvs and caches, keeps tests as tests', () => {
    expect(input.files.map((f) => `${f.path}:${f.role}`)).toEqual([
      'Pulumi.yml:context',
      '__main__.py:program',
      'conftest.py:test',
      'lib/lambda/handler.py:asset',
      'lib/stack_test.py:test',
      'lib/tap_stack.py:program',
      'requirements.txt:context',
      'tests/unit/test_stack.py:test',
    ]);
  });

  test('entry and provider constraint', () => {
    expect(input.entry).toBe('__main__.py');
    expect(input.project?.runtime).toBe('python');
    expect(input.awsProviderVersion).toBe('>=6.0.0,<7.0.0');
  });
});

describe('entry from Pulumi.yaml main', () => {
  test('a main directory means its index file', async () => {
    const input = await loadInput(project({ 'Pulumi.yaml': 'name: a\nruntime: nodejs\nmain: src/\n', 'src/index.ts': TS, 'index.ts': TS }));
    expect(input.entry).toBe('src/index.ts');
  });

  test('without main, the conventional names in order', async () => {
    const input = await loadInput(project({ 'bin/tap.ts': TS, 'lib/tap-stack.ts': TS }));
    expect(input.entry).toBe('bin/tap.ts');
    expect(input.project).toBeUndefined();
  });
});

describe('other inputs', () => {
  test('a single program file', async () => {
    const root = project({ 'stack/tap_stack.py': PY });
    const input = await loadInput(join(root, 'stack/tap_stack.py'));
    expect(input).toMatchObject({ kind: 'file', entry: 'tap_stack.py', diagnostics: [] });
    expect(input.files).toEqual([
      expect.objectContaining({ path: 'tap_stack.py', language: 'python', role: 'program', segments: [{ virt: 0, host: 0 }], snippet: false }),
    ]);
    expect(input.hosts.get(join(root, 'stack/tap_stack.py'))).toBe(PY);
  });

  test('a Markdown answer on disk', async () => {
    const root = project({ 'lib/MODEL_RESPONSE.md': `## File: index.ts\n\n\`\`\`ts\n${TS}\`\`\`\n`, 'Pulumi.yaml': 'name: x\nruntime: nodejs\n' });
    const input = await loadInput(join(root, 'lib/MODEL_RESPONSE.md'));
    expect(input.kind).toBe('markdown');
    expect(input.files.map((f) => f.path)).toEqual(['index.ts']);
    // The Pulumi.yaml beside the answer on disk is not part of the answer.
    expect(input.project).toBeUndefined();
  });

  test('a missing path → load/not-found, never a throw', async () => {
    const input = await loadInput(join(tmpdir(), 'stacklint-does-not-exist', 'x.ts'));
    expect(input.files).toEqual([]);
    expect(input.diagnostics.map((d) => d.code)).toEqual(['load/not-found']);
  });

  test('an unsupported file → load/skipped only (the reason, not "no program code")', async () => {
    const root = project({ 'logo.png': Buffer.from([0x89, 0x50]) });
    const input = await loadInput(join(root, 'logo.png'));
    expect(input.diagnostics.map((d) => d.code)).toEqual(['load/skipped']);
  });

  test('a binary file with a program extension → load/skipped', async () => {
    const root = project({ 'x.ts': Buffer.from([0x00, 0x01]) });
    const input = await loadInput(join(root, 'x.ts'));
    expect(input.diagnostics).toEqual([expect.objectContaining({ code: 'load/skipped', severity: 'medium', message: expect.stringContaining('binary') })]);
  });

  test('a directory without program code → load/no-code', async () => {
    const input = await loadInput(project({ 'README.md': '# x\n', 'Pulumi.yaml': 'name: x\nruntime: nodejs\n' }));
    expect(input.diagnostics).toEqual([expect.objectContaining({ code: 'load/no-code', class: 'INCOMPLETE-TRUNCATED' })]);
  });
});
