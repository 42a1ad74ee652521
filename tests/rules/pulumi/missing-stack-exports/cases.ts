import * as aws from '@pulumi/aws'; // error: [pulumi/missing-stack-exports]
import * as pulumi from '@pulumi/pulumi';

// The entry point exports nothing although TapStack registers outputs.

// --- bad
class Monitoring extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:monitoring:Monitoring', name, {}, opts); // error: [pulumi/missing-stack-exports]
    new aws.sns.Topic(`${name}-alerts`, {}, { parent: this });
  }
}

// --- clean
class TapStack extends pulumi.ComponentResource {
  public readonly bucketName: pulumi.Output<string>;
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:stack:TapStack', name, {}, opts);
    this.bucketName = new aws.s3.BucketV2(`${name}-data`, {}, { parent: this }).bucket;
    new Monitoring(`${name}-monitoring`, { parent: this });
    this.registerOutputs({ bucketName: this.bucketName });
  }
}

// --- unknown
class Optional extends pulumi.ComponentResource {
  constructor(name: string, args: { register: boolean }, opts?: pulumi.ComponentResourceOptions) {
    super('tap:optional:Optional', name, {}, opts);
    if (args.register) this.registerOutputs({});
  }
}

new TapStack('tap');
