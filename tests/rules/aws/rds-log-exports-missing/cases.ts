import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

// --- bad
new aws.rds.Cluster('aurora', { engine: 'aurora-postgresql', storageEncrypted: true }); // error: [aws/rds-log-exports-missing]
new aws.rds.Instance('db', { engine: 'mysql', instanceClass: 'db.t3.micro', enabledCloudwatchLogsExports: [] }); // error: [aws/rds-log-exports-missing]

// --- clean
new aws.rds.Cluster('aurora-logs', { engine: 'aurora-mysql', enabledCloudwatchLogsExports: ['audit', 'error', 'slowquery'] });
new aws.rds.Instance('aurora-member', { engine: 'aurora-mysql', instanceClass: 'db.r6g.large' });

// --- unknown
new aws.rds.Instance('exports-config', { engine: 'postgres', instanceClass: 'db.t3.micro', enabledCloudwatchLogsExports: config.requireObject<string[]>('exports') });
