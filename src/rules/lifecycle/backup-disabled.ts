import type { Resource } from '../../model/types.js';
import type { RuleContext } from '../context.js';
import { fix, FixingReporter, insertEntry, replaceValue } from '../_shared/fixes.js';
import { arg, bool, definitelyAbsent, keySpan, num, str } from '../_shared/values.js';
import { knownAbsent } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const TABLE = 'aws:dynamodb/table:Table';
const RDS_INSTANCE = 'aws:rds/instance:Instance';
const RDS_CLUSTER = 'aws:rds/cluster:Cluster';

const ENABLE_PITR = 'Enable point-in-time recovery';

function checkTable(ctx: RuleContext, out: FixingReporter, r: Resource): void {
  const pitr = arg(r, 'pointInTimeRecovery');
  const enabled = pitr?.kind === 'obj' ? pitr.props.get('enabled') : undefined;
  if (pitr?.kind === 'obj' && enabled && bool(enabled) === false) {
    out.report({ messageId: 'pitrDisabled', at: enabled.at ?? keySpan(pitr, 'enabled'), resource: r }, fix(ENABLE_PITR, [replaceValue(ctx, r, pitr, 'enabled', true)]));
  } else if (knownAbsent(ctx, r, 'pointInTimeRecovery')) {
    out.report({ messageId: 'pitrAbsent', resource: r }, fix(ENABLE_PITR, [insertEntry(ctx, r, r.args, 'pointInTimeRecovery', { enabled: true })]));
  }
}

function checkRds(out: FixingReporter, r: Resource): void {
  const instance = r.type === RDS_INSTANCE;
  // A read replica takes no automated backups of its own unless asked to; 0 is its normal value.
  // An Aurora instance's backups belong to its cluster.
  if (instance && (!definitelyAbsent(r, 'replicateSourceDb') || str(arg(r, 'engine'))?.startsWith('aurora'))) return;
  const period = arg(r, 'backupRetentionPeriod');
  if (!period || num(period) !== 0) return;
  // How many days to keep is the owner's decision (and a cost): no fix.
  out.report({
    messageId: instance ? 'instanceZero' : 'clusterZero',
    at: period.at ?? keySpan(r.args, 'backupRetentionPeriod'),
    resource: r,
    severity: instance ? 'high' : 'medium',
  });
}

export default defineRule({
  id: 'lifecycle/backup-disabled',
  class: 'DB-BACKUP-PITR',
  severity: 'medium',
  category: 'lifecycle',
  resourceTypes: [TABLE, RDS_INSTANCE, RDS_CLUSTER],
  messages: {
    pitrAbsent: 'DynamoDB table without point-in-time recovery: AWS leaves it off by default, so a bad write or delete cannot be rolled back. Add `pointInTimeRecovery: { enabled: true }`.',
    pitrDisabled: 'DynamoDB table has point-in-time recovery switched off, so a bad write or delete cannot be rolled back. Set `pointInTimeRecovery.enabled` to true.',
    instanceZero: '`backupRetentionPeriod: 0` turns off automated backups and point-in-time restore for this database (and prevents read replicas). Keep at least 7 days.',
    clusterZero: '`backupRetentionPeriod: 0` asks for no backups, which DB clusters do not allow (1 to 35 days): the provider leaves the value out, the cluster keeps the 1-day default and every preview shows a diff. Set the retention you need, at least 7 days.',
  },
  title: {
    pitrAbsent: 'Point-in-time recovery not enabled on {{counted}}',
    pitrDisabled: 'Point-in-time recovery switched off on {{counted}}',
    instanceZero: 'Automated backups switched off (retention 0) on {{counted}}',
    clusterZero: 'Backup retention 0 on {{counted}}, which clusters do not allow',
  },
  fixHint: 'DynamoDB: `pointInTimeRecovery: { enabled: true }`; RDS/Aurora: `backupRetentionPeriod: 7` or more.',
  fixable: true,
  docs: {
    summary: 'Databases without automated recovery: DynamoDB tables without point-in-time recovery, RDS/Aurora with backup retention 0.',
    why: 'Point-in-time recovery and automated backups are what make an accidental delete, a bad migration or a corrupted write recoverable (AWS Foundational Security Best Practices DynamoDB.2, RDS.11). DynamoDB leaves PITR off unless it is configured. RDS keeps one day of backups when `backupRetentionPeriod` is omitted, so only an explicit 0 is reported: on an instance it disables backups; on a cluster (Aurora or Multi-AZ) 0 is outside the allowed 1 to 35 days, so the provider does not send it and the cluster silently keeps the default.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst table = new aws.dynamodb.Table('orders', {\n  billingMode: 'PAY_PER_REQUEST',\n  hashKey: 'id',\n  attributes: [{ name: 'id', type: 'S' }],\n});\nexport const name = table.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ndb = aws.rds.Instance("db", engine="postgres", instance_class="db.t3.micro", allocated_storage=20,\n    username="app", manage_master_user_password=True, backup_retention_period=0)\npulumi.export("endpoint", db.endpoint)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst table = new aws.dynamodb.Table('orders', {\n  billingMode: 'PAY_PER_REQUEST',\n  hashKey: 'id',\n  attributes: [{ name: 'id', type: 'S' }],\n  pointInTimeRecovery: { enabled: true },\n});\nexport const name = table.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ndb = aws.rds.Instance("db", engine="postgres", instance_class="db.t3.micro", allocated_storage=20,\n    username="app", manage_master_user_password=True, backup_retention_period=7)\npulumi.export("endpoint", db.endpoint)\n`,
    },
    references: [
      'node_modules/@pulumi/aws/types/input.d.ts: dynamodb TablePointInTimeRecovery "If the `pointInTimeRecovery` block is not provided, this defaults to `false`"',
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html (BackupRetentionPeriod: "Must be a value from 1 to 35")',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html',
      'terraform-provider-aws internal/service/rds: instances send backup_retention_period with GetOkExists (0 is sent), clusters with GetOk (0 is dropped)',
    ],
    notes: 'An omitted `backupRetentionPeriod` is not reported (RDS keeps one day by default); RDS read replicas are skipped. ElastiCache snapshots and AWS Backup plans are out of scope: whether a cache or a database needs them depends on the request.',
    fix: 'a DynamoDB table\'s `pointInTimeRecovery.enabled: false` becomes `true`, and a table written without it gets `pointInTimeRecovery: { enabled: true }` (`point_in_time_recovery={"enabled": True}`). A backup retention of 0 is not changed: how many days to keep is the owner\'s decision, and a cost.',
  },
  check(ctx) {
    const out = new FixingReporter(ctx);
    for (const r of ctx.resources()) {
      if (r.type === TABLE) checkTable(ctx, out, r);
      else checkRds(out, r);
    }
    out.flush();
  },
});
