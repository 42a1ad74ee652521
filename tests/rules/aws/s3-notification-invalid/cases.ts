import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/lambda';
const fn = new aws.lambda.Function('thumbs', { runtime: 'nodejs22.x', handler: 'index.handler', role, code: new pulumi.asset.FileArchive('./app') });
const queue = new aws.sqs.Queue('audit');

// --- bad
const uploads = new aws.s3.BucketV2('uploads');
new aws.s3.BucketNotification('uploads', {
  bucket: uploads.id,
  lambdaFunctions: [{ lambdaFunctionArn: fn.arn, events: ['s3:ObjectCreated'] }], // error: [aws/s3-notification-invalid]
});
new aws.s3.BucketNotification('uploads-audit', { bucket: uploads.id, queues: [{ queueArn: queue.arn, events: ['s3:ObjectUploaded'] }] }); // error: [aws/s3-notification-invalid]

// --- clean
const media = new aws.s3.BucketV2('media');
new aws.s3.BucketNotification('media', {
  bucket: media.id,
  lambdaFunctions: [{ lambdaFunctionArn: fn.arn, events: ['s3:ObjectCreated:*'], filterPrefix: 'in/' }],
  queues: [{ queueArn: queue.arn, events: ['s3:ObjectRemoved:Delete', 's3:ObjectRestore:Completed'] }],
});
for (const name of ['logs', 'exports']) {
  const b = new aws.s3.BucketV2(name);
  new aws.s3.BucketNotification(name, { bucket: b.id, queues: [{ queueArn: queue.arn, events: ['s3:ObjectCreated:Put'] }] });
}

// --- unknown
const other = new aws.s3.BucketV2('other');
new aws.s3.BucketNotification('other', { bucket: other.id, queues: [{ queueArn: queue.arn, events: [config.require('event')] }] });
new aws.s3.BucketNotification('external', { bucket: config.require('bucket'), queues: [{ queueArn: queue.arn, events: ['s3:ObjectCreated:*'] }] });
new aws.s3.BucketNotification('external-2', { bucket: config.require('bucket'), queues: [{ queueArn: queue.arn, events: ['s3:ObjectRemoved:*'] }] });
if (config.getBoolean('audit')) {
  new aws.s3.BucketNotification('other-audit', { bucket: other.id, queues: [{ queueArn: queue.arn, events: ['s3:ObjectRemoved:*'] }] });
}

export const bucketName = uploads.bucket;
