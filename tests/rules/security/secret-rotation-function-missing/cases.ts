import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const id = aws.getCallerIdentityOutput();
const secret = new aws.secretsmanager.Secret('db');

// --- bad
new aws.secretsmanager.SecretRotation('db', {
  secretId: secret.id,
  rotationLambdaArn: pulumi.interpolate`arn:aws:lambda:us-east-1:${id.accountId}:function:SecretsManagerRotation`, // error: [security/secret-rotation-function-missing]
  rotationRules: { automaticallyAfterDays: 30 },
});

// --- clean
const role = new aws.iam.Role('rotation', { assumeRolePolicy: '{}' });
const fn = new aws.lambda.Function('rotation', { name: 'db-rotation', runtime: 'python3.12', handler: 'index.handler', role: role.arn, code: new pulumi.asset.AssetArchive({ 'index.py': new pulumi.asset.StringAsset('def handler(e, c): pass') }) });
new aws.secretsmanager.SecretRotation('db-fn', { secretId: secret.id, rotationLambdaArn: fn.arn, rotationRules: { automaticallyAfterDays: 30 } });
new aws.secretsmanager.SecretRotation('db-named', { secretId: secret.id, rotationLambdaArn: pulumi.interpolate`arn:aws:lambda:us-east-1:${id.accountId}:function:db-rotation`, rotationRules: { automaticallyAfterDays: 30 } });

// --- unknown
new aws.secretsmanager.SecretRotation('db-config', { secretId: secret.id, rotationLambdaArn: config.require('rotationArn'), rotationRules: { automaticallyAfterDays: 30 } });
