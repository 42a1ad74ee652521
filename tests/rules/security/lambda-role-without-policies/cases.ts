import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const code = new pulumi.asset.FileArchive('./app');
const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
const policy = (actions: string[]) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] });

// --- bad
const bare = new aws.iam.Role('bare', { assumeRolePolicy: trust }); // error: [security/lambda-role-without-policies]
new aws.lambda.Function('bare-fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: bare.arn, code });

const dataOnly = new aws.iam.Role('data-only', { assumeRolePolicy: trust }); // error: [security/lambda-role-without-policies]
new aws.iam.RolePolicy('data-only', { role: dataOnly.id, policy: policy(['dynamodb:PutItem', 'dynamodb:GetItem']) });
new aws.lambda.Function('data-fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: dataOnly.arn, code });

// --- clean
const basic = new aws.iam.Role('basic', { assumeRolePolicy: trust });
new aws.iam.RolePolicyAttachment('basic', { role: basic.name, policyArn: aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole });
new aws.lambda.Function('basic-fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: basic.arn, code });

const managed = new aws.iam.Role('managed', { assumeRolePolicy: trust, managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole'] });
new aws.lambda.Function('managed-fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: managed.arn, code });

const custom = new aws.iam.Role('custom', { name: 'custom-lambda-role', assumeRolePolicy: trust });
const logs = new aws.iam.Policy('logs', { policy: policy(['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents']) });
new aws.iam.PolicyAttachment('logs', { roles: ['custom-lambda-role'], policyArn: logs.arn });
new aws.lambda.Function('custom-fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: custom.arn, code });

const wildcard = new aws.iam.Role('wildcard', { assumeRolePolicy: trust, inlinePolicies: [{ name: 'logs', policy: policy(['logs:*']) }] });
new aws.lambda.Function('wildcard-fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: wildcard.arn, code });

// --- unknown
const configured = new aws.iam.Role('configured', { assumeRolePolicy: trust, managedPolicyArns: config.requireObject<string[]>('policyArns') });
new aws.lambda.Function('configured-fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: configured.arn, code });
new aws.lambda.Function('external-fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: config.require('roleArn'), code });
