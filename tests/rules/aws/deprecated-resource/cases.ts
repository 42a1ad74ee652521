import * as aws from '@pulumi/aws';

// --- bad
const logs = new aws.s3.BucketV2('logs', { forceDestroy: true }); // error: [aws/deprecated-resource]
new aws.s3.BucketVersioningV2('logs-versioning', { // error: [aws/deprecated-resource]
  bucket: logs.id,
  versioningConfiguration: { status: 'Enabled' },
});
new aws.simpledb.Domain('legacy-store', {}); // error: [aws/deprecated-resource]

// --- clean
const data = new aws.s3.Bucket('data', { forceDestroy: true });
new aws.s3.BucketVersioning('data-versioning', {
  bucket: data.id,
  versioningConfiguration: { status: 'Enabled' },
});

// --- unknown
export function bucketOf(ctor: typeof aws.s3.Bucket) {
  return new ctor('dynamic', {});
}
