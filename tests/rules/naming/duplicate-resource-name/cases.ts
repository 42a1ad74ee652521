import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const environmentSuffix = config.get('environmentSuffix') || 'dev';
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });

// --- bad
for (const cidr of ['10.0.1.0/24', '10.0.2.0/24']) {
  new aws.ec2.Subnet(`private-${environmentSuffix}`, { vpcId: vpc.id, cidrBlock: cidr }); // error: [naming/duplicate-resource-name]
}

class PaymentEnvironment extends pulumi.ComponentResource {
  constructor(name: string, suffix: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:payments:PaymentEnvironment', name, {}, opts);
    new aws.kms.Key(`kms-key-${suffix}`, { enableKeyRotation: true }, { parent: this }); // error: [naming/duplicate-resource-name]
    this.registerOutputs({});
  }
}
new PaymentEnvironment('payments-a', environmentSuffix);
new PaymentEnvironment('payments-b', environmentSuffix);

new aws.sns.Topic('alerts', {});
new aws.sns.Topic('alerts', { displayName: 'Alerts' }); // error: [naming/duplicate-resource-name]

// --- clean
for (const [i, cidr] of ['10.0.3.0/24', '10.0.4.0/24'].entries()) {
  new aws.ec2.Subnet(`public-${i}-${environmentSuffix}`, { vpcId: vpc.id, cidrBlock: cidr });
}
class Tenant extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:tenant:Tenant', name, {}, opts);
    new aws.kms.Key(`${name}-key`, { enableKeyRotation: true }, { parent: this });
    this.registerOutputs({});
  }
}
new Tenant('acme');
new Tenant('globex');
// Same name, different type or different parent type: different URNs.
new aws.sqs.Queue('jobs', {});
new aws.sns.Topic('jobs', {});
class Wrapper extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:wrap:Wrapper', name, {}, opts);
    new aws.sqs.Queue('jobs', {}, { parent: this });
    this.registerOutputs({});
  }
}
new Wrapper('wrapper');
// Exclusive branches create one of the two.
if (config.getBoolean('fifo')) {
  new aws.sqs.Queue('events', { fifoQueue: true });
} else {
  new aws.sqs.Queue('events', {});
}

// --- unknown
for (const name of config.requireObject<string[]>('queues')) {
  new aws.sqs.Queue(name, {});
}
