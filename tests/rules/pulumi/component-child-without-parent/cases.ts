import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

class Network extends pulumi.ComponentResource {
  public readonly vpcId: pulumi.Output<string>;
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:network:Network', name, {}, opts);
    const vpc = new aws.ec2.Vpc(`${name}-vpc`, { cidrBlock: '10.0.0.0/16' }, { parent: this });
    this.vpcId = vpc.id;
    this.registerOutputs({ vpcId: this.vpcId });
  }
}

class TapStack extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:stack:TapStack', name, {}, opts);
    // --- bad
    const key = new aws.kms.Key(`${name}-key`, { enableKeyRotation: true }); // error: [pulumi/component-child-without-parent]
    new aws.kms.Alias(`${name}-alias`, { name: `alias/${name}`, targetKeyId: key.keyId }, { dependsOn: [key] }); // error: [pulumi/component-child-without-parent]
    const east = new aws.Provider(`${name}-east`, { region: 'us-east-1' }); // error: [pulumi/component-child-without-parent]
    new Network(`${name}-network`); // error: [pulumi/component-child-without-parent]
    this.createQueue(name);

    // --- clean
    new aws.s3.BucketV2(`${name}-logs`, {}, { parent: this, provider: east });
    new Network(`${name}-network2`, { parent: this });

    new aws.sns.Topic(`${name}-topic`, {}, opts); // error: [pulumi/component-child-without-parent]
    this.registerOutputs({});
  }

  private createQueue(name: string) {
    return new aws.sqs.Queue(`${name}-queue`); // error: [pulumi/component-child-without-parent]
  }
}

// --- unknown
class Reusable extends pulumi.ComponentResource {
  constructor(name: string, childOpts: pulumi.CustomResourceOptions, opts?: pulumi.ComponentResourceOptions) {
    super('tap:reusable:Reusable', name, {}, opts);
    new aws.sns.Topic(`${name}-topic`, {}, childOpts);
    new aws.sns.Topic(`${name}-topic2`, {}, { ...childOpts, protect: false });
  }
}

new TapStack('tap');
new aws.s3.BucketV2('top-level');
