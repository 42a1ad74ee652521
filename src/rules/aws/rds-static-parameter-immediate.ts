import { arg, isObj, str } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const PARAMETER_GROUP = 'aws:rds/parameterGroup:ParameterGroup';
const CLUSTER_PARAMETER_GROUP = 'aws:rds/clusterParameterGroup:ClusterParameterGroup';

/**
 * Static parameters (ApplyType "static" in `aws rds describe-db-parameters`): they take effect only
 * after a reboot, and RDS refuses `ApplyMethod: immediate` for them. Only parameters static in every
 * supported version of the engine family are listed.
 */
const STATIC: Readonly<Record<'postgres' | 'mysql', ReadonlySet<string>>> = {
  postgres: new Set([
    'shared_buffers', 'max_connections', 'shared_preload_libraries', 'max_wal_senders', 'max_worker_processes',
    'wal_buffers', 'max_locks_per_transaction', 'max_prepared_transactions', 'track_activity_query_size',
    'rds.logical_replication', 'max_replication_slots', 'autovacuum_max_workers', 'huge_pages', 'pg_stat_statements.max',
    'track_commit_timestamp', 'max_pred_locks_per_transaction', 'max_logical_replication_workers',
  ]),
  mysql: new Set(['performance_schema', 'innodb_log_file_size', 'innodb_read_io_threads', 'innodb_write_io_threads', 'lower_case_table_names', 'skip_name_resolve']),
};

function familyKind(family: string): 'postgres' | 'mysql' | undefined {
  if (/^(aurora-)?postgres/.test(family)) return 'postgres';
  if (/^(aurora-mysql|mysql|mariadb|aurora\d)/.test(family)) return 'mysql';
  return undefined;
}

export default defineRule({
  id: 'aws/rds-static-parameter-immediate',
  class: 'DB-CONFIG',
  severity: 'high',
  category: 'aws',
  resourceTypes: [PARAMETER_GROUP, CLUSTER_PARAMETER_GROUP],
  messages: {
    immediate: '`{{name}}` is a static parameter (it changes only after a reboot), but it is applied {{how}}: RDS rejects the parameter group ("cannot use immediate apply method for static parameter"), so the deployment fails. Set `applyMethod: "pending-reboot"` on it.',
  },
  title: 'Static parameter{{name:s}} {{name:code}} applied immediately in {{counted}}',
  fixHint: '{ name: "shared_preload_libraries", value: "pg_stat_statements", applyMethod: "pending-reboot" }.',
  docs: {
    summary: 'An RDS or Aurora parameter group that sets a static parameter (shared_buffers, max_connections and shared_preload_libraries on PostgreSQL, performance_schema on MySQL, …) without `applyMethod: "pending-reboot"`.',
    why: 'The provider\'s default apply method is "immediate", and RDS refuses it for static parameters: the parameter group cannot be created, and the database that uses it is not deployed. Generated parameter groups tune exactly these parameters (memory, connections, extensions) and leave the apply method out.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.rds.ParameterGroup('pg', {\n  family: 'postgres16',\n  parameters: [\n    { name: 'shared_preload_libraries', value: 'pg_stat_statements' },\n    { name: 'log_min_duration_statement', value: '1000' },\n  ],\n});\n`,
      py: `import pulumi_aws as aws\naws.rds.ParameterGroup("pg", family="postgres16", parameters=[\n    aws.rds.ParameterGroupParameterArgs(name="max_connections", value="200", apply_method="immediate"),\n])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.rds.ParameterGroup('pg', {\n  family: 'postgres16',\n  parameters: [\n    { name: 'shared_preload_libraries', value: 'pg_stat_statements', applyMethod: 'pending-reboot' },\n    { name: 'log_min_duration_statement', value: '1000' },\n  ],\n});\n`,
      py: `import pulumi_aws as aws\naws.rds.ParameterGroup("pg", family="postgres16", parameters=[\n    aws.rds.ParameterGroupParameterArgs(name="max_connections", value="200", apply_method="pending-reboot"),\n])\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithParamGroups.Modifying.html',
      'https://www.pulumi.com/registry/packages/aws/api-docs/rds/parametergroup/#applymethod_nodejs',
    ],
    notes: 'Only parameters that are static in every version of the family are listed; parameter groups whose family is unknown are not judged. MySQL `max_connections` and `innodb_buffer_pool_size` are dynamic and not reported.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const family = str(arg(r, 'family'));
      const kind = family && familyKind(family);
      const params = arg(r, 'parameters');
      if (!kind || !params || params.kind !== 'list') continue;
      for (const p of params.items) {
        if (!isObj(p)) continue;
        const nameV = p.props.get('name');
        const name = str(nameV);
        if (!name || !STATIC[kind].has(name)) continue;
        const mv = p.props.get('applyMethod');
        if (mv === undefined && p.open) continue;
        const method = mv === undefined || mv.kind === 'absent' ? undefined : str(mv);
        if (mv !== undefined && mv.kind !== 'absent' && method === undefined) continue;
        if (method !== undefined && method !== 'immediate') continue;
        const how = method === undefined ? 'with the default apply method, "immediate"' : 'with `applyMethod: "immediate"`';
        ctx.report({ messageId: 'immediate', data: { name, how }, at: (method ? mv!.at : nameV!.at) ?? p.at, resource: r });
      }
    }
  },
});
