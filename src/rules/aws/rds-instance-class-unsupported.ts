import type { Resource } from '../../model/types.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { arg, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const INSTANCE = 'aws:rds/instance:Instance';
const CLUSTER_INSTANCE = 'aws:rds/clusterInstance:ClusterInstance';
const CLUSTER = 'aws:rds/cluster:Cluster';

/** Instance families RDS no longer offers for any engine. */
const RETIRED = /^db\.(t1|m1|m2|m3|r3)\./;
/** Burstable sizes Aurora does not offer (Aurora's smallest burstable classes are medium). */
const AURORA_TOO_SMALL = /^db\.(t2\.|t3\.(micro|small)$|t4g\.(micro|small)$)/;

export default defineRule({
  id: 'aws/rds-instance-class-unsupported',
  class: 'RDS-ENGINE-VERSION',
  severity: 'high',
  category: 'aws',
  resourceTypes: [INSTANCE, CLUSTER_INSTANCE],
  messages: {
    prefix: '`{{cls}}` is not a DB instance class: RDS classes start with `db.` (`db.{{cls}}`), so creating the database fails. Use `db.{{cls}}`.',
    retired: '`{{cls}}` is a retired instance family that RDS no longer offers for new databases, so creating the database fails ("RDS does not support creating a DB instance with the following combination"). Use a current family (db.t4g, db.m7g, db.r7g).',
    aurora: '{{engine}} does not offer `{{cls}}`: Aurora\'s smallest classes are db.t3.medium / db.t4g.medium (and db.serverless), so creating the instance fails with "RDS does not support creating a DB instance with the following combination". Use `db.t4g.medium` or `db.serverless`.',
    serverless: '`db.serverless` is an Aurora Serverless v2 class, but this is an RDS (non-Aurora) instance: creating it fails. Use a provisioned class (e.g. `db.t4g.micro`), or an Aurora cluster instance.',
    postgresT2: 'RDS for PostgreSQL does not offer db.t2 classes for any version it still creates (13 and later never supported them): creating `{{cls}}` fails with "RDS does not support creating a DB instance with the following combination". Use `db.t4g.micro` or `db.t3.micro`.',
  },
  title: {
    prefix: 'Instance class {{cls:code}} without the `db.` prefix on {{counted}}',
    retired: 'Retired instance class {{cls:code}} on {{counted}}',
    aurora: '{{engine}} does not offer {{cls:code}} ({{counted}})',
    serverless: 'Aurora Serverless class on non-Aurora {{counted}}',
    postgresT2: 'RDS for PostgreSQL does not offer {{cls:code}} ({{counted}})',
  },
  fixHint: 'RDS: db.t4g.micro / db.t3.micro and up; Aurora: db.t4g.medium / db.t3.medium, db.r6g.large and up, or db.serverless.',
  docs: {
    summary: 'An RDS instance or Aurora cluster instance whose instance class the engine does not offer: no `db.` prefix, retired families, micro/small burstable classes on Aurora, db.serverless outside Aurora, db.t2 on PostgreSQL.',
    why: 'Instance classes are offered per engine and version. Aurora starts at medium burstable classes (db.t3.medium, db.t4g.medium) and Aurora MySQL 3 dropped db.t3.small; current PostgreSQL versions never supported db.t2; EC2 type names without `db.` are not DB classes. Generated code copies the free-tier `db.t3.micro`/`db.t2.micro` into Aurora clusters and PostgreSQL instances, and the database fails to create.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst cluster = new aws.rds.Cluster('db', { engine: 'aurora-postgresql', engineVersion: '16.4', masterUsername: 'app', manageMasterUserPassword: true, skipFinalSnapshot: true });\nnew aws.rds.ClusterInstance('db-1', { clusterIdentifier: cluster.id, engine: 'aurora-postgresql', instanceClass: 'db.t3.micro' });\n`,
      py: `import pulumi_aws as aws\naws.rds.Instance("db", engine="postgres", engine_version="16.4", instance_class="db.t2.micro", allocated_storage=20,\n    username="app", manage_master_user_password=True, skip_final_snapshot=True)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst cluster = new aws.rds.Cluster('db', { engine: 'aurora-postgresql', engineVersion: '16.4', masterUsername: 'app', manageMasterUserPassword: true, skipFinalSnapshot: true });\nnew aws.rds.ClusterInstance('db-1', { clusterIdentifier: cluster.id, engine: 'aurora-postgresql', instanceClass: 'db.t4g.medium' });\n`,
      py: `import pulumi_aws as aws\naws.rds.Instance("db", engine="postgres", engine_version="16.4", instance_class="db.t4g.micro", allocated_storage=20,\n    username="app", manage_master_user_password=True, skip_final_snapshot=True)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.DBInstanceClass.SupportAurora.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Support.html',
    ],
    notes: 'Only known classes and engines are judged (a cluster instance takes the engine of its cluster when it names none). db.t3.small is accepted for Aurora MySQL 5.7 (version 2), which offered it. As of late 2025.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const cv = arg(r, 'instanceClass');
      const cls = str(cv);
      if (!cls) continue;
      const at = cv!.at;
      if (!cls.startsWith('db.')) {
        if (/^[a-z]\d+[a-z]*\.[a-z0-9]+$/.test(cls)) ctx.report({ messageId: 'prefix', data: { cls }, at, resource: r });
        continue;
      }
      if (RETIRED.test(cls)) {
        ctx.report({ messageId: 'retired', data: { cls }, at, resource: r });
        continue;
      }
      const { engine, version } = engineOf(ctx, r);
      if (!engine) continue;
      if (engine.startsWith('aurora')) {
        const mysql2 = engine !== 'aurora-postgresql' && (version?.startsWith('5.7') ?? false);
        if (AURORA_TOO_SMALL.test(cls) && !(mysql2 && /^db\.(t2\.(small|medium)|t3\.small)$/.test(cls))) {
          ctx.report({ messageId: 'aurora', data: { cls, engine: engine === 'aurora-postgresql' ? 'Aurora PostgreSQL' : 'Aurora MySQL' }, at, resource: r });
        }
        continue;
      }
      if (cls === 'db.serverless') ctx.report({ messageId: 'serverless', at, resource: r });
      else if (engine === 'postgres' && cls.startsWith('db.t2.')) ctx.report({ messageId: 'postgresT2', data: { cls }, at, resource: r });
    }
  },
});

function engineOf(ctx: RuleContext, r: Resource): { engine?: string; version?: string } {
  const own = str(arg(r, 'engine'));
  const cluster = r.type === CLUSTER_INSTANCE ? referencedResource(ctx.model, arg(r, 'clusterIdentifier')) : undefined;
  const fromCluster = cluster?.type === CLUSTER ? cluster : undefined;
  const engine = own ?? (fromCluster && str(arg(fromCluster, 'engine')));
  const version = str(arg(r, 'engineVersion')) ?? (fromCluster && str(arg(fromCluster, 'engineVersion')));
  return { ...(engine ? { engine } : {}), ...(version ? { version } : {}) };
}
