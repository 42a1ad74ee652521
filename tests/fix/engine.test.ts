// The --fix engine: fixes are applied in order of position without overlapping, verified by analysing
// the fixed program again (rolled back when it no longer parses or gains a finding), and Markdown
// answers change only inside the code block a fix touches. The fixes here are supplied by the test
// (wrapping a real rule's reports), so the engine is checked on its own.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { fixPath } from '../../src/fix/apply.js';
import { prepare } from '../../src/pipeline.js';
import type { Report, RuleContext } from '../../src/rules/context.js';
import type { RuleDefinition } from '../../src/rules/define-rule.js';
import { RULES } from '../../src/rules/index.js';
import { cli } from '../helpers/cli.js';

const rule = RULES.find((r) => r.id === 'code/unused-import') as RuleDefinition;
const original = { check: rule.check, fixable: rule.fixable };

/** Make the rule attach `edit(text of the finding's line)` as a fix to each of its findings. */
function withFix(replacement: (line: string) => string): void {
  rule.fixable = true;
  rule.check = (ctx: RuleContext) =>
    original.check({
      ...ctx,
      report: (r: Report) => {
        const at = r.at!;
        const file = ctx.fileOf(at)!;
        const start = file.text.lastIndexOf('\n', at.s - 1) + 1;
        const eol = file.text.indexOf('\n', at.s);
        const end = eol < 0 ? file.text.length : eol + 1;
        ctx.report({ ...r, fix: { description: 'Remove the unused import', edits: [{ at: { f: at.f, s: start, e: end }, text: replacement(file.text.slice(start, end)) }] } });
      },
    });
}

beforeAll(async () => {
  await prepare();
});

afterEach(() => {
  rule.check = original.check;
  rule.fixable = original.fixable;
});

function tmpFile(name: string, text: string): string {
  const p = join(mkdtempSync(join(tmpdir(), 'stacklint-fix-')), name);
  writeFileSync(p, text);
  return p;
}

const PROGRAM = "import * as aws from '@pulumi/aws';\nimport * as fs from 'fs';\nimport * as path from 'path';\n\nexport const topic = new aws.sns.Topic('alerts', { kmsMasterKeyId: 'alias/aws/sns' }).arn;\n";

describe('the fix engine', () => {
  test('applies safe fixes, and the fixed program reports what remains', async () => {
    withFix(() => '');
    const p = tmpFile('index.ts', PROGRAM);
    const r = await fixPath(p);
    expect(r.files).toHaveLength(1);
    expect(r.files[0]!.applied).toHaveLength(2);
    expect(r.files[0]!.after).toBe("import * as aws from '@pulumi/aws';\n\nexport const topic = new aws.sns.Topic('alerts', { kmsMasterKeyId: 'alias/aws/sns' }).arn;\n");
    expect(r.remaining.filter((f) => f.ruleId === 'code/unused-import')).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  test('a fix that breaks parsing is rolled back, with the reason', async () => {
    withFix(() => 'import {{{ from;\n');
    const p = tmpFile('index.ts', PROGRAM);
    const r = await fixPath(p);
    expect(r.files).toEqual([]);
    expect(r.skipped.map((s) => s.reason)).toEqual(['the fixed program no longer parses', 'the fixed program no longer parses']);
  });

  test('a fix that causes a new finding is rolled back; the safe one is still applied', async () => {
    // The replacement for `fs` adds an unused resource binding; the one for `path` is a plain removal.
    withFix((line) => (line.includes("'fs'") ? "const leftOver = new aws.sqs.Queue('left-over');\n" : ''));
    const p = tmpFile('index.ts', PROGRAM);
    const r = await fixPath(p);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]!.reason).toMatch(/new finding/);
    expect(r.files[0]!.after).not.toContain("'path'");
    expect(r.files[0]!.after).toContain("import * as fs from 'fs';");
  });

  test('in a Markdown answer only the fixed code changes: prose and other blocks stay byte for byte', async () => {
    withFix(() => '');
    const prose = '# Answer\r\n\r\nSome *prose* with trailing spaces   \r\n\r\n';
    const other = '## Notes\n\n```yaml\nkey: value\n```\n\nMore text.\n';
    const answer = `${prose}## File: index.ts\n\n\`\`\`typescript\n${PROGRAM}\`\`\`\n\n${other}`;
    const p = tmpFile('MODEL_RESPONSE.md', answer);
    const r = await fixPath(p);
    const after = r.files[0]!.after;
    expect(after.startsWith(prose)).toBe(true);
    expect(after.endsWith(other)).toBe(true);
    expect(after).not.toContain("from 'fs'");
    expect(after).toContain("import * as aws from '@pulumi/aws';");
  });

  test('check --fix writes the file, --fix-dry-run prints a unified diff and changes nothing', async () => {
    // In the CLI's own process the real fix of code/unused-import applies: the two unused imports go.
    const fixed = PROGRAM.replace("import * as fs from 'fs';\nimport * as path from 'path';\n", '');
    const p = tmpFile('index.ts', PROGRAM);
    const dry = await cli([p, '--fix-dry-run']);
    expect(dry.code).toBe(1);
    expect(dry.stdout).toContain("-import * as fs from 'fs';");
    expect(dry.stdout).toContain("-import * as path from 'path';");
    expect(readFileSync(p, 'utf8')).toBe(PROGRAM);
    const fix = await cli([p, '--fix', '--format', 'json']);
    expect([0, 1]).toContain(fix.code);
    expect(JSON.parse(fix.stdout).findings.some((f: { ruleId: string }) => f.ruleId === 'code/unused-import')).toBe(false);
    expect(readFileSync(p, 'utf8')).toBe(fixed);
    // Nothing left to fix: the dry run prints nothing and exits 0.
    const again = await cli([p, '--fix-dry-run']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect((await cli([p, '--fix', '--fix-dry-run'])).code).toBe(2);
  });
});
