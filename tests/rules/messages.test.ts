// Messages that must describe the case they are given, not the rule's usual one.
import { describe, expect, it } from 'vitest';
import { analyzeInput, prepare } from '../../src/pipeline.js';
import { programOf } from '../helpers/program.js';

async function messages(files: Record<string, string>, ruleId: string): Promise<string[]> {
  await prepare();
  return analyzeInput(programOf(files, Object.keys(files)[0])).findings.filter((f) => f.ruleId === ruleId).map((f) => f.message);
}

describe('messages', () => {
  it('a password generated at run time is in the state in clear text only where the provider does not keep it secret', async () => {
    const ts = `import * as aws from '@pulumi/aws';
const secret = new aws.secretsmanager.Secret('db');
new aws.secretsmanager.SecretVersion('db-v1', { secretId: secret.id, secretString: Math.random().toString(36).slice(2) });
new aws.lambda.Function('fn', { role: 'arn:aws:iam::123456789012:role/r', runtime: 'nodejs22.x', handler: 'index.handler', environment: { variables: { DB_PASSWORD: Math.random().toString(36).slice(2) } } });
`;
    const [stored, plain] = await messages({ 'index.ts': ts }, 'security/hardcoded-secret');
    expect(stored).toContain('`secretString`');
    expect(stored).not.toContain('clear text');
    expect(plain).toContain('clear text');
    const py = `import json
import random
import string
import pulumi_aws as aws
password = "".join(random.choices(string.ascii_letters, k=24))
secret = aws.secretsmanager.Secret("db")
aws.secretsmanager.SecretVersion("db-v1", secret_id=secret.id, secret_string=json.dumps({"password": password}))
`;
    const [pyStored] = await messages({ '__main__.py': py }, 'security/hardcoded-secret');
    expect(pyStored).toContain('`secretString.password`');
    expect(pyStored).not.toContain('clear text');
  });

  it('an invented resource class is matched to the module\'s class with the most telling words in common', async () => {
    const ts = `import * as aws from '@pulumi/aws';
const bucket = new aws.s3.BucketV2('data');
new (aws.s3 as any).BucketReplicationConfigurationV2('replication', { bucket: bucket.id, role: 'arn:aws:iam::123456789012:role/r', rules: [] });
`;
    const [tsMessage] = await messages({ 'index.ts': ts }, 'aws/unknown-resource-type');
    expect(tsMessage).toContain('Did you mean `aws.s3.BucketReplicationConfig`?');
    const py = `import pulumi_aws as aws
bucket = aws.s3.BucketV2("data")
aws.s3.BucketReplication("replication", bucket=bucket.id, role="arn:aws:iam::123456789012:role/r", rules=[])
`;
    const [pyMessage] = await messages({ '__main__.py': py }, 'aws/unknown-resource-type');
    expect(pyMessage).toContain('BucketReplicationConfig`');
  });
});

