import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import * as random from '@pulumi/random';
import { v4 as uuidv4 } from 'uuid';

const config = new pulumi.Config();
const environmentSuffix = config.get('environmentSuffix') || 'dev';
const timestamp = Date.now();

// --- bad
new aws.s3.BucketV2('data', {
  bucket: `my-app-data-bucket-${pulumi.getStack().toLowerCase()}-${Date.now()}`, // error: [naming/non-deterministic-name]
});
new aws.sqs.Queue(`jobs-${timestamp}`, { name: `jobs-${timestamp}` }); // error: [naming/non-deterministic-name]
new aws.dynamodb.Table('sessions', {
  name: `sessions-${Math.random().toString(36).substring(7)}`, // error: [naming/non-deterministic-name]
  hashKey: 'id',
  attributes: [{ name: 'id', type: 'S' }],
});
new aws.sns.Topic(`alerts-${uuidv4()}`); // error: [naming/non-deterministic-name]
new aws.cloudwatch.LogGroup('app', { name: `/app/${new Date().toISOString()}` }); // error: [naming/non-deterministic-name]

// --- clean
const suffix = new random.RandomId('suffix', { byteLength: 4 });
new aws.s3.BucketV2('stable', { bucket: pulumi.interpolate`stable-${environmentSuffix}-${suffix.hex}` });
new aws.sqs.Queue(`work-${environmentSuffix}`, { tags: { CreatedAt: new Date().toISOString() } });

// --- unknown
new aws.s3.BucketV2('configurable', { bucket: config.get('bucketName') || `data-${Date.now()}` });
export function makeQueue(name: string) {
  return new aws.sqs.Queue(name, { name });
}
