import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/app';
const code = new pulumi.asset.FileArchive('./app');
const topic = new aws.sns.Topic('orders');
const queue = new aws.sqs.Queue('orders');
const fn = new aws.lambda.Function('handler', { runtime: 'nodejs22.x', handler: 'index.handler', role, code });
const bucket = new aws.s3.BucketV2('uploads');
const rule = new aws.cloudwatch.EventRule('nightly', { scheduleExpression: 'rate(1 day)' });
const logs = new aws.cloudwatch.LogGroup('events', { retentionInDays: 7 });

// --- bad
new aws.sns.TopicSubscription('to-queue', { topic: topic.arn, protocol: 'sqs', endpoint: queue.url }); // error: [aws/event-endpoint-not-arn]
new aws.sns.TopicSubscription('to-fn', { topic: topic.arn, protocol: 'lambda', endpoint: fn.invokeArn }); // error: [aws/event-endpoint-not-arn]
new aws.cloudwatch.EventTarget('to-logs', { rule: rule.name, arn: logs.name }); // error: [aws/event-endpoint-not-arn]
new aws.s3.BucketNotification('uploads', {
  bucket: bucket.id,
  queues: [{ queueArn: queue.id, events: ['s3:ObjectCreated:*'] }], // error: [aws/event-endpoint-not-arn]
});
for (const name of ['a', 'b']) {
  const q = new aws.sqs.Queue(`fanout-${name}`);
  new aws.sns.TopicSubscription(`fanout-${name}`, { topic: topic.arn, protocol: 'sqs', endpoint: q.id }); // error: [aws/event-endpoint-not-arn]
}

// --- clean
new aws.sns.TopicSubscription('to-queue-ok', { topic: topic.arn, protocol: 'sqs', endpoint: queue.arn });
new aws.sns.TopicSubscription('to-fn-ok', { topic: topic.arn, protocol: 'lambda', endpoint: fn.arn });
new aws.cloudwatch.EventTarget('to-logs-ok', { rule: rule.name, arn: logs.arn });
new aws.cloudwatch.EventTarget('to-topic', { rule: rule.name, arn: topic.id });
new aws.sns.TopicSubscription('to-mail', { topic: topic.arn, protocol: 'email', endpoint: 'ops@acme-corp.io' });

// --- unknown
new aws.sns.TopicSubscription('to-configured', { topic: topic.arn, protocol: 'sqs', endpoint: config.require('queueArn') });

export const topicArn = topic.arn;
