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

// --- bad
// Six children without a parent: one finding, at the first of them.
class TapStack extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:stack:TapStack', name, {}, opts);
    const key = new aws.kms.Key(`${name}-key`, { enableKeyRotation: true }); // error: [pulumi/component-child-without-parent]
    new aws.kms.Alias(`${name}-alias`, { name: `alias/${name}`, targetKeyId: key.keyId }, { dependsOn: [key] });
    const east = new aws.Provider(`${name}-east`, { region: 'us-east-1' });
    new Network(`${name}-network`);
    this.createQueue(name);
    new aws.s3.BucketV2(`${name}-logs`, {}, { parent: this, provider: east });
    new Network(`${name}-network2`, { parent: this });
    new aws.sns.Topic(`${name}-topic`, {}, opts);
    this.registerOutputs({});
  }

  private createQueue(name: string) {
    return new aws.sqs.Queue(`${name}-queue`);
  }
}

// A nested component without a parent is reported at its construction.
class Monitoring extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:monitoring:Monitoring', name, {}, opts);
    new aws.sns.Topic(`${name}-alerts`, {}, { parent: this });
    new Network(`${name}-network`); // error: [pulumi/component-child-without-parent]
    this.registerOutputs({});
  }
}

// --- clean
class Storage extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:storage:Storage', name, {}, opts);
    const bucket = new aws.s3.BucketV2(`${name}-data`, {}, { parent: this });
    new aws.s3.BucketVersioningV2(`${name}-versioning`, { bucket: bucket.id, versioningConfiguration: { status: 'Enabled' } }, { parent: bucket });
    this.registerOutputs({});
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
new Monitoring('monitoring');
new Storage('storage');
new aws.s3.BucketV2('top-level');
