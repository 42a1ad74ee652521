import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import * as awsx from '@pulumi/awsx';

const config = new pulumi.Config();
const queue = new aws.sqs.Queue('orders');
const topic = new aws.sns.Topic('alerts');

class Storage extends pulumi.ComponentResource {
  public readonly logBucket: aws.s3.BucketV2;
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('acme:storage:Storage', name, {}, opts);
    this.logBucket = new aws.s3.BucketV2(`${name}-logs`, {}, { parent: this });
  }
}
const storage = new Storage('media');

// --- bad
const queueLabel = queue.name.toLowerCase(); // error: [code/output-method-call]
const topicAccount = topic.arn.split(':')[4]; // error: [code/output-method-call]
const logPrefix = storage.logBucket.bucket.replace(/-/g, '_'); // error: [code/output-method-call]
const apiToken = config.requireSecret('apiToken');
const tokenHint = apiToken.substring(0, 4); // error: [code/output-method-call]
const upper = pulumi.interpolate`${queue.name}-dlq`.toUpperCase(); // error: [code/output-method-call]
for (const env of ['dev', 'prod']) {
  new aws.ssm.Parameter(`queue-url-${env}`, {
    type: 'String',
    value: queue.url.trim(), // error: [code/output-method-call]
  });
}
function describeTopic(t: aws.sns.Topic): pulumi.Output<string> {
  return t.name.concat('-description'); // error: [code/output-method-call]
}
export const described = describeTopic(topic);

// --- clean
const queueLabelOk = queue.name.apply((n) => n.toLowerCase());
const topicAccountOk = topic.arn.apply((a) => a.split(':')[4]);
const nameLength = queue.name.length;
const hint = apiToken.apply((t) => t.substring(0, 4));
const secretFlag = apiToken.isSecret;
const stage = pulumi.getStack().toUpperCase();
const plain = config.require('prefix').toLowerCase();
const vpc = new awsx.ec2.Vpc('net', {});
const shared = new pulumi.StackReference('acme/shared/prod');
export const sharedVpc = shared.getOutputValue('vpcId');
export const sharedSubnets = shared.requireOutput('subnetIds');
const identity = aws.getCallerIdentity().then((id) => id.accountId.slice(0, 4));
// The SDK's event mixins are methods of the resource object itself, not of an Output.
const uploads = new aws.s3.Bucket('uploads');
const onUpload = new aws.lambda.Function('on-upload', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::111122223333:role/fn', code: new pulumi.asset.FileArchive('./fn') });
uploads.onObjectCreated('created', onUpload);
export const outputs = { queueLabelOk, topicAccountOk, nameLength, hint, secretFlag, stage, plain, vpcId: vpc.vpcId, identity, queueLabel, topicAccount, logPrefix, tokenHint, upper };

// --- unknown
export function suffixed(value: pulumi.Input<string>, other: any) {
  return [String(value).toLowerCase(), other.name.toUpperCase()];
}
