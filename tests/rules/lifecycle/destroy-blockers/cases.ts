import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const isProd = config.get('env') === 'prod';

// --- bad
new aws.rds.Instance('db', { // error: [lifecycle/destroy-blockers]
  engine: 'postgres',
  instanceClass: 'db.t3.micro',
  deletionProtection: true,
  skipFinalSnapshot: true,
});
new aws.rds.Cluster('aurora', { engine: 'aurora-postgresql', storageEncrypted: true }); // error: [lifecycle/destroy-blockers]
new aws.dynamodb.Table('orders', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }], deletionProtectionEnabled: true }); // error: [lifecycle/destroy-blockers]
new aws.lb.LoadBalancer('alb', { subnets: ['subnet-1', 'subnet-2'], enableDeletionProtection: true }); // error: [lifecycle/destroy-blockers]
new aws.cognito.UserPool('users', { deletionProtection: 'ACTIVE' }); // error: [lifecycle/destroy-blockers]
new aws.s3.BucketV2('data'); // error: [lifecycle/destroy-blockers]
new aws.s3.Bucket('logs', { forceDestroy: false }); // error: [lifecycle/destroy-blockers]
new aws.secretsmanager.Secret('api-key', { name: 'app/api-key' }); // error: [lifecycle/destroy-blockers]
new aws.secretsmanager.Secret('db-password', { name: 'app/db-password', recoveryWindowInDays: 7 }); // error: [lifecycle/destroy-blockers]
new aws.sqs.Queue('jobs', {}, { protect: true }); // error: [lifecycle/destroy-blockers]
new aws.iam.Role('role', { assumeRolePolicy: '{}' }, { retainOnDelete: true }); // error: [lifecycle/destroy-blockers]
new aws.ecr.Repository('images', { imageScanningConfiguration: { scanOnPush: true } }); // error: [lifecycle/destroy-blockers]
const vault = new aws.backup.Vault('vault', {}); // error: [lifecycle/destroy-blockers]
new aws.backup.Plan('daily', { rules: [{ ruleName: 'daily', targetVaultName: vault.name, schedule: 'cron(0 5 * * ? *)' }] });

// --- clean
new aws.rds.Instance('db-clean', { engine: 'postgres', instanceClass: 'db.t3.micro', deletionProtection: false, skipFinalSnapshot: true });
new aws.rds.Cluster('aurora-snapshot', { engine: 'aurora-postgresql', finalSnapshotIdentifier: 'aurora-final' });
new aws.s3.BucketV2('scratch', { forceDestroy: true });
new aws.secretsmanager.Secret('token', { name: 'app/token', recoveryWindowInDays: 0 });
new aws.secretsmanager.Secret('auto-named');
new aws.kms.Key('key', { deletionWindowInDays: 30 });
new aws.dynamodb.Table('events', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] });
new aws.ecr.Repository('images-ok', { forceDelete: true });
new aws.backup.Vault('unused-vault', {});

// --- unknown
new aws.rds.Instance('db-config', { engine: 'postgres', instanceClass: 'db.t3.micro', deletionProtection: isProd, skipFinalSnapshot: !isProd });
new aws.s3.BucketV2('configured', { forceDestroy: config.getBoolean('forceDestroy') });
new aws.dynamodb.Table('protected-in-prod', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] }, { protect: isProd });
