import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { analyzePath, prepare } from '../../src/pipeline.js';

// A value the request mandates (a runtime, the zones) is not held against the answer: the finding
// says the request asks for it and is rated low, unless the value keeps the stack from deploying.

const PROGRAMS: Record<string, (runtime: string, az: string) => string> = {
  ts: (runtime, az) =>
    `import * as aws from '@pulumi/aws';\n\n` +
    `const vpc = new aws.ec2.Vpc('main', { cidrBlock: '10.0.0.0/16' });\n` +
    `export const subnet = new aws.ec2.Subnet('a', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24', availabilityZone: '${az}' }).id;\n` +
    `const role = new aws.iam.Role('fn', { assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) });\n` +
    `export const fn = new aws.lambda.Function('orders', { runtime: '${runtime}', handler: 'index.handler', role: role.arn, code: new aws.asset.AssetArchive({ 'index.js': new aws.asset.StringAsset('exports.handler = async () => 1;') }) }).arn;\n`,
  py: (runtime, az) =>
    `import json\nimport pulumi\nimport pulumi_aws as aws\n\n` +
    `vpc = aws.ec2.Vpc("main", cidr_block="10.0.0.0/16")\n` +
    `subnet = aws.ec2.Subnet("a", vpc_id=vpc.id, cidr_block="10.0.1.0/24", availability_zone="${az}")\n` +
    `role = aws.iam.Role("fn", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))\n` +
    `fn = aws.lambda_.Function("orders", runtime="${runtime}", handler="index.handler", role=role.arn, code=pulumi.AssetArchive({"index.js": pulumi.StringAsset("exports.handler = async () => 1;")}))\n` +
    `pulumi.export("subnet", subnet.id)\npulumi.export("fn", fn.arn)\n`,
};

const REQUEST = '# Request\n\nBuild an order-processing function with Pulumi.\n\n- The Lambda function must use the nodejs16.x runtime.\n- Place the subnet in us-east-1a.\n';
const LOOSE = '# Request\n\nBuild an order-processing function with Pulumi, on Node.js 16 or newer.\n';

const dir = mkdtempSync(join(tmpdir(), 'stacklint-mandated-'));
beforeAll(() => prepare());

async function found(lang: string, runtime: string, az: string, request?: string) {
  const file = join(dir, `${lang}-${runtime}-${az}-${request ? request.length : 0}.${lang}`);
  writeFileSync(file, PROGRAMS[lang]!(runtime, az));
  let prompt: string | undefined;
  if (request) writeFileSync((prompt = `${file}.PROMPT.md`), request);
  const result = await analyzePath(file, prompt ? { prompt } : {});
  const of = (id: string) => result.findings.filter((f) => f.ruleId === id);
  return { runtime: of('aws/lambda-runtime-deprecated'), az: of('aws/hardcoded-availability-zone') };
}

describe.each(['ts', 'py'])('values the request mandates (%s)', (lang) => {
  test('without a request: the old runtime is high, the literal zone medium', async () => {
    const f = await found(lang, 'nodejs16.x', 'us-east-1a');
    expect(f.runtime.map((x) => x.severity)).toEqual(['high']);
    expect(f.az.map((x) => x.severity)).toEqual(['medium']);
  });

  test('the request asks for that runtime and zone: low, and the message says where the request asks', async () => {
    const f = await found(lang, 'nodejs16.x', 'us-east-1a', REQUEST);
    expect(f.runtime.map((x) => x.severity)).toEqual(['low']);
    expect(f.runtime[0]!.message).toContain('The request asks for `nodejs16.x` (line 5)');
    expect(f.az.map((x) => x.severity)).toEqual(['low']);
    expect(f.az[0]!.message).toContain('(line 6)');
  });

  test('another value than the request names keeps its severity', async () => {
    const f = await found(lang, 'nodejs14.x', 'us-east-1b', REQUEST);
    expect(f.runtime.every((x) => x.severity !== 'low' && !x.message.includes('The request asks'))).toBe(true);
    expect(f.az.map((x) => x.severity)).toEqual(['medium']);
  });

  test('"or newer" does not mandate the old runtime', async () => {
    const f = await found(lang, 'nodejs16.x', 'us-east-1a', LOOSE);
    expect(f.runtime.map((x) => x.severity)).toEqual(['high']);
  });
});
