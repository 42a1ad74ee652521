import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const common = { instanceClass: 'db.t4g.micro', allocatedStorage: 20, username: 'app', manageMasterUserPassword: true, skipFinalSnapshot: true };
const pg15 = new aws.rds.ParameterGroup('pg15', { family: 'postgres15' });
const auroraCluster = new aws.rds.ClusterParameterGroup('aurora-pg15', { family: 'aurora-postgresql15' });

// --- bad
new aws.rds.Instance('pg16', {
  ...common, engine: 'postgres', engineVersion: '16.4',
  parameterGroupName: pg15.name, // error: [aws/rds-parameter-group-family-mismatch]
});
const cluster = new aws.rds.Cluster('aurora', {
  engine: 'aurora-postgresql', engineVersion: '16.4', masterUsername: 'app', manageMasterUserPassword: true, skipFinalSnapshot: true,
  dbClusterParameterGroupName: auroraCluster.name, // error: [aws/rds-parameter-group-family-mismatch]
});
for (const i of [1, 2]) {
  new aws.rds.ClusterInstance(`aurora-${i}`, {
    clusterIdentifier: cluster.id, engine: 'aurora-postgresql', instanceClass: 'db.r6g.large',
    dbParameterGroupName: pg15.name, // error: [aws/rds-parameter-group-family-mismatch]
  });
}

// --- clean
new aws.rds.Instance('pg15-ok', { ...common, engine: 'postgres', engineVersion: '15.8', parameterGroupName: pg15.name });
const mysql = new aws.rds.ParameterGroup('mysql', { family: 'mysql8.0' });
new aws.rds.Instance('mysql-ok', { ...common, engine: 'mysql', engineVersion: '8.0.40', parameterGroupName: mysql.name });
new aws.rds.Cluster('aurora15', { engine: 'aurora-postgresql', engineVersion: '15.8', masterUsername: 'app', manageMasterUserPassword: true, skipFinalSnapshot: true, dbClusterParameterGroupName: auroraCluster.name });

// --- unknown
new aws.rds.Instance('configured', { ...common, engine: 'postgres', engineVersion: config.require('pgVersion'), parameterGroupName: pg15.name });
new aws.rds.Instance('external', { ...common, engine: 'postgres', engineVersion: '16.4', parameterGroupName: config.require('parameterGroup') });
