import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/lambda';
const code = new pulumi.asset.FileArchive('./app');

// --- bad
const scheduled = new aws.lambda.Function('scheduled', { runtime: 'nodejs22.x', handler: 'index.handler', role, code });
const rule = new aws.cloudwatch.EventRule('nightly', { scheduleExpression: 'rate(1 day)' });
new aws.cloudwatch.EventTarget('nightly', { rule: rule.name, arn: scheduled.arn }); // error: [aws/missing-invoke-permission]
const processor = new aws.lambda.Function('processor', { runtime: 'nodejs22.x', handler: 'index.handler', role, code });
const bucket = new aws.s3.BucketV2('uploads');
new aws.s3.BucketNotification('uploads', {
  bucket: bucket.id,
  lambdaFunctions: [{ lambdaFunctionArn: processor.arn, events: ['s3:ObjectCreated:*'] }], // error: [aws/missing-invoke-permission]
});
// A permission for another service does not count.
new aws.lambda.Permission('wrong-principal', { action: 'lambda:InvokeFunction', function: processor.name, principal: 'events.amazonaws.com' });

// --- clean
const ok = new aws.lambda.Function('ok', { runtime: 'nodejs22.x', handler: 'index.handler', role, code });
const topic = new aws.sns.Topic('alerts');
new aws.lambda.Permission('sns', { action: 'lambda:InvokeFunction', function: ok.name, principal: 'sns.amazonaws.com', sourceArn: topic.arn });
new aws.sns.TopicSubscription('alerts', { topic: topic.arn, protocol: 'lambda', endpoint: ok.arn });
new aws.sns.TopicSubscription('email', { topic: topic.arn, protocol: 'email', endpoint: 'ops@example.org' });

// --- unknown
new aws.cloudwatch.EventTarget('external', { rule: rule.name, arn: config.require('functionArn') });
