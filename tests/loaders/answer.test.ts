import { describe, expect, test } from 'vitest';
import { fileOf, load, md, pathsOf, PY, TS } from './helpers.js';

describe('language', () => {
  test.each([
    ['typescript', 'typescript'],
    ['ts', 'typescript'],
    ['tsx', 'typescript'],
    ['javascript', 'javascript'],
    ['js', 'javascript'],
    ['python', 'python'],
    ['py', 'python'],
    ['yaml', 'yaml'],
    ['yml', 'yaml'],
    ['json', 'json'],
    ['bash', 'shell'],
    ['sh', 'shell'],
    ['shell', 'shell'],
    ['text', 'text'],
    ['plaintext', 'text'],
    ['txt', 'text'],
    ['go', 'other'],
  ])('```%s → %s', (info, language) => {
    const input = load(md(`\`\`\`${info}`, 'x', '```'));
    expect(input.files[0]!.language).toBe(language);
  });

  test.each([
    ['TypeScript import', ["import * as pulumi from '@pulumi/pulumi';", 'const x: string = "a";'], 'typescript'],
    ['CommonJS', ["const aws = require('@pulumi/aws');", 'module.exports = {};'], 'javascript'],
    ['import pulumi', ['import pulumi', 'pulumi.export("a", 1)'], 'python'],
    ['from pulumi_aws', ['from pulumi_aws import s3'], 'python'],
    ['def', ['def handler(event, context):', '    return 1'], 'python'],
    ['module docstring', ['"""Stack."""', 'x = 1'], 'python'],
    ['const', ['const bucket = new aws.s3.Bucket("b");'], 'typescript'],
    ['Pulumi.yaml', ['name: app', 'runtime: nodejs'], 'yaml'],
    ['JSON', ['{', '  "name": "app"', '}'], 'json'],
    ['shell', ['pulumi stack init dev', 'export AWS_REGION=us-east-1'], 'shell'],
    ['directory tree', ['lib/', '├── tap-stack.ts', '└── vpc.ts'], 'text'],
    ['prose', ['Nothing telling here'], 'text'],
  ])('unlabelled fence sniffed: %s', (_name, lines, language) => {
    const input = load(md('```', ...lines, '```'));
    expect(input.files[0]!.language).toBe(language);
  });

  test('a label naming the other program language is overruled by the content', () => {
    const input = load(md('```python', ...TS, '```'));
    expect(input.files[0]).toMatchObject({ language: 'typescript', path: 'unnamed-1.ts' });
  });

  test('a directory tree is text whatever its label', () => {
    const input = load(md('```typescript', 'lib/', '├── tap-stack.ts', '└── vpc.ts', '```'));
    expect(input.files[0]).toMatchObject({ language: 'text', role: 'other' });
  });

  test('a fence labelled with the extension of its name keeps the name (Go read as ECMAScript)', () => {
    const input = load(md('## File: lib/lambda/api/main.go', '', '```go', 'package main', '', 'import (', '\t"context"', ')', '', 'func main() {}', '```'));
    expect(fileOf(input, 'lib/lambda/api/main.go')).toMatchObject({ language: 'other' });
    const mod = load(md('## File: lib/lambda/api/go.mod', '', '```go', 'module api', '', 'go 1.22', '```'));
    expect(pathsOf(mod)).toContain('lib/lambda/api/go.mod');
  });

  test("the path's extension wins over a mislabelled fence", () => {
    const input = load(md('## File: lib/lambda/requirements.txt', '', '```python', 'boto3>=1.34.0', '```', '', '## File: lib/x.py', '', '```typescript', 'x = compute(1)', '```'));
    expect(fileOf(input, 'lib/lambda/requirements.txt')).toMatchObject({ language: 'text', role: 'context' });
    expect(fileOf(input, 'lib/x.py').language).toBe('python');
  });
});

