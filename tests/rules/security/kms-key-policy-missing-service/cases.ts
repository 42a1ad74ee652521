import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const region = aws.getRegionOutput().name;
const account = aws.getCallerIdentityOutput().accountId;
const rootStatement = { Sid: 'Root', Effect: 'Allow', Principal: { AWS: pulumi.interpolate`arn:aws:iam::${account}:root` }, Action: 'kms:*', Resource: '*' };

// --- bad
const defaultKey = new aws.kms.Key('default', { enableKeyRotation: true });
new aws.cloudwatch.LogGroup('app', { retentionInDays: 30, kmsKeyId: defaultKey.arn }); // error: [security/kms-key-policy-missing-service]

const rootOnly = new aws.kms.Key('root-only', {
  enableKeyRotation: true,
  policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [rootStatement] }),
});
new aws.cloudtrail.Trail('trail', { s3BucketName: 'trail-bucket', kmsKeyId: rootOnly.arn }); // error: [security/kms-key-policy-missing-service]

const alertsKey = new aws.kms.Key('alerts', { enableKeyRotation: true });
const alerts = new aws.sns.Topic('alerts', { kmsMasterKeyId: alertsKey.id }); // error: [security/kms-key-policy-missing-service]
new aws.cloudwatch.MetricAlarm('errors', {
  comparisonOperator: 'GreaterThanThreshold',
  evaluationPeriods: 1,
  metricName: 'Errors',
  namespace: 'AWS/Lambda',
  period: 60,
  statistic: 'Sum',
  threshold: 1,
  alarmActions: [alerts.arn],
});

const attachedKey = new aws.kms.Key('attached', { enableKeyRotation: true });
new aws.kms.KeyPolicy('attached', { keyId: attachedKey.id, policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [rootStatement] }) });
new aws.cloudwatch.LogGroup('attached', { kmsKeyId: attachedKey.arn }); // error: [security/kms-key-policy-missing-service]

// --- clean
const logsKey = new aws.kms.Key('logs', {
  enableKeyRotation: true,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [
      rootStatement,
      { Sid: 'Logs', Effect: 'Allow', Principal: { Service: pulumi.interpolate`logs.${region}.amazonaws.com` }, Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:GenerateDataKey*'], Resource: '*' },
    ],
  }),
});
new aws.cloudwatch.LogGroup('encrypted', { kmsKeyId: logsKey.arn });
const quietKey = new aws.kms.Key('quiet', { enableKeyRotation: true });
new aws.sns.Topic('quiet', { kmsMasterKeyId: quietKey.id });
new aws.sns.Topic('managed', { kmsMasterKeyId: 'alias/aws/sns' });
new aws.cloudwatch.LogGroup('plain', { retentionInDays: 7 });

// --- unknown
new aws.cloudwatch.LogGroup('configured', { kmsKeyId: config.require('kmsKeyArn') });
const configuredPolicy = new aws.kms.Key('configured-policy', { policy: config.require('keyPolicy') });
new aws.cloudwatch.LogGroup('configured-policy', { kmsKeyId: configuredPolicy.arn });
