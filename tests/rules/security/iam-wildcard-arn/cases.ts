import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const caller = aws.getCallerIdentityOutput();
const region = aws.getRegionOutput();
const table = new aws.dynamodb.Table('orders', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }], billingMode: 'PAY_PER_REQUEST' });
const role = new aws.iam.Role('fn', {
  assumeRolePolicy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  }),
});
const environmentSuffix = config.get('environmentSuffix') || 'dev';

// --- bad
new aws.iam.RolePolicy('read-logs', {
  role: role.id,
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['logs:GetLogEvents', 'logs:FilterLogEvents'],
        Resource: 'arn:aws:logs:ap-south-1:*:log-group:/aws/ec2/*', // error: [security/iam-wildcard-arn]
      },
    ],
  }),
});
new aws.iam.Policy('buckets', {
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:ListBucket'],
      Resource: [
        'arn:aws:s3:::*', // error: [security/iam-wildcard-arn]
        'arn:aws:s3:::*/*', // one statement, one finding
      ],
    }],
  }),
});
new aws.iam.RolePolicy('params', {
  role: role.id,
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{
      Effect: 'Allow',
      Action: ['ssm:GetParameter'],
      Resource: `arn:aws:ssm:*:*:parameter/app-${environmentSuffix}/*`, // error: [security/iam-wildcard-arn]
    }],
  }),
});
new aws.iam.RolePolicy('all-regions', {
  role: role.id,
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['dynamodb:Query'], Resource: 'arn:aws:dynamodb:*:123456789012:table/orders' }], // error: [security/iam-wildcard-arn]
  }),
});
new aws.iam.RolePolicy('assume', {
  role: role.id,
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::*:role/deployer' }], // error: [security/iam-wildcard-arn]
  }),
});

// --- clean
new aws.iam.RolePolicy('scoped', {
  role: role.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['dynamodb:GetItem'], Resource: table.arn },
      { Effect: 'Allow', Action: ['logs:GetLogEvents'], Resource: pulumi.interpolate`arn:aws:logs:${region.name}:${caller.accountId}:log-group:/aws/ec2/*` },
      { Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::reports-bucket/*' },
      { Effect: 'Allow', Action: ['ssm:GetParameter'], Resource: 'arn:aws:ssm:us-east-1:123456789012:parameter/app/*' },
      { Effect: 'Allow', Action: ['xray:PutTraceSegments'], Resource: '*' },
      { Effect: 'Deny', Action: ['s3:DeleteObject'], Resource: 'arn:aws:s3:::*' },
      { Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::*', Condition: { StringEquals: { 'aws:ResourceAccount': '123456789012' } } },
      { Effect: 'Allow', Action: ['iam:ChangePassword', 'iam:GetUser'], Resource: 'arn:aws:iam::*:user/${aws:username}' },
    ],
  }),
});
new aws.s3.BucketPolicy('public-read', {
  bucket: 'reports-bucket',
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports-bucket/*' }],
  }),
});

// --- unknown
new aws.iam.RolePolicy('configured', {
  role: role.id,
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['ssm:GetParameter'], Resource: `arn:aws:ssm:${config.require('region')}:${config.require('account')}:parameter/app/*` },
      { Effect: 'Allow', Action: ['s3:GetObject'], Resource: `arn:aws:s3:::${config.require('bucket')}/*` },
      { Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: config.require('queueArn') },
    ],
  }),
});
