import { req, type Fixture } from '../helpers.js';

export const fixtures: Fixture[] = [
  {
    name: 'versioning',
    req: req('versioning', { all: true }, 'All S3 buckets must have versioning enabled'),
    ts: {
      pass: `const b = new aws.s3.BucketV2('b');\nnew aws.s3.BucketVersioningV2('v', { bucket: b.id, versioningConfiguration: { status: 'Enabled' } });`,
      fail: `const b = new aws.s3.BucketV2('b');\nnew aws.s3.BucketV2('logs');\nnew aws.s3.BucketVersioningV2('v', { bucket: b.id, versioningConfiguration: { status: 'Enabled' } });`,
      unknown: `const b = new aws.s3.BucketV2('b');\nnew aws.s3.BucketVersioningV2('v', { bucket: b.id, versioningConfiguration: { status: config.require('status') } });`,
    },
    py: {
      pass: `aws.s3.Bucket("b", versioning={"enabled": True})`,
      fail: `aws.s3.Bucket("b", versioning={"enabled": False})`,
      unknown: `aws.s3.Bucket("b", versioning={"enabled": config.require_bool("v")})`,
    },
  },
  {
    name: 'lifecycle',
    req: req('lifecycle', { days: 90, action: 'transition', storageClass: 'GLACIER' }, 'lifecycle policies to transition objects to Glacier after 90 days'),
    ts: {
      pass: `const b = new aws.s3.BucketV2('b');\nnew aws.s3.BucketLifecycleConfigurationV2('l', { bucket: b.id, rules: [{ id: 'archive', status: 'Enabled', transitions: [{ days: 90, storageClass: 'GLACIER' }] }] });`,
      fail: `const b = new aws.s3.BucketV2('b');\nnew aws.s3.BucketLifecycleConfigurationV2('l', { bucket: b.id, rules: [{ id: 'archive', status: 'Enabled', transitions: [{ days: 30, storageClass: 'GLACIER' }] }] });`,
      unknown: `const b = new aws.s3.BucketV2('b');\nnew aws.s3.BucketLifecycleConfigurationV2('l', { bucket: b.id, rules: [{ id: 'archive', status: 'Enabled', transitions: [{ days: config.requireNumber('days'), storageClass: 'GLACIER' }] }] });`,
    },
    py: {
      pass: `aws.s3.Bucket("b", lifecycle_rules=[{"enabled": True, "transitions": [{"days": 90, "storage_class": "GLACIER"}]}])`,
      fail: `aws.s3.Bucket("b")`,
      unknown: `aws.s3.Bucket("b", lifecycle_rules=[{"enabled": True, "transitions": [{"days": config.require_int("days"), "storage_class": "GLACIER"}]}])`,
    },
  },
];
