import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const common = { instanceClass: 'db.t4g.micro', allocatedStorage: 20, username: 'app', manageMasterUserPassword: true, skipFinalSnapshot: true };

// --- bad
new aws.rds.Instance('pg', {
  ...common, engine: 'postgres', engineVersion: '16.4',
  enabledCloudwatchLogsExports: ['postgresql', 'slowquery'], // error: [aws/rds-log-export-unsupported]
});
class Database extends pulumi.ComponentResource {
  constructor(name: string, engine: string) {
    super('app:db:Database', name);
    new aws.rds.Cluster(name, {
      engine, masterUsername: 'app', manageMasterUserPassword: true, skipFinalSnapshot: true,
      enabledCloudwatchLogsExports: ['error', 'general', 'slowquery'], // error: [aws/rds-log-export-unsupported]
    }, { parent: this });
  }
}
new Database('orders', 'aurora-postgresql');

// --- clean
new aws.rds.Instance('mysql', { ...common, engine: 'mysql', engineVersion: '8.0.40', enabledCloudwatchLogsExports: ['error', 'general', 'slowquery'] });
new aws.rds.Cluster('aurora-pg', { engine: 'aurora-postgresql', masterUsername: 'app', manageMasterUserPassword: true, skipFinalSnapshot: true, enabledCloudwatchLogsExports: ['postgresql'] });

// --- unknown
new aws.rds.Instance('configured', { ...common, engine: config.require('engine'), enabledCloudwatchLogsExports: ['error', 'slowquery'] });
new aws.rds.Instance('listed', { ...common, engine: 'postgres', enabledCloudwatchLogsExports: config.requireObject<string[]>('logExports') });
