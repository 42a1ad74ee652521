import { resourceRef } from '../_shared/labels.js';
import { bool, keySpan, opt } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

/** Resources that hold data: replacing one means a new, empty one. */
const STATEFUL = [
  'aws:dynamodb/table:Table',
  'aws:rds/instance:Instance',
  'aws:rds/cluster:Cluster',
  'aws:docdb/cluster:Cluster',
  'aws:neptune/cluster:Cluster',
  'aws:redshift/cluster:Cluster',
  'aws:s3/bucket:Bucket',
  'aws:s3/bucketV2:BucketV2',
  'aws:efs/fileSystem:FileSystem',
  'aws:ebs/volume:Volume',
  'aws:elasticache/replicationGroup:ReplicationGroup',
  'aws:elasticache/cluster:Cluster',
  'aws:opensearch/domain:Domain',
  'aws:elasticsearch/domain:Domain',
  'aws:kinesis/stream:Stream',
  'aws:sqs/queue:Queue',
  'aws:secretsmanager/secret:Secret',
];

export default defineRule({
  id: 'lifecycle/delete-before-replace-stateful',
  class: 'DB-CONFIG',
  severity: 'high',
  category: 'lifecycle',
  resourceTypes: STATEFUL,
  messages: {
    stateful: '`deleteBeforeReplace: true` on {{resource}}: any change that forces a replacement (a renamed table or bucket, a changed key schema or engine) deletes the resource and its data before the new, empty one exists, and the stack is left without it if the create fails. Remove the option; let Pulumi create the replacement first, with auto-naming or a name that changes with it.',
  },
  title: '`deleteBeforeReplace` on stateful {{counted}}',
  fixHint: 'Remove `deleteBeforeReplace` (and use auto-naming or a versioned name so create-before-delete works); protect the data with backups/PITR.',
  docs: {
    summary: '`deleteBeforeReplace: true` on resources that hold data (tables, databases, buckets, file systems, caches, streams, queues).',
    why: 'Pulumi normally creates a replacement before deleting the old resource. `deleteBeforeReplace` reverses that: on any replacing change the old table, database or bucket is deleted first, with its data, and a failed create leaves nothing. It is usually added to get around a name collision caused by a fixed physical name; the safe fix is auto-naming (or a name that changes with the replacement), not deleting data first.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst table = new aws.dynamodb.Table('orders', {\n  billingMode: 'PAY_PER_REQUEST',\n  hashKey: 'id',\n  attributes: [{ name: 'id', type: 'S' }],\n}, { deleteBeforeReplace: true });\nexport const name = table.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ntable = aws.dynamodb.Table("orders", billing_mode="PAY_PER_REQUEST", hash_key="id",\n    attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],\n    opts=pulumi.ResourceOptions(delete_before_replace=True))\npulumi.export("name", table.name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst table = new aws.dynamodb.Table('orders', {\n  billingMode: 'PAY_PER_REQUEST',\n  hashKey: 'id',\n  attributes: [{ name: 'id', type: 'S' }],\n  pointInTimeRecovery: { enabled: true },\n});\nexport const name = table.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ntable = aws.dynamodb.Table("orders", billing_mode="PAY_PER_REQUEST", hash_key="id",\n    attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")])\npulumi.export("name", table.name)\n`,
    },
    references: [
      'https://www.pulumi.com/docs/iac/concepts/options/deletebeforereplace/',
      'https://www.pulumi.com/docs/iac/concepts/resources/names/#autonaming',
    ],
    notes: 'Stateless resources (security groups, target groups, IAM roles) are not reported: there the option is a legitimate way around name collisions. A value that depends on configuration is not reported.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const v = opt(r, 'deleteBeforeReplace');
      if (bool(v) === true) ctx.report({ messageId: 'stateful', data: { resource: resourceRef(r) }, at: keySpan(r.opts, 'deleteBeforeReplace') ?? v?.at, resource: r });
    }
  },
});
