import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const env = config.get('env') ?? 'dev';
const bucket = new aws.s3.BucketV2('data', { bucket: `data-${env}` });
const shared = new pulumi.StackReference('org/shared/prod');

// --- bad
export const label = bucket.bucket === 'data-prod' ? 'production' : 'other'; // error: [pulumi/output-compared]
if (shared.getOutput('tier') !== 'premium') { // error: [pulumi/output-compared]
  new aws.sqs.Queue('standard');
}
function sizeFor(table: aws.dynamodb.Table) {
  return (table.readCapacity as any) > 100 ? 'large' : 'small'; // error: [pulumi/output-compared]
}
export const size = sizeFor(new aws.dynamodb.Table('t', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }], readCapacity: 5, writeCapacity: 5, billingMode: 'PROVISIONED' }));

// --- clean
export const isProd = env === 'prod';
export const labelLater = bucket.bucket.apply((b) => (b === 'data-prod' ? 'production' : 'other'));
const maybeKey = config.getSecret('kmsKey');
if (maybeKey !== undefined) new aws.sqs.Queue('encrypted', { kmsMasterKeyId: maybeKey });

// --- unknown
const tier = config.get('tier');
if (tier === 'premium') new aws.sqs.Queue('premium');
