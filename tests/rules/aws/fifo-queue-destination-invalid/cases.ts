import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const ledger = new aws.sqs.Queue('ledger', { name: 'ledger.fifo', fifoQueue: true, contentBasedDeduplication: true });
const inbox = new aws.sqs.Queue('inbox');
const invoices = new aws.s3.BucketV2('invoices');
const orders = new aws.sns.Topic('orders');
const ordersFifo = new aws.sns.Topic('orders-fifo', { name: 'orders.fifo', fifoTopic: true });
const nightly = new aws.cloudwatch.EventRule('nightly', { scheduleExpression: 'rate(1 day)' });

// --- bad
new aws.s3.BucketNotification('invoices', {
  bucket: invoices.id,
  queues: [{ queueArn: ledger.arn, events: ['s3:ObjectCreated:*'] }], // error: [aws/fifo-queue-destination-invalid]
});
new aws.sns.TopicSubscription('orders-ledger', { topic: orders.arn, protocol: 'sqs', endpoint: ledger.arn }); // error: [aws/fifo-queue-destination-invalid]
new aws.cloudwatch.EventTarget('nightly-ledger', { rule: nightly.name, arn: ledger.arn }); // error: [aws/fifo-queue-destination-invalid]

// --- clean
new aws.s3.BucketNotification('invoices-inbox', { bucket: invoices.id, queues: [{ queueArn: inbox.arn, events: ['s3:ObjectCreated:*'] }] });
new aws.sns.TopicSubscription('fifo-ledger', { topic: ordersFifo.arn, protocol: 'sqs', endpoint: ledger.arn });
new aws.cloudwatch.EventTarget('nightly-ok', { rule: nightly.name, arn: ledger.arn, sqsTarget: { messageGroupId: 'nightly' } });

// --- unknown
const sharedTopic = new aws.sns.Topic('shared', { name: config.require('topicName') });
new aws.sns.TopicSubscription('shared-ledger', { topic: sharedTopic.arn, protocol: 'sqs', endpoint: ledger.arn });
