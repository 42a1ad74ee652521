import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const environmentSuffix = config.require('environmentSuffix');
const role = 'arn:aws:iam::123456789012:role/lambda';

const processor = new aws.lambda.Function('processor', { name: `processor-${environmentSuffix}`, runtime: 'nodejs20.x', handler: 'index.handler', role });
const reporter = new aws.lambda.Function('reporter', { runtime: 'nodejs20.x', handler: 'index.handler', role });
const literalFn = new aws.lambda.Function('literal', { name: 'orders-api', runtime: 'nodejs20.x', handler: 'index.handler', role });
const custom = new aws.cloudwatch.LogGroup('custom-logs', { name: '/aws/lambda/custom-target', retentionInDays: 14 });
new aws.lambda.Function('custom-logging', {
  name: 'custom-logging',
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  role,
  loggingConfig: { logFormat: 'JSON', logGroup: custom.name },
});

// --- bad
// Named after the logical name of an auto-named function (`reporter-<random>`).
new aws.cloudwatch.LogGroup('reporter-logs', {
  name: '/aws/lambda/reporter', // error: [aws/lambda-log-group-name-mismatch]
  retentionInDays: 14,
});
// The same unknown suffix, but a different prefix than the function's name.
new aws.cloudwatch.LogGroup('processor-logs-wrong', { name: `/aws/lambda/order-processor-${environmentSuffix}`, retentionInDays: 14 }); // error: [aws/lambda-log-group-name-mismatch]
// A literal name that no function has.
new aws.cloudwatch.LogGroup('api-logs', { name: '/aws/lambda/orders-api-handler', retentionInDays: 14 }); // error: [aws/lambda-log-group-name-mismatch]
// The function path written as the logical name only: the group is auto-named `<path>-<random>`.
new aws.cloudwatch.LogGroup(`/aws/lambda/order-processor-${environmentSuffix}`, { retentionInDays: 14 }); // error: [aws/lambda-log-group-name-mismatch]

// --- clean
new aws.cloudwatch.LogGroup('processor-logs', { name: `/aws/lambda/processor-${environmentSuffix}`, retentionInDays: 30 });
new aws.cloudwatch.LogGroup('reporter-output-logs', { name: pulumi.interpolate`/aws/lambda/${reporter.name}`, retentionInDays: 14 });
new aws.cloudwatch.LogGroup('literal-logs', { name: '/aws/lambda/orders-api', retentionInDays: 7 });
new aws.cloudwatch.LogGroup('app-logs', { name: '/app/orders', retentionInDays: 7 });
new aws.cloudwatch.LogGroup('edge-logs', { name: '/aws/lambda/us-east-1.edge-rewrite', retentionInDays: 7 });
export const names = [processor.name, literalFn.name];

// A logical-name-only group that a function picks by `loggingConfig` is fine.
const shared = new aws.cloudwatch.LogGroup('/aws/lambda/shared', { retentionInDays: 14 });
new aws.lambda.Function('uses-shared', { runtime: 'nodejs20.x', handler: 'index.handler', role, loggingConfig: { logFormat: 'JSON', logGroup: shared.name } });

// --- unknown
new aws.cloudwatch.LogGroup('configured-logs', { name: `/aws/lambda/${config.require('functionName')}`, retentionInDays: 14 });
new aws.cloudwatch.LogGroup('suffix-only', { name: `/aws/lambda/processor-${config.require('otherSuffix')}`, retentionInDays: 14 });
