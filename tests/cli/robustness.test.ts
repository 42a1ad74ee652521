// CLI robustness: unreadable paths, filesystem errors, binary files, corpus tasks that cannot be
// reviewed, control characters and very long lines in reports, and one-line usage messages.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';

const EXAMPLE_MD = 'examples/answer-python/MODEL_RESPONSE.md';
// Two high findings (a bucket name with control characters and uppercase letters), nothing else.
// The block and encryption resources keep the bucket's own findings to the two about its name.
const CTRL =
  'import * as aws from "@pulumi/aws";\nexport const b = new aws.s3.Bucket("b", { bucket: "A\u0001B\u001bC", forceDestroy: true });\n' +
  'new aws.s3.BucketPublicAccessBlock("b", { bucket: b.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });\n' +
  'new aws.s3.BucketServerSideEncryptionConfiguration("b", { bucket: b.id, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }] });\n';
const PROGRAM = 'import * as aws from "@pulumi/aws";\nexport const b = new aws.s3.Bucket("b", { bucket: "My_Bucket", forceDestroy: true });\n';
// An ELF-like header: NUL bytes and invalid UTF-8.
const BINARY = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x1b, 0x5b, 0x32, 0x4a, 0xff, 0xfe, 0x00, 0x9b, 0x41]);

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'stacklint-robust-'));
}

function file(dir: string, name: string, content: string | Buffer): string {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
}

