import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import * as random from '@pulumi/random';

const config = new pulumi.Config();
const environmentSuffix = config.get('environmentSuffix') || 'dev';
const stage = process.env.STAGE;

// --- bad
new aws.s3.BucketV2('artifacts', { bucket: 'pipeline-artifacts' }); // error: [naming/non-unique-bucket-name]
new aws.s3.BucketV2('api-logs', {
  bucket: `api-logs-${environmentSuffix}`, // error: [naming/non-unique-bucket-name]
});
new aws.s3.Bucket('reports', { bucket: pulumi.interpolate`reports-${stage}` }); // error: [naming/non-unique-bucket-name]
for (const region of ['us-east-1', 'eu-west-1']) {
  new aws.s3.BucketV2(`replica-${region}`, { bucket: `data-replica-${region}` }); // error: [naming/non-unique-bucket-name]
}
new aws.s3.BucketV2('state', { bucket: `state-${pulumi.getStack()}` }); // error: [naming/non-unique-bucket-name]
const appName = config.get('appName') || 'web-app';
new aws.s3.BucketV2('app-logs', { bucket: `${appName}-logs` }); // error: [naming/non-unique-bucket-name]
class Storage extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:storage:Storage', name, {}, opts);
    new aws.s3.BucketV2(`${name}-assets`, { bucket: `${pulumi.getProject()}-${pulumi.getStack()}-assets`.toLowerCase() }, { parent: this }); // error: [naming/non-unique-bucket-name]
  }
}
new Storage('storage');

// --- clean
const identity = aws.getCallerIdentityOutput();
const region = aws.getRegionOutput();
new aws.s3.BucketV2('audit', { bucket: pulumi.interpolate`audit-${environmentSuffix}-${identity.accountId}-${region.name}` });
const unique = new random.RandomId('unique', { byteLength: 4 });
new aws.s3.BucketV2('uploads', { bucket: pulumi.interpolate`uploads-${unique.hex}` });
new aws.s3.BucketV2('auto-named');
new aws.s3.BucketV2('prefixed', { bucketPrefix: `logs-${environmentSuffix}-` });

// --- unknown
new aws.s3.BucketV2('configured', { bucket: config.require('bucketName') });
export function makeBucket(name: string, owner: string) {
  return new aws.s3.BucketV2(name, { bucket: `${name}-${owner}` });
}
