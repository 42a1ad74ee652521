import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const logs = new aws.s3.BucketV2('alb-logs');

// --- bad
new aws.iam.Role('monitoring', {
  assumeRolePolicy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: 'sts:AssumeRole',
        Principal: { AWS: 'arn:aws:iam::123456789012:root' }, // error: [aws/hardcoded-account-id]
      },
    ],
  }),
});
new aws.sns.TopicPolicy('alerts', {
  arn: 'arn:aws:sns:us-east-1:111122223333:alerts', // error: [aws/hardcoded-account-id]
  policy: JSON.stringify({
    Statement: [{ Effect: 'Allow', Principal: { AWS: ['444455556666'] }, Action: 'sns:Publish', Resource: '*' }], // error: [aws/hardcoded-account-id]
  }),
});
new aws.lambda.Permission('s3-invoke', {
  action: 'lambda:InvokeFunction',
  function: 'processor',
  principal: 's3.amazonaws.com',
  sourceAccount: '123456789012', // error: [aws/hardcoded-account-id]
});
new aws.lambda.Permission('defaulted', {
  action: 'lambda:InvokeFunction',
  function: 'processor',
  principal: 's3.amazonaws.com',
  sourceAccount: config.get('sourceAccount') || '123456789012', // error: [aws/hardcoded-account-id]
});
const region = aws.getRegionOutput().name;
new aws.lambda.Function('insights', {
  role: 'arn:aws:iam::210987654321:role/fn', // error: [aws/hardcoded-account-id]
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  code: new pulumi.asset.FileArchive('./app'),
  layers: [pulumi.interpolate`arn:aws:lambda:${region}:580247275435:layer:LambdaInsightsExtension:21`], // error: [aws/hardcoded-account-id]
});
new aws.sns.Topic('alerts', { kmsMasterKeyId: pulumi.interpolate`arn:aws:kms:${region}:123456789012:key/abc` }); // error: [aws/hardcoded-account-id]
export const secretArn = pulumi.output('arn:aws:secretsmanager:us-east-1:123456789012:secret:db'); // error: [aws/hardcoded-account-id]

// --- clean
const identity = aws.getCallerIdentityOutput();
new aws.iam.Role('deployer', {
  assumeRolePolicy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: pulumi.interpolate`arn:aws:iam::${identity.accountId}:root` } }],
  }),
});
new aws.s3.BucketPolicy('alb-logs', {
  bucket: logs.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::127311923021:root' }, Action: 's3:PutObject', Resource: pulumi.interpolate`${logs.arn}/*` }],
  }),
});
new aws.iam.RolePolicyAttachment('ro', { role: 'deployer', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' });

// --- unknown
new aws.lambda.Permission('configured', {
  action: 'lambda:InvokeFunction',
  function: 'processor',
  principal: 's3.amazonaws.com',
  sourceAccount: config.get('sourceAccount') || '210987654321',
});
