import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const table = new aws.dynamodb.Table('orders', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }], billingMode: 'PAY_PER_REQUEST' });
const role = new aws.iam.Role('fn', {
  assumeRolePolicy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  }),
});

// --- bad
new aws.iam.RolePolicy('admin', {
  role: role.id,
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }], // error: [security/iam-wildcard-action]
  }),
});

new aws.iam.RolePolicy('data', {
  role: role.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: [
          'dynamodb:*', // error: [security/iam-wildcard-action]
          'logs:CreateLogStream',
        ],
        Resource: table.arn,
      },
    ],
  }),
});

new aws.iam.Policy('not-action', {
  policy: {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', NotAction: ['iam:*'], Resource: '*' }], // error: [security/iam-wildcard-action]
  },
});

const doc = aws.iam.getPolicyDocument({
  statements: [{ actions: ['s3:*'], resources: ['*'] }], // error: [security/iam-wildcard-action]
});
new aws.iam.Policy('from-doc', { policy: doc.then((d) => d.json) });

new aws.iam.Role('inline', {
  assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
  inlinePolicies: [{ name: 'sqs', policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'SQS:*', Resource: '*' }] }) }], // error: [security/iam-wildcard-action]
});

new aws.iam.Policy('literal', {
  policy: `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:*", "Resource": "*"}]}`, // error: [security/iam-wildcard-action]
});

const key = new aws.kms.Key('key', {
  enableKeyRotation: true,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Root', Effect: 'Allow', Principal: { AWS: pulumi.interpolate`arn:aws:iam::${aws.getCallerIdentityOutput().accountId}:root` }, Action: 'kms:*', Resource: '*' },
      { Sid: 'App', Effect: 'Allow', Principal: { AWS: role.arn }, Action: 'kms:*', Resource: '*' }, // error: [security/iam-wildcard-action]
    ],
  }),
});

// --- clean
new aws.iam.RolePolicy('scoped', {
  role: role.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'], Resource: table.arn },
      { Effect: 'Allow', Action: ['kms:Decrypt'], Resource: key.arn },
    ],
  }),
});

const bucket = new aws.s3.BucketV2('data');
new aws.s3.BucketPolicy('tls-only', {
  bucket: bucket.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [bucket.arn, pulumi.interpolate`${bucket.arn}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  }),
});

new aws.kms.Key('default-policy', {
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'kms:*', Resource: '*' }],
  }),
});

new aws.iam.Policy('partial', {
  policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }] }),
});

const boundary = new aws.iam.Policy('boundary', {
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: '*', Resource: '*' },
      { Effect: 'Deny', Action: ['iam:CreateUser', 'organizations:*'], Resource: '*' },
    ],
  }),
});
new aws.iam.Role('bounded', { assumeRolePolicy: role.assumeRolePolicy, permissionsBoundary: boundary.arn });

// --- unknown
new aws.iam.Policy('configured', {
  policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: config.require('action'), Resource: '*' }] }),
});
new aws.iam.Policy('opaque', { policy: config.require('policyJson') });
new aws.iam.Policy('effect', {
  policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: config.require('effect'), Action: 's3:*', Resource: '*' }] }),
});
