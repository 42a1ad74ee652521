import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/lambda';
const code = new pulumi.asset.FileArchive('./app');
const fn = new aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role, code });
const bucket = new aws.s3.BucketV2('uploads');
const bus = new aws.cloudwatch.EventBus('orders');
const rule = new aws.cloudwatch.EventRule('placed', { eventBusName: bus.name, eventPattern: JSON.stringify({ source: ['app.orders'] }) });
const topic = new aws.sns.Topic('alerts');

// --- bad
new aws.lambda.Permission('s3-objects', { action: 'lambda:InvokeFunction', function: fn.name, principal: 's3.amazonaws.com', sourceArn: pulumi.interpolate`${bucket.arn}/*` }); // error: [aws/lambda-permission-source-arn-mismatch]
new aws.lambda.Permission('s3-name', { action: 'lambda:InvokeFunction', function: fn.name, principal: 's3.amazonaws.com', sourceArn: bucket.bucket }); // error: [aws/lambda-permission-source-arn-mismatch]
new aws.lambda.Permission('events-bus', { action: 'lambda:InvokeFunction', function: fn.name, principal: 'events.amazonaws.com', sourceArn: bus.arn }); // error: [aws/lambda-permission-source-arn-mismatch]
for (const name of ['a', 'b']) {
  new aws.lambda.Permission(`sns-${name}`, { action: 'lambda:InvokeFunction', function: fn.name, principal: 'sns.amazonaws.com', sourceArn: rule.arn }); // error: [aws/lambda-permission-source-arn-mismatch]
}
new aws.lambda.Permission('s3-text', { action: 'lambda:InvokeFunction', function: fn.name, principal: 's3.amazonaws.com', sourceArn: 'arn:aws:s3:::uploads/incoming' }); // error: [aws/lambda-permission-source-arn-mismatch]

// --- clean
new aws.lambda.Permission('s3', { action: 'lambda:InvokeFunction', function: fn.name, principal: 's3.amazonaws.com', sourceArn: bucket.arn });
new aws.lambda.Permission('events', { action: 'lambda:InvokeFunction', function: fn.name, principal: 'events.amazonaws.com', sourceArn: rule.arn });
new aws.lambda.Permission('sns', { action: 'lambda:InvokeFunction', function: fn.name, principal: 'sns.amazonaws.com', sourceArn: topic.arn });
new aws.lambda.Permission('s3-wild', { action: 'lambda:InvokeFunction', function: fn.name, principal: 's3.amazonaws.com', sourceArn: 'arn:aws:s3:::uploads-*' });

// --- unknown
new aws.lambda.Permission('configured', { action: 'lambda:InvokeFunction', function: fn.name, principal: 's3.amazonaws.com', sourceArn: config.require('bucketArn') });
// A resource type the provider does not have is not known to be another kind than the rule.
const invented = new (aws as any).events.Rule('placed', { eventPattern: JSON.stringify({ source: ['app.orders'] }) });
new aws.lambda.Permission('events-invented', { action: 'lambda:InvokeFunction', function: fn.name, principal: 'events.amazonaws.com', sourceArn: invented.arn });

export const fnName = fn.name;
