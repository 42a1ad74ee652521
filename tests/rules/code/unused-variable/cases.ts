import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

// --- bad
const key = new aws.kms.Key('key', { enableKeyRotation: true });
const alias = new aws.kms.Alias('alias', { name: 'alias/app', targetKeyId: key.keyId }); // error: [code/unused-variable]
const region = 'us-east-1'; // error: [code/unused-variable]

// --- clean
new aws.kms.Alias('alias2', { name: 'alias/app2', targetKeyId: key.keyId });
const bucket = new aws.s3.BucketV2('b');
export const bucketName = bucket.bucket;
const _ignored = new aws.sns.Topic('t');

// --- unknown
const cfg = new pulumi.Config();
const maybe = cfg.get('x') ? new aws.sqs.Queue('q') : undefined;
export const queue = maybe;
