import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const bucket = new aws.s3.BucketV2('data');
const table = new aws.dynamodb.Table('t', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] });

// --- bad
async function parameters() {
  const name = await bucket.bucket; // error: [pulumi/await-output]
  const arn = await table.arn; // error: [pulumi/await-output]
  new aws.ssm.Parameter('bucket-name', { type: 'String', value: name });
  new aws.ssm.Parameter('table-arn', { type: 'String', value: arn });
}
parameters();

// --- clean
async function lookups() {
  const identity = await aws.getCallerIdentity();
  const region = await aws.getRegion();
  new aws.ssm.Parameter('account', { type: 'String', value: identity.accountId, description: region.name });
}
lookups();
new aws.ssm.Parameter('bucket-name-2', { type: 'String', value: bucket.bucket.apply((b) => b.toUpperCase()) });

// --- unknown
export async function fromArgs(input: pulumi.Input<string>) {
  const v = await input;
  return v;
}
