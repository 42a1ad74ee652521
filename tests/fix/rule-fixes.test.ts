// The fixes of pulumi/output-in-plain-string, lifecycle/log-group-without-retention and
// naming/missing-environment-suffix through the engine and the CLI: applied together without
// overlapping (two insertions at one point are not both taken), checked by a second analysis (a
// rename that takes a name twice is rolled back; a rename keeps the other findings of the renamed
// resource), and in a Markdown answer only the code blocks change.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixPath } from '../../src/fix/apply.js';
import { prepare } from '../../src/pipeline.js';
import { cli } from '../helpers/cli.js';

beforeAll(async () => {
  await prepare();
});

function tmpFile(name: string, text: string): string {
  const p = join(mkdtempSync(join(tmpdir(), 'stacklint-fix-')), name);
  writeFileSync(p, text);
  return p;
}

const SUFFIX = 'naming/missing-environment-suffix';
const HEAD = "import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\n\n";

describe('rule fixes under the engine', () => {
  test('a renamed resource keeps its other findings: the rename is applied', async () => {
    const text = `${HEAD}const environmentSuffix = new pulumi.Config().require('environmentSuffix');\nconst queue = new aws.sqs.Queue(\`jobs-\${environmentSuffix}\`, { name: \`jobs-\${environmentSuffix}\` });\nconst topic = new aws.sns.Topic('alerts');\nexport const arns = [queue.arn, topic.arn];\n`;
    const r = await fixPath(tmpFile('index.ts', text), { fixRules: [SUFFIX] });
    expect(r.skipped).toEqual([]);
    expect(r.files[0]!.after).toBe(text.replace("Topic('alerts')", 'Topic(`alerts-${environmentSuffix}`)'));
    // The topic's encryption finding is still reported, about the renamed topic.
    expect(r.remaining.some((f) => f.ruleId.startsWith('security/') && f.resource?.type === 'aws:sns/topic:Topic')).toBe(true);
  });

  test('a rename that makes a name taken twice is rolled back', async () => {
    const text = `${HEAD}const environmentSuffix = new pulumi.Config().require('environmentSuffix');\nconst first = new aws.sns.Topic(\`alerts-\${environmentSuffix}\`);\nconst second = new aws.sns.Topic('alerts');\nexport const arns = [first.arn, second.arn];\n`;
    const r = await fixPath(tmpFile('index.ts', text), { fixRules: [SUFFIX] });
    expect(r.files).toEqual([]);
    expect(r.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/new finding \(naming\/duplicate-resource-name/)]);
  });

  test('no fix from a suffix written in another function: it may not be defined here', async () => {
    // `environmentSuffix` is a parameter of the helper, not a name of the module's top level.
    const text = `${HEAD}function makeQueue(environmentSuffix: string) {\n  return new aws.sqs.Queue(\`jobs-\${environmentSuffix}\`, { name: \`jobs-\${environmentSuffix}\` });\n}\nconst queue = makeQueue(new pulumi.Config().require('environmentSuffix'));\nconst topic = new aws.sns.Topic('alerts');\nexport const arns = [queue.arn, topic.arn];\n`;
    const r = await fixPath(tmpFile('index.ts', text), { fixRules: [SUFFIX] });
    expect(r.remaining.filter((f) => f.ruleId === SUFFIX).map((f) => [f.message.slice(0, 30), !!f.fix])).toEqual([['Logical name `alerts` of this ', false]]);
    expect(r.files).toEqual([]);
  });

  test('two fixes inserting at one point are applied one after the other, never interleaved', async () => {
    // The f-string fix appends its arguments where the retention fix appends the new keyword.
    const text = 'import pulumi\nimport pulumi_aws as aws\n\nbucket = aws.s3.BucketV2("data")\nlogs = aws.cloudwatch.LogGroup("logs", name=f"/app/{bucket.id}")\npulumi.export("logs", logs.name)\n';
    const r = await fixPath(tmpFile('__main__.py', text), { fixRules: ['pulumi/output-in-plain-string', 'lifecycle/log-group-without-retention'] });
    expect(r.files[0]!.after).toBe(text.replace('name=f"/app/{bucket.id}")', 'name=pulumi.Output.format("/app/{}", bucket.id), retention_in_days=30)'));
    expect(r.remaining.filter((f) => f.fix)).toEqual([]);
  });
});

