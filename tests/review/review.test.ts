import { existsSync, mkdtempSync, readFileSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { prepare, reviewPaths } from '../../src/pipeline.js';
import { renderReviewMarkdown } from '../../src/reporters/review.js';
import type { Failure, Place, Review } from '../../src/review/review.js';
import { trainingValue } from '../../src/review/score.js';
import { cli, ROOT } from '../helpers/cli.js';

const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const SEEDS = join(ROOT, 'tests', 'seeds');

async function reviewTask(dir: string): Promise<Review> {
  await prepare();
  const lib = existsSync(join(dir, 'lib')) ? join(dir, 'lib') : dir;
  const prompt = join(lib, 'PROMPT.md');
  return reviewPaths({ model: join(lib, 'MODEL_RESPONSE.md'), ideal: join(lib, 'IDEAL_RESPONSE.md'), ...(existsSync(prompt) ? { prompt } : {}) });
}

/** The failure of `cls` with a place whose model code contains `code` (the documented line of the seed), and that place. */
function placeOf(r: Review, cls: string, code: string): { failure: Failure; place: Place } | undefined {
  for (const f of r.failures) {
    if (f.class !== cls) continue;
    const place = f.places.find((p) => p.code?.code.includes(code) || p.message.includes(code));
    if (place) return { failure: f, place };
  }
  return undefined;
}

function failure(r: Review, cls: string, code: string): (Failure & { placeStatus: string }) | undefined {
  const hit = placeOf(r, cls, code);
  return hit ? { ...hit.failure, status: hit.place.status, placeStatus: hit.place.status } : undefined;
}

function expectFixed(r: Review, cls: string, code: string, fixContains?: string): void {
  const hit = placeOf(r, cls, code);
  expect(hit, `${cls} at "${code}"`).toBeDefined();
  expect(hit!.place.status, `${cls} at "${code}" is fixed in the ideal`).toBe('fixed');
  if (fixContains) {
    const fix = hit!.place.fix ?? (hit!.failure.fix.source === 'ideal' ? hit!.failure.fix.code : undefined);
    expect(fix, `${cls} at "${code}": a fix from the corrected answer`).toBeDefined();
    expect(fix!.code).toContain(fixContains);
  }
}

describe.skipIf(!existsSync(CORPUS))('review of the seed tasks', () => {
  test('seed 000 (pulumi-py/Pr7051): suffix in subnet, KMS alias, DynamoDB names; wildcard IAM', async () => {
    const r = await reviewTask(join(CORPUS, 'pulumi-py', 'Pr7051'));
    expectFixed(r, 'NAME-ENV-SUFFIX', 'f"subnet-{tenant_id}-az{az_idx}"', 'self.environment_suffix');
    expectFixed(r, 'NAME-ENV-SUFFIX', 'name=f"alias/tenant/{tenant_id}/data-key"', 'data-key-{self.environment_suffix}');
    expectFixed(r, 'NAME-ENV-SUFFIX', 'name=f"tenant-{tenant_id}-users"', 'users-{self.environment_suffix}');
    expectFixed(r, 'IAM-WILDCARD-OVERBROAD', 'dynamodb:*');
    // Titles as the seed's reviewer wrote them: what, on what, the facts, how many.
    const titles = r.failures.map((f) => f.title);
    expect(titles).toContain('Environment suffix missing from DynamoDB table names `tenant-tenant-001-users`, `tenant-tenant-001-data` (2 DynamoDB tables)');
    expect(titles).toContain('Wildcard actions `dynamodb:*`, `logs:*`, `kms:*` in IAM role policy');
    expect(titles).toContain('TENANT_SUBNET not set in any function, container or build environment');
    expect(titles).toContain('Logs kept 7 days instead of the requested 30 days on CloudWatch log group');
    // the log group name still lacks the suffix in the ideal (a real problem the reviewer missed)
    expect(r.idealFindings.some((g) => g.class === 'NAME-ENV-SUFFIX' && g.message.includes('/aws/lambda/tenant-'))).toBe(true);
  });

  test('seed 001 (pulumi-py/Pr7669): global S3 name, all-traffic security group, delete_before_replace', async () => {
    const r = await reviewTask(join(CORPUS, 'pulumi-py', 'Pr7669'));
    // The fix follows the value to where the corrected answer builds it.
    expectFixed(r, 'NAME-GLOBAL-UNIQUE', 'bucket=f"api-logs-{environment_suffix}"', 'caller_identity.account_id');
    expect(failure(r, 'SG-RULE-MISCONFIG', 'protocol="-1"')).toBeDefined();
    expectFixed(r, 'DB-CONFIG', 'delete_before_replace=True');
  });

  test('seed 004 (pulumi-py/Pr6524): NAT without EIP, open MySQL, hard-coded password, public DB, health checks, HTTP listener, old runtime', async () => {
    const r = await reviewTask(join(CORPUS, 'pulumi-py', 'Pr6524'));
    expectFixed(r, 'NETWORK-ROUTING-CIDR', 'NatGateway');
    expectFixed(r, 'SG-OPEN-INGRESS', '3306');
    expect(failure(r, 'SECRET-HARDCODED', 'master_password')?.status).toBe('still-present');
    expectFixed(r, 'NET-PUBLIC-EXPOSURE', 'publicly_accessible=True');
    expectFixed(r, 'LB-HEALTHCHECK-TARGETS', 'TargetGroup');
    expectFixed(r, 'ENCRYPTION-AT-REST', 'aws.rds.Cluster');
    expectFixed(r, 'RUNTIME-DEPRECATED', 'python3.9');
    expect(r.failures.some((f) => f.class === 'RDS-ENGINE-VERSION' || f.class === 'LOGGING-AUDIT-MISSING')).toBe(true);
  });
});

describe('review of the seed fixtures written from seeds 002 and 003', () => {
  test('seed 002: password, alias as key ARN, old PostgreSQL; the ideal fixes them', async () => {
    const r = await reviewTask(join(SEEDS, 'seed-002'));
    expectFixed(r, 'SECRET-HARDCODED', 'password: "TempPassword123!"', 'manageMasterUserPassword');
    expectFixed(r, 'ENCRYPTION-AT-REST', 'alias/aws/dynamodb');
    expectFixed(r, 'RDS-ENGINE-VERSION', '15.4');
  });

  test('seed 003: mixed ALB subnets, KMS key without a logs grant, global bucket name; the ideal\'s own mistakes are reported', async () => {
    const r = await reviewTask(join(SEEDS, 'seed-003'));
    expectFixed(r, 'HA-MULTI-AZ', 'subnets: [publicSubnet.id, privateSubnet.id]');
    expectFixed(r, 'KMS-KEY-POLICY', 'kmsKeyId: this.kmsKey.arn');
    expect(failure(r, 'NAME-GLOBAL-UNIQUE', 'my-app-data-bucket')).toBeDefined();
    // the seed's "fix" keeps a hard-coded password and adds Date.now() to a bucket name
    const ideal = r.idealFindings.map((g) => g.class);
    expect(ideal).toContain('SECRET-HARDCODED');
    expect(r.idealFindings.some((g) => g.ruleId === 'naming/non-deterministic-name')).toBe(true);
  });
});

describe('review report', () => {
  test('Markdown follows the seeds: summary by severity, sections with impact, class, code, fix, why; score', async () => {
    const r = await reviewTask(join(SEEDS, 'seed-002'));
    const md = renderReviewMarkdown(r, ROOT);
    expect(md).toMatch(/^# Model failure report/);
    expect(md).toContain('## Summary');
    expect(md).toMatch(/\| Critical \| \d+ \| \d+ \|/);
    expect(md).toMatch(/### 1\. /);
    expect(md).toContain('**Impact level**: Critical');
    expect(md).toContain('**Model code** (`index.ts`');
    expect(md).toContain('**Fix** (from the corrected answer');
    expect(md).toContain('**Why it matters**');
    expect(md).toContain('## Still wrong in the corrected answer');
    expect(md).toContain('## What the model got right');
    expect(md).toContain('## Resource differences');
    expect(md).toMatch(/\*\*Training value: \d+(\.\d)?\/10\*\*/);
  });

  test('works with only a model answer; the score is then an estimate', async () => {
    await prepare();
    const r = await reviewPaths({ model: join(SEEDS, 'seed-003', 'MODEL_RESPONSE.md') });
    expect(r.failures.length).toBeGreaterThan(0);
    expect(r.failures.every((f) => f.status === 'no-ideal')).toBe(true);
    expect(r.score.estimate).toBe(true);
    expect(r.diff).toBeUndefined();
  });

  test('training value grows with more and severer fixes, stays within 0..10', () => {
    const f = (severity: 'critical' | 'high' | 'medium' | 'low', status = 'fixed') => ({ severity, status });
    const none = trainingValue([], true).value;
    const oneLow = trainingValue([f('low')], true).value;
    const oneHigh = trainingValue([f('high')], true).value;
    const many = trainingValue([f('critical'), f('critical'), f('high'), f('high'), f('high'), f('medium')], true).value;
    const unfixed = trainingValue([f('critical', 'still-present')], true).value;
    expect(none).toBe(0);
    expect(unfixed).toBe(0);
    expect(oneLow).toBeLessThan(oneHigh);
    expect(oneHigh).toBeLessThan(many);
    expect(many).toBeLessThanOrEqual(10);
  });

  test('CLI: review <task-dir> and --model/--ideal give the same report; JSON form', async () => {
    const a = await cli(['review', 'tests/seeds/seed-002']);
    const b = await cli(['review', '--model', 'tests/seeds/seed-002/MODEL_RESPONSE.md', '--ideal', 'tests/seeds/seed-002/IDEAL_RESPONSE.md']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const j = JSON.parse((await cli(['review', 'tests/seeds/seed-002', '--format', 'json'])).stdout);
    expect(j.review.summary.failures).toBeGreaterThan(0);
    expect(j.review.failures[0]).toHaveProperty('status');
    const bad = await cli(['review', 'no/such/dir']);
    expect(bad.code).toBe(2);
  });
});

describe('grouped failures and honest status', () => {
  test('a failure about the answer as a whole shows no code excerpt (the first line is a heading, not code)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stacklint-prose-'));
    const model = join(dir, 'MODEL_RESPONSE.md');
    writeFileSync(model, '# Model Response\n\nThe stack creates an encrypted bucket and a queue, configured per environment.\n');
    await prepare();
    const r = await reviewPaths({ model });
    const none = r.failures.find((f) => f.ruleId === 'code/no-program-code');
    expect(none).toBeDefined();
    expect(none!.places.every((p) => p.code === undefined)).toBe(true);
    expect(renderReviewMarkdown(r, dir)).not.toMatch(/```typescript\n# Model Response/);
  });

  test('one problem on several resources of a kind is one failure with every place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stacklint-group-'));
    const model = join(dir, 'model.ts');
    const ideal = join(dir, 'ideal.ts');
    const body = (suffix: string) =>
      `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst environmentSuffix = new pulumi.Config().require('environmentSuffix');\n` +
      `export const a = new aws.sqs.Queue(\`orders-\${environmentSuffix}\`, { name: \`orders${suffix}\` }).url;\n` +
      `export const b = new aws.sqs.Queue(\`events-\${environmentSuffix}\`, { name: \`events${suffix}\` }).url;\n` +
      `export const c = new aws.sqs.Queue(\`audit-\${environmentSuffix}\`, { name: \`audit-\${environmentSuffix}\` }).url;\n`;
    writeFileSync(model, body(''));
    writeFileSync(ideal, body('-${environmentSuffix}'));
    await prepare();
    const r = await reviewPaths({ model, ideal });
    const suffix = r.failures.filter((f) => f.ruleId === 'naming/missing-environment-suffix');
    expect(suffix).toHaveLength(1);
    expect(suffix[0]!.count).toBe(2);
    expect(suffix[0]!.places.map((p) => p.status)).toEqual(['fixed', 'fixed']);
    expect(suffix[0]!.status).toBe('fixed');
    expect(suffix[0]!.title).toMatch(/2 SQS queues/);
    // The fix is the corrected answer's value of the same argument.
    expect(suffix[0]!.places.map((p) => p.fix?.code)).toEqual([expect.stringContaining('name: `orders-${environmentSuffix}`'), expect.stringContaining('name: `events-${environmentSuffix}`')]);
  });

  test('one cause is one failure at the cause, listing every place it reaches (TypeScript and Python)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stacklint-cause-'));
    const programs: Record<string, (fixed: boolean) => string> = {
      'ts': (fixed) =>
        `import * as aws from '@pulumi/aws';\n\nconst environment = 'production';\nconst delay = ${fixed ? '20' : "'20'"};\n\n` +
        `export const q = new aws.sqs.Queue(\`q-\${environment}\`, { name: \`q-\${environment}\`, delaySeconds: delay }).url;\n` +
        `export const r = new aws.sqs.Queue(\`r-\${environment}\`, { name: \`r-\${environment}\`, delaySeconds: delay }).url;\n` +
        `export const t = new aws.dynamodb.Table(\`t-\${environment}\`, { name: \`t-\${environment}\`, hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] }).name;\n`,
      'py': () =>
        'import pulumi\nimport pulumi_aws as aws\n\nenvironment = "production"\n\n' +
        'q = aws.sqs.Queue(f"q-{environment}", name=f"q-{environment}")\n' +
        'r = aws.sqs.Queue(f"r-{environment}", name=f"r-{environment}")\n' +
        't = aws.dynamodb.Table(f"t-{environment}", name=f"t-{environment}", hash_key="id", attributes=[{"name": "id", "type": "S"}])\n' +
        'pulumi.export("names", [q.name, r.name, t.name])\n',
    };
    await prepare();
    for (const [ext, body] of Object.entries(programs)) {
      const model = join(dir, `model.${ext}`);
      writeFileSync(model, body(false));
      const r = await reviewPaths({ model });
      // One environment word fixed in names of two kinds of resource: one failure, three places.
      const env = r.failures.filter((f) => f.ruleId === 'naming/missing-environment-suffix');
      expect(env, ext).toHaveLength(1);
      expect(env[0]!.count, ext).toBe(3);
      expect(env[0]!.title, ext).toMatch(/Environment `production` hard-coded in resource names .*\(3 resources\)/);
      if (ext !== 'ts') continue;
      // A string for a number defined once and used by two queues: one failure shown first at the
      // definition (for the first queue), then at each further queue that uses it.
      const kindFailures = r.failures.filter((f) => f.ruleId === 'aws/wrong-argument-kind');
      expect(kindFailures).toHaveLength(1);
      expect(kindFailures[0]!.places.map((p) => [p.resource?.name, p.code?.code.split('\n')[0]])).toEqual([
        ['q-production', "const delay = '20';"],
        ['r-production', expect.stringContaining('new aws.sqs.Queue(`r-')],
      ]);
      expect(kindFailures[0]!.title).toMatch(/2 SQS queues/);
      // The corrected answer fixes the definition: every place it reaches is fixed.
      const ideal = join(dir, `ideal.${ext}`);
      writeFileSync(ideal, body(true));
      const fixed = (await reviewPaths({ model, ideal })).failures.find((f) => f.ruleId === 'aws/wrong-argument-kind')!;
      expect(fixed.places.map((p) => p.status)).toEqual(['fixed', 'fixed']);
    }
  });

  test('a value the corrected answer still shares between resources is still present at each of them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stacklint-cause-ideal-'));
    const text = "import * as aws from '@pulumi/aws';\n\nconst delay = '20';\n\nexport const q = new aws.sqs.Queue('q', { delaySeconds: delay }).url;\nexport const r = new aws.sqs.Queue('r', { delaySeconds: delay }).url;\n";
    const model = join(dir, 'model.ts');
    const ideal = join(dir, 'ideal.ts');
    writeFileSync(model, text);
    writeFileSync(ideal, text);
    await prepare();
    const f = (await reviewPaths({ model, ideal })).failures.find((x) => x.ruleId === 'aws/wrong-argument-kind')!;
    expect(f.places.map((p) => p.status)).toEqual(['still-present', 'still-present']);
  });

  test('a requirement its check finds met is not met when a rule finds the same problem; a met one quotes its code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stacklint-met-'));
    const prompt = join(dir, 'PROMPT.md');
    writeFileSync(prompt, '# Request\n\nCreate SQS queues with Pulumi.\n\n- Resource names must include the environmentSuffix for uniqueness.\n- Use on-demand billing for the DynamoDB table.\n');
    const model = join(dir, 'model.py');
    writeFileSync(
      model,
      'import pulumi\nimport pulumi_aws as aws\n\nenvironment_suffix = pulumi.Config().require("environmentSuffix")\n' +
        'a = aws.sqs.Queue(f"orders-{environment_suffix}", name=f"orders-{environment_suffix}")\n' +
        'b = aws.sqs.Queue("events", name="events")\n' +
        't = aws.dynamodb.Table(f"t-{environment_suffix}", name=f"t-{environment_suffix}", hash_key="id", billing_mode="PAY_PER_REQUEST", attributes=[{"name": "id", "type": "S"}])\n' +
        'pulumi.export("urls", [a.url, b.url, t.name])\n',
    );
    await prepare();
    const r = await reviewPaths({ model, prompt });
    const suffix = r.requirements!.find((q) => q.kind === 'environment-suffix')!;
    expect(suffix.status).toBe('fail');
    expect(suffix.detail).toMatch(/not everywhere: see "Environment suffix missing/);
    const table = r.requirements!.find((q) => q.status === 'pass' && q.kind === 'required-service' && /on-demand/.test(q.sentence));
    expect(table?.evidence?.code).toContain('aws.dynamodb.Table(');
    expect(renderReviewMarkdown(r, dir)).toMatch(/on-demand billing.*provides a DynamoDB table \(model\.py:7: `t = aws\.dynamodb\.Table/);
  });

  test('each service the request asks for and the program lacks is a failure of its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stacklint-services-'));
    const prompt = join(dir, 'PROMPT.md');
    writeFileSync(prompt, '# Request\n\nCreate an S3 bucket for reports with Pulumi.\n\n- Configure AWS Backup plans with 7-day retention.\n- Set up CloudWatch alarms for the error rate.\n');
    const programs = {
      'model.ts': "import * as aws from '@pulumi/aws';\n\nexport const bucket = new aws.s3.BucketV2('reports', {}).id;\n",
      'model.py': 'import pulumi\nimport pulumi_aws as aws\n\nbucket = aws.s3.BucketV2("reports")\npulumi.export("bucket", bucket.id)\n',
    };
    await prepare();
    for (const [name, text] of Object.entries(programs)) {
      const model = join(dir, name);
      writeFileSync(model, text);
      const r = await reviewPaths({ model, prompt });
      const titles = r.failures.filter((f) => f.ruleId === 'requirements/required-service').map((f) => f.title);
      expect(titles, name).toHaveLength(2);
      expect(titles.join(' '), name).toMatch(/Backup/);
      expect(titles.join(' '), name).toMatch(/alarm/i);
    }
  });

  test('a request check and a rule that find the same problem are one failure; sentences that repeat a requirement are one place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stacklint-join-'));
    const prompt = join(dir, 'PROMPT.md');
    writeFileSync(
      prompt,
      '# Request\n\nCreate an S3 bucket for reports with Pulumi.\n\n- Export the bucket name and ARN as Pulumi stack outputs.\n' +
        '- Use Pulumi stack outputs to export the bucket ARN for other teams.\n- Resource tags must include Owner and CostCenter.\n',
    );
    const programs = {
      'model.ts': "import * as aws from '@pulumi/aws';\n\nconst bucket = new aws.s3.BucketV2('reports', { tags: { Project: 'reports' } });\n",
      'model.py': 'import pulumi_aws as aws\n\nbucket = aws.s3.BucketV2("reports", tags={"Project": "reports"})\n',
    };
    await prepare();
    for (const [name, text] of Object.entries(programs)) {
      const model = join(dir, name);
      writeFileSync(model, text);
      const r = await reviewPaths({ model, prompt });
      const exports = r.failures.filter((f) => f.class === 'PULUMI-STACK-EXPORTS');
      expect(exports.map((f) => f.ruleId), name).toEqual(['pulumi/missing-stack-exports']);
      expect(exports[0]!.count, name).toBe(1);
      // A different problem of another rule stays its own failure.
      expect(r.failures.some((f) => f.ruleId === 'requirements/required-tags'), name).toBe(true);
    }
  });

  test('a corrected answer without code cannot say what it fixed, and adds nothing to the score', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stacklint-prose-'));
    const model = join(dir, 'model.ts');
    const ideal = join(dir, 'ideal.md');
    writeFileSync(model, "import * as aws from '@pulumi/aws';\nexport const db = new aws.rds.Instance('db', { engine: 'mysql', instanceClass: 'db.t3.micro', allocatedStorage: 20, username: 'admin', password: 'Passw0rd123!' }).id;\n");
    writeFileSync(ideal, '# Corrected answer\n\nThe password now comes from Secrets Manager.\n');
    await prepare();
    const r = await reviewPaths({ model, ideal });
    expect(r.failures.length).toBeGreaterThan(0);
    for (const f of r.failures) expect(f.status).toBe('cannot-tell');
    expect(r.summary.cannotTell).toBe(r.failures.length);
    expect(r.score.value).toBe(0);
  });

  test('without a corrected answer, a fixable failure shows its own lines as the fix rewrites them, in the answer\'s language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stacklint-fixcode-'));
    const programs = {
      'model.py': ['import pulumi\nimport pulumi_aws as aws\n\nkey = aws.kms.Key("k", description="data")\npulumi.export("k", key.arn)\n', 'key = aws.kms.Key("k", description="data", enable_key_rotation=True)', 'python'],
      'model.ts': ["import * as aws from '@pulumi/aws';\n\nexport const key = new aws.kms.Key('k', { description: 'data' }).arn;\n", 'enableKeyRotation: true', 'typescript'],
    };
    await prepare();
    for (const [name, [text, fixed, lang]] of Object.entries(programs)) {
      const model = join(dir, name);
      writeFileSync(model, text);
      const r = await reviewPaths({ model });
      const f = r.failures.find((x) => x.ruleId === 'security/kms-key-rotation-disabled')!;
      expect(f.fix.source, name).toBe('hint');
      const code = f.fix.source === 'hint' ? f.fix.code : undefined;
      expect(code?.code, name).toContain(fixed);
      expect(code?.lang, name).toBe(lang);
      expect(renderReviewMarkdown(r, dir), name).toContain('Corrected, as `stacklint check --fix` rewrites it');
    }
  });

  test('low-impact failures are minor issues: listed apart, one line each, not counted as failures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stacklint-minor-'));
    const programs = {
      'model.ts': "import * as aws from '@pulumi/aws';\nimport * as fs from 'fs';\n\nconst unused = new aws.sqs.Queue('jobs');\nexport const k = new aws.kms.Key('k', { enableKeyRotation: false }).arn;\n",
      'model.py': 'import os\nimport pulumi\nimport pulumi_aws as aws\n\nunused = aws.sqs.Queue("jobs")\npulumi.export("k", aws.kms.Key("k", enable_key_rotation=False).arn)\n',
    };
    await prepare();
    for (const [name, text] of Object.entries(programs)) {
      const model = join(dir, name);
      writeFileSync(model, text);
      const r = await reviewPaths({ model });
      expect(r.failures.every((f) => f.severity !== 'low'), name).toBe(true);
      expect(r.minor.length, name).toBeGreaterThan(0);
      expect(r.minor.every((f) => f.severity === 'low'), name).toBe(true);
      expect(r.minor.some((f) => f.ruleId === 'code/unused-import'), name).toBe(true);
      expect(r.failures.some((f) => f.ruleId === 'security/kms-key-rotation-disabled'), name).toBe(true);
      expect(r.summary.failures, name).toBe(r.failures.length);
      expect(r.summary.minor, name).toBe(r.minor.length);
      expect(r.summary.bySeverity.low, name).toBe(r.minor.length);
      const md = renderReviewMarkdown(r, dir);
      expect(md, name).toContain('## Minor issues');
      expect(md, name).toMatch(/^- \*\*Import `(fs|os)`.*`code\/unused-import`, model\.(ts|py):[12]/m);
    }
  });
});

describe('edited reviews', () => {
  test('a minor issue whose severity is raised in an edit becomes a failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stacklint-edit-minor-'));
    const model = join(dir, 'model.py');
    writeFileSync(model, 'import os\nimport pulumi_aws as aws\n\naws.sqs.Queue("jobs")\n');
    const exp = await cli(['review', '--model', model, '--format', 'json']);
    const data = JSON.parse(exp.stdout);
    const minor = data.review.minor.find((f: Failure) => f.ruleId === 'code/unused-import');
    expect(minor).toBeDefined();
    minor.severity = 'medium';
    const edited = join(dir, 'edited.json');
    writeFileSync(edited, JSON.stringify(data));
    const again = JSON.parse((await cli(['review', '--render', edited, '--format', 'json'])).stdout);
    expect(again.review.failures.some((f: Failure) => f.ruleId === 'code/unused-import')).toBe(true);
    expect(again.review.minor.some((f: Failure) => f.ruleId === 'code/unused-import')).toBe(false);
  });

  test('an exported review, edited, renders again with recomputed counts and score', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stacklint-edit-'));
    const out = join(dir, 'review.yaml');
    const exp = await cli(['review', 'tests/seeds/seed-002', '--format', 'yaml', '-o', out]);
    expect(exp.code).toBe(0);
    const YAML = (await import('yaml')).default;
    const data = YAML.parse(readFileSync(out, 'utf8'));
    const before = data.review.failures.length;
    expect(before).toBeGreaterThan(1);
    data.review.failures.shift();
    data.review.failures[0].title = 'Edited title';
    data.review.failures[0].severity = 'critical';
    const edited = join(dir, 'edited.json');
    writeFileSync(edited, JSON.stringify(data));
    const md = await cli(['review', '--render', edited]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain(`**${before - 1} failure`);
    expect(md.stdout).toContain('### 1. Edited title');
    const again = JSON.parse((await cli(['review', '--render', edited, '--format', 'json'])).stdout);
    expect(again.review.summary.bySeverity.critical).toBeGreaterThanOrEqual(1);
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ review: { model: 'x', failures: [{ title: 'a', ruleId: 'r', message: 'm', severity: 'urgent', status: 'fixed' }] } }));
    const bad = await cli(['review', '--render', join(dir, 'broken.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/failures\[0\]\.severity: must be one of/);
  });
});

describe('corpus command', () => {
  test('reviews every task folder, writes JSON lines and a summary; identical with 1 and 2 workers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stacklint-corpus-'));
    for (const seed of ['seed-002', 'seed-003']) {
      mkdirSync(join(dir, 'ts', seed, 'lib'), { recursive: true });
      cpSync(join(SEEDS, seed, 'MODEL_RESPONSE.md'), join(dir, 'ts', seed, 'lib', 'MODEL_RESPONSE.md'));
      cpSync(join(SEEDS, seed, 'IDEAL_RESPONSE.md'), join(dir, 'ts', seed, 'lib', 'IDEAL_RESPONSE.md'));
    }
    writeFileSync(join(dir, 'README.md'), 'not a task');
    const one = await cli(['corpus', dir, '--jobs', '1', '--out-dir', join(dir, 'out1')]);
    const two = await cli(['corpus', dir, '--jobs', '2', '--out-dir', join(dir, 'out2')]);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(one.stderr).toMatch(/reviewed 2\/2/);
    const lines = readFileSync(join(dir, 'out1', 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.task)).toEqual(['ts/seed-002', 'ts/seed-003']);
    expect(lines[0].failures).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'out1', 'results.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'out2', 'results.jsonl'), 'utf8'));
    const summary = readFileSync(join(dir, 'out1', 'summary.md'), 'utf8');
    expect(summary).toContain('## Failures per class and severity');
    expect(summary).toContain('## Most frequent rules');
    expect(summary).toContain('## Tasks with the most failures');
    expect(summary).toContain('## Findings still present in ideal answers');
  });
});
