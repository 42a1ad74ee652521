import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
const code = new pulumi.asset.FileArchive('./app');

// --- bad
const basic = new aws.iam.Role('basic', { assumeRolePolicy: trust });
new aws.iam.RolePolicyAttachment('basic-logs', { role: basic.name, policyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' });
new aws.iam.RolePolicy('basic-dynamo', { role: basic.id, policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['dynamodb:GetItem'], Resource: '*' }] }) });
for (const name of ['api', 'worker']) {
  new aws.lambda.Function(name, {
    runtime: 'nodejs22.x', handler: 'index.handler', role: basic.arn, code,
    tracingConfig: { mode: 'Active' }, // error: [aws/lambda-tracing-without-xray-permission]
  });
}

// --- clean
const traced = new aws.iam.Role('traced', { assumeRolePolicy: trust, managedPolicyArns: [aws.iam.ManagedPolicy.AWSXRayDaemonWriteAccess] });
new aws.lambda.Function('traced', { runtime: 'nodejs22.x', handler: 'index.handler', role: traced.arn, code, tracingConfig: { mode: 'Active' } });
const inline = new aws.iam.Role('inline', {
  assumeRolePolicy: trust,
  inlinePolicies: [{ name: 'xray', policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], Resource: '*' }] }) }],
});
new aws.lambda.Function('inline', { runtime: 'nodejs22.x', handler: 'index.handler', role: inline.arn, code, tracingConfig: { mode: 'Active' } });
new aws.lambda.Function('passthrough', { runtime: 'nodejs22.x', handler: 'index.handler', role: basic.arn, code, tracingConfig: { mode: 'PassThrough' } });

// --- unknown
const external = new aws.iam.Role('external', { assumeRolePolicy: trust });
new aws.iam.RolePolicyAttachment('external-policy', { role: external.name, policyArn: config.require('policyArn') });
new aws.lambda.Function('external', { runtime: 'nodejs22.x', handler: 'index.handler', role: external.arn, code, tracingConfig: { mode: 'Active' } });