describe('check --fix-dry-run on a Markdown answer', () => {
  // CRLF prose with trailing spaces, LF code blocks, and a YAML block that looks like the fixed code.
  const prose = "# Answer\r\n\r\nThe stack, with   trailing spaces  \r\nand `name: 'jobs'` in prose.\r\n\r\n## File: index.ts\r\n\r\n";
  const ts = [
    '```typescript',
    "import * as aws from '@pulumi/aws';",
    "import * as pulumi from '@pulumi/pulumi';",
    '',
    "const environmentSuffix = new pulumi.Config().require('environmentSuffix');",
    'const bucket = new aws.s3.BucketV2(`data-${environmentSuffix}`, { bucket: `acme-data-${environmentSuffix}` });',
    'new aws.cloudwatch.LogGroup(`logs-${environmentSuffix}`, { name: `/app/${bucket.id}` });',
    "new aws.sqs.Queue(`jobs-${environmentSuffix}`, { name: 'jobs' });",
    'export const url = `s3://${bucket.id}`;',
    '```',
    '',
  ].join('\n');
  const middle = '\r\n## File: __main__.py\r\n\r\n';
  const py = [
    '```python',
    'import pulumi',
    'import pulumi_aws as aws',
    '',
    'environment_suffix = pulumi.Config().require("environmentSuffix")',
    'bucket = aws.s3.BucketV2(f"data-{environment_suffix}", bucket=f"acme-data-{environment_suffix}")',
    'aws.cloudwatch.LogGroup(f"logs-{environment_suffix}", name=f"/app/{bucket.id}")',
    'aws.sqs.Queue(f"jobs-{environment_suffix}", name="jobs")',
    'pulumi.export("url", "s3://" + bucket.id)',
    '```',
    '',
  ].join('\n');
  const tail = "\n## Notes\n\n```yaml\nname: 'jobs'\nvalue: `s3://${bucket.id}`\n```\n";
  const answer = prose + ts + middle + py + tail;
  const fixedTs = ts
    .replace('{ name: `/app/${bucket.id}` }', '{ name: pulumi.interpolate`/app/${bucket.id}`, retentionInDays: 30 }')
    .replace("{ name: 'jobs' }", '{ name: `jobs-${environmentSuffix}` }')
    .replace('url = `s3://', 'url = pulumi.interpolate`s3://');
  const fixedPy = py
    .replace('name=f"/app/{bucket.id}")', 'name=pulumi.Output.format("/app/{}", bucket.id),\n    retention_in_days=30)')
    .replace('name="jobs"', 'name=f"jobs-{environment_suffix}"')
    .replace('"s3://" + bucket.id', 'pulumi.Output.concat("s3://", bucket.id)');

  test('prints the fixes of the code blocks as a diff and leaves the answer as it was', async () => {
    const p = tmpFile('MODEL_RESPONSE.md', answer);
    const dry = await cli(['check', p, '--fix-dry-run']);
    expect(dry.code).toBe(1);
    const changed = dry.stdout.split('\n').filter((l) => /^[-+](?![-+]{2} )/.test(l));
    expect(changed).toEqual([
      '-new aws.cloudwatch.LogGroup(`logs-${environmentSuffix}`, { name: `/app/${bucket.id}` });',
      "-new aws.sqs.Queue(`jobs-${environmentSuffix}`, { name: 'jobs' });",
      '-export const url = `s3://${bucket.id}`;',
      '+new aws.cloudwatch.LogGroup(`logs-${environmentSuffix}`, { name: pulumi.interpolate`/app/${bucket.id}`, retentionInDays: 30 });',
      '+new aws.sqs.Queue(`jobs-${environmentSuffix}`, { name: `jobs-${environmentSuffix}` });',
      '+export const url = pulumi.interpolate`s3://${bucket.id}`;',
      '-aws.cloudwatch.LogGroup(f"logs-{environment_suffix}", name=f"/app/{bucket.id}")',
      '-aws.sqs.Queue(f"jobs-{environment_suffix}", name="jobs")',
      '-pulumi.export("url", "s3://" + bucket.id)',
      '+aws.cloudwatch.LogGroup(f"logs-{environment_suffix}", name=pulumi.Output.format("/app/{}", bucket.id),',
      '+    retention_in_days=30)',
      '+aws.sqs.Queue(f"jobs-{environment_suffix}", name=f"jobs-{environment_suffix}")',
      '+pulumi.export("url", pulumi.Output.concat("s3://", bucket.id))',
    ]);
    expect(readFileSync(p, 'utf8')).toBe(answer);
  });

  test('--fix rewrites only the code blocks: the prose and the other block stay byte for byte', async () => {
    const p = tmpFile('MODEL_RESPONSE.md', answer);
    await cli(['check', p, '--fix']);
    expect(readFileSync(p, 'utf8')).toBe(prose + fixedTs + middle + fixedPy + tail);
    const again = await cli(['check', p, '--fix-dry-run']);
    expect(again.stdout).toBe('');
  });
});
