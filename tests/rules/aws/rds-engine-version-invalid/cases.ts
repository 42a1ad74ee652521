import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const common = { instanceClass: 'db.t3.micro', allocatedStorage: 20, username: 'app', manageMasterUserPassword: true, skipFinalSnapshot: true };

// --- bad
new aws.rds.Instance('pg-old-minor', { ...common, engine: 'postgres', engineVersion: '14.7' }); // error: [aws/rds-engine-version-invalid]
new aws.rds.Instance('pg-mysql-version', { ...common, engine: 'postgres', engineVersion: '8.0.35' }); // error: [aws/rds-engine-version-invalid]
new aws.rds.Instance('mysql-pg-version', { ...common, engine: 'mysql', engineVersion: '15.4' }); // error: [aws/rds-engine-version-invalid]
new aws.rds.Instance('mysql-retired', { ...common, engine: 'mysql', engineVersion: '5.6.51' }); // error: [aws/rds-engine-version-invalid]
const cluster = new aws.rds.Cluster('aurora-mysql', {
  engine: aws.rds.EngineType.AuroraMysql,
  engineVersion: '8.0', // error: [aws/rds-engine-version-invalid]
  masterUsername: 'app',
  manageMasterUserPassword: true,
  skipFinalSnapshot: true,
});
new aws.rds.ClusterInstance('aurora-mysql-1', { clusterIdentifier: cluster.id, instanceClass: 'db.r6g.large', engine: 'aurora-mysql', engineVersion: cluster.engineVersion });
new aws.rds.GlobalCluster('global', { globalClusterIdentifier: 'global', engine: 'aurora-postgresql', engineVersion: '15.3' }); // error: [aws/rds-engine-version-invalid]
new aws.rds.Cluster('payments', {
  engine: 'postgres', // error: [aws/rds-engine-version-invalid]
  masterUsername: 'app',
  manageMasterUserPassword: true,
  skipFinalSnapshot: true,
});

// --- clean
new aws.rds.Cluster('multi-az-ok', { engine: 'mysql', engineVersion: '8.0.40', dbClusterInstanceClass: 'db.m6gd.large', allocatedStorage: 100, storageType: 'io1', iops: 1000, masterUsername: 'app', manageMasterUserPassword: true });
new aws.rds.Instance('pg-major', { ...common, engine: 'postgres', engineVersion: '16' });
new aws.rds.Instance('pg-current', { ...common, engine: 'postgres', engineVersion: '16.6' });
new aws.rds.Instance('mysql-current', { ...common, engine: 'mysql', engineVersion: '8.0.40' });
new aws.rds.Instance('mariadb', { ...common, engine: 'mariadb', engineVersion: '10.11.9' });
new aws.rds.Cluster('aurora-mysql-ok', { engine: 'aurora-mysql', engineVersion: '8.0.mysql_aurora.3.08.0', masterUsername: 'app', manageMasterUserPassword: true, skipFinalSnapshot: true });
new aws.rds.Cluster('aurora-pg-lts', { engine: 'aurora-postgresql', engineVersion: '14.6', masterUsername: 'app', manageMasterUserPassword: true, skipFinalSnapshot: true });
new aws.rds.Instance('pg-default', { ...common, engine: 'postgres' });

// --- unknown
new aws.rds.Cluster('multi-az-config', { engine: 'mysql', masterUsername: 'app', manageMasterUserPassword: true, ...config.requireObject<object>('clusterSettings') });
new aws.rds.Instance('pg-config', { ...common, engine: 'postgres', engineVersion: config.require('pgVersion') });
new aws.rds.Instance('engine-config', { ...common, engine: config.require('engine'), engineVersion: '14.7' });
