import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';

const EXAMPLE_MD = 'examples/answer-python/MODEL_RESPONSE.md';
const EXAMPLE_DIR = 'examples/project-ts';

function tmpFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'stacklint-cli-'));
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('stacklint CLI', () => {
  test('help and version', async () => {
    const h = await cli(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Usage:');
    const v = await cli(['version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('usage errors exit 2 with one line on stderr', async () => {
    for (const args of [[], ['--format', 'xml', EXAMPLE_MD], ['--jobs', '0', EXAMPLE_MD], ['--bogus', EXAMPLE_MD], ['no/such/file.ts']]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^stacklint: /);
      expect(r.stdout).toBe('');
    }
  });

  test('`check` is the default command', async () => {
    const a = await cli(['check', EXAMPLE_DIR, '--format', 'json']);
    const b = await cli([EXAMPLE_DIR, '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.code).toBe(b.code);
  });

  test('--dump model lists resources with type, name, args, options, file and line', async () => {
    const r = await cli([EXAMPLE_MD, '--dump', 'model']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    const types = d.resources.map((x: { type: string }) => x.type);
    expect(types).toContain('aws:dynamodb/table:Table');
    expect(types).toContain('aws:lambda/function:Function');
    for (const res of d.resources) {
      expect(res).toHaveProperty('type');
      expect(res).toHaveProperty('name');
      expect(res).toHaveProperty('args');
      expect(res).toHaveProperty('options');
      expect(res.file).toBe('lib/tap_stack.py');
      expect(typeof res.line).toBe('number');
    }
    const tables = d.resources.filter((x: { type: string }) => x.type === 'aws:dynamodb/table:Table');
    expect(tables.map((t: { name: string }) => t.name)).toEqual(['table-acme', 'table-globex']);
    // the line is the Markdown line of the constructor call
    const md = readFileSync(EXAMPLE_MD, 'utf8').split('\n');
    expect(md[tables[0].line - 1]).toContain('aws.dynamodb.Table(');
  });

  test('--dump model of several inputs is an array', async () => {
    const r = await cli([EXAMPLE_MD, EXAMPLE_DIR, '--dump', 'model']);
    const d = JSON.parse(r.stdout);
    expect(Array.isArray(d)).toBe(true);
    expect(d).toHaveLength(2);
  });

  test('a syntax error is a CODE-TYPE-COMPILE finding; json has the contract fields; exit 1', async () => {
    const p = tmpFile('broken.py', 'import pulumi_aws as aws\nbucket = aws.s3.BucketV2("b",\n    bucket="x"\n\naws.sns.Topic("t")\n');
    const r = await cli([p, '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.tool.name).toBe('stacklint');
    const f = out.findings.find((x: { class: string }) => x.class === 'CODE-TYPE-COMPILE');
    expect(f).toBeDefined();
    for (const k of ['ruleId', 'class', 'severity', 'message', 'fixHint', 'file', 'line', 'column', 'endLine', 'endColumn']) expect(f).toHaveProperty(k);
    expect(out.summary.bySeverity.high).toBeGreaterThan(0);
    // the rest of the file is still analysed
    const dump = JSON.parse((await cli([p, '--dump', 'model'])).stdout);
    expect(dump.resources.map((x: { type: string }) => x.type)).toContain('aws:sns/topic:Topic');
  });

  test('--severity-threshold drives the exit code', async () => {
    const p = tmpFile('broken.ts', 'import * as aws from "@pulumi/aws";\nnew aws.s3.BucketV2("b", {\n');
    expect((await cli([p, '--severity-threshold', 'high'])).code).toBe(1);
    expect((await cli([p, '--severity-threshold', 'critical'])).code).toBe(0);
  });

  test('text format: file header, position, code frame, summary; --quiet prints only the summary', async () => {
    const p = tmpFile('broken.ts', 'import * as aws from "@pulumi/aws";\nnew aws.s3.BucketV2("b", {\n');
    const r = await cli([p]);
    expect(r.stdout).toContain(p);
    expect(r.stdout).toMatch(/\d+:\d+\s+high/);
    expect(r.stdout).toContain('^');
    expect(r.stdout).toMatch(/finding.*\(0 critical, \d+ high, \d+ medium, \d+ low\)/);
    const q = await cli([p, '--quiet']);
    expect(q.stdout.trim().split('\n')).toHaveLength(1);
  });

  test('--output writes the report to a file', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'stacklint-out-')), 'report.json');
    const r = await cli([EXAMPLE_DIR, '--format', 'json', '--output', out]);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).tool.name).toBe('stacklint');
  });

  test('output is identical with --jobs 1 and --jobs 2', async () => {
    const inputs = [EXAMPLE_MD, EXAMPLE_DIR, 'examples/project-ts/index.ts'];
    const a = await cli([...inputs, '--format', 'json', '--jobs', '1']);
    const b = await cli([...inputs, '--format', 'json', '--jobs', '2']);
    expect(a.stdout).toBe(b.stdout);
    const da = await cli([...inputs, '--dump', 'model', '--jobs', '1']);
    const db = await cli([...inputs, '--dump', 'model', '--jobs', '2']);
    expect(da.stdout).toBe(db.stdout);
  });

  test('odd inputs do not crash: empty file, binary file, empty Markdown, Markdown without code', async () => {
    const files = [
      tmpFile('empty.ts', ''),
      tmpFile('binary.py', '\u0000\u0001\u0002garbage\u0000'),
      tmpFile('empty.md', ''),
      tmpFile('prose.md', '# Answer\n\nNo code here, sorry.\n'),
    ];
    const r = await cli([...files, '--format', 'json']);
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).summary.inputs).toBe(4);
  });
});
