import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const artifacts = new aws.s3.Bucket('artifacts', { forceDestroy: true });
const role = new aws.iam.Role('pipeline-role', { assumeRolePolicy: config.require('trustPolicy') });

// --- bad
new aws.codepipeline.Pipeline('pipeline', {
  roleArn: role.arn,
  artifactStore: { location: artifacts.bucket, type: 'S3' }, // error: [aws/unknown-argument]
  stages: [],
});
new aws.lb.LoadBalancer('alb', {
  loadBalancerType: 'application',
  scheme: 'internet-facing', // error: [aws/unknown-argument]
  subnets: ['subnet-a', 'subnet-b'],
});
new aws.ec2.SecurityGroup('web', {
  ingress: [
    { fromport: 443, toPort: 443, protocol: 'tcp', cidrBlocks: ['10.0.0.0/16'], description: 'https' }, // error: [aws/unknown-argument]
  ],
});
new aws.cloudwatch.MetricAlarm('errors', {
  alarmName: 'lambda-errors', // error: [aws/unknown-argument]
  comparisonOperator: 'GreaterThanThreshold',
  evaluationPeriods: 1,
  metricName: 'Errors',
  namespace: 'AWS/Lambda',
  period: 60,
  statistic: 'Sum',
  threshold: 1,
});
new aws.s3.Bucket('site', {
  public_access_block: { blockPublicAcls: true }, // error: [aws/unknown-argument]
});
new aws.s3.Bucket('scratch', { force_destroy: true }); // error: [aws/unknown-argument]
new aws.sqs.Queue('tagged-elsewhere', { ignoreChanges: ['tags'] } as aws.sqs.QueueArgs); // error: [aws/unknown-argument]
// Not fixed: in the options `protect` would block `pulumi destroy` (lifecycle/destroy-blockers).
new aws.s3.Bucket('kept', { protect: true } as aws.s3.BucketArgs); // error: [aws/unknown-argument]
// Keys that come from a spread are reported where they were written.
const queueDefaults = { visibilityTimeout: 30 }; // error: [aws/unknown-argument]
new aws.sqs.Queue('jobs', { ...queueDefaults, delaySeconds: 5 });

// --- clean
new aws.codepipeline.Pipeline('pipeline-ok', {
  roleArn: role.arn,
  artifactStores: [{ location: artifacts.bucket, type: 'S3' }],
  stages: [],
});
new aws.lb.LoadBalancer('alb-ok', { loadBalancerType: 'application', internal: false, subnets: ['subnet-a'] });
new aws.s3.Bucket('tagged', { tags: { 'cost-center': 'x', Some_Key: 'y' } });
new aws.lambda.Function('fn', {
  role: role.arn,
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  code: new pulumi.asset.FileArchive('./app'),
  environment: { variables: { TABLE_NAME: 'orders', logLevel: 'info' } },
});
new aws.iam.RolePolicy('inline', {
  role: role.id,
  policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Principal: { Service: 'lambda.amazonaws.com' } }] },
});

// --- unknown
const extra = config.requireObject<Record<string, unknown>>('queueArgs');
new aws.sqs.Queue('configured', { ...extra, delaySeconds: 5 });
