import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const key = new aws.kms.Key('data', { enableKeyRotation: true });
const alias = new aws.kms.Alias('data', { name: 'alias/data', targetKeyId: key.keyId });

// --- bad
new aws.dynamodb.Table('orders', {
  hashKey: 'id',
  attributes: [{ name: 'id', type: 'S' }],
  billingMode: 'PAY_PER_REQUEST',
  serverSideEncryption: { enabled: true, kmsKeyArn: 'alias/aws/dynamodb' }, // error: [security/kms-alias-as-key-arn]
});
new aws.rds.Instance('db', { engine: 'postgres', instanceClass: 'db.t3.micro', allocatedStorage: 20, storageEncrypted: true, kmsKeyId: 'alias/aws/rds' }); // error: [security/kms-alias-as-key-arn]
new aws.ebs.Volume('vol', { availabilityZone: 'us-east-1a', size: 10, encrypted: true, kmsKeyId: alias.name }); // error: [security/kms-alias-as-key-arn]
new aws.cloudwatch.LogGroup('logs', { kmsKeyId: alias.arn }); // error: [security/kms-alias-as-key-arn]

// --- clean
new aws.rds.Cluster('aurora', { engine: 'aurora-postgresql', storageEncrypted: true, kmsKeyId: key.arn });
new aws.secretsmanager.Secret('secret', { kmsKeyId: 'alias/aws/secretsmanager' });
new aws.sns.Topic('topic', { kmsMasterKeyId: 'alias/aws/sns' });
new aws.lambda.Function('fn', { role: 'arn:aws:iam::123456789012:role/r', runtime: 'nodejs20.x', handler: 'index.handler', kmsKeyArn: key.arn });
new aws.ebs.Volume('vol2', { availabilityZone: 'us-east-1a', size: 10, encrypted: true, kmsKeyId: alias.arn });

// --- unknown
new aws.rds.Instance('configured', { engine: 'postgres', instanceClass: 'db.t3.micro', kmsKeyId: config.require('kmsKeyId') });
