import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const key = new aws.kms.Key('key', { enableKeyRotation: true });

// --- bad
new aws.rds.Instance('db', { // error: [security/encryption-at-rest-disabled]
  engine: 'postgres',
  instanceClass: 'db.t3.micro',
  allocatedStorage: 20,
  username: 'app',
  manageMasterUserPassword: true,
});

new aws.rds.Instance('db-off', {
  engine: 'mysql',
  instanceClass: 'db.t3.micro',
  storageEncrypted: false, // error: [security/encryption-at-rest-disabled]
});

new aws.rds.Cluster('aurora', { engine: 'aurora-postgresql', masterUsername: 'app', manageMasterUserPassword: true }); // error: [security/encryption-at-rest-disabled]
new aws.rds.Cluster('multi-az', { engine: 'postgres', dbClusterInstanceClass: 'db.m6gd.large', allocatedStorage: 100 }); // error: [security/encryption-at-rest-disabled]
new aws.ebs.Volume('data', { availabilityZone: 'us-east-1a', size: 10, encrypted: false }); // error: [security/encryption-at-rest-disabled]

new aws.ec2.Instance('web', {
  ami: 'ami-123',
  instanceType: 't3.micro',
  rootBlockDevice: { volumeSize: 20, encrypted: false }, // error: [security/encryption-at-rest-disabled]
  ebsBlockDevices: [{ deviceName: '/dev/sdf', volumeSize: 10, encrypted: false }], // error: [security/encryption-at-rest-disabled]
});

new aws.ec2.LaunchTemplate('lt', {
  blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { volumeSize: 20, encrypted: 'false' } }], // error: [security/encryption-at-rest-disabled]
});

// Volumes declared without `encrypted` (medium) and no root volume settings at all (low).
new aws.ec2.LaunchTemplate('lt-unset', {
  imageId: 'ami-123',
  blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { volumeSize: 30, volumeType: 'gp3' } }], // error: [security/encryption-at-rest-disabled]
});
new aws.ec2.LaunchTemplate('lt-default', { imageId: 'ami-123', instanceType: 't3.micro' }); // error: [security/encryption-at-rest-disabled]
new aws.ec2.Instance('bare', { ami: 'ami-123', instanceType: 't3.micro' }); // error: [security/encryption-at-rest-disabled]
new aws.ec2.Instance('root-unset', {
  ami: 'ami-123',
  instanceType: 't3.micro',
  rootBlockDevice: { volumeSize: 30, volumeType: 'gp3' }, // error: [security/encryption-at-rest-disabled]
});
new aws.ec2.LaunchConfiguration('lc', { imageId: 'ami-123', instanceType: 't3.micro' }); // error: [security/encryption-at-rest-disabled]
new aws.ec2.LaunchConfiguration('lc-off', {
  imageId: 'ami-123',
  instanceType: 't3.micro',
  rootBlockDevice: { encrypted: true },
  ebsBlockDevices: [{ deviceName: '/dev/sdf', volumeSize: 10, encrypted: false }], // error: [security/encryption-at-rest-disabled]
});

new aws.efs.FileSystem('fs', { performanceMode: 'generalPurpose' }); // error: [security/encryption-at-rest-disabled]
new aws.elasticache.ReplicationGroup('redis', { description: 'cache', nodeType: 'cache.t3.micro', numCacheClusters: 1 }); // error: [security/encryption-at-rest-disabled]
new aws.kinesis.Stream('events', { shardCount: 1 }); // error: [security/encryption-at-rest-disabled]
new aws.kinesis.Stream('events-none', { shardCount: 1, encryptionType: 'NONE' }); // error: [security/encryption-at-rest-disabled]
new aws.redshift.Cluster('dw', { clusterIdentifier: 'dw', nodeType: 'ra3.xlplus', encrypted: 'false' }); // error: [security/encryption-at-rest-disabled]
new aws.sns.Topic('alerts', { displayName: 'Alerts' }); // error: [security/encryption-at-rest-disabled]
new aws.sqs.Queue('jobs', { sqsManagedSseEnabled: false }); // error: [security/encryption-at-rest-disabled]
new aws.opensearch.Domain('search', { engineVersion: 'OpenSearch_2.11' }); // error: [security/encryption-at-rest-disabled]
new aws.opensearch.Domain('search-off', {
  engineVersion: 'OpenSearch_2.11',
  encryptAtRest: { enabled: false }, // error: [security/encryption-at-rest-disabled]
});

