// Messages that must describe the case they are given, not the rule's usual one.
import { describe, expect, it } from 'vitest';
import { analyzeInput, prepare } from '../../src/pipeline.js';
import { programOf } from '../helpers/program.js';

async function messages(files: Record<string, string>, ruleId: string): Promise<string[]> {
  await prepare();
  return analyzeInput(programOf(files, Object.keys(files)[0])).findings.filter((f) => f.ruleId === ruleId).map((f) => f.message);
}

describe('messages', () => {
  it('a resource whose logical name is partly known is named by its known parts, not by its type', async () => {
    const ts = `import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
const env = new pulumi.Config().require('env');
new aws.s3.BucketV2(\`logs-\${env}\`, {});
`;
    const [tsMessage] = await messages({ 'index.ts': ts }, 'security/encryption-at-rest-not-configured');
    expect(tsMessage).toContain('Bucket `logs-…`');
    const py = `import pulumi
import pulumi_aws as aws
env = pulumi.Config().require("env")
aws.s3.BucketV2(f"logs-{env}")
`;
    const [pyMessage] = await messages({ '__main__.py': py }, 'security/encryption-at-rest-not-configured');
    expect(pyMessage).toContain('Bucket `logs-…`');
  });

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

  it('an encrypted global database\'s cross-region member without a key: `storageEncrypted` is said unset only when it is', async () => {
    const ts = (secondary: string) => `import * as aws from '@pulumi/aws';
const east = new aws.Provider('east', { region: 'us-east-1' });
const west = new aws.Provider('west', { region: 'us-west-2' });
const gc = new aws.rds.GlobalCluster('gc', { globalClusterIdentifier: 'gc', engine: 'aurora-postgresql', storageEncrypted: true }, { provider: east });
new aws.rds.Cluster('primary', { engine: 'aurora-postgresql', globalClusterIdentifier: gc.id, storageEncrypted: true }, { provider: east });
new aws.rds.Cluster('secondary', { engine: 'aurora-postgresql', globalClusterIdentifier: gc.id${secondary} }, { provider: west });
`;
    const [set] = await messages({ 'index.ts': ts(', storageEncrypted: true') }, 'security/encryption-at-rest-disabled');
    expect(set).toContain('names no `kmsKeyId`:');
    expect(set).not.toContain('does not set `storageEncrypted');
    const [unset] = await messages({ 'index.ts': ts('') }, 'security/encryption-at-rest-disabled');
    expect(unset).toContain('does not set `storageEncrypted: true`');
    const py = `import pulumi
import pulumi_aws as aws
east = aws.Provider("east", region="us-east-1")
west = aws.Provider("west", region="us-west-2")
gc = aws.rds.GlobalCluster("gc", global_cluster_identifier="gc", engine="aurora-postgresql", storage_encrypted=True, opts=pulumi.ResourceOptions(provider=east))
aws.rds.Cluster("primary", engine="aurora-postgresql", global_cluster_identifier=gc.id, storage_encrypted=True, opts=pulumi.ResourceOptions(provider=east))
aws.rds.Cluster("secondary", engine="aurora-postgresql", global_cluster_identifier=gc.id, storage_encrypted=True, opts=pulumi.ResourceOptions(provider=west))
`;
    const [pySet] = await messages({ '__main__.py': py }, 'security/encryption-at-rest-disabled');
    expect(pySet).toContain('set `kmsKeyId` to it');
    expect(pySet).not.toContain('does not set `storageEncrypted');
  });
});

