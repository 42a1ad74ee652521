import { describe, expect, test } from 'vitest';
import { parsePolicy } from '../../src/rules/_shared/iam-policy.js';
import { modelOf } from '../helpers/program.js';

// JSON written as text with holes: the structure is kept when every hole sits inside a JSON string.

async function policies(files: Record<string, string>, entry: string) {
  const m = await modelOf(files, entry);
  return m.resources
    .filter((r) => r.typePath.endsWith('RolePolicy'))
    .map((r) => {
      const doc = parsePolicy(r.args.props.get('policy'));
      return doc ? doc.statements.map((s) => ({ actions: s.actions.entries.map((e) => e.text ?? '?'), resources: s.resources.entries.map((e) => e.text ?? '?') })) : undefined;
    });
}

describe('JSON text with holes keeps its structure', () => {
  test('TypeScript: pulumi.interpolate, a template literal in apply; a hole outside quotes gives none', async () => {
    const got = await policies(
      {
        'index.ts': `import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
const b = new aws.s3.BucketV2('b', {});
new aws.iam.RolePolicy('p1', { role: 'r', policy: pulumi.interpolate\`{
  "Version": "2012-10-17",
  "Statement": [{ "Effect": "Allow", "Action": ["s3:GetObject", "s3:*"], "Resource": "\${b.arn}/*" }]
}\` });
new aws.iam.RolePolicy('p2', { role: 'r', policy: b.arn.apply((arn) => \`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"\${arn}"}]}\`) });
new aws.iam.RolePolicy('p3', { role: 'r', policy: b.arn.apply((arn) => \`{"Version":"2012-10-17","Statement":\${arn}}\`) });
new aws.iam.RolePolicy('p4', { role: 'r', policy: pulumi.interpolate\`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::x"}]}\` });
`,
      },
      'index.ts',
    );
    expect(got).toEqual([
      [{ actions: ['s3:GetObject', 's3:*'], resources: ['?'] }],
      [{ actions: ['*'], resources: ['?'] }],
      undefined,
      [{ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::x'] }],
    ]);
  });

  test('Python: an f-string in apply, Output.concat, Output.format and str.format; a hole in a key gives none', async () => {
    const got = await policies(
      {
        '__main__.py': `import pulumi
import pulumi_aws as aws
from pulumi import Output
b = aws.s3.BucketV2("b")
aws.iam.RolePolicy("p1", role="r", policy=b.arn.apply(lambda arn: f"""{{
  "Version": "2012-10-17",
  "Statement": [{{"Effect": "Allow", "Action": "*", "Resource": "{arn}/*"}}]
}}"""))
aws.iam.RolePolicy("p2", role="r", policy=Output.concat('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"', b.arn, '"}]}'))
aws.iam.RolePolicy("p3", role="r", policy=Output.format('{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Action":"sqs:*","Resource":"{0}"}}]}}', b.arn))
aws.iam.RolePolicy("p4", role="r", policy=b.arn.apply(lambda a: '{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Action":"sns:Publish","Resource":"{}"}}]}}'.format(a)))
aws.iam.RolePolicy("p5", role="r", policy=b.arn.apply(lambda a: f'{{"Version":"2012-10-17","{a}":[]}}'))
`,
      },
      '__main__.py',
    );
    expect(got).toEqual([
      [{ actions: ['*'], resources: ['?'] }],
      [{ actions: ['s3:*'], resources: ['?'] }],
      [{ actions: ['sqs:*'], resources: ['?'] }],
      [{ actions: ['sns:Publish'], resources: ['?'] }],
      undefined,
    ]);
  });
});
