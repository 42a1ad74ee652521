import type { Resource } from '../../model/types.js';
import { quotedName } from '../_shared/resource-refs.js';
import { companionsOf, isBucket } from '../_shared/s3-buckets.js';
import { arg, bool, keySpan } from '../_shared/values.js';
import { knownAbsent, programIsComplete } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const TABLE = 'aws:dynamodb/table:Table';
const QUEUE = 'aws:sqs/queue:Queue';

function checkBucket(ctx: RuleContext, b: Resource, complete: boolean): void {
  if (!complete || !knownAbsent(ctx, b, 'serverSideEncryptionConfiguration')) return;
  const sse = companionsOf(ctx.model, b, 'encryption');
  if (sse.found.length > 0 || sse.inline.length > 0 || sse.unknown) return;
  ctx.report({ messageId: 'bucket', data: { bucket: quotedName(b) }, resource: b });
}

function checkTable(ctx: RuleContext, r: Resource): void {
  // A replica or restore takes its encryption from the source table.
  if (!knownAbsent(ctx, r, 'restoreSourceName') || !knownAbsent(ctx, r, 'restoreSourceTableArn')) return;
  const enabled = arg(r, 'serverSideEncryption.enabled');
  if (enabled && bool(enabled) === false) {
    ctx.report({ messageId: 'tableOff', at: enabled.at ?? keySpan(arg(r, 'serverSideEncryption'), 'enabled'), resource: r });
  } else if (knownAbsent(ctx, r, 'serverSideEncryption')) ctx.report({ messageId: 'table', resource: r });
}

function checkQueue(ctx: RuleContext, r: Resource): void {
  if (knownAbsent(ctx, r, 'kmsMasterKeyId') && knownAbsent(ctx, r, 'sqsManagedSseEnabled')) ctx.report({ messageId: 'queue', resource: r });
}

export default defineRule({
  id: 'security/encryption-at-rest-not-configured',
  class: 'ENCRYPTION-AT-REST',
  severity: 'low',
  category: 'security',
  resourceTypes: ['aws:s3/bucket:Bucket', 'aws:s3/bucketV2:BucketV2', TABLE, QUEUE],
  messages: {
    bucket: 'Bucket {{bucket}} has no server-side encryption configuration. S3 still encrypts new objects with SSE-S3, but the program states nothing: no KMS key, no key policy or CloudTrail record of who decrypts, and no S3 Bucket Key. Add `aws.s3.BucketServerSideEncryptionConfigurationV2` (SSE-KMS with a customer managed key where compliance asks for it).',
    table: 'DynamoDB table without `serverSideEncryption`: it is encrypted with an AWS owned key that you cannot see, audit in CloudTrail, rotate or restrict with a key policy. Set `serverSideEncryption: { enabled: true }` (AWS managed key) or add `kmsKeyArn` for a customer managed key.',
    tableOff: '`serverSideEncryption.enabled: false` keeps the table on the AWS owned key (DynamoDB data is always encrypted, but not with a key you can audit or restrict). Set `enabled: true`, with `kmsKeyArn` for a customer managed key.',
    queue: 'SQS queue without `kmsMasterKeyId` or `sqsManagedSseEnabled`: it relies on the SSE-SQS default of new queues, which the program neither states nor enforces, and no key policy controls who reads the messages. Set `sqsManagedSseEnabled: true`, or `kmsMasterKeyId` for a customer managed key.',
  },
  title: {
    bucket: 'No server-side encryption configuration for {{counted}}',
    table: 'No server-side encryption setting on {{counted}} (AWS owned key)',
    tableOff: 'Server-side encryption switched off on {{counted}} (AWS owned key)',
    queue: 'No encryption setting on {{counted}}',
  },
  fixHint: 'State the encryption of every store: a `BucketServerSideEncryptionConfigurationV2` per bucket, `serverSideEncryption: { enabled: true }` on DynamoDB tables, `sqsManagedSseEnabled: true` or `kmsMasterKeyId` on queues.',
  docs: {
    summary: 'S3 buckets, DynamoDB tables and SQS queues whose encryption at rest is left to the service default (SSE-S3, an AWS owned key, SSE-SQS) instead of being configured.',
    why: 'These services encrypt by default, so nothing is stored in clear text and the finding is low severity. The gap is control: with the default, no KMS key policy decides who can decrypt, no CloudTrail record shows it, and compliance frameworks (PCI DSS, HIPAA, FedRAMP; Checkov CKV_AWS_145, CKV_AWS_119, CKV_AWS_27) ask for the encryption to be declared, usually with KMS. Declaring it also keeps the setting under review when the defaults change.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst table = new aws.dynamodb.Table('orders', { billingMode: 'PAY_PER_REQUEST', hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] });\nexport const name = table.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("reports")\npulumi.export("bucket", bucket.bucket)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst table = new aws.dynamodb.Table('orders', { billingMode: 'PAY_PER_REQUEST', hashKey: 'id', attributes: [{ name: 'id', type: 'S' }], serverSideEncryption: { enabled: true } });\nexport const name = table.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("reports")\naws.s3.BucketServerSideEncryptionConfigurationV2("reports", bucket=bucket.id, rules=[{\n    "apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms"}, "bucket_key_enabled": True}])\npulumi.export("bucket", bucket.bucket)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html',
      'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html',
    ],
    notes: 'Switched-off encryption where the default is clear text (RDS, EFS, EBS, Kinesis, ...) is security/encryption-at-rest-disabled\'s finding. Buckets are judged only when the whole program was seen; an encryption configuration whose `bucket` cannot be resolved silences the rule for every bucket. Tables restored from a source table are skipped. Which algorithm or key the request asks for is not judged here.',
  },
  check(ctx) {
    const complete = programIsComplete(ctx.model);
    for (const r of ctx.resources()) {
      if (isBucket(r)) checkBucket(ctx, r, complete);
      else if (r.type === TABLE) checkTable(ctx, r);
      else if (r.type === QUEUE) checkQueue(ctx, r);
    }
  },
});
