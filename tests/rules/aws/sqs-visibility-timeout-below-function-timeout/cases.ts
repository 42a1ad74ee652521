import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/lambda';
const code = new pulumi.asset.FileArchive('./app');

function worker(name: string, queueArgs: aws.sqs.QueueArgs, timeout?: pulumi.Input<number>): void {
  const queue = new aws.sqs.Queue(`${name}-queue`, queueArgs);
  const fn = new aws.lambda.Function(`${name}-fn`, { runtime: 'nodejs22.x', handler: 'index.handler', role, code, timeout });
  new aws.lambda.EventSourceMapping(`${name}-esm`, { eventSourceArn: queue.arn, functionName: fn.name, batchSize: 10 }); // error: [aws/sqs-visibility-timeout-below-function-timeout]
}

// --- bad
worker('defaults', {}, 60);

// --- clean
worker('ok', { visibilityTimeoutSeconds: 360 }, 60);
worker('short-fn', {});

// --- unknown
worker('configured', { visibilityTimeoutSeconds: config.requireNumber('visibility') }, 60);
