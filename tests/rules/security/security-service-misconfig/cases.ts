import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const region = aws.getRegionOutput().name;

// --- bad
new aws.cfg.Rule('rds-public', {
  source: { owner: 'AWS', sourceIdentifier: 'RDS_INSTANCE_PUBLIC_ACCESS_CHECK' },
  maximumExecutionFrequency: 'Six_Hours', // error: [security/security-service-misconfig]
});
new aws.cfg.Rule('versioning', { source: { owner: 'AWS', sourceIdentifier: 's3-bucket-versioning-enabled' } }); // error: [security/security-service-misconfig]
const role = new aws.iam.Role('config', { assumeRolePolicy: '{}' });
new aws.cfg.Recorder('recorder', {
  roleArn: role.arn,
  recordingGroup: {
    allSupported: false,
    includeGlobalResourceTypes: true, // error: [security/security-service-misconfig]
    resourceTypes: ['AWS::EC2::Instance', 'AWS::S3::Bucket'],
  },
});
new aws.securityhub.StandardsSubscription('cis', {
  standardsArn: pulumi.interpolate`arn:aws:securityhub:${region}::standards/cis-aws-foundations-benchmark/v/1.2.0`, // error: [security/security-service-misconfig]
});
new aws.auditmanager.Framework('fw', {
  name: 'fw',
  controlSets: [{
    name: 'set',
    controls: [{
      id: pulumi.interpolate`arn:aws:auditmanager:${region}:111122223333:control/abc`, // error: [security/security-service-misconfig]
    }],
  }],
});

// --- clean
new aws.cfg.Rule('root-mfa', { source: { owner: 'AWS', sourceIdentifier: 'ROOT_ACCOUNT_MFA_ENABLED' }, maximumExecutionFrequency: 'TwentyFour_Hours' });
new aws.cfg.Rule('custom', { source: { owner: 'CUSTOM_LAMBDA', sourceIdentifier: 'arn:aws:lambda:us-east-1:111122223333:function:check' }, maximumExecutionFrequency: 'One_Hour' });
new aws.cfg.Recorder('all', { roleArn: role.arn, recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } });
new aws.securityhub.StandardsSubscription('fsbp', { standardsArn: pulumi.interpolate`arn:aws:securityhub:${region}::standards/aws-foundational-security-best-practices/v/1.0.0` });
new aws.securityhub.StandardsSubscription('cis-ruleset', { standardsArn: 'arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0' });

// --- unknown
new aws.cfg.Rule('configured', { source: { owner: 'AWS', sourceIdentifier: config.require('rule') }, maximumExecutionFrequency: 'Six_Hours' });
new aws.securityhub.StandardsSubscription('configured', { standardsArn: config.require('standard') });
