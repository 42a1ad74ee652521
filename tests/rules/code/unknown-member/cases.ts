import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

class Storage extends pulumi.ComponentResource {
  public readonly bucket: aws.s3.BucketV2;
  public readonly arn!: pulumi.Output<string>;
  constructor(name: string, private readonly prefix: string) {
    super('app:storage:Storage', name, {});
    this.bucket = new aws.s3.BucketV2(`${prefix}-${name}`, {}, { parent: this });
    this.createPolicies(); // error: [code/unknown-member]
    this.registerOutputs({ bucket: this.bucket.bucket });
  }
  get label() {
    return this.prefix;
  }
}

class Queues extends pulumi.ComponentResource {
  public urls: pulumi.Output<string>[] = [];
  constructor(name: string, count: number) {
    super('app:queues:Queues', name, {});
    for (let i = 0; i < count; i++) this.urls.push(new aws.sqs.Queue(`${name}-${i}`, {}, { parent: this }).url);
    if (count > 5) this.dlqUrl = new aws.sqs.Queue(`${name}-dlq`, {}, { parent: this }).url;
  }
  dlqUrl?: pulumi.Output<string>;
}

// --- bad
const storage = new Storage('data', 'app');
export const bucketName = storage.bucketName; // error: [code/unknown-member]
const queues = new Queues('jobs', 2);
export const dlqArn = queues.dlqArn; // error: [code/unknown-member]

// --- clean
export const bucket = storage.bucket.bucket;
export const label = storage.label;
export const arn = storage.arn;
export const urls = queues.urls;
export const dlq = queues.dlqUrl;
export const urn = storage.urn;

// --- unknown
class Dynamic {
  constructor(values: Record<string, string>) {
    Object.assign(this, values);
  }
}
export const fromValues = (new Dynamic({ a: 'b' }) as unknown as Record<string, string>).a;
