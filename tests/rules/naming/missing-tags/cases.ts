import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const commonTags = { Project: 'tap', Environment: 'dev', Owner: 'platform' };

// Tagged: the program's convention.
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16', tags: { ...commonTags, Name: 'vpc' } });
const bucket = new aws.s3.BucketV2('data', { tags: commonTags });
const table = new aws.dynamodb.Table('orders', {
  hashKey: 'id',
  attributes: [{ name: 'id', type: 'S' }],
  billingMode: 'PAY_PER_REQUEST',
  tags: commonTags,
});
new aws.sns.Topic('alerts', { tags: commonTags });
new aws.kms.Key('key', { enableKeyRotation: true, tags: commonTags });

// --- bad
const logs = new aws.cloudwatch.LogGroup('app-logs', { retentionInDays: 14 }); // error: [naming/missing-tags]
for (const name of ['jobs', 'events']) {
  new aws.sqs.Queue(`${name}-queue`, { visibilityTimeoutSeconds: 30 }); // error: [naming/missing-tags]
}
new aws.sqs.Queue('dlq', { messageRetentionSeconds: 1209600 });

// --- clean
new aws.s3.BucketVersioningV2('data-versioning', { bucket: bucket.id, versioningConfiguration: { status: 'Enabled' } });
new aws.ec2.Subnet('subnet', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24', tags: commonTags });
new aws.lambda.EventSourceMapping('orders-stream', { eventSourceArn: table.streamArn, functionName: 'processor', startingPosition: 'LATEST' });

// --- unknown
new aws.ec2.SecurityGroup('sg', { vpcId: vpc.id, description: 'app', ...config.getObject<Record<string, unknown>>('sgExtras') });

export const logGroup = logs.name;
