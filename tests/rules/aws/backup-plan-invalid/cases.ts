import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = config.require('backupRoleArn');
const vault = new aws.backup.Vault('vault', {});

// --- bad
const cold = new aws.backup.Plan('cold', {
  rules: [{
    ruleName: 'daily', targetVaultName: vault.name, schedule: 'cron(0 5 * * ? *)',
    lifecycle: { coldStorageAfter: 30, deleteAfter: 35 }, // error: [aws/backup-plan-invalid]
    startWindow: 30, // error: [aws/backup-plan-invalid]
  }],
});
new aws.backup.Selection('cold', { planId: cold.id, iamRoleArn: role, resources: ['arn:aws:dynamodb:us-east-1:123456789012:table/orders'] });
new aws.backup.Plan('unused', { rules: [{ ruleName: 'weekly', targetVaultName: vault.name, schedule: 'cron(0 5 ? * 1 *)' }] }); // error: [aws/backup-plan-invalid]
const empty = new aws.backup.Plan('empty', { rules: [{ ruleName: 'daily', targetVaultName: vault.name, schedule: 'cron(0 5 * * ? *)' }] });
new aws.backup.Selection('empty', { planId: empty.id, iamRoleArn: role }); // error: [aws/backup-plan-invalid]

// --- clean
const ok = new aws.backup.Plan('ok', {
  rules: [{ ruleName: 'daily', targetVaultName: vault.name, schedule: 'cron(0 5 * * ? *)', startWindow: 60, lifecycle: { coldStorageAfter: 30, deleteAfter: 120 } }],
});
new aws.backup.Selection('ok', { planId: ok.id, iamRoleArn: role, selectionTags: [{ type: 'STRINGEQUALS', key: 'backup', value: 'daily' }] });

// --- unknown
const configured = new aws.backup.Plan('configured', { rules: [{ ruleName: 'c', targetVaultName: vault.name, schedule: 'cron(0 5 * * ? *)', lifecycle: { coldStorageAfter: 30, deleteAfter: config.requireNumber('retentionDays') } }] });
new aws.backup.Selection('configured', { planId: configured.id, iamRoleArn: role, resources: config.requireObject<string[]>('backupResources') });
