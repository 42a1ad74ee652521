import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/worker';
const code = new pulumi.asset.FileArchive('./worker');
const worker = new aws.lambda.Function('worker', { runtime: 'nodejs22.x', handler: 'index.handler', role, code, timeout: 30 });
const clicks = new aws.kinesis.Stream('clicks', { shardCount: 2 });
const carts = new aws.dynamodb.Table('carts', {
  hashKey: 'id', attributes: [{ name: 'id', type: 'S' }], billingMode: 'PAY_PER_REQUEST', streamEnabled: true, streamViewType: 'NEW_IMAGE',
});
const payments = new aws.sqs.Queue('payments', { fifoQueue: true, contentBasedDeduplication: true, visibilityTimeoutSeconds: 180 });
const emails = new aws.sqs.Queue('emails', { visibilityTimeoutSeconds: 180 });

// --- bad
new aws.lambda.EventSourceMapping('clicks', { eventSourceArn: clicks.arn, functionName: worker.name, batchSize: 500 }); // error: [aws/event-source-mapping-settings-invalid]
const tables = [carts];
tables.forEach((t, i) => new aws.lambda.EventSourceMapping(`table-${i}`, { eventSourceArn: t.streamArn, functionName: worker.arn })); // error: [aws/event-source-mapping-settings-invalid]
new aws.lambda.EventSourceMapping('payments', { eventSourceArn: payments.arn, functionName: worker.name, batchSize: 25, maximumBatchingWindowInSeconds: 5 }); // error: [aws/event-source-mapping-settings-invalid]
new aws.lambda.EventSourceMapping('emails', {
  eventSourceArn: emails.arn,
  functionName: worker.name,
  startingPosition: 'LATEST', // error: [aws/event-source-mapping-settings-invalid]
  batchSize: 100, // error: [aws/event-source-mapping-settings-invalid]
});

// --- clean
new aws.lambda.EventSourceMapping('clicks-ok', { eventSourceArn: clicks.arn, functionName: worker.name, batchSize: 500, startingPosition: 'TRIM_HORIZON' });
new aws.lambda.EventSourceMapping('payments-ok', { eventSourceArn: payments.arn, functionName: worker.name, batchSize: 10 });
new aws.lambda.EventSourceMapping('emails-ok', { eventSourceArn: emails.arn, functionName: worker.name, batchSize: 100, maximumBatchingWindowInSeconds: 10 });

// --- unknown
new aws.lambda.EventSourceMapping('tuned', { eventSourceArn: emails.arn, functionName: worker.name, batchSize: config.requireNumber('batch') });
new aws.lambda.EventSourceMapping('external', { eventSourceArn: config.require('streamArn'), functionName: worker.name });