/** No raw C0/C1 control character other than newline (and tab). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function oneUsageLine(r: { code: number; stdout: string; stderr: string }, ...parts: (string | RegExp)[]): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(/^stacklint: /);
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr).not.toMatch(RAW_CONTROL);
  for (const p of parts) expect(r.stderr).toMatch(p);
}

describe('unreadable input paths', () => {
  test('a missing path, a dangling link and a link loop are reported; the other inputs are still analysed (exit 2)', async () => {
    const dir = tmp();
    const good = file(dir, 'good.ts', PROGRAM);
    const missing = join(dir, 'missing.ts');
    const dangling = join(dir, 'dangling.ts');
    symlinkSync(join(dir, 'nowhere'), dangling);
    const loop = join(dir, 'loop.ts');
    symlinkSync(loop, loop);
    const r = await cli([good, missing, dangling, loop, '--format', 'json']);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/missing\.ts.*no such file/);
    expect(lines[1]).toMatch(/dangling\.ts.*dangling symbolic link/);
    expect(lines[1]).not.toMatch(/no such file/);
    expect(lines[2]).toMatch(/loop\.ts.*(symbolic link loop)/);
    const out = JSON.parse(r.stdout);
    expect(out.summary.inputs).toBe(1);
    expect(out.findings.some((f: { ruleId: string }) => f.ruleId === 'naming/aws-name-constraints')).toBe(true);
  });

  test('SARIF, JUnit and text reports still cover the readable inputs', async () => {
    const dir = tmp();
    const good = file(dir, 'good.ts', PROGRAM);
    const missing = join(dir, 'missing.ts');
    const sarif = await cli([good, missing, '--format', 'sarif']);
    expect(sarif.code).toBe(2);
    expect(JSON.parse(sarif.stdout).runs[0].results.length).toBeGreaterThan(0);
    const junit = await cli([missing, good, '--format', 'junit']);
    expect(junit.code).toBe(2);
    expect(junit.stdout).toMatch(/^<\?xml/);
    expect(junit.stdout).toContain('failures="');
    const text = await cli([missing, good]);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain('naming/aws-name-constraints');
    expect(text.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('filesystem errors are usage errors naming the path', () => {
  test('a directory given as --prompt, requirements file or --requirements', async () => {
    const dir = tmp();
    const good = file(dir, 'good.ts', PROGRAM);
    oneUsageLine(await cli(['check', '--prompt', dir, good]), dir, /directory/);
    oneUsageLine(await cli(['review', '--model', good, '--prompt', dir]), dir, /directory/);
    oneUsageLine(await cli(['requirements', dir]), dir, /directory/);
    oneUsageLine(await cli([good, '--requirements', dir]), dir, /directory/);
  });

  test('--write-baseline into a missing directory or onto a directory fails before the analysis', async () => {
    const dir = tmp();
    const good = file(dir, 'good.ts', PROGRAM);
    const nodir = join(dir, 'nodir', 'x', 'wb.json');
    const r = await cli([good, '--write-baseline', nodir]);
    oneUsageLine(r, /cannot write/, nodir, /does not exist/);
    expect(r.stdout).toBe('');
    oneUsageLine(await cli([good, '--write-baseline', dir]), /cannot write/, dir, /directory/);
    oneUsageLine(await cli([good, '-o', join(dir, 'nodir', 'report.txt')]), /cannot write/, /does not exist/);
    expect(existsSync(join(dir, 'nodir'))).toBe(false);
  });
});

describe('binary files', () => {
  test('a binary request is rejected by requirements, review --prompt and check --prompt', async () => {
    const dir = tmp();
    const good = file(dir, 'good.ts', PROGRAM);
    const bin = file(dir, 'bin.md', BINARY);
    const req = await cli(['requirements', bin]);
    oneUsageLine(req, bin, /binary/);
    expect(req.stdout).toBe('');
    oneUsageLine(await cli(['review', '--model', good, '--prompt', bin]), bin, /binary/);
    oneUsageLine(await cli([good, '--prompt', bin]), bin, /binary/);
  });

  test('a binary config or baseline is named as binary; its bytes are not echoed', async () => {
    const dir = tmp();
    const good = file(dir, 'good.ts', PROGRAM);
    const cfg = file(dir, 'bincfg.json', BINARY);
    const baseline = file(dir, 'bin.baseline', BINARY);
    oneUsageLine(await cli([good, '--config', cfg]), /config/, /binary/);
    oneUsageLine(await cli([good, '--baseline', baseline]), /baseline/, /binary/);
    // Not binary, but invalid JSON holding control characters: escaped in the message.
    const ctl = file(dir, 'ctl.json', '{"a": \u001b[31m}');
    oneUsageLine(await cli([good, '--config', ctl]), /cannot read config/);
  });
});

describe('corpus', () => {
  test('a task whose IDEAL_RESPONSE.md is a directory could not be reviewed; a folder without MODEL_RESPONSE.md is listed as skipped', async () => {
    const dir = tmp();
    const model = readFileSync('tests/seeds/seed-002/MODEL_RESPONSE.md', 'utf8');
    file(dir, 'good/lib/MODEL_RESPONSE.md', model);
    file(dir, 'dirideal/lib/MODEL_RESPONSE.md', model);
    mkdirSync(join(dir, 'dirideal', 'lib', 'IDEAL_RESPONSE.md'));
    file(dir, 'nomodel/lib/IDEAL_RESPONSE.md', model);
    const out = join(tmp(), 'out');
    const r = await cli(['corpus', dir, '--jobs', '1', '--out-dir', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/dirideal.*IDEAL_RESPONSE\.md.*directory/);
    expect(r.stderr).toMatch(/skipped nomodel.*MODEL_RESPONSE\.md/);
    const records = readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const bad = records.find((x: { task: string }) => x.task === 'dirideal');
    expect(bad.error).toMatch(/IDEAL_RESPONSE\.md.*directory/);
    expect(bad.fixed).toBe(0);
    const summary = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(summary).toContain('(1 could not be reviewed)');
    expect(summary).toMatch(/- dirideal: IDEAL_RESPONSE\.md/);
    expect(summary).toMatch(/skipped/);
    expect(summary).toMatch(/- nomodel: no MODEL_RESPONSE\.md/);
  });
});

describe('review', () => {
  test('review of a task folder whose IDEAL_RESPONSE.md is a directory is a usage error', async () => {
    const dir = tmp();
    file(dir, 'lib/MODEL_RESPONSE.md', readFileSync('tests/seeds/seed-002/MODEL_RESPONSE.md', 'utf8'));
    mkdirSync(join(dir, 'lib', 'IDEAL_RESPONSE.md'));
    const r = await cli(['review', dir]);
    oneUsageLine(r, /IDEAL_RESPONSE\.md/, /directory/);
    expect(r.stdout).toBe('');
  });
});

describe('text output', () => {
  test('control characters from the analysed code are escaped in messages and code frames', async () => {
    const dir = tmp();
    const p = file(dir, 'ctrl.ts', CTRL);
    const r = await cli([p]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain('A\\x01B\\x1bC');
    // the caret still sits under the string in the escaped code frame
    const lines = r.stdout.split('\n');
    const frame = lines.findIndex((l) => l.includes('> 2 |') && l.includes('A\\x01B\\x1bC'));
    expect(frame).toBeGreaterThan(0);
    const caret = lines[frame + 1]!;
    expect(caret.indexOf('^')).toBe(lines[frame]!.indexOf('"A\\x01'));
    expect(caret.trim().replace(/^\|\s*/, '')).toBe('^'.repeat('"A\\x01B\\x1bC"'.length));
    const md = await cli([p, '--format', 'markdown']);
    expect(md.stdout).not.toMatch(RAW_CONTROL);
  });

  test('very long lines are cut to a window around the finding in code frames', async () => {
    const dir = tmp();
    const tags = Array.from({ length: 20000 }, (_, i) => `k${i}: "v${i}"`).join(', ');
    const p = file(dir, 'long.ts', `import * as aws from "@pulumi/aws";\nexport const y = new aws.s3.Bucket("b", { tags: {${tags}}, bucket: "My_Bucket", forceDestroy: true });\n`);
    const r = await cli([p]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    // messages may be long; code frame lines and carets may not
    const frames = lines.filter((l) => /^\s+[> ] \d+ \|/.test(l) || /^\s+\| /.test(l));
    expect(frames.length).toBeGreaterThan(0);
    for (const l of frames) expect(l.length).toBeLessThan(200);
    const i = lines.findIndex((l) => l.includes('> 2 |') && l.includes('"My_Bucket"'));
    expect(i).toBeGreaterThan(0);
    expect(lines[i]).toContain('…');
    expect(lines[i + 1]!.indexOf('^')).toBe(lines[i]!.indexOf('"My_Bucket"'));
  });

  test('nothing at or above the threshold: the summary is not marked ✖ and says how many are below it', async () => {
    const dir = tmp();
    const p = file(dir, 'ctrl.ts', CTRL);
    const r = await cli([p, '--severity-threshold', 'critical', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('✖');
    expect(r.stdout).toMatch(/^✔ 3 findings .*3 below the critical threshold/);
    const fail = await cli([p, '--severity-threshold', 'high', '--quiet']);
    expect(fail.code).toBe(1);
    expect(fail.stdout).toMatch(/^✖/);
  });
});

describe('usage messages', () => {
  test('--jobs with a negative value is one line; the unknown-option message has balanced quotes', async () => {
    oneUsageLine(await cli(['--jobs', '-3', EXAMPLE_MD]), /--jobs/);
    const r = await cli(['--bogus', EXAMPLE_MD]);
    oneUsageLine(r, /--bogus/);
    expect((r.stderr.match(/'/g) ?? []).length % 2).toBe(0);
    expect((r.stderr.match(/"/g) ?? []).length % 2).toBe(0);
  });

  test('rules, version and help reject extra arguments', async () => {
    for (const cmd of ['rules', 'version', 'help']) {
      const r = await cli([cmd, 'extra']);
      oneUsageLine(r, new RegExp(`${cmd}.*extra`));
      expect(r.stdout).toBe('');
    }
  });
});
