import type { Resource } from '../../model/types.js';
import type { RuleContext } from '../context.js';
import { resourceRef } from '../_shared/labels.js';
import { arg, items, str } from '../_shared/values.js';
import { knownAbsent } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const RDS_INSTANCE = 'aws:rds/instance:Instance';
const RDS_CLUSTER = 'aws:rds/cluster:Cluster';

function checkDatabase(ctx: RuleContext, r: Resource): void {
  // Aurora instances have no logs of their own to export: the cluster exports them.
  if (r.type === RDS_INSTANCE && str(arg(r, 'engine'))?.startsWith('aurora')) return;
  const exports = items(arg(r, 'enabledCloudwatchLogsExports'));
  const none = exports ? exports.items.length === 0 && !exports.open : knownAbsent(ctx, r, 'enabledCloudwatchLogsExports');
  if (none) ctx.report({ messageId: 'rdsLogs', data: { resource: resourceRef(r, true) }, resource: r });
}

export default defineRule({
  id: 'aws/rds-log-exports-missing',
  class: 'LOGGING-AUDIT-MISSING',
  severity: 'low',
  category: 'aws',
  resourceTypes: [RDS_INSTANCE, RDS_CLUSTER],
  messages: {
    rdsLogs: '{{resource}} exports no logs to CloudWatch (`enabledCloudwatchLogsExports` is not set): error, slow-query and audit logs stay on the instance, are rotated away within days and cannot be searched or alarmed on. Export them, e.g. `["postgresql"]`, `["error", "slowquery", "audit"]` for MySQL.',
  },
  title: 'No database log exports to CloudWatch on {{counted}}',
  fixHint: 'Set `enabledCloudwatchLogsExports`, e.g. `["postgresql"]` for PostgreSQL or `["error", "slowquery", "audit"]` for MySQL.',
  docs: {
    summary: 'RDS instances and Aurora clusters that export no logs to CloudWatch.',
    why: 'Database logs are part of the audit trail of production infrastructure (AWS Foundational Security Best Practices RDS.9). RDS keeps engine logs on the instance for a short time only; without `enabledCloudwatchLogsExports` they cannot be searched, retained or alarmed on.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst cluster = new aws.rds.Cluster('db', {\n  engine: 'aurora-postgresql',\n  masterUsername: 'app',\n  manageMasterUserPassword: true,\n  storageEncrypted: true,\n});\nexport const id = cluster.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ndb = aws.rds.Instance("db", engine="mysql", instance_class="db.t3.micro", allocated_storage=20,\n    username="app", manage_master_user_password=True, storage_encrypted=True)\npulumi.export("endpoint", db.endpoint)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst cluster = new aws.rds.Cluster('db', {\n  engine: 'aurora-postgresql',\n  masterUsername: 'app',\n  manageMasterUserPassword: true,\n  storageEncrypted: true,\n  enabledCloudwatchLogsExports: ['postgresql'],\n});\nexport const id = cluster.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ndb = aws.rds.Instance("db", engine="mysql", instance_class="db.t3.micro", allocated_storage=20,\n    username="app", manage_master_user_password=True, storage_encrypted=True,\n    enabled_cloudwatch_logs_exports=["error", "slowquery"])\npulumi.export("endpoint", db.endpoint)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/publishing_cloudwatchlogs.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-9',
    ],
    notes: 'Aurora instances are skipped (the cluster exports their logs). An argument that may come from an unknown spread is not reported missing.',
  },
  check(ctx) {
    for (const r of ctx.resources()) checkDatabase(ctx, r);
  },
});
