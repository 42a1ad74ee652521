import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const code = new pulumi.asset.FileArchive('./app');
const trust = aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' });
const basic = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';

function lambdaRole(name: string, policyArns: string[]): aws.iam.Role {
  const role = new aws.iam.Role(name, { assumeRolePolicy: trust });
  policyArns.forEach((arn, i) => new aws.iam.RolePolicyAttachment(`${name}-${i}`, { role: role.name, policyArn: arn }));
  return role;
}

// --- bad
const workerRole = lambdaRole('worker', [basic]);
const queue = new aws.sqs.Queue('jobs', { visibilityTimeout: 60 });
const dlq = new aws.sqs.Queue('jobs-dlq');
const worker = new aws.lambda.Function('worker', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role: workerRole.arn,
  code,
  deadLetterConfig: { targetArn: dlq.arn }, // error: [security/lambda-role-missing-service-permission]
});
new aws.lambda.EventSourceMapping('jobs', { eventSourceArn: queue.arn, functionName: worker.name }); // error: [security/lambda-role-missing-service-permission]

const table = new aws.dynamodb.Table('events', { attributes: [{ name: 'id', type: 'S' }], hashKey: 'id', billingMode: 'PAY_PER_REQUEST', streamEnabled: true, streamViewType: 'NEW_IMAGE' });
const streamRole = new aws.iam.Role('stream', {
  assumeRolePolicy: trust,
  inlinePolicies: [{ name: 'logs', policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['logs:*'], Resource: '*' }] }) }],
});
const streamFn = new aws.lambda.Function('stream', { runtime: 'nodejs22.x', handler: 'index.handler', role: streamRole.arn, code });
new aws.lambda.EventSourceMapping('stream', { eventSourceArn: table.streamArn, functionName: streamFn.arn, startingPosition: 'LATEST' }); // error: [security/lambda-role-missing-service-permission]

// Asynchronous invocation destinations and a stream mapping's on-failure destination.
const alerts = new aws.sns.Topic('order-alerts');
const auditBus = new aws.cloudwatch.EventBus('audit');
const clicks = new aws.kinesis.Stream('clicks', { shardCount: 1 });
const billingRole = lambdaRole('billing', [basic, 'arn:aws:iam::aws:policy/service-role/AWSLambdaKinesisExecutionRole']);
const billing = new aws.lambda.Function('billing', { runtime: 'nodejs22.x', handler: 'index.handler', role: billingRole.arn, code });
new aws.lambda.FunctionEventInvokeConfig('billing', {
  functionName: billing.name,
  maximumRetryAttempts: 1,
  destinationConfig: {
    onFailure: { destination: alerts.arn }, // error: [security/lambda-role-missing-service-permission]
    onSuccess: { destination: auditBus.arn }, // error: [security/lambda-role-missing-service-permission]
  },
});
new aws.lambda.EventSourceMapping('clicks', {
  eventSourceArn: clicks.arn,
  functionName: billing.arn,
  startingPosition: 'TRIM_HORIZON',
  destinationConfig: { onFailure: { destinationArn: dlq.arn } }, // error: [security/lambda-role-missing-service-permission]
});

// --- clean
const notifierRole = new aws.iam.Role('notifier', {
  assumeRolePolicy: trust,
  managedPolicyArns: [basic],
  inlinePolicies: [{ name: 'destinations', policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sns:Publish', 'events:PutEvents'], Resource: '*' }] }) }],
});
const notifier = new aws.lambda.Function('notifier', { runtime: 'nodejs22.x', handler: 'index.handler', role: notifierRole.arn, code });
new aws.lambda.FunctionEventInvokeConfig('notifier', {
  functionName: notifier.arn,
  destinationConfig: { onFailure: { destination: alerts.arn }, onSuccess: { destination: auditBus.arn } },
});
const okRole = lambdaRole('ok', [basic, 'arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole']);
new aws.iam.RolePolicy('ok-dlq', { role: okRole.id, policy: dlq.arn.apply((arn) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: arn }] })) });
const ok = new aws.lambda.Function('ok', { runtime: 'nodejs22.x', handler: 'index.handler', role: okRole.arn, code, deadLetterConfig: { targetArn: dlq.arn } });
new aws.lambda.EventSourceMapping('ok', { eventSourceArn: queue.arn, functionName: ok.name });

// --- unknown
const managedRole = lambdaRole('managed', [basic, config.require('extraPolicyArn')]);
const managedFn = new aws.lambda.Function('managed', { runtime: 'nodejs22.x', handler: 'index.handler', role: managedRole.arn, code });
new aws.lambda.EventSourceMapping('managed', { eventSourceArn: queue.arn, functionName: managedFn.name });
new aws.lambda.FunctionEventInvokeConfig('managed', { functionName: managedFn.name, destinationConfig: { onFailure: { destination: alerts.arn } } });
// The destination is not a resource of the program: what it is cannot be told.
new aws.lambda.FunctionEventInvokeConfig('external', { functionName: billing.name, destinationConfig: { onFailure: { destination: config.require('failureTopicArn') } } });