new aws.ebs.Volume('default-volume', { availabilityZone: 'us-east-1a', size: 10 }); // error: [security/encryption-at-rest-disabled]
new aws.docdb.Cluster('docs', { masterUsername: 'app', manageMasterUserPassword: true }); // error: [security/encryption-at-rest-disabled]
new aws.neptune.Cluster('graph', { storageEncrypted: false }); // error: [security/encryption-at-rest-disabled]
new aws.dax.Cluster('dax', { clusterName: 'dax', iamRoleArn: 'arn:aws:iam::111122223333:role/dax', nodeType: 'dax.t3.small', replicationFactor: 1 }); // error: [security/encryption-at-rest-disabled]
new aws.kinesis.FirehoseDeliveryStream('direct', { destination: 'extended_s3' }); // error: [security/encryption-at-rest-disabled]

// A secondary of an encrypted global database, in another Region, without a key of its own.
const primaryRegion = new aws.Provider('primary', { region: 'us-east-1' });
const secondaryRegion = new aws.Provider('secondary', { region: 'eu-west-1' });
const gc = new aws.rds.GlobalCluster('gc', { globalClusterIdentifier: 'gc', engine: 'aurora-mysql', storageEncrypted: true }, { provider: primaryRegion });
new aws.rds.Cluster('gc-primary', { engine: 'aurora-mysql', globalClusterIdentifier: gc.id, storageEncrypted: true }, { provider: primaryRegion });
new aws.rds.Cluster('gc-secondary', { engine: 'aurora-mysql', globalClusterIdentifier: gc.id }, { provider: secondaryRegion }); // error: [security/encryption-at-rest-disabled]

