import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpc = new aws.ec2.Vpc('core', { cidrBlock: '10.40.0.0/16' });
const subnets = ['a', 'b'].map((az, i) => new aws.ec2.Subnet(`app-${az}`, { vpcId: vpc.id, cidrBlock: `10.40.${i}.0/24` }));

export interface CacheArgs {
  vpcId: string;
  subnetIds: string[];
  nodeCount: number;
  engineVersion?: string;
}

type AlarmArgs = {
  topicArn: string;
  threshold: number;
};

interface TypedArgs {
  vpcId: pulumi.Input<string>;
  subnetIds: pulumi.Input<string>[];
  label: string;
}

class Cache extends pulumi.ComponentResource {
  constructor(name: string, args: CacheArgs, opts?: pulumi.ComponentResourceOptions) {
    super('acme:cache:Cache', name, {}, opts);
    const group = new aws.elasticache.SubnetGroup(`${name}-subnets`, { subnetIds: args.subnetIds }, { parent: this });
    new aws.ec2.SecurityGroup(`${name}-sg`, { vpcId: args.vpcId, tags: { Group: group.name } }, { parent: this });
  }
}

function alarm(name: string, args: AlarmArgs) {
  return new aws.cloudwatch.MetricAlarm(name, {
    comparisonOperator: 'GreaterThanThreshold',
    evaluationPeriods: 1,
    metricName: 'CPUUtilization',
    namespace: 'AWS/ElastiCache',
    period: 300,
    statistic: 'Average',
    threshold: args.threshold,
    alarmActions: [args.topicArn],
  });
}

function typed(name: string, args: TypedArgs) {
  return new aws.ec2.SecurityGroup(name, { vpcId: args.vpcId, description: args.label });
}

const topic = new aws.sns.Topic('ops');

// --- bad
new Cache('sessions', {
  vpcId: vpc.id, // error: [code/output-to-plain-type]
  subnetIds: subnets.map((s) => s.id), // error: [code/output-to-plain-type]
  nodeCount: 2,
});
for (const level of ['warn', 'page']) {
  alarm(`cache-${level}`, { topicArn: topic.arn, threshold: 80 }); // error: [code/output-to-plain-type]
}

class Registry extends pulumi.ComponentResource {
  public readonly repositoryUrl: string;
  public readonly scanTags: string[];
  public readonly registryId: pulumi.Output<string>;
  public readonly label: string;
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('acme:ecr:Registry', name, {}, opts);
    const repo = new aws.ecr.Repository(`${name}-repo`, {}, { parent: this });
    this.repositoryUrl = repo.repositoryUrl; // error: [code/output-to-plain-type]
    this.scanTags = [repo.name]; // error: [code/output-to-plain-type]
    this.registryId = repo.registryId;
    this.label = `${name}-registry`;
  }
}
export const registry = new Registry('images');

// --- clean
new Cache('plain', { vpcId: config.require('vpcId'), subnetIds: config.requireObject<string[]>('subnetIds'), nodeCount: 1 });
typed('typed', { vpcId: vpc.id, subnetIds: subnets.map((s) => s.id), label: 'typed' });
alarm('literal', { topicArn: 'arn:aws:sns:us-east-1:123456789012:ops', threshold: 90 });

// --- unknown
export function fromCaller(args: any) {
  return new Cache('caller', args);
}
