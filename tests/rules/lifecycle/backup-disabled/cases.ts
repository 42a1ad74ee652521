import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

// --- bad
new aws.dynamodb.Table('orders', { // error: [lifecycle/backup-disabled]
  billingMode: 'PAY_PER_REQUEST',
  hashKey: 'id',
  attributes: [{ name: 'id', type: 'S' }],
});
new aws.dynamodb.Table('sessions', {
  billingMode: 'PAY_PER_REQUEST',
  hashKey: 'id',
  attributes: [{ name: 'id', type: 'S' }],
  pointInTimeRecovery: { enabled: false }, // error: [lifecycle/backup-disabled]
});
new aws.dynamodb.Table('carts', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] }); // error: [lifecycle/backup-disabled]
new aws.rds.Instance('db', {
  engine: 'postgres',
  instanceClass: 'db.t3.micro',
  backupRetentionPeriod: 0, // error: [lifecycle/backup-disabled]
});
new aws.rds.Cluster('aurora', {
  engine: 'aurora-postgresql',
  backupRetentionPeriod: 0, // error: [lifecycle/backup-disabled]
});

// --- clean
new aws.dynamodb.Table('events', {
  billingMode: 'PAY_PER_REQUEST',
  hashKey: 'id',
  attributes: [{ name: 'id', type: 'S' }],
  pointInTimeRecovery: { enabled: true },
});
const primary = new aws.rds.Instance('primary', { engine: 'postgres', instanceClass: 'db.t3.micro', backupRetentionPeriod: 7 });
new aws.rds.Instance('default-backups', { engine: 'postgres', instanceClass: 'db.t3.micro' });
new aws.rds.Instance('replica', { instanceClass: 'db.t3.micro', replicateSourceDb: primary.identifier, backupRetentionPeriod: 0 });

// --- unknown
new aws.dynamodb.Table('configured', {
  hashKey: 'id',
  attributes: [{ name: 'id', type: 'S' }],
  pointInTimeRecovery: { enabled: config.getBoolean('pitr') ?? false },
});
new aws.rds.Instance('retention-config', { engine: 'postgres', instanceClass: 'db.t3.micro', backupRetentionPeriod: config.getNumber('retention') });
