import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const common = { engine: 'postgres', instanceClass: 'db.t4g.micro', allocatedStorage: 20, username: 'app', manageMasterUserPassword: true, skipFinalSnapshot: true };

// --- bad
const primary = new aws.rds.Instance('primary', { ...common, backupRetentionPeriod: 0 });
for (const i of [1, 2]) {
  new aws.rds.Instance(`replica-${i}`, {
    replicateSourceDb: primary.identifier, // error: [aws/rds-replica-source-without-backups]
    instanceClass: 'db.t4g.micro', skipFinalSnapshot: true,
  });
}

// --- clean
const backed = new aws.rds.Instance('backed', { ...common, backupRetentionPeriod: 7 });
new aws.rds.Instance('backed-replica', { replicateSourceDb: backed.identifier, instanceClass: 'db.t4g.micro', skipFinalSnapshot: true });
const defaulted = new aws.rds.Instance('defaulted', { ...common });
new aws.rds.Instance('defaulted-replica', { replicateSourceDb: defaulted.arn, instanceClass: 'db.t4g.micro', skipFinalSnapshot: true });

// --- unknown
const configured = new aws.rds.Instance('configured', { ...common, backupRetentionPeriod: config.requireNumber('retention') });
new aws.rds.Instance('configured-replica', { replicateSourceDb: configured.identifier, instanceClass: 'db.t4g.micro', skipFinalSnapshot: true });