// --- clean
const primary = new aws.rds.Instance('primary', { engine: 'postgres', instanceClass: 'db.t3.micro', storageEncrypted: true, kmsKeyId: key.arn });
new aws.rds.Instance('replica', { instanceClass: 'db.t3.micro', replicateSourceDb: primary.identifier });
new aws.rds.Instance('aurora-member', { engine: 'aurora-mysql', instanceClass: 'db.r6g.large' });
new aws.rds.Cluster('encrypted', { engine: 'aurora-mysql', storageEncrypted: true, kmsKeyId: key.arn });
new aws.rds.Cluster('serverless-v1', { engine: 'aurora-mysql', engineMode: 'serverless' });
new aws.ebs.Volume('from-snapshot', { availabilityZone: 'us-east-1a', snapshotId: 'snap-0123456789abcdef0' });
new aws.docdb.Cluster('docs-encrypted', { masterUsername: 'app', manageMasterUserPassword: true, storageEncrypted: true });
new aws.kinesis.FirehoseDeliveryStream('from-stream', { destination: 'extended_s3', kinesisSourceConfiguration: { kinesisStreamArn: 'arn:aws:kinesis:us-east-1:111122223333:stream/s', roleArn: 'arn:aws:iam::111122223333:role/r' } });
const gcEncrypted = new aws.rds.GlobalCluster('gc-ok', { globalClusterIdentifier: 'gc-ok', engine: 'aurora-postgresql', storageEncrypted: true });
const east = new aws.Provider('east', { region: 'us-east-1' });
const west = new aws.Provider('west', { region: 'us-west-2' });
new aws.rds.Cluster('gc-ok-primary', { engine: 'aurora-postgresql', globalClusterIdentifier: gcEncrypted.id, storageEncrypted: true }, { provider: east });
const westKey = new aws.kms.Key('west-key', { enableKeyRotation: true }, { provider: west });
new aws.rds.Cluster('gc-ok-secondary', { engine: 'aurora-postgresql', globalClusterIdentifier: gcEncrypted.id, storageEncrypted: true, kmsKeyId: westKey.arn }, { provider: west });
new aws.ec2.Instance('web-encrypted', { ami: 'ami-123', instanceType: 't3.micro', rootBlockDevice: { encrypted: true } });
const encryptedTemplate = new aws.ec2.LaunchTemplate('lt-encrypted', {
  imageId: 'ami-123',
  blockDeviceMappings: [
    { deviceName: '/dev/xvda', ebs: { volumeSize: 30, encrypted: 'true', kmsKeyId: key.arn } },
    { deviceName: '/dev/sdb', virtualName: 'ephemeral0' },
    { deviceName: '/dev/sdc', ebs: { snapshotId: 'snap-0123456789abcdef0' } },
  ],
});
new aws.ec2.Instance('from-template', { launchTemplate: { id: encryptedTemplate.id, version: '$Latest' } });
new aws.ec2.LaunchConfiguration('lc-encrypted', {
  imageId: 'ami-123',
  instanceType: 't3.micro',
  rootBlockDevice: { encrypted: true },
  ebsBlockDevices: [{ deviceName: '/dev/sdf', volumeSize: 10, encrypted: true }],
});
new aws.efs.FileSystem('fs-encrypted', { encrypted: true, kmsKeyId: key.arn });
new aws.elasticache.ReplicationGroup('valkey', { description: 'cache', engine: 'valkey', nodeType: 'cache.t3.micro' });
new aws.elasticache.ReplicationGroup('redis-encrypted', { description: 'cache', nodeType: 'cache.t3.micro', atRestEncryptionEnabled: true });
new aws.kinesis.Stream('events-kms', { shardCount: 1, encryptionType: 'KMS', kmsKeyId: 'alias/aws/kinesis' });
new aws.redshift.Cluster('dw-default', { clusterIdentifier: 'dw2', nodeType: 'ra3.xlplus' });
new aws.sns.Topic('alerts-kms', { kmsMasterKeyId: key.id });
new aws.sqs.Queue('jobs-default');
new aws.sqs.Queue('jobs-kms', { sqsManagedSseEnabled: false, kmsMasterKeyId: key.id });
new aws.opensearch.Domain('search-encrypted', { engineVersion: 'OpenSearch_2.11', encryptAtRest: { enabled: true } });
new aws.dynamodb.Table('table', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }], serverSideEncryption: { enabled: false } });
new aws.s3.BucketV2('bucket');
new aws.cloudwatch.LogGroup('logs', { retentionInDays: 7 });

// --- unknown
const base = config.requireObject<Record<string, unknown>>('db');
new aws.rds.Instance('from-config', { engine: 'postgres', instanceClass: 'db.t3.micro', storageEncrypted: config.getBoolean('encrypt') });
new aws.rds.Instance('spread', { ...base, engine: 'postgres', instanceClass: 'db.t3.micro' });
new aws.kinesis.Stream('events-config', { shardCount: 1, encryptionType: config.get('streamEncryption') });
new aws.elasticache.ReplicationGroup('engine-config', { description: 'cache', engine: config.require('engine'), nodeType: 'cache.t3.micro' });
new aws.rds.Cluster('engine-unknown', { engine: config.require('engine') });
const ltBase = config.requireObject<Record<string, unknown>>('launchTemplate');
new aws.ec2.LaunchTemplate('lt-spread', { ...ltBase, imageId: 'ami-123' });
new aws.ec2.LaunchTemplate('lt-config', {
  imageId: 'ami-123',
  blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { volumeSize: 30, encrypted: config.require('encrypted') } }],
});
new aws.ec2.LaunchTemplate('lt-mappings-config', { imageId: 'ami-123', blockDeviceMappings: config.requireObject('mappings') });
new aws.ec2.Instance('root-config', { ami: 'ami-123', instanceType: 't3.micro', rootBlockDevice: config.requireObject('root') });
