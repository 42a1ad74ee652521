import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const settings = { bucketName: config.require('bucketName'), queueName: config.require('queueName'), retention: 1209600 };

// --- bad
const bucket = new aws.s3.BucketV2(settings.bucketName, { bucket: settings.bucketName, forceDestroy: settings.retention > 0 }); // error: [code/line-too-long]
new aws.sqs.Queue(settings.queueName, { name: settings.queueName, visibilityTimeoutSeconds: 30, messageRetentionSeconds: settings.retention });

// --- clean
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-actions.html#using-with-s3-actions-related-to-buckets-and-more
new aws.sqs.Queue('events', { name: 'events-queue-for-the-application', visibilityTimeoutSeconds: 30, delaySeconds: 5 });
new aws.ec2.Instance('web', {
  instanceType: 't3.micro',
  ami: config.require('amiId'),
  userData: `#!/bin/bash
/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -c file:/opt/aws/amazon-cloudwatch-agent/etc/config.json -s
`,
});
new aws.sns.Topic(settings.queueName, { displayName: settings.queueName, kmsMasterKeyId: settings.bucketName, fifoTopic: false }); // eslint-disable-line max-len

// --- unknown
// eslint-disable-next-line max-len
new aws.sns.Topic(settings.bucketName, { displayName: settings.bucketName, kmsMasterKeyId: settings.queueName, fifoTopic: false });

export const bucketOutput = bucket.bucket;
