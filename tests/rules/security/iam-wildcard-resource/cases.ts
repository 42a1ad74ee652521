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
new aws.iam.RolePolicy('data', {
  role: role.id,
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: [
          'dynamodb:GetItem',
          'dynamodb:PutItem',
          'xray:PutTraceSegments',
          'ec2:DescribeInstances',
        ],
        Resource: '*', // error: [security/iam-wildcard-resource]
      },
    ],
  }),
});

const doc = aws.iam.getPolicyDocument({
  statements: [
    { actions: ['secretsmanager:GetSecretValue'], resources: ['*'] }, // error: [security/iam-wildcard-resource]
    { actions: ['cloudwatch:PutMetricData', 'ecr:GetAuthorizationToken', 'sts:GetCallerIdentity'], resources: ['*'] },
  ],
});
new aws.iam.Policy('from-doc', { policy: doc.then((d) => d.json) });

new aws.iam.Policy('pass', {
  policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }] }, // error: [security/iam-wildcard-resource]
});

// --- clean
new aws.iam.RolePolicy('scoped', {
  role: role.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem'], Resource: [table.arn, pulumi.interpolate`${table.arn}/index/*`] },
      { Effect: 'Allow', Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'cloudwatch:PutMetricData', 'ec2:Describe*'], Resource: '*' },
      { Effect: 'Allow', Action: ['ec2:CreateNetworkInterface', 'ec2:DeleteNetworkInterface', 'ec2:DescribeNetworkInterfaces'], Resource: '*' },
      { Effect: 'Allow', Action: ['kms:Decrypt'], Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 'secretsmanager.us-east-1.amazonaws.com' } } },
      { Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' },
      { Effect: 'Deny', Action: 'dynamodb:DeleteTable', Resource: '*' },
      { Effect: 'Allow', Action: 'glue:StartJobRun', Resource: '*' },
    ],
  }),
});

const bucket = new aws.s3.BucketV2('site');
new aws.s3.BucketPolicy('tls', {
  bucket: bucket.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject', Resource: pulumi.interpolate`${bucket.arn}/*` }],
  }),
});

// --- unknown
new aws.iam.Policy('configured', {
  policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: config.require('resource') }] }),
});
new aws.iam.Policy('actions', {
  policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: config.requireObject<string[]>('actions'), Resource: '*' }] }),
});
