import type { Resource } from '../../model/types.js';
import { arg, str } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const INSTANCE = 'aws:rds/instance:Instance';
const CLUSTER = 'aws:rds/cluster:Cluster';
const DOCDB = 'aws:docdb/cluster:Cluster';
const NEPTUNE = 'aws:neptune/cluster:Cluster';

const MYSQL = ['audit', 'error', 'general', 'slowquery', 'iam-db-auth-error'];
const POSTGRES = ['postgresql', 'upgrade', 'iam-db-auth-error'];
const ORACLE = ['alert', 'audit', 'listener', 'trace', 'oemagent'];
const SQLSERVER = ['agent', 'error'];

/**
 * Log types each engine family exports to CloudWatch Logs (RDS User Guide, "Publishing database logs to
 * Amazon CloudWatch Logs"; DocumentDB and Neptune guides). A type of another family is certainly
 * rejected; types a family may have gained recently (`instance`) are listed so they are never reported.
 */
function family(engine: string): { label: string; types: readonly string[] } | undefined {
  if (engine === 'mysql' || engine === 'mariadb') return { label: engine === 'mysql' ? 'MySQL' : 'MariaDB', types: MYSQL };
  if (engine === 'aurora-mysql' || engine === 'aurora') return { label: 'Aurora MySQL', types: [...MYSQL, 'instance'] };
  if (engine === 'postgres') return { label: 'PostgreSQL', types: POSTGRES };
  if (engine === 'aurora-postgresql') return { label: 'Aurora PostgreSQL', types: [...POSTGRES, 'instance'] };
  if (engine.startsWith('oracle')) return { label: 'Oracle', types: ORACLE };
  if (engine.startsWith('sqlserver')) return { label: 'SQL Server', types: SQLSERVER };
  if (engine === 'docdb') return { label: 'DocumentDB', types: ['audit', 'profiler'] };
  if (engine === 'neptune') return { label: 'Neptune', types: ['audit', 'slowquery'] };
  return undefined;
}

export default defineRule({
  id: 'aws/rds-log-export-unsupported',
  class: 'LOGGING-AUDIT-MISSING',
  severity: 'high',
  category: 'aws',
  resourceTypes: [INSTANCE, CLUSTER, DOCDB, NEPTUNE],
  messages: {
    unsupported: '`enabledCloudwatchLogsExports` lists `{{type}}`, which {{label}} does not export (it exports {{types}}): creating the database fails with InvalidParameterCombination. Use the {{label}} log types.',
  },
  title: 'Log export {{type:code}} not offered by {{label}} ({{counted}})',
  fixHint: 'PostgreSQL: ["postgresql", "upgrade"]; Aurora PostgreSQL: ["postgresql"]; MySQL/MariaDB/Aurora MySQL: ["audit", "error", "general", "slowquery"]; SQL Server: ["agent", "error"]; Oracle: ["alert", "audit", "listener", "trace"].',
  docs: {
    summary: 'A database whose `enabledCloudwatchLogsExports` names a log type its engine does not export (MySQL\'s `slowquery` on PostgreSQL, `postgresql` on MySQL, a misspelled type).',
    why: 'Each engine exports its own log types to CloudWatch Logs: PostgreSQL `postgresql` and `upgrade`, MySQL-compatible engines `audit`, `error`, `general` and `slowquery`, SQL Server `agent` and `error`. RDS rejects any other value when the database is created, so the deployment fails. Generated code copies the MySQL list onto PostgreSQL databases (and back) when it adds log exports.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = new pulumi.Config();\nconst db = new aws.rds.Instance('db', {\n  engine: 'postgres', engineVersion: '16.4', instanceClass: 'db.t4g.micro', allocatedStorage: 20,\n  username: 'app', manageMasterUserPassword: true, skipFinalSnapshot: true,\n  enabledCloudwatchLogsExports: ['error', 'slowquery'],\n});\nexport const endpoint = db.endpoint;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ncluster = aws.rds.Cluster("db", engine="aurora-mysql", engine_version="8.0.mysql_aurora.3.08.0",\n    master_username="app", manage_master_user_password=True, skip_final_snapshot=True,\n    enabled_cloudwatch_logs_exports=["postgresql"])\npulumi.export("endpoint", cluster.endpoint)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = new pulumi.Config();\nconst db = new aws.rds.Instance('db', {\n  engine: 'postgres', engineVersion: '16.4', instanceClass: 'db.t4g.micro', allocatedStorage: 20,\n  username: 'app', manageMasterUserPassword: true, skipFinalSnapshot: true,\n  enabledCloudwatchLogsExports: ['postgresql', 'upgrade'],\n});\nexport const endpoint = db.endpoint;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ncluster = aws.rds.Cluster("db", engine="aurora-mysql", engine_version="8.0.mysql_aurora.3.08.0",\n    master_username="app", manage_master_user_password=True, skip_final_snapshot=True,\n    enabled_cloudwatch_logs_exports=["audit", "error", "slowquery"])\npulumi.export("endpoint", cluster.endpoint)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html',
    ],
    notes: 'Only known engine names and known list entries are judged. Log types an engine family may have gained recently (`instance`, `iam-db-auth-error`) are accepted for it.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const engine = engineOf(r);
      const f = engine && family(engine);
      const list = arg(r, 'enabledCloudwatchLogsExports');
      if (!f || !list || list.kind !== 'list') continue;
      for (const item of list.items) {
        const type = str(item);
        if (type === undefined || f.types.includes(type)) continue;
        ctx.report({ messageId: 'unsupported', data: { type, label: f.label, types: f.types.map((t) => `\`${t}\``).join(', ') }, at: item.at ?? list.at, resource: r });
      }
    }
  },
});

function engineOf(r: Resource): string | undefined {
  if (r.type === DOCDB) return 'docdb';
  if (r.type === NEPTUNE) return 'neptune';
  return str(arg(r, 'engine'));
}
