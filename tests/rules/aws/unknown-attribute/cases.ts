import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const api = new aws.apigateway.RestApi('api', { name: 'orders' });
const queue = new aws.sqs.Queue('jobs', {});
const alarm = new aws.cloudwatch.MetricAlarm('errors', {
  comparisonOperator: 'GreaterThanThreshold',
  evaluationPeriods: 1,
  metricName: 'Errors',
  namespace: 'AWS/Lambda',
  period: 60,
  statistic: 'Sum',
  threshold: 1,
});
const bucket = new aws.s3.Bucket('uploads', {});

// --- bad
export const apiUrl = api.apiEndpoint; // error: [aws/unknown-attribute]
export const queueUrl = queue.queueUrl; // error: [aws/unknown-attribute]
export const rule = pulumi.interpolate`ALARM(${alarm.alarmName})`; // error: [aws/unknown-attribute]
export const bucketDomain = bucket.bucket_domain_name; // error: [aws/unknown-attribute]
export const queueArn = queue.ARN; // error: [aws/unknown-attribute]

// --- clean
export const executionArn = api.executionArn;
export const url = queue.url;
export const alarmName = alarm.name;
export const urn = bucket.urn;
// Event-subscription helpers the TypeScript SDK adds to some classes.
bucket.onObjectCreated('on-upload', async () => {});

// --- unknown
const lookedUp = aws.s3.Bucket.get('existing', config.require('bucketName'));
export const lookedUpRegion = lookedUp.regionName;
