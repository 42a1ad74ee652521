import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

// --- bad
const reports = new aws.s3.BucketV2('reports'); // error: [security/encryption-at-rest-not-configured]
for (const env of ['dev', 'prod']) {
  new aws.dynamodb.Table(`orders-${env}`, { billingMode: 'PAY_PER_REQUEST', hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] }); // error: [security/encryption-at-rest-not-configured]
}
new aws.dynamodb.Table('events', {
  billingMode: 'PAY_PER_REQUEST',
  hashKey: 'id',
  attributes: [{ name: 'id', type: 'S' }],
  serverSideEncryption: { enabled: false }, // error: [security/encryption-at-rest-not-configured]
});
new aws.sqs.Queue('jobs', { visibilityTimeoutSeconds: 60 }); // error: [security/encryption-at-rest-not-configured]

// --- clean
const logs = new aws.s3.BucketV2('logs');
new aws.s3.BucketServerSideEncryptionConfigurationV2('logs', { bucket: logs.id, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }] });
const legacy = new aws.s3.Bucket('legacy', { serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms' } } } });
new aws.dynamodb.Table('sessions', { billingMode: 'PAY_PER_REQUEST', hashKey: 'id', attributes: [{ name: 'id', type: 'S' }], serverSideEncryption: { enabled: true } });
new aws.sqs.Queue('managed', { sqsManagedSseEnabled: true });
new aws.sqs.Queue('kms', { kmsMasterKeyId: 'alias/aws/sqs' });

// --- unknown
new aws.dynamodb.Table('configured', { billingMode: 'PAY_PER_REQUEST', hashKey: 'id', attributes: [{ name: 'id', type: 'S' }], serverSideEncryption: config.requireObject('sse') });
new aws.sqs.Queue('spread', { ...config.requireObject<aws.sqs.QueueArgs>('queue') });

export const names = [reports.bucket, logs.bucket, legacy.bucket];
