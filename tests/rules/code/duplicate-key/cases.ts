import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const commonTags = { Project: 'tap', Team: 'platform' };

// --- bad
const bucket = new aws.s3.BucketV2('data', {
  forceDestroy: true,
  tags: { ...commonTags, Name: 'data' },
  forceDestroy: false, // error: [code/duplicate-key]
});
new aws.iam.Policy('read', {
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Effect: 'Deny' }], // error: [code/duplicate-key]
  }),
});
new aws.sqs.Queue('jobs', { tags: { 'Name': 'jobs', Name: 'jobs-queue' } }); // error: [code/duplicate-key]

// --- clean
new aws.s3.BucketV2('logs', { tags: { ...commonTags, Team: 'logging' } });
new aws.sqs.Queue('events', { tags: { ...commonTags, Name: 'events' }, visibilityTimeoutSeconds: 30 });

// --- unknown
const dynamicKey = config.require('tagKey');
new aws.sns.Topic('alerts', { tags: { [dynamicKey]: 'x', Name: 'alerts' } });

export const bucketName = bucket.bucket;
