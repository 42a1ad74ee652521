import type { Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { arg, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const INSTANCE = 'aws:rds/instance:Instance';
const CLUSTER = 'aws:rds/cluster:Cluster';
const CLUSTER_INSTANCE = 'aws:rds/clusterInstance:ClusterInstance';
const PARAMETER_GROUP = 'aws:rds/parameterGroup:ParameterGroup';
const CLUSTER_PARAMETER_GROUP = 'aws:rds/clusterParameterGroup:ClusterParameterGroup';

/**
 * The parameter group family of an engine version (`postgres` 16.4 → `postgres16`, `mysql` 8.0.40 →
 * `mysql8.0`, `aurora-mysql` 8.0.mysql_aurora.3.08.0 → `aurora-mysql8.0`), or only the engine prefix
 * when the version is not known.
 */
export function expectedFamily(engine: string, version: string | undefined): { family?: string; prefix: string } | undefined {
  const prefixes: Record<string, string> = { postgres: 'postgres', 'aurora-postgresql': 'aurora-postgresql', mysql: 'mysql', 'aurora-mysql': 'aurora-mysql', mariadb: 'mariadb' };
  const prefix = prefixes[engine];
  if (!prefix) return undefined;
  if (!version) return { prefix };
  const parts = version.split('.');
  const major = Number.parseInt(parts[0] ?? '', 10);
  if (Number.isNaN(major)) return { prefix };
  if (engine === 'postgres' || engine === 'aurora-postgresql') return { prefix, family: `${prefix}${major >= 10 ? major : `${major}.${parts[1] ?? ''}`}` };
  if (parts[1] === undefined) return { prefix };
  return { prefix, family: `${prefix}${major}.${parts[1]}` };
}

export default defineRule({
  id: 'aws/rds-parameter-group-family-mismatch',
  class: 'DB-CONFIG',
  severity: 'high',
  category: 'aws',
  resourceTypes: [INSTANCE, CLUSTER, CLUSTER_INSTANCE],
  messages: {
    family: 'The database runs {{engine}} {{version}}but its {{kind}} {{group}} has family `{{family}}`: RDS accepts only a group of family `{{expected}}` for it, so creating the database fails (InvalidParameterCombination). Give the group `family: "{{expected}}"`.',
  },
  title: '{{kind}} {{group}} of family {{family:code}} for {{engine}} {{version}}(needs {{expected:code}})',
  fixHint: 'Derive the family from the engine version: postgres 16.x → "postgres16", aurora-postgresql 15.x → "aurora-postgresql15", mysql 8.0.x → "mysql8.0", aurora-mysql 8.0.mysql_aurora.3.x → "aurora-mysql8.0".',
  docs: {
    summary: 'An RDS instance, Aurora cluster or cluster instance whose parameter group (or cluster parameter group) has a family of another engine or major version.',
    why: 'A parameter group belongs to one engine family and major version (`postgres15`, `aurora-mysql8.0`). RDS refuses to attach a group of another family: a PostgreSQL 16 instance cannot use a `postgres15` group, an Aurora cluster cannot use a `postgres15` (RDS) group. Generated code bumps the engine version and leaves the family behind, or copies an RDS family onto Aurora, and the database fails to create.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst params = new aws.rds.ParameterGroup('pg', { family: 'postgres15', parameters: [{ name: 'log_min_duration_statement', value: '1000' }] });\nnew aws.rds.Instance('db', {\n  engine: 'postgres', engineVersion: '16.4', instanceClass: 'db.t4g.micro', allocatedStorage: 20,\n  username: 'app', manageMasterUserPassword: true, skipFinalSnapshot: true,\n  parameterGroupName: params.name,\n});\n`,
      py: `import pulumi_aws as aws\nparams = aws.rds.ClusterParameterGroup("cluster-params", family="postgres16")\naws.rds.Cluster("db", engine="aurora-postgresql", engine_version="16.4", master_username="app",\n    manage_master_user_password=True, skip_final_snapshot=True, db_cluster_parameter_group_name=params.name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst params = new aws.rds.ParameterGroup('pg', { family: 'postgres16', parameters: [{ name: 'log_min_duration_statement', value: '1000' }] });\nnew aws.rds.Instance('db', {\n  engine: 'postgres', engineVersion: '16.4', instanceClass: 'db.t4g.micro', allocatedStorage: 20,\n  username: 'app', manageMasterUserPassword: true, skipFinalSnapshot: true,\n  parameterGroupName: params.name,\n});\n`,
      py: `import pulumi_aws as aws\nparams = aws.rds.ClusterParameterGroup("cluster-params", family="aurora-postgresql16")\naws.rds.Cluster("db", engine="aurora-postgresql", engine_version="16.4", master_username="app",\n    manage_master_user_password=True, skip_final_snapshot=True, db_cluster_parameter_group_name=params.name)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/parameter-groups-overview.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_WorkingWithParamGroups.html',
    ],
    notes: 'The parameter group must be a resource of the program with a known `family`, and the engine known (a cluster instance takes the engine of its cluster). Without a known version only the engine part of the family is compared. Oracle and SQL Server families are not judged.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === INSTANCE) judge(ctx, r, arg(r, 'parameterGroupName'), PARAMETER_GROUP, engineOf(r));
      else if (r.type === CLUSTER) {
        judge(ctx, r, arg(r, 'dbClusterParameterGroupName'), CLUSTER_PARAMETER_GROUP, engineOf(r));
        judge(ctx, r, arg(r, 'dbInstanceParameterGroupName'), PARAMETER_GROUP, engineOf(r));
      } else {
        const cluster = referencedResource(ctx.model, arg(r, 'clusterIdentifier'));
        const own = engineOf(r);
        judge(ctx, r, arg(r, 'dbParameterGroupName'), PARAMETER_GROUP, own.engine ? own : cluster?.type === CLUSTER ? engineOf(cluster) : {});
      }
    }
  },
});

function engineOf(r: Resource): { engine?: string; version?: string } {
  const engine = str(arg(r, 'engine'));
  const version = str(arg(r, 'engineVersion'));
  return { ...(engine ? { engine } : {}), ...(version ? { version } : {}) };
}

function judge(ctx: RuleContext, r: Resource, ref: Value | undefined, groupType: string, e: { engine?: string; version?: string }): void {
  const group = referencedResource(ctx.model, ref);
  if (!group || group.type !== groupType || !e.engine) return;
  const family = str(arg(group, 'family'));
  const expected = expectedFamily(e.engine, e.version);
  if (!family || !expected) return;
  const wrong = expected.family ? family !== expected.family : !new RegExp(`^${expected.prefix}\\d`).test(family);
  if (!wrong) return;
  const shown = expected.family ?? `${expected.prefix}<major>`;
  const kind = groupType === CLUSTER_PARAMETER_GROUP ? 'cluster parameter group' : 'parameter group';
  ctx.report({ messageId: 'family', data: { engine: e.engine, version: e.version ? `${e.version} ` : '', kind, group: `\`${str(group.name) ?? group.typePath}\``, family, expected: shown }, at: ref?.at, resource: r });
}
