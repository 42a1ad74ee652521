import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/replication';

// --- bad
const source = new aws.s3.BucketV2('source');
const replica = new aws.s3.BucketV2('replica');
new aws.s3.BucketVersioningV2('source-versioning', { bucket: source.id, versioningConfiguration: { status: 'Enabled' } });
new aws.s3.BucketReplicationConfig('replication', {
  bucket: source.id,
  role,
  rules: [{ id: 'all', status: 'Enabled', destination: { bucket: replica.arn } }], // error: [lifecycle/versioning-disabled]
});

const archive = new aws.s3.BucketV2('archive');
new aws.s3.BucketVersioningV2('archive-versioning', {
  bucket: archive.id,
  versioningConfiguration: { status: 'Suspended' }, // error: [lifecycle/versioning-disabled]
});

new aws.s3.Bucket('legacy', {
  versioning: { enabled: false }, // error: [lifecycle/versioning-disabled]
});

const logs = new aws.s3.BucketV2('logs');
new aws.s3.BucketLifecycleConfigurationV2('logs-lifecycle', {
  bucket: logs.id,
  rules: [{
    id: 'archive',
    status: 'Enabled',
    transitions: [{ days: 90, storageClass: 'GLACIER' }],
    expiration: { days: 30 }, // error: [lifecycle/versioning-disabled]
  }],
});

const drCopy = new aws.s3.Bucket('dr-copy');
new aws.s3.Bucket('inline-source', {
  versioning: { enabled: true },
  replicationConfiguration: {
    role,
    rules: [{ status: 'Enabled', destination: { bucket: drCopy.arn } }], // error: [lifecycle/versioning-disabled]
  },
});
const unversionedSource = new aws.s3.BucketV2('unversioned-source');
const versionedTarget = new aws.s3.Bucket('versioned-target', { versioning: { enabled: true } });
new aws.s3.BucketReplicationConfig('from-unversioned', {
  bucket: unversionedSource.id, // error: [lifecycle/versioning-disabled]
  role,
  rules: [{ id: 'all', status: 'Enabled', destination: { bucket: versionedTarget.arn } }],
});

// --- clean
const a = new aws.s3.BucketV2('a');
const b = new aws.s3.BucketV2('b', { bucket: 'replica-b' });
const va = new aws.s3.BucketVersioningV2('a-versioning', { bucket: a.id, versioningConfiguration: { status: 'Enabled' } });
const vb = new aws.s3.BucketVersioningV2('b-versioning', { bucket: 'replica-b', versioningConfiguration: { status: 'Enabled' } });
new aws.s3.BucketReplicationConfig('a-to-b', {
  bucket: a.id,
  role,
  rules: [{ id: 'all', status: 'Enabled', destination: { bucket: 'arn:aws:s3:::replica-b' } }],
}, { dependsOn: [va, vb] });
new aws.s3.BucketLifecycleConfigurationV2('a-lifecycle', {
  bucket: a.id,
  rules: [{
    id: 'tiering',
    status: 'Enabled',
    transitions: [{ days: 30, storageClass: 'STANDARD_IA' }, { days: 90, storageClass: 'GLACIER' }],
    expiration: { days: 365 },
    noncurrentVersionExpiration: { noncurrentDays: 60 },
    noncurrentVersionTransitions: [{ noncurrentDays: 30, storageClass: 'GLACIER' }],
  }],
});
new aws.s3.Bucket('versioned', { versioning: { enabled: true } });
new aws.s3.BucketReplicationConfig('external', {
  bucket: a.id,
  role,
  rules: [{ id: 'x', status: 'Enabled', destination: { bucket: 'arn:aws:s3:::other-account-bucket' } }],
});

const inlineTarget = new aws.s3.Bucket('inline-target', { versioning: { enabled: true } });
new aws.s3.Bucket('inline-versioned-source', {
  versioning: { enabled: true },
  replicationConfiguration: { role, rules: [{ status: 'Enabled', destination: { bucket: inlineTarget.arn } }] },
});

// --- unknown
const c = new aws.s3.BucketV2('c');
new aws.s3.BucketVersioningV2('c-versioning', { bucket: c.id, versioningConfiguration: { status: config.require('versioning') } });
new aws.s3.BucketReplicationConfig('c-replication', {
  bucket: a.id,
  role,
  rules: [{ id: 'all', status: 'Enabled', destination: { bucket: c.arn } }, { id: 'dr', status: 'Enabled', destination: { bucket: config.require('drBucketArn') } }],
});
const maybeVersioned = new aws.s3.Bucket('maybe-versioned', { versioning: { enabled: config.requireBoolean('versioned') } });
new aws.s3.Bucket('inline-unknown-target', {
  versioning: { enabled: true },
  replicationConfiguration: { role, rules: [{ status: 'Enabled', destination: { bucket: maybeVersioned.arn } }] },
});
