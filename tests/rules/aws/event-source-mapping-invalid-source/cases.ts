import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/lambda';
const code = new pulumi.asset.FileArchive('./app');
const fn = new aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role, code });

// --- bad
const withStream = new aws.dynamodb.Table('orders', { attributes: [{ name: 'id', type: 'S' }], hashKey: 'id', billingMode: 'PAY_PER_REQUEST', streamEnabled: true, streamViewType: 'NEW_IMAGE' });
new aws.lambda.EventSourceMapping('table-arn', { eventSourceArn: withStream.arn, functionName: fn.name, startingPosition: 'LATEST' }); // error: [aws/event-source-mapping-invalid-source]
const noStream = new aws.dynamodb.Table('events', { attributes: [{ name: 'id', type: 'S' }], hashKey: 'id', billingMode: 'PAY_PER_REQUEST' });
new aws.lambda.EventSourceMapping('no-stream', { eventSourceArn: noStream.streamArn, functionName: fn.name, startingPosition: 'LATEST' }); // error: [aws/event-source-mapping-invalid-source]
const topic = new aws.sns.Topic('alerts');
new aws.lambda.EventSourceMapping('topic', { eventSourceArn: topic.arn, functionName: fn.name }); // error: [aws/event-source-mapping-invalid-source]

// --- clean
const queue = new aws.sqs.Queue('jobs', { visibilityTimeoutSeconds: 60 });
new aws.lambda.EventSourceMapping('queue', { eventSourceArn: queue.arn, functionName: fn.name });
new aws.lambda.EventSourceMapping('stream', { eventSourceArn: withStream.streamArn, functionName: fn.name, startingPosition: 'LATEST' });

// --- unknown
new aws.lambda.EventSourceMapping('configured', { eventSourceArn: config.require('sourceArn'), functionName: fn.name });