describe('snippets', () => {
  test.each([
    ['// ...', [...TS, '// ...']],
    ['# ... rest of the code', [...PY, '# ... rest of the code']],
    ['// ... existing code', [...TS, '  // ... existing code']],
    ['... alone', [...PY, '...']],
    ['// (rest unchanged)', [...TS, '// (rest unchanged)']],
    ['elided arguments', [...TS, 'new aws.rds.GlobalCluster(...);']],
    ['no import at all', ["const b = new aws.s3.Bucket('b');"]],
  ])('%s', (_name, lines) => {
    const input = load(md('```typescript', ...lines, '```'));
    expect(input.files[0]!.snippet).toBe(true);
  });

  test.each([
    ['TypeScript: "same code as" over the code', 'typescript', [...TS, '// Same code as primary Lambda - copied for DR failover', "const AWS = require('aws-sdk');"]],
    ['Python: "simplified for brevity" over the code', 'python', [...PY, '# Lambda code (simplified for brevity)', 'lambda_code = """', 'def handler(event, context):', '    return 1', '"""']],
    ['Python: "(same as above)" over the code', 'python', [...PY, '# Import lambda code (same as above)', '', 'lambda_code = "x"']],
  ])('a comment that describes the code after it is not an elision (%s)', (_name, fence, lines) => {
    const input = load(md('```' + fence, ...lines, '```'));
    expect(input.files[0]!.snippet).toBe(false);
  });

  test.each([
    ['before a closing bracket', 'typescript', [...TS, 'new aws.s3.Bucket("b", {', '  // same as above', '});']],
    ['at the end of the block', 'python', [...PY, '# handler code same as above']],
    ['with "remains the same"', 'typescript', [...TS, '// Rest of the stack remains the same as before', 'export const x = 1;']],
  ])('"same as" still marks elided code %s', (_name, fence, lines) => {
    const input = load(md('```' + fence, ...lines, '```'));
    expect(input.files[0]!.snippetKind).toBe('elided');
  });

  test.each([
    ['TypeScript: `// ...` in the handler source of a StringAsset', 'typescript', [...TS, 'const code = new pulumi.asset.StringAsset(`', 'exports.handler = async () => {', '  // ... rest of handler', '};', '`);']],
    ['Python: `# ...` in a triple-quoted handler', 'python', [...PY, 'handler = """', 'def handler(event, context):', '    # ... more logic', '    return 1', '"""']],
  ])('an elision marker inside a string elides nothing of the program (%s)', (_name, fence, lines) => {
    const input = load(md('```' + fence, ...lines, '```'));
    expect(input.files[0]!.snippet).toBe(false);
  });

  test('complete files and spread syntax are not snippets', () => {
    const input = load(md('```typescript', ...TS, 'const tags = { ...base, Name: "n" };', '// Keep the REST API private', '```'));
    expect(input.files[0]!.snippet).toBe(false);
  });
});

describe('roles', () => {
  test.each([
    ['lib/tap-stack.ts', 'typescript', TS, 'program'],
    ['test/tap-stack.unit.test.ts', 'typescript', TS, 'test'],
    ['tests/unit/test_tap_stack.py', 'python', PY, 'test'],
    ['lib/x.spec.ts', 'typescript', TS, 'test'],
    ['conftest.py', 'python', PY, 'test'],
    ['Pulumi.yaml', 'yaml', ['name: app', 'runtime: nodejs'], 'context'],
    ['Pulumi.dev.yaml', 'yaml', ['config:', '  aws:region: us-east-1'], 'context'],
    ['package.json', 'json', ['{"name": "a"}'], 'context'],
    ['requirements.txt', 'text', ['pulumi>=3'], 'context'],
    ['tsconfig.json', 'json', ['{}'], 'context'],
    ['pyproject.toml', 'other', ['[project]'], 'context'],
    ['lib/lambda/index.js', 'javascript', ['exports.handler = async () => 1;'], 'asset'],
    ['lambda/handler.py', 'python', ['import boto3', 'def handler(event, context):', '    pass'], 'asset'],
    ['lib/processor.py', 'python', ['import json', 'def lambda_handler(event, context):', '    pass'], 'asset'],
    ['lib/config.ts', 'typescript', ["export const region = 'us-east-1';"], 'program'],
    ['scripts/deploy.sh', 'shell', ['pulumi up'], 'other'],
    ['lib/README.md', 'other', ['# App'], 'other'],
  ])('%s → %s', (path, language, lines, role) => {
    const input = load(md(`## File: ${path}`, '', '```', ...lines, '```'));
    expect(fileOf(input, path)).toMatchObject({ language, role });
  });

  test('unnamed blocks: Lambda handler → asset, test suite → test, shell → other', () => {
    const input = load(
      md('```python', 'import boto3', 'def lambda_handler(event, context):', '    pass', '```', '', '```python', 'import unittest', 'import pulumi', '```', '', '```bash', 'npm install', '```'),
    );
    expect(input.files.map((f) => f.role)).toEqual(['asset', 'test', 'other']);
  });

  test('a fragment that uses Pulumi stays program even if it defines a handler', () => {
    const input = load(md('```python', 'class Stack(pulumi.ComponentResource):', '    pass', 'def handler(event, context):', '    pass', '```'));
    expect(input.files[0]!.role).toBe('program');
  });
});

describe('repeated paths', () => {
  test('the later block replaces the earlier', () => {
    const input = load(md('## File: lib/a.ts', '```ts', ...TS, '```', '## File: lib/a.ts', '```ts', ...TS, "new aws.s3.Bucket('v2');", '```'));
    expect(pathsOf(input)).toEqual(['lib/a.ts']);
    expect(fileOf(input, 'lib/a.ts').text).toContain("'v2'");
  });

  test('a fragment does not replace a complete file', () => {
    const input = load(md('## File: lib/a.ts', '```ts', ...TS, '```', 'Update `lib/a.ts` to include:', '', '```ts', "bucket: 'x',", '```'));
    expect(pathsOf(input)).toEqual(['lib/a.ts']);
    expect(fileOf(input, 'lib/a.ts').snippet).toBe(false);
  });
});

