import { describe } from '../../ir/values.js';
import { parsePolicy } from '../_shared/iam-policy.js';
import { isReplicationConfig, replicationRulesOf } from '../_shared/s3-rules.js';
import { arg } from '../_shared/values.js';
import { programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const ROLE = 'aws:iam/role:Role';

export default defineRule({
  id: 'aws/s3-replication-role-without-configuration',
  class: 'STORAGE-VERSIONING-LIFECYCLE',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [ROLE],
  messages: {
    noReplication: 'Role {{role}} lets S3 (s3.amazonaws.com) assume it, as replication needs, but the program configures no replication (no `aws.s3.BucketReplicationConfig`, no inline replication rules): nothing is replicated, and the role only grants unused access. Add the replication configuration on the source bucket (with versioning on both buckets), or drop the role.',
  },
  title: 'Replication role {{role}} but no replication configured',
  fixHint: 'new aws.s3.BucketReplicationConfig("replication", { bucket: source.id, role: replicationRole.arn, rules: [{ id: "all", status: "Enabled", filter: {}, deleteMarkerReplication: { status: "Enabled" }, destination: { bucket: replica.arn } }] }, { dependsOn: [sourceVersioning, replicaVersioning] }).',
  docs: {
    summary: 'An IAM role trusted by the S3 service (the replication role) in a program that configures no bucket replication.',
    why: 'S3 assumes a role only to replicate objects; a program that creates that role (often with the s3:Replicate* permissions) but never writes the replication configuration has the data-protection setup half done: no object is copied to the other region or account, while the stack looks as if it replicates. A regional outage or a deleted bucket then loses the data the design meant to protect.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.iam.Role('replication', {\n  assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),\n});\nnew aws.s3.Bucket('data');\n`,
      py: `import json\nimport pulumi_aws as aws\naws.iam.Role("replication", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [\n    {"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))\naws.s3.Bucket("data")\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst role = new aws.iam.Role('replication', {\n  assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),\n});\nconst data = new aws.s3.Bucket('data', { versioning: { enabled: true } });\nconst replica = new aws.s3.Bucket('replica', { versioning: { enabled: true } });\nnew aws.s3.BucketReplicationConfig('replication', {\n  bucket: data.id, role: role.arn,\n  rules: [{ id: 'all', status: 'Enabled', filter: {}, deleteMarkerReplication: { status: 'Enabled' }, destination: { bucket: replica.arn } }],\n});\n`,
      py: `import json\nimport pulumi_aws as aws\nrole = aws.iam.Role("replication", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [\n    {"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))\ndata = aws.s3.Bucket("data", versioning={"enabled": True})\nreplica = aws.s3.Bucket("replica", versioning={"enabled": True})\naws.s3.BucketReplicationConfig("replication", bucket=data.id, role=role.arn, rules=[{"id": "all", "status": "Enabled",\n    "filter": {}, "delete_marker_replication": {"status": "Enabled"}, "destination": {"bucket": replica.arn}}])\n`,
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/setting-repl-config-perm-overview.html'],
    notes: 'Reported only when the whole program was analysed. Roles trusted by S3 Batch Operations (batchoperations.s3.amazonaws.com) are not replication roles and are not reported.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    if (ctx.model.resources.some((r) => isReplicationConfig(r) || replicationRulesOf(r).length > 0 || r.args.props.has('replicationConfiguration'))) return;
    for (const r of ctx.resources()) {
      if (r.conditional || !r.reached) continue;
      const doc = parsePolicy(arg(r, 'assumeRolePolicy'));
      const s3 = doc?.statements.some((s) => s.effect === 'Allow' && s.principals.entries.some((p) => p.type === 'Service' && p.entry.text === 's3.amazonaws.com'));
      if (!s3) continue;
      const name = r.name.kind === 'known' ? `\`${String(r.name.value)}\`` : r.name.kind === 'str' ? `\`${describe(r.name)}\`` : r.typePath;
      ctx.report({ messageId: 'noReplication', data: { role: name }, resource: r });
    }
  },
});
