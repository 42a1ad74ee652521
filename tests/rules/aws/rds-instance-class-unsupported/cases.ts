import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const common = { allocatedStorage: 20, username: 'app', manageMasterUserPassword: true, skipFinalSnapshot: true };
const cluster = new aws.rds.Cluster('aurora', { engine: 'aurora-mysql', engineVersion: '8.0.mysql_aurora.3.08.0', masterUsername: 'app', manageMasterUserPassword: true, skipFinalSnapshot: true });

// --- bad
for (const az of ['a', 'b']) {
  new aws.rds.ClusterInstance(`aurora-${az}`, {
    clusterIdentifier: cluster.id, engine: 'aurora-mysql',
    instanceClass: 'db.t3.small', // error: [aws/rds-instance-class-unsupported]
  });
}
new aws.rds.Instance('pg', { ...common, engine: 'postgres', engineVersion: '15.8', instanceClass: 'db.t2.micro' }); // error: [aws/rds-instance-class-unsupported]
new aws.rds.Instance('no-prefix', { ...common, engine: 'mysql', instanceClass: 't3.micro' }); // error: [aws/rds-instance-class-unsupported]
new aws.rds.Instance('serverless', { ...common, engine: 'postgres', instanceClass: 'db.serverless' }); // error: [aws/rds-instance-class-unsupported]

// --- clean
new aws.rds.ClusterInstance('aurora-ok', { clusterIdentifier: cluster.id, engine: 'aurora-mysql', instanceClass: 'db.t4g.medium' });
new aws.rds.ClusterInstance('aurora-serverless', { clusterIdentifier: cluster.id, engine: 'aurora-mysql', instanceClass: 'db.serverless' });
new aws.rds.Instance('pg-ok', { ...common, engine: 'postgres', engineVersion: '16.4', instanceClass: 'db.t4g.micro' });

// --- unknown
new aws.rds.Instance('configured', { ...common, engine: 'postgres', instanceClass: config.require('dbInstanceClass') });
new aws.rds.ClusterInstance('engine-unknown', { clusterIdentifier: config.require('clusterId'), engine: config.require('engine'), instanceClass: 'db.t3.micro' });
