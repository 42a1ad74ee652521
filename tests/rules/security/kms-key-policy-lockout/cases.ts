import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const region = config.require('region');
const account = aws.getCallerIdentityOutput().accountId;
const appRole = new aws.iam.Role('app', {
  assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
});

// --- bad
new aws.kms.Key('logs-key', {
  policy: JSON.stringify({ // error: [security/kms-key-policy-lockout]
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: `logs.${region}.amazonaws.com` }, Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:GenerateDataKey*'], Resource: '*' }],
  }),
});

const dataKey = new aws.kms.Key('data-key', { description: 'data' });
new aws.kms.KeyPolicy('data-key-policy', {
  keyId: dataKey.id,
  policy: pulumi.jsonStringify({ // error: [security/kms-key-policy-lockout]
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: appRole.arn }, Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: '*' }],
  }),
});

// --- clean
new aws.kms.Key('managed-key', {
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'EnableRootAccess', Effect: 'Allow', Principal: { AWS: pulumi.interpolate`arn:aws:iam::${account}:root` }, Action: 'kms:*', Resource: '*' },
      { Effect: 'Allow', Principal: { Service: `logs.${region}.amazonaws.com` }, Action: ['kms:Encrypt*', 'kms:Decrypt*'], Resource: '*' },
    ],
  }),
});

new aws.kms.Key('admin-role-key', {
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/KeyAdmins' }, Action: ['kms:Create*', 'kms:Describe*', 'kms:Put*', 'kms:Enable*'], Resource: '*' }],
  }),
});

new aws.kms.Key('bypass-key', {
  bypassPolicyLockoutSafetyCheck: true,
  policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'kms:Decrypt', Resource: '*' }] }),
});

new aws.kms.Key('default-policy-key', { enableKeyRotation: true });

// --- unknown
const extra: object[] = config.requireObject('keyStatements');
new aws.kms.Key('configured-key', {
  policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'logs.amazonaws.com' }, Action: 'kms:Decrypt', Resource: '*' }, ...extra] }),
});

new aws.kms.Key('action-from-config', {
  policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: config.require('adminAction'), Resource: '*' }] }),
});
