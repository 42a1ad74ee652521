import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const logs = new aws.s3.Bucket('logs');

// --- bad
new aws.s3.BucketLifecycleConfiguration('logs', {
  bucket: logs.id,
  rules: [
    { id: 'ia-early', status: 'Enabled', filter: { prefix: 'app/' }, transitions: [{ days: 7, storageClass: 'STANDARD_IA' }] }, // error: [aws/s3-lifecycle-rule-invalid]
    { id: 'both', status: 'Enabled', filter: { prefix: 'tmp/', objectSizeGreaterThan: 1024 }, expiration: { days: 7 } }, // error: [aws/s3-lifecycle-rule-invalid]
    {
      id: 'abort', status: 'Enabled', filter: { tag: { key: 'tier', value: 'cold' } },
      abortIncompleteMultipartUpload: { daysAfterInitiation: 7 }, // error: [aws/s3-lifecycle-rule-invalid]
    },
    {
      id: 'markers', status: 'Enabled', filter: {},
      expiration: { days: 30, expiredObjectDeleteMarker: true }, // error: [aws/s3-lifecycle-rule-invalid]
    },
  ],
});
function archive(name: string, days: number) {
  const bucket = new aws.s3.Bucket(name);
  return new aws.s3.BucketLifecycleConfiguration(`${name}-archive`, {
    bucket: bucket.id,
    rules: [{ id: 'noncurrent', status: 'Enabled', filter: {}, noncurrentVersionTransitions: [{ noncurrentDays: days, storageClass: 'ONEZONE_IA' }] }],
  });
}
archive('data', 14); // error: [aws/s3-lifecycle-rule-invalid]

// --- clean
new aws.s3.BucketLifecycleConfiguration('ok', {
  bucket: logs.id,
  rules: [
    { id: 'tiering', status: 'Enabled', filter: { and: { prefix: 'app/', tags: { tier: 'cold' } } }, transitions: [{ days: 30, storageClass: 'STANDARD_IA' }, { days: 90, storageClass: 'GLACIER' }] },
    { id: 'fast', status: 'Enabled', filter: { prefix: 'cache/' }, transitions: [{ days: 1, storageClass: 'GLACIER_IR' }], abortIncompleteMultipartUpload: { daysAfterInitiation: 1 } },
    { id: 'markers', status: 'Enabled', filter: {}, expiration: { expiredObjectDeleteMarker: true } },
  ],
});

// --- unknown
new aws.s3.BucketLifecycleConfiguration('configured', { bucket: logs.id, rules: [{ id: 'c', status: 'Enabled', filter: {}, transitions: [{ days: config.requireNumber('iaDays'), storageClass: 'STANDARD_IA' }] }] });
