import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const partition = aws.getPartitionOutput().partition;
function trust(service: string): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }] });
}

// --- bad
new aws.iam.Role('typo', {
  assumeRolePolicy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazon.com' }, Action: 'sts:AssumeRole' }], // error: [security/iam-trust-policy-invalid]
  }),
});

new aws.iam.Role('truncated', {
  assumeRolePolicy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: ['ec2.amazonaws'] }, Action: 'sts:AssumeRole' }], // error: [security/iam-trust-policy-invalid]
  }),
});

new aws.iam.Role('states', {
  assumeRolePolicy: aws.iam.getPolicyDocumentOutput({
    statements: [{ actions: ['sts:AssumeRole'], principals: [{ type: 'Service', identifiers: ['stepfunctions.amazonaws.com'] }] }], // error: [security/iam-trust-policy-invalid]
  }).json,
});

new aws.iam.Role('anyone', {
  assumeRolePolicy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }], // error: [security/iam-trust-policy-invalid]
  }),
});

new aws.iam.Role('wrong-action', {
  assumeRolePolicy: JSON.stringify({ // error: [security/iam-trust-policy-invalid]
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'lambda:InvokeFunction' }], // error: [security/iam-trust-policy-invalid]
  }),
});

const fn = new aws.iam.Role('fn', { assumeRolePolicy: trust('lambda.amazonaws.com') });
new aws.iam.RolePolicyAttachment('basic', { role: fn.name, policyArn: 'arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole' }); // error: [security/iam-trust-policy-invalid]
new aws.iam.RolePolicyAttachment('vpc', { role: fn.name, policyArn: pulumi.interpolate`arn:${partition}:iam::aws:policy/AWSLambdaVPCAccessExecutionRole` }); // error: [security/iam-trust-policy-invalid]
const recorder = new aws.iam.Role('config', {
  assumeRolePolicy: trust('config.amazonaws.com'),
  managedPolicyArns: ['arn:aws:iam::aws:policy/AWSConfigRole'], // error: [security/iam-trust-policy-invalid]
});
new aws.iam.RolePolicyAttachment('config-root', { role: recorder.name, policyArn: 'arn:aws:iam::aws:policy/AWS_ConfigRole' }); // error: [security/iam-trust-policy-invalid]
new aws.iam.RolePolicyAttachment('ddb', { role: fn.name, policyArn: 'arn:aws:iam::aws:policy/service-role/AmazonDynamoDBFullAccess' }); // error: [security/iam-trust-policy-invalid]

// Web-identity trust without conditions, and without the subject.
const github = new aws.iam.OpenIdConnectProvider('github', { url: 'https://token.actions.githubusercontent.com', clientIdLists: ['sts.amazonaws.com'] });
new aws.iam.Role('deploy', {
  assumeRolePolicy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Federated: github.arn }, Action: 'sts:AssumeRoleWithWebIdentity' }], // error: [security/iam-trust-policy-invalid]
  }),
});
new aws.iam.Role('deploy-aud-only', {
  assumeRolePolicy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ // error: [security/iam-trust-policy-invalid]
      Effect: 'Allow',
      Principal: { Federated: github.arn },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } },
    }],
  }),
});
new aws.iam.RolePolicyAttachment('flow-logs', { role: 'r', policyArn: 'arn:aws:iam::aws:policy/service-role/VPCFlowLogsDeliveryRolePolicy' }); // error: [security/iam-trust-policy-invalid]
new aws.iam.Role('oidc', {
  assumeRolePolicy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' }, Action: ['sts:AssumeRoleWithWebIdentity', 'sts:TagSession'] }], // error: [security/iam-trust-policy-invalid]
  }),
});
new aws.iam.RolePolicyAttachment('new-policy', { role: 'r', policyArn: 'arn:aws:iam::aws:policy/service-role/SomeInventedPolicy' }); // error: [security/iam-trust-policy-invalid]

// --- clean
new aws.iam.Role('deploy-scoped', {
  assumeRolePolicy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{
      Effect: 'Allow',
      Principal: { Federated: github.arn },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/app:ref:refs/heads/main' },
      },
    }],
  }),
});
new aws.iam.Role('monitoring', { assumeRolePolicy: trust('monitoring.rds.amazonaws.com') });
new aws.iam.Role('recorder', { assumeRolePolicy: trust('config.amazonaws.com') });
new aws.iam.Role('regional-logs', { assumeRolePolicy: trust('logs.us-east-1.amazonaws.com') });
new aws.iam.Role('cross-account', {
  assumeRolePolicy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'abc' } } }],
  }),
});
new aws.iam.RolePolicyAttachment('basic-ok', { role: fn.name, policyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' });
new aws.iam.RolePolicyAttachment('enum', { role: fn.name, policyArn: aws.iam.ManagedPolicy.AWSLambdaVPCAccessExecutionRole });
new aws.iam.RolePolicyAttachment('config-ok', { role: recorder.name, policyArn: 'arn:aws:iam::aws:policy/service-role/AWS_ConfigRole' });
new aws.iam.RolePolicyAttachment('customer', { role: fn.name, policyArn: 'arn:aws:iam::123456789012:policy/AWSLambdaBasicExecutionRole' });

// --- unknown
new aws.iam.Role('configured', { assumeRolePolicy: trust(config.require('service')) });
new aws.iam.Role('opaque', { assumeRolePolicy: config.require('trustPolicy') });
new aws.iam.RolePolicyAttachment('configured-arn', { role: fn.name, policyArn: config.require('policyArn') });
new aws.iam.Role('regional', { assumeRolePolicy: trust(`logs.${config.require('region')}.amazonaws.com`) });
