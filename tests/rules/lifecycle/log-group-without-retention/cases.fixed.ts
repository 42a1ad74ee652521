import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const environmentSuffix = config.require('environmentSuffix');
const role = 'arn:aws:iam::123456789012:role/lambda';

// --- bad
new aws.cloudwatch.LogGroup('app-logs', { name: '/app/orders',
  retentionInDays: 30 }); // error: [lifecycle/log-group-without-retention]
new aws.cloudwatch.LogGroup('multi-line', { // error: [lifecycle/log-group-without-retention]
  name: '/app/payments',
  tags: { team: 'payments' },
  retentionInDays: 30,
});
// Arguments not written in the call: the fix would change an object other code may read.
const sharedArgs = { name: '/app/shared' };
new aws.cloudwatch.LogGroup('shared', sharedArgs); // error: [lifecycle/log-group-without-retention]
new aws.cloudwatch.LogGroup('forever', {
  name: '/app/audit',
  retentionInDays: 0, // error: [lifecycle/log-group-without-retention]
});

// No log group for this function anywhere in the program.
new aws.lambda.Function('worker', { runtime: 'nodejs20.x', handler: 'index.handler', role }); // error: [lifecycle/log-group-without-retention]

// A log group exists, but for another function (same unknowns, different text).
new aws.lambda.Function('api', { name: `api-${environmentSuffix}`, runtime: 'nodejs20.x', handler: 'index.handler', role }); // error: [lifecycle/log-group-without-retention]

// Named after the logical name, but the function is auto-named (`reporter-<random>`).
// Its log group is Lambda's own (never expires); aws/lambda-log-group-name-mismatch reports
// the log group that stays empty.
new aws.lambda.Function('reporter', { runtime: 'nodejs20.x', handler: 'index.handler', role }); // error: [lifecycle/log-group-without-retention]
new aws.cloudwatch.LogGroup('reporter-logs', {
  name: '/aws/lambda/reporter',
  retentionInDays: 14,
});

// --- clean
const processor = new aws.lambda.Function('processor', { name: `processor-${environmentSuffix}`, runtime: 'nodejs20.x', handler: 'index.handler', role });
new aws.cloudwatch.LogGroup('processor-logs', { name: `/aws/lambda/processor-${environmentSuffix}`, retentionInDays: 30 });

const fromOutput = new aws.lambda.Function('from-output', { runtime: 'nodejs20.x', handler: 'index.handler', role });
new aws.cloudwatch.LogGroup('from-output-logs', { name: pulumi.interpolate`/aws/lambda/${fromOutput.name}`, retentionInDays: 14 });

const custom = new aws.cloudwatch.LogGroup('custom-logs', { name: '/app/custom', retentionInDays: 14 });
new aws.lambda.Function('custom-logging', {
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  role,
  loggingConfig: { logFormat: 'JSON', logGroup: custom.name },
});

new aws.lambda.Function('literal', { name: 'literal-fn', runtime: 'nodejs20.x', handler: 'index.handler', role });
new aws.cloudwatch.LogGroup('literal-logs', { name: '/aws/lambda/literal-fn', retentionInDays: 7 });
new aws.cloudwatch.LogGroup('delivery', { name: '/delivery/x', logGroupClass: 'DELIVERY' });

// --- unknown
new aws.cloudwatch.LogGroup('retention-config', { name: '/app/configured', retentionInDays: config.getNumber('retention') });
