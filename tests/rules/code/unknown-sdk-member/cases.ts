import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

// --- bad
const bucket = new aws.s3.BucketV2('data');
pulumi.export('bucketName', bucket.bucket); // error: [code/unknown-sdk-member]

export class Storage extends pulumi.ComponentResource {
  public readonly names: pulumi.Output<string[]>;
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('app:storage:Storage', name, {}, opts);
    const buckets = ['a', 'b'].map((n) => new aws.s3.BucketV2(`${name}-${n}`, {}, { parent: this }));
    this.names = pulumi.Output.all(buckets.map((b) => b.bucket)); // error: [code/unknown-sdk-member]
    const password = new pulumi.random.RandomPassword(`${name}-pw`, { length: 16 }); // error: [code/unknown-sdk-member]
    const childOpts = new pulumi.ResourceOptions({ parent: this }); // error: [code/unknown-sdk-member]
    new aws.sns.Topic(`${name}-topic`, {}, childOpts);
    this.registerOutputs({ names: this.names, password });
  }
}

function tokenFor(n: number) {
  return new pulumi.RandomString(`token-${n}`, { length: n }); // error: [code/unknown-sdk-member]
}
for (const n of [8, 16]) tokenFor(n);
export const lifted = pulumi.Output(bucket.arn); // error: [code/unknown-sdk-member]
pulumi.log('building the bucket'); // error: [code/unknown-sdk-member]

// --- clean
export const url = pulumi.interpolate`s3://${bucket.bucket}`;
export const all = pulumi.all([bucket.arn, bucket.bucket]).apply(([a, b]) => `${a}/${b}`);
export const wrapped = pulumi.Output.create('x');
export const secret = pulumi.secret('s');
export const made = pulumi.output(bucket.arn);
export const policy = pulumi.jsonStringify({ Resource: bucket.arn });
const archive = new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset('exports.handler = async () => 1;') });
pulumi.log.info('building');
export const stack = pulumi.getStack();
export const code = archive;
export function typed(opts?: pulumi.CustomResourceOptions): pulumi.Input<string> | undefined {
  return opts?.id;
}

// --- unknown
pulumi.runtime.setAllConfig({});
export const other = pulumi.dynamic.Resource;
