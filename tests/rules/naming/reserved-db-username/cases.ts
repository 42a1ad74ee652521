import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

// --- bad
new aws.rds.Cluster('aurora', {
  engine: 'aurora-postgresql',
  masterUsername: 'admin', // error: [naming/reserved-db-username]
  manageMasterUserPassword: true,
});
new aws.rds.Cluster('aurora-enum', {
  engine: aws.rds.EngineType.AuroraPostgresql,
  masterUsername: pulumi.secret('admin'), // error: [naming/reserved-db-username]
});
new aws.rds.Instance('pg', {
  engine: 'postgres',
  instanceClass: 'db.t3.micro',
  allocatedStorage: 20,
  username: config.get('dbUser') || 'admin', // error: [naming/reserved-db-username]
});
new aws.rds.Instance('mysql-rds', {
  engine: 'mysql',
  instanceClass: 'db.t3.micro',
  allocatedStorage: 20,
  username: 'rdsadmin', // error: [naming/reserved-db-username]
});
new aws.rds.Instance('mysql-hyphen', {
  engine: 'mysql',
  instanceClass: 'db.t3.micro',
  allocatedStorage: 20,
  username: 'db-admin', // error: [naming/reserved-db-username]
});
new aws.docdb.Cluster('docs', { masterUsername: 'admin', manageMasterUserPassword: true }); // error: [naming/reserved-db-username]

class Database extends pulumi.ComponentResource {
  constructor(name: string, engine: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:db:Database', name, {}, opts);
    new aws.rds.Cluster(`${name}-cluster`, {
      engine,
      masterUsername: 'admin', // error: [naming/reserved-db-username]
    }, { parent: this });
  }
}
new Database('orders', 'aurora-postgresql');

function pgRole(name: string) {
  return new aws.rds.Instance(name, { engine: 'postgres', instanceClass: 'db.t3.micro', username: 'pg_app' }); // error: [naming/reserved-db-username]
}
pgRole('reports');

// MySQL master user names have at most 16 characters.
new aws.rds.Instance('mysql-long', { engine: 'mysql', instanceClass: 'db.t3.micro', username: 'application_admin_user' }); // error: [naming/reserved-db-username]

// --- clean
new aws.rds.Cluster('aurora-ok', { engine: 'aurora-postgresql', masterUsername: 'dbadmin' });
new aws.rds.Cluster('aurora-mysql', { engine: 'aurora-mysql', masterUsername: 'admin' });
new aws.rds.Instance('mysql-ok', { engine: 'mysql', instanceClass: 'db.t3.micro', username: 'admin' });
new aws.rds.Instance('pg-postgres', { engine: 'postgres', instanceClass: 'db.t3.micro', username: 'postgres' });
new aws.rds.Instance('replica', { engine: 'postgres', instanceClass: 'db.t3.micro', replicateSourceDb: 'arn:aws:rds:us-east-1:111122223333:db:source', username: 'admin' });

new aws.rds.Instance('pg-long-ok', { engine: 'postgres', instanceClass: 'db.t3.micro', username: 'application_admin_user' });

// --- unknown
new aws.rds.Cluster('configured', { engine: 'aurora-postgresql', masterUsername: config.require('dbUser') });
new aws.rds.Cluster('engine-unknown', { engine: config.require('engine'), masterUsername: 'admin' });
