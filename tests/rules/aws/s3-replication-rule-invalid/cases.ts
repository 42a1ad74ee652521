import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = config.require('replicationRoleArn');
const source = new aws.s3.Bucket('source');
const replica = new aws.s3.Bucket('replica');
const rtc = { replicationTime: { status: 'Enabled', time: { minutes: 15 } }, metrics: { status: 'Enabled', eventThreshold: { minutes: 15 } } };

// --- bad
new aws.s3.BucketReplicationConfig('legacy-rtc', {
  bucket: source.id, role,
  rules: [{ id: 'all', status: 'Enabled', destination: { bucket: replica.arn, ...rtc } }], // error: [aws/s3-replication-rule-invalid]
});
new aws.s3.BucketReplicationConfig('no-delete-marker', {
  bucket: source.id, role,
  rules: [{
    id: 'logs', status: 'Enabled', priority: 1,
    filter: { prefix: 'logs/' }, // error: [aws/s3-replication-rule-invalid]
    destination: { bucket: replica.arn },
  }],
});
new aws.s3.BucketReplicationConfig('rtc-without-metrics', {
  bucket: source.id, role,
  rules: [{
    id: 'all', status: 'Enabled', priority: 1, filter: {}, deleteMarkerReplication: { status: 'Disabled' },
    destination: { bucket: replica.arn, replicationTime: { status: 'Enabled', time: { minutes: 15 } } }, // error: [aws/s3-replication-rule-invalid]
  }],
});
new aws.s3.BucketReplicationConfig('by-name', {
  bucket: source.id, role,
  rules: [{ id: 'all', status: 'Enabled', priority: 1, filter: {}, deleteMarkerReplication: { status: 'Enabled' },
    destination: { bucket: replica.bucket } }], // error: [aws/s3-replication-rule-invalid]
});

// --- clean
new aws.s3.BucketReplicationConfig('v2', {
  bucket: source.id, role,
  rules: [
    { id: 'logs', status: 'Enabled', priority: 1, filter: { prefix: 'logs/' }, deleteMarkerReplication: { status: 'Enabled' }, destination: { bucket: replica.arn, ...rtc } },
    { id: 'data', status: 'Enabled', priority: 2, filter: { and: { prefix: 'data/', tags: { replicate: 'yes' } } }, deleteMarkerReplication: { status: 'Disabled' }, destination: { bucket: replica.arn } },
  ],
});
new aws.s3.BucketReplicationConfig('v1', { bucket: source.id, role, rules: [{ id: 'all', status: 'Enabled', prefix: '', destination: { bucket: replica.arn } }] });

// --- unknown
new aws.s3.BucketReplicationConfig('configured', { bucket: source.id, role, rules: config.requireObject<aws.types.input.s3.BucketReplicationConfigRule[]>('rules') });
new aws.s3.BucketReplicationConfig('dest', { bucket: source.id, role, rules: [{ id: 'all', status: 'Enabled', prefix: '', destination: { bucket: config.require('replicaArn') } }] });
