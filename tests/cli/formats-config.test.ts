import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';

const require = createRequire(import.meta.url);
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
const EXAMPLE_MD = 'examples/answer-python/MODEL_RESPONSE.md';
const EXAMPLE_DIR = 'examples/project-ts';

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'stacklint-cfg-'));
}

const PROGRAM = `import * as aws from '@pulumi/aws';
const db = new aws.rds.Instance('db', {
  engine: 'postgres',
  instanceClass: 'db.t3.micro',
  password: 'TempPassword123!',
  skipFinalSnapshot: true,
  storageEncrypted: true,
});
export const endpoint = db.endpoint;
`;

describe('SARIF', () => {
  test('validates against the official SARIF 2.1.0 schema', async () => {
    const r = await cli([EXAMPLE_MD, EXAMPLE_DIR, '--format', 'sarif']);
    expect([0, 1]).toContain(r.code);
    const log = JSON.parse(r.stdout);
    const Ajv = require('ajv-draft-04');
    const addFormats = require('ajv-formats');
    // The official schema's `language` pattern is not valid as a Unicode RegExp; validate it as written.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(SCHEMA);
    const ok = validate(log);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
    const run = log.runs[0];
    expect(run.results.length).toBeGreaterThan(0);
    for (const res of run.results) {
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(res.partialFingerprints['stacklint/v1']).toMatch(/^[0-9a-f]{32}$/);
      expect(res.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
    }
    expect(run.tool.driver.rules[0].helpUri).toMatch(/\/docs\/rules\/.+\.md$/);
  });

  test('output is byte-identical across runs and across --jobs 1 / --jobs 2', async () => {
    const inputs = [EXAMPLE_MD, EXAMPLE_DIR, 'tests/seeds/seed-002/MODEL_RESPONSE.md'];
    const a = (await cli([...inputs, '--format', 'sarif', '--jobs', '1'])).stdout;
    const b = (await cli([...inputs, '--format', 'sarif', '--jobs', '1'])).stdout;
    const c = (await cli([...inputs, '--format', 'sarif', '--jobs', '2'])).stdout;
    expect(a).toBe(b);
    expect(a).toBe(c);
  });
});

describe('JUnit and Markdown', () => {
  test('JUnit: one testcase per rule and input; failures carry the findings', async () => {
    const r = await cli([EXAMPLE_DIR, '--format', 'junit']);
    expect(r.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
    const cases = r.stdout.match(/<testcase /g) ?? [];
    const rules = JSON.parse((await cli(['rules', '--format', 'json'])).stdout);
    expect(cases.length).toBe(rules.length);
    expect(r.stdout).toContain('<failure type="critical"');
    expect(r.stdout).toContain('security/hardcoded-secret');
  });

  test('Markdown: summary by severity and a table of findings', async () => {
    const r = await cli([EXAMPLE_DIR, '--format', 'markdown']);
    expect(r.stdout).toMatch(/^# stacklint report/);
    expect(r.stdout).toContain('| critical |');
    expect(r.stdout).toContain('`security/hardcoded-secret`');
  });
});

describe('configuration', () => {
  test('rules off, severity overrides, class settings, ignore globs, default format and threshold', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'index.ts'), PROGRAM);
    writeFileSync(
      join(dir, 'stacklint.config.yaml'),
      'rules:\n  security/hardcoded-secret: medium\n  aws/rds-log-exports-missing: off\nclasses:\n  DESTROY-BLOCKERS: off\nformat: json\nseverityThreshold: high\n',
    );
    const r = await cli(['index.ts'], dir);
    const out = JSON.parse(r.stdout);
    const ids = out.findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toContain('security/hardcoded-secret');
    expect(out.findings.find((f: { ruleId: string }) => f.ruleId === 'security/hardcoded-secret').severity).toBe('medium');
    expect(ids).not.toContain('aws/rds-log-exports-missing');
    expect(ids.some((id: string) => id.startsWith('lifecycle/destroy'))).toBe(false);
    // every remaining finding is below `high`, so the threshold makes the exit code 0
    expect(out.findings.every((f: { severity: string }) => f.severity === 'medium' || f.severity === 'low')).toBe(true);
    expect(r.code).toBe(0);

    writeFileSync(join(dir, 'stacklint.config.json'), JSON.stringify({ ignore: ['index.ts'] }));
    const ignored = await cli(['--config', 'stacklint.config.json', 'index.ts', '--format', 'json'], dir);
    const s = JSON.parse(ignored.stdout);
    expect(s.findings).toEqual([]);
    expect(s.summary.ignored).toBeGreaterThan(0);
  });

  test('the config file is found by searching upward', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'stacklint.config.json'), JSON.stringify({ rules: { 'security/hardcoded-secret': 'off' } }));
    const { mkdirSync } = require('node:fs');
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'a', 'b', 'index.ts'), PROGRAM);
    const out = JSON.parse((await cli(['index.ts', '--format', 'json'], join(dir, 'a', 'b'))).stdout);
    expect(out.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('security/hardcoded-secret');
  });

  test.each([
    ['{"rulez": {}}', /`rulez` is not a known key \(did you mean `rules`\?\)/],
    ['{"rules": {"security/hardcoded-secrets": "off"}}', /`rules.security\/hardcoded-secrets` is not a known rule id \(did you mean `security\/hardcoded-secret`\?\)/],
    ['{"rules": {"security/hardcoded-secret": "loud"}}', /`rules.security\/hardcoded-secret` must be "off", "on", a severity/],
    ['{"severityThreshold": "urgent"}', /`severityThreshold` must be one of/],
    ['{"format": "xml"}', /`format` must be one of/],
    ['{"ignore": "dist"}', /`ignore` must be a list of glob strings/],
    ['{"classes": {"NOT-A-CLASS": "off"}}', /`classes.NOT-A-CLASS` is not a known class/],
    ['{ not json', /cannot read config/],
  ])('bad config %s is exit 2 with a message naming the key', async (text, message) => {
    const dir = tmp();
    writeFileSync(join(dir, 'index.ts'), PROGRAM);
    writeFileSync(join(dir, 'stacklint.config.json'), text);
    const r = await cli(['index.ts'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('suppressions', () => {
  test('with a reason: suppressed and counted; without: suppressed and reported; unused: reported', async () => {
    const dir = tmp();
    const withReason = PROGRAM.replace("  password: 'TempPassword123!',", "  // stacklint-ignore security/hardcoded-secret: throwaway test database\n  password: 'TempPassword123!',");
    writeFileSync(join(dir, 'a.ts'), withReason);
    const a = JSON.parse((await cli(['a.ts', '--format', 'json'], dir)).stdout);
    expect(a.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('security/hardcoded-secret');
    expect(a.summary.suppressed).toBe(1);
    expect(a.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('code/suppression-without-reason');

    const noReason = PROGRAM.replace("  password: 'TempPassword123!',", "  password: 'TempPassword123!', // stacklint-ignore security/hardcoded-secret");
    writeFileSync(join(dir, 'b.ts'), noReason);
    const b = JSON.parse((await cli(['b.ts', '--format', 'json'], dir)).stdout);
    const bIds = b.findings.map((f: { ruleId: string }) => f.ruleId);
    expect(bIds).not.toContain('security/hardcoded-secret');
    expect(bIds).toContain('code/suppression-without-reason');

    const unused = `${PROGRAM}// stacklint-ignore security/sg-open-ingress: no security group here any more\nexport const x = 1;\n`;
    writeFileSync(join(dir, 'c.ts'), unused);
    const c = JSON.parse((await cli(['c.ts', '--format', 'json'], dir)).stdout);
    const unusedFinding = c.findings.find((f: { ruleId: string }) => f.ruleId === 'code/unused-suppression');
    expect(unusedFinding.line).toBe(10);
  });

  test('suppressions in Markdown answers point at the Markdown line', async () => {
    const dir = tmp();
    const md = ['# Answer', '', '## index.ts', '', '```typescript', ...withLines(PROGRAM.replace("  password: 'TempPassword123!',", "  password: 'TempPassword123!', // stacklint-ignore security/hardcoded-secret: demo only")), '```', ''].join('\n');
    writeFileSync(join(dir, 'ANSWER.md'), md);
    const out = JSON.parse((await cli(['ANSWER.md', '--format', 'json'], dir)).stdout);
    expect(out.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('security/hardcoded-secret');
    expect(out.summary.suppressed).toBe(1);
  });
});

function withLines(s: string): string[] {
  return s.trimEnd().split('\n');
}

describe('baseline', () => {
  test('--write-baseline then --baseline reports only new findings, stable across line moves', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'index.ts'), PROGRAM);
    const w = await cli(['index.ts', '--write-baseline', 'baseline.json'], dir);
    expect(w.code).toBe(0);
    const base = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'));
    expect(base.findings.length).toBeGreaterThan(0);
    // same code moved down by three lines, plus one new problem
    writeFileSync(join(dir, 'index.ts'), `// moved\n// down\n// three lines\n${PROGRAM}new aws.ec2.SecurityGroup('open', { ingress: [{ protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: ['0.0.0.0/0'] }] });\n`);
    const r = await cli(['index.ts', '--baseline', 'baseline.json', '--format', 'json'], dir);
    const out = JSON.parse(r.stdout);
    expect(out.findings.length).toBeGreaterThan(0);
    expect(out.findings.every((f: { ruleId: string }) => f.ruleId.startsWith('security/sg-') || f.ruleId.includes('suffix') || f.ruleId.includes('flow'))).toBe(true);
    expect(out.summary.baselined).toBe(base.findings.length);
    expect(r.code).toBe(1);
  });

  test('a bad baseline file is exit 2', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'index.ts'), PROGRAM);
    writeFileSync(join(dir, 'b.json'), '{"x": 1}');
    const r = await cli(['index.ts', '--baseline', 'b.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a stacklint baseline/);
  });
});

describe('severity threshold', () => {
  test.each([
    ['critical', 1],
    ['high', 1],
    ['low', 1],
  ])('--severity-threshold %s → exit %i when a critical finding exists', async (sev, code) => {
    const dir = tmp();
    writeFileSync(join(dir, 'index.ts'), PROGRAM);
    expect((await cli(['index.ts', '--severity-threshold', sev], dir)).code).toBe(code);
  });

  test('a program whose worst finding is low passes a medium threshold', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'index.ts'), "import * as aws from '@pulumi/aws';\nimport * as fs from 'fs';\nexport const t = new aws.sns.Topic('t', { kmsMasterKeyId: 'alias/aws/sns' }).arn;\n");
    const out = JSON.parse((await cli(['index.ts', '--format', 'json'], dir)).stdout);
    expect(out.findings.length).toBeGreaterThan(0);
    expect(out.findings.every((f: { severity: string }) => f.severity === 'low')).toBe(true);
    expect((await cli(['index.ts', '--severity-threshold', 'medium'], dir)).code).toBe(0);
    expect((await cli(['index.ts', '--severity-threshold', 'low'], dir)).code).toBe(1);
  });
});

