import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

// --- bad
new aws.rds.ParameterGroup('pg', {
  family: 'postgres16',
  parameters: [
    { name: 'shared_preload_libraries', value: 'pg_stat_statements' }, // error: [aws/rds-static-parameter-immediate]
    { name: 'log_min_duration_statement', value: '1000' },
  ],
});
class Aurora extends pulumi.ComponentResource {
  constructor(name: string) {
    super('app:db:Aurora', name);
    new aws.rds.ClusterParameterGroup(`${name}-cluster`, {
      family: 'aurora-postgresql15',
      parameters: [{ name: 'rds.logical_replication', value: '1', applyMethod: 'immediate' }], // error: [aws/rds-static-parameter-immediate]
    }, { parent: this });
  }
}
new Aurora('orders');

// --- clean
new aws.rds.ParameterGroup('pg-reboot', {
  family: 'postgres16',
  parameters: [{ name: 'shared_buffers', value: '{DBInstanceClassMemory/32768}', applyMethod: 'pending-reboot' }, { name: 'work_mem', value: '65536' }],
});
new aws.rds.ParameterGroup('mysql', { family: 'mysql8.0', parameters: [{ name: 'max_connections', value: '500' }] });

// --- unknown
new aws.rds.ParameterGroup('configured', { family: config.require('family'), parameters: [{ name: 'max_connections', value: '500' }] });
new aws.rds.ParameterGroup('method', { family: 'postgres16', parameters: [{ name: 'max_connections', value: '500', applyMethod: config.require('applyMethod') }] });
