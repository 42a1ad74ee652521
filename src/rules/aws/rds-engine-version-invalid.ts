import type { Resource } from '../../model/types.js';
import { judgeVersion, RDS_VERSIONS_AS_OF } from '../_shared/rds-versions.js';
import { arg, str } from '../_shared/values.js';
import { knownAbsent } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'aws/rds-engine-version-invalid',
  class: 'RDS-ENGINE-VERSION',
  severity: 'high',
  category: 'aws',
  resourceTypes: ['aws:rds/instance:Instance', 'aws:rds/cluster:Cluster', 'aws:rds/clusterInstance:ClusterInstance', 'aws:rds/globalCluster:GlobalCluster'],
  messages: {
    mismatch: '`engineVersion` "{{version}}" is not a {{label}} version (engine `{{engine}}`): RDS rejects the pair with "Cannot find version {{version}} for {{engine}}". Use a {{label}} version such as `{{example}}`.',
    malformed: '`engineVersion` "{{version}}" is not in the form {{label}} uses (for example `{{example}}`): creation fails with "Cannot find version {{version}} for {{engine}}". Write the full engine version.',
    retiredMajor: '{{label}} {{major}} is no longer offered ({{note}}): creating `{{version}}` fails. Use a supported major version.',
    multiAzCluster: '`aws.rds.Cluster` with engine `{{engine}}` is a Multi-AZ DB cluster, not Aurora (`aurora-{{aurora}}`), and RDS requires {{missing}} to create one: creation fails. If Aurora was meant, use engine `aurora-{{aurora}}` with an Aurora version; otherwise set `dbClusterInstanceClass`, `allocatedStorage`, `storageType` and `iops`.',
    retiredMinor: '{{label}} `{{version}}` is no longer offered for new databases (the oldest {{major}}.x that can be created is {{floor}} as of {{asOf}}): creation fails with "Cannot find version {{version}} for {{engine}}". Use a current minor, or give only the major version `{{major}}` so RDS picks one.',
  },
  title: {
    mismatch: 'Engine version {{version:code}} is not a {{label}} version on {{counted}}',
    malformed: 'Malformed {{label}} engine version {{version:code}} on {{counted}}',
    retiredMajor: 'Retired {{label}} major version {{major}} on {{counted}}',
    multiAzCluster: 'Multi-AZ DB cluster on {{engine}} without {{missing}}',
    retiredMinor: '{{label}} {{version}} no longer offered for new databases ({{counted}})',
  },
  fixHint: 'Check `aws rds describe-db-engine-versions --engine <engine>` and use a listed version, or give the major version only.',
  docs: {
    summary: 'An RDS or Aurora engine version that RDS will not accept: the wrong format for the engine, a version of another engine, or a retired major or minor version; and `aws.rds.Cluster` with engine `mysql`/`postgres` (a Multi-AZ DB cluster) without the settings such a cluster requires.',
    why: 'RDS only creates databases on versions it currently offers, and retires minor versions regularly. Model-written programs often pin minors from their training data (PostgreSQL 14.7, 15.4), write Aurora MySQL versions as `8.0` instead of `8.0.mysql_aurora.3.x.y`, or pair an engine with another engine\'s version; each makes `pulumi up` fail on the database, usually after the network has been built. The versions are kept in `src/rules/_shared/rds-versions.ts` with their sources and date.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst db = new aws.rds.Instance('db', {\n  engine: 'postgres',\n  engineVersion: '14.7',\n  instanceClass: 'db.t3.micro',\n  allocatedStorage: 20,\n  username: 'app',\n  manageMasterUserPassword: true,\n});\nexport const endpoint = db.endpoint;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ncluster = aws.rds.Cluster("db", engine="aurora-mysql", engine_version="8.0",\n    master_username="app", manage_master_user_password=True, skip_final_snapshot=True)\npulumi.export("endpoint", cluster.endpoint)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst db = new aws.rds.Instance('db', {\n  engine: 'postgres',\n  engineVersion: '16',\n  instanceClass: 'db.t3.micro',\n  allocatedStorage: 20,\n  username: 'app',\n  manageMasterUserPassword: true,\n});\nexport const endpoint = db.endpoint;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ncluster = aws.rds.Cluster("db", engine="aurora-mysql", engine_version="8.0.mysql_aurora.3.08.0",\n    master_username="app", manage_master_user_password=True, skip_final_snapshot=True)\npulumi.export("endpoint", cluster.endpoint)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/PostgreSQLReleaseNotes/postgresql-release-calendar.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraPostgreSQLReleaseNotes/aurora-postgresql-release-calendar.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Updates.Versions.html',
    ],
    notes: `Availability is judged against a table dated ${RDS_VERSIONS_AS_OF}; minor versions are reported only below a known floor (PostgreSQL engines), never because a newer version is missing from the table. Regional differences are not modelled. Versions or engines read from config are not judged.`,
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      checkMultiAzCluster(ctx, r);
      const engine = str(arg(r, 'engine'));
      const versionV = arg(r, 'engineVersion');
      const version = str(versionV);
      if (!engine || !version) continue;
      const v = judgeVersion(engine, version);
      const at = versionV?.at;
      const base = { version, engine, label: v.kind === 'ok' ? '' : v.engine.label, example: v.kind === 'ok' ? '' : v.engine.example };
      switch (v.kind) {
        case 'ok':
          break;
        case 'mismatch':
          ctx.report({ messageId: 'mismatch', data: base, at, resource: r });
          break;
        case 'malformed':
          ctx.report({ messageId: 'malformed', data: base, at, resource: r });
          break;
        case 'retired-major':
          ctx.report({ messageId: 'retiredMajor', data: { ...base, major: v.major, note: v.note }, at, resource: r, severity: 'medium' });
          break;
        case 'retired-minor':
          ctx.report({ messageId: 'retiredMinor', data: { ...base, major: version.split('.')[0] ?? version, floor: v.floor, asOf: RDS_VERSIONS_AS_OF }, at, resource: r, severity: 'medium' });
          break;
      }
    }
  },
});

/** Settings RDS requires for a Multi-AZ DB cluster (CreateDBCluster: "required to create a Multi-AZ DB cluster"). */
const MULTI_AZ_REQUIRED = ['dbClusterInstanceClass', 'allocatedStorage'];

/**
 * `engine: 'mysql'` / `'postgres'` on aws.rds.Cluster asks for a Multi-AZ DB cluster; models write it
 * meaning Aurora. Reported when the settings only a Multi-AZ cluster takes are certainly missing
 * (a restore from a snapshot or a replica takes them from its source).
 */
function checkMultiAzCluster(ctx: RuleContext, r: Resource): void {
  if (r.type !== 'aws:rds/cluster:Cluster') return;
  const engine = str(arg(r, 'engine'));
  if (engine !== 'mysql' && engine !== 'postgres') return;
  if (!knownAbsent(ctx, r, 'snapshotIdentifier') || !knownAbsent(ctx, r, 'replicationSourceIdentifier') || !knownAbsent(ctx, r, 'restoreToPointInTime')) return;
  const missing = MULTI_AZ_REQUIRED.filter((p) => knownAbsent(ctx, r, p));
  if (missing.length === 0) return;
  const aurora = engine === 'mysql' ? 'mysql' : 'postgresql';
  ctx.report({ messageId: 'multiAzCluster', data: { engine, aurora, missing: missing.map((m) => `\`${m}\``).join(' and ') }, at: arg(r, 'engine')?.at, resource: r });
}
