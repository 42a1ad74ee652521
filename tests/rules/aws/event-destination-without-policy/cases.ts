import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const bucket = new aws.s3.BucketV2('uploads');
const rule = new aws.cloudwatch.EventRule('nightly', { scheduleExpression: 'rate(1 day)' });

// --- bad
const topic = new aws.sns.Topic('orders');
const queue = new aws.sqs.Queue('orders');
new aws.sns.TopicSubscription('orders', { topic: topic.arn, protocol: 'sqs', endpoint: queue.arn }); // error: [aws/event-destination-without-policy]
const alerts = new aws.sns.Topic('alerts');
new aws.cloudwatch.EventTarget('alerts', { rule: rule.name, arn: alerts.arn }); // error: [aws/event-destination-without-policy]

class Uploads extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('app:s3:Uploads', name, {}, opts);
    const q = new aws.sqs.Queue(`${name}-q`, {}, { parent: this });
    new aws.sqs.QueuePolicy(`${name}-q`, {
      queueUrl: q.id,
      policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: q.arn }] }),
    }, { parent: this });
    new aws.s3.BucketNotification(`${name}-n`, { bucket: bucket.id, queues: [{ queueArn: q.arn, events: ['s3:ObjectCreated:*'] }] }, { parent: this }); // error: [aws/event-destination-without-policy]
    this.registerOutputs({});
  }
}
new Uploads('uploads');

// --- clean
const okQueue = new aws.sqs.Queue('ok');
new aws.sqs.QueuePolicy('ok', {
  queueUrl: okQueue.id,
  policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: okQueue.arn }] }),
});
new aws.sns.TopicSubscription('ok', { topic: topic.arn, protocol: 'sqs', endpoint: okQueue.arn });
const openTopic = new aws.sns.Topic('open', {
  policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sns:Publish', Resource: '*' }] }),
});
new aws.cloudwatch.EventTarget('open', { rule: rule.name, arn: openTopic.arn });

// --- unknown
declare const policyDocument: pulumi.Output<string>;
const configured = new aws.sqs.Queue('configured', { policy: policyDocument });
new aws.cloudwatch.EventTarget('configured', { rule: rule.name, arn: configured.arn });

export const topicArn = topic.arn;