describe('requirements', () => {
  const PROMPT = `# Request

Build an S3 bucket and a Lambda function using **Pulumi with TypeScript**.

## Requirements

- Configure 30-day retention for all CloudWatch log groups
- Lambda functions must use the nodejs20.x runtime
`;
  const CODE = `import * as aws from '@pulumi/aws';
new aws.cloudwatch.LogGroup('logs', { retentionInDays: 7 });
export const fn = new aws.lambda.Function('fn', { runtime: 'nodejs20.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/r' }).arn;
`;
  test('`requirements` prints an editable YAML spec; --prompt and --requirements check against it', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'PROMPT.md'), PROMPT);
    writeFileSync(join(dir, 'index.ts'), CODE);
    const spec = await cli(['requirements', 'PROMPT.md'], dir);
    expect(spec.code).toBe(0);
    expect(spec.stdout).toContain('kind: log-retention');
    writeFileSync(join(dir, 'spec.yaml'), spec.stdout);
    const viaPrompt = JSON.parse((await cli(['index.ts', '--prompt', 'PROMPT.md', '--format', 'json'], dir)).stdout);
    const viaSpec = JSON.parse((await cli(['index.ts', '--requirements', 'spec.yaml', '--format', 'json'], dir)).stdout);
    const f = viaPrompt.findings.find((x: { class: string }) => x.class === 'LOG-RETENTION');
    expect(f.ruleId).toBe('requirements/log-retention');
    expect(f.message).toContain('30-day retention');
    expect(viaPrompt.summary.requirements.fail).toBeGreaterThan(0);
    expect(viaPrompt.summary.requirements.pass).toBeGreaterThan(0);
    expect(viaSpec.findings.map((x: { ruleId: string }) => x.ruleId)).toEqual(viaPrompt.findings.map((x: { ruleId: string }) => x.ruleId));
  });

  test('a bad requirements spec is exit 2 with a message', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'index.ts'), CODE);
    writeFileSync(join(dir, 'spec.yaml'), 'requirements:\n  - kind: no-such-kind\n');
    const r = await cli(['index.ts', '--requirements', 'spec.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^stacklint: .*spec\.yaml/);
  });
});
