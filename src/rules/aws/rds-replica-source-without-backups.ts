import { referencedResource } from '../_shared/resource-refs.js';
import { arg, keySpan, num } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const INSTANCE = 'aws:rds/instance:Instance';

export default defineRule({
  id: 'aws/rds-replica-source-without-backups',
  class: 'DB-BACKUP-PITR',
  severity: 'high',
  category: 'aws',
  resourceTypes: [INSTANCE],
  messages: {
    noBackups: 'This read replica\'s source {{source}} has `backupRetentionPeriod: 0`: RDS creates read replicas only from instances with automated backups, so creating the replica fails ("Automated backups are not enabled for this database instance"). Give the source a retention of at least 1 day (7 or more for production).',
  },
  title: 'Read replica of {{source}}, which keeps no automated backups',
  fixHint: 'Source: backupRetentionPeriod: 7 (and the replica created after it, with replicateSourceDb: source.identifier or source.arn across regions).',
  docs: {
    summary: 'An RDS read replica whose source instance disables automated backups (`backupRetentionPeriod: 0`).',
    why: 'Read replicas are built from the source\'s automated backups and binary logs / WAL: RDS refuses to create a replica of an instance with backups off. Generated stacks turn backups off on the primary to speed up test deployments and add a replica for high availability, and the replica never deploys.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst primary = new aws.rds.Instance('primary', {\n  engine: 'postgres', instanceClass: 'db.t4g.micro', allocatedStorage: 20, username: 'app', manageMasterUserPassword: true,\n  skipFinalSnapshot: true, backupRetentionPeriod: 0,\n});\nnew aws.rds.Instance('replica', { replicateSourceDb: primary.identifier, instanceClass: 'db.t4g.micro', skipFinalSnapshot: true });\n`,
      py: `import pulumi_aws as aws\nprimary = aws.rds.Instance("primary", engine="mysql", instance_class="db.t4g.micro", allocated_storage=20, username="app",\n    manage_master_user_password=True, skip_final_snapshot=True, backup_retention_period=0)\naws.rds.Instance("replica", replicate_source_db=primary.identifier, instance_class="db.t4g.micro", skip_final_snapshot=True)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst primary = new aws.rds.Instance('primary', {\n  engine: 'postgres', instanceClass: 'db.t4g.micro', allocatedStorage: 20, username: 'app', manageMasterUserPassword: true,\n  skipFinalSnapshot: true, backupRetentionPeriod: 7,\n});\nnew aws.rds.Instance('replica', { replicateSourceDb: primary.identifier, instanceClass: 'db.t4g.micro', skipFinalSnapshot: true });\n`,
      py: `import pulumi_aws as aws\nprimary = aws.rds.Instance("primary", engine="mysql", instance_class="db.t4g.micro", allocated_storage=20, username="app",\n    manage_master_user_password=True, skip_final_snapshot=True, backup_retention_period=7)\naws.rds.Instance("replica", replicate_source_db=primary.identifier, instance_class="db.t4g.micro", skip_final_snapshot=True)\n`,
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.html#USER_ReadRepl.Create'],
    notes: 'The source must be an instance of the program with a known retention of 0; an omitted retention is RDS\'s default of one day and is not reported.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const ref = arg(r, 'replicateSourceDb');
      const source = referencedResource(ctx.model, ref);
      if (!source || source.type !== INSTANCE || source.id === r.id) continue;
      if (num(arg(source, 'backupRetentionPeriod')) !== 0) continue;
      const n = source.name.kind === 'known' ? `\`${String(source.name.value)}\`` : source.typePath;
      ctx.report({ messageId: 'noBackups', data: { source: n }, at: ref?.at ?? keySpan(r.args, 'replicateSourceDb'), resource: r });
    }
  },
});
