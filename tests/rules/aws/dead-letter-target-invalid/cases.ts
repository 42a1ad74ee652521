import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/lambda';
const code = new pulumi.asset.FileArchive('./app');

// --- bad
const dlq = new aws.sqs.Queue('jobs-dlq', { messageRetentionSeconds: 1209600 });
new aws.sqs.Queue('jobs', {
  redrivePolicy: pulumi.interpolate`{"deadLetterTargetArn":"${dlq.arn}"}`, // error: [aws/dead-letter-target-invalid]
});
new aws.sqs.Queue('no-count', {
  redrivePolicy: pulumi.jsonStringify({ deadLetterTargetArn: dlq.arn }), // error: [aws/dead-letter-target-invalid]
});
new aws.sqs.Queue('orders.fifo', {
  fifoQueue: true,
  redrivePolicy: pulumi.jsonStringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 5 }), // error: [aws/dead-letter-target-invalid]
});
new aws.lambda.Function('fn', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  code,
  deadLetterConfig: { targetArn: dlq.url }, // error: [aws/dead-letter-target-invalid]
});

// --- clean
new aws.sqs.Queue('ok', { redrivePolicy: pulumi.jsonStringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 3 }) });
new aws.sqs.Queue('ok-text', { redrivePolicy: pulumi.interpolate`{"deadLetterTargetArn":"${dlq.arn}","maxReceiveCount":3}` });
new aws.lambda.Function('ok-fn', { runtime: 'nodejs22.x', handler: 'index.handler', role, code, deadLetterConfig: { targetArn: dlq.arn } });

// --- unknown
new aws.sqs.Queue('configured', { redrivePolicy: config.require('redrivePolicy') });
// A hole outside the JSON strings: the structure is not known.
new aws.sqs.Queue('configured-text', { redrivePolicy: pulumi.interpolate`{"deadLetterTargetArn":"${dlq.arn}","maxReceiveCount":${config.require('count')}}` });
