import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const region = config.get('region') || 'us-west-2';
const provider = new aws.Provider('regional', { region, defaultTags: { tags: { Project: 'tap' } } });

class Storage extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:storage:Storage', name, {}, opts);
    new aws.s3.BucketV2(`${name}-data`, {}, { parent: this });
    new aws.sqs.Queue(`${name}-events`); // error: [pulumi/provider-not-propagated]
    this.registerOutputs({});
  }
}

// --- bad
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' }, { provider });
new aws.ec2.Subnet('subnet', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24' }); // error: [pulumi/provider-not-propagated]

// --- clean
['a', 'b', 'c', 'd'].forEach((az, i) => {
  new aws.ec2.Subnet(`private-${az}`, { vpcId: vpc.id, cidrBlock: `10.0.${i + 10}.0/24` }, { provider });
});
new aws.ec2.InternetGateway('igw', { vpcId: vpc.id }, { provider });
new Storage('storage', { providers: [provider] });
new aws.iam.Role('role', { assumeRolePolicy: '{}' });
const child = new aws.sns.Topic('topic', {}, { provider });
new aws.sns.TopicPolicy('topic-policy', { arn: child.arn, policy: '{}' }, { parent: child });

// --- unknown
export function queueIn(name: string, opts: pulumi.CustomResourceOptions) {
  return new aws.sqs.Queue(name, {}, opts);
}
