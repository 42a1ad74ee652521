import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

export interface DatabaseArgs {
  vpcId: pulumi.Input<string>;
  subnetIds: pulumi.Input<string>[];
  instanceClass?: string;
  tags?: { [key: string]: string };
}

type AlarmArgs = {
  topicArn: pulumi.Input<string>;
  threshold: number;
};

interface OpenArgs {
  name: string;
  [key: string]: unknown;
}

export class Database extends pulumi.ComponentResource {
  constructor(name: string, args: DatabaseArgs, opts?: pulumi.ComponentResourceOptions) {
    super('app:db:Database', name, {}, opts);
    new aws.rds.SubnetGroup(name, { subnetIds: args.subnetIds, tags: args.tags }, { parent: this });
  }
}

function alarm(name: string, args: AlarmArgs) {
  return new aws.cloudwatch.MetricAlarm(name, {
    comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 1, metricName: 'Errors',
    namespace: 'AWS/Lambda', period: 60, statistic: 'Sum', threshold: args.threshold, alarmActions: [args.topicArn],
  });
}

function named(args: OpenArgs) {
  return new aws.sns.Topic(args.name);
}

const vpc = new aws.ec2.Vpc('core', { cidrBlock: '10.0.0.0/16' });
const subnet = new aws.ec2.Subnet('a', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24' });
const topic = new aws.sns.Topic('alerts');

// --- bad
new Database('db', { vpcId: vpc.id }); // error: [code/object-literal-shape-mismatch]
new Database('db2', {
  vpcId: vpc.id,
  subnetIds: [subnet.id],
  environment: 'dev', // error: [code/object-literal-shape-mismatch]
});
for (const env of ['dev', 'prod']) {
  alarm(`errors-${env}`, { topicArn: topic.arn, threshold: 5, period: 60 }); // error: [code/object-literal-shape-mismatch]
}

// --- clean
new Database('db3', { vpcId: vpc.id, subnetIds: [subnet.id], instanceClass: 'db.t3.micro' });
const common = { subnetIds: [subnet.id] };
new Database('db4', { ...common, vpcId: vpc.id });
const built: any = { vpcId: vpc.id, region: 'us-east-1' };
new Database('db5', built);
named({ name: 'extra', team: 'data' });
alarm('latency', { topicArn: topic.arn, threshold: 2 });

// --- unknown
const extra = new pulumi.Config().requireObject<Record<string, unknown>>('database');
new Database('db6', { vpcId: vpc.id, ...extra });
export function fromCaller(args: DatabaseArgs) {
  return new Database('db7', args);
}