describe('project facts, entry point and provider version from an answer', () => {
  test('Pulumi.yaml block → project facts, with offsets into the block', () => {
    const yaml = ['name: tap', 'runtime:', '  name: nodejs', 'main: bin/tap.ts', 'description: Demo', 'config:', '  aws:region:', '    default: us-east-1', '  env:', '    type: string'];
    const input = load(md('## File: Pulumi.yaml', '', '```yaml', ...yaml, '```', '', '## File: bin/tap.ts', '```ts', ...TS, '```'));
    const project = input.project!;
    expect(project).toMatchObject({ file: 'Pulumi.yaml', name: 'tap', runtime: 'nodejs', main: 'bin/tap.ts', description: 'Demo' });
    expect(project.config.map(({ key, hasDefault, default: d }) => ({ key, hasDefault, default: d }))).toEqual([
      { key: 'aws:region', hasDefault: true, default: 'us-east-1' },
      { key: 'env', hasDefault: false, default: undefined },
    ]);
    const text = fileOf(input, 'Pulumi.yaml').text;
    expect(text.slice(project.config[0]!.offset).startsWith('aws:region')).toBe(true);
    expect(input.entry).toBe('bin/tap.ts');
  });

  test('an unnamed block that is plainly a Pulumi.yaml is named so', () => {
    const input = load(md('```yaml', 'name: tap', 'runtime: python', '```', '```python', '# tap.py', ...PY, '```'));
    expect(input.project?.name).toBe('tap');
    expect(fileOf(input, 'Pulumi.yaml').nameSource).toBe('content');
  });

  test.each([
    [['index.ts'], 'index.ts'],
    [['lib/tap-stack.ts', 'bin/tap.ts'], 'bin/tap.ts'],
    [['main.ts', 'index.js'], 'main.ts'],
    [['lib/tap_stack.py', 'tap.py'], 'tap.py'],
    [['__main__.py', 'main.py'], '__main__.py'],
    [['lib/tap-stack.mjs', 'bin/tap.mjs'], 'bin/tap.mjs'],
    [['lib/index.ts'], undefined],
  ])('entry among %j is %s', (paths, entry) => {
    const blocks = paths.flatMap((p) => [`## File: ${p}`, '', '```', ...(p.endsWith('.py') ? PY : TS), '```', '']);
    expect(load(md(...blocks)).entry).toBe(entry);
  });

  test('awsProviderVersion from package.json and requirements.txt blocks', () => {
    const pkg = load(md('## File: package.json', '```json', '{ "dependencies": { "@pulumi/aws": "^6.0.0" } }', '```', '```ts', ...TS, '```'));
    expect(pkg.awsProviderVersion).toBe('^6.0.0');
    const req = load(md('## File: requirements.txt', '```', 'pulumi>=3.0.0,<4.0.0', 'pulumi-aws>=6.0.0,<7.0.0', '```', '```python', ...PY, '```'));
    expect(req.awsProviderVersion).toBe('>=6.0.0,<7.0.0');
  });
});

describe('answers with nothing to analyse', () => {
  test('no code block → load/no-code', () => {
    const input = load('Insert here the Model Response that failed\n');
    expect(input.files).toEqual([]);
    expect(input.diagnostics).toEqual([expect.objectContaining({ code: 'load/no-code', class: 'INCOMPLETE-TRUNCATED' })]);
  });

  test('only shell and text blocks → load/no-code', () => {
    const input = load(md('```bash', 'pulumi up', '```', '```text', 'done', '```'));
    expect(input.diagnostics.map((d) => d.code)).toEqual(['load/no-code']);
  });

  test('an answer that is a bare program without fences is taken whole', () => {
    const text = md('"""', 'tap_stack.py', '"""', ...PY);
    const input = load(text);
    expect(input.files).toHaveLength(1);
    expect(input.files[0]).toMatchObject({ path: 'tap_stack.py', role: 'program', text });
    expect(input.diagnostics).toEqual([]);
  });

  test('hosts holds the answer text; kind and root are set', () => {
    const text = md('```ts', ...TS, '```');
    const input = load(text, 'x/MODEL_RESPONSE.md');
    expect(input).toMatchObject({ kind: 'markdown', root: 'x/MODEL_RESPONSE.md' });
    expect([...input.hosts]).toEqual([['x/MODEL_RESPONSE.md', text]]);
    expect(input.files[0]!.hostPath).toBe('x/MODEL_RESPONSE.md');
  });
});
