import type { Value } from '../../ir/values.js';
import type { ResourceModel } from '../../model/types.js';
import { resourceById, resourceWhere } from '../_shared/resource-refs.js';
import { arg, str } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

/**
 * Arguments documented as a KMS key ARN, which the provider validates as an ARN (so an alias name such
 * as `alias/aws/rds` is rejected before AWS is called). `keyArnOnly`: the service also refuses alias
 * ARNs (CloudWatch Logs associates only key ARNs).
 */
const KEY_ARN_ARGS: Record<string, { path: string; keyArnOnly?: boolean }> = {
  'aws:dynamodb/table:Table': { path: 'serverSideEncryption.kmsKeyArn' },
  'aws:rds/instance:Instance': { path: 'kmsKeyId' },
  'aws:rds/cluster:Cluster': { path: 'kmsKeyId' },
  'aws:ebs/volume:Volume': { path: 'kmsKeyId' },
  'aws:efs/fileSystem:FileSystem': { path: 'kmsKeyId' },
  'aws:redshift/cluster:Cluster': { path: 'kmsKeyId' },
  'aws:lambda/function:Function': { path: 'kmsKeyArn' },
  'aws:cloudwatch/logGroup:LogGroup': { path: 'kmsKeyId', keyArnOnly: true },
};

const ALIAS_NAME = /^alias\//;
const ALIAS_ARN = /^arn:[^:]+:kms:[^:]*:[^:]*:alias\//;

/** `name` (alias name) or `arn` (alias ARN) when the value is an alias, written or from an aws.kms.Alias. */
function aliasKind(model: ResourceModel, v: Value): { kind: 'name' | 'arn'; shown: string } | undefined {
  const text = str(v);
  if (text !== undefined) {
    if (ALIAS_NAME.test(text)) return { kind: 'name', shown: text };
    if (ALIAS_ARN.test(text)) return { kind: 'arn', shown: text };
    return undefined;
  }
  if (v.kind === 'str') {
    const first = v.parts[0];
    const head = first?.kind === 'known' ? String(first.value) : '';
    if (ALIAS_NAME.test(head)) return { kind: 'name', shown: `${head}…` };
    return undefined;
  }
  if (v.kind !== 'output' || v.resource === undefined) return undefined;
  const alias = resourceWhere(model, v.resource, (r) => r.type === 'aws:kms/alias:Alias');
  if (!alias) return undefined;
  if (v.attr === 'name' || v.attr === 'id') return { kind: 'name', shown: `${alias.typePath}.${v.attr}` };
  if (v.attr === 'arn') return { kind: 'arn', shown: `${alias.typePath}.arn` };
  return undefined;
}

function targetHint(model: ResourceModel, v: Value): string {
  const alias = v.kind === 'output' ? resourceById(model, v.resource) : undefined;
  const target = alias && arg(alias, 'targetKeyId');
  const key = target?.kind === 'output' ? resourceWhere(model, target.resource, (r) => r.type === 'aws:kms/key:Key') : undefined;
  return key ? ' (the alias targets a key of this program: pass that key\'s `.arn`)' : '';
}

export default defineRule({
  id: 'security/kms-alias-as-key-arn',
  class: 'ENCRYPTION-AT-REST',
  severity: 'high',
  category: 'security',
  resourceTypes: Object.keys(KEY_ARN_ARGS),
  messages: {
    aliasName: '{{type}} `{{path}}` is given the KMS alias `{{alias}}`, but it takes a key ARN: the provider rejects the value as an invalid ARN and the deployment fails{{hint}}. Pass the key\'s ARN (`key.arn`), or omit the argument to use the AWS managed key.',
    aliasArn: '{{type}} `{{path}}` is given the KMS alias ARN `{{alias}}`; CloudWatch Logs only accepts a key ARN and fails to associate the key{{hint}}. Pass the key\'s ARN (`key.arn`).',
  },
  title: {
    aliasName: 'KMS alias {{alias:code}} given as the key ARN in {{path:arg:code}} of {{counted}}',
    aliasArn: 'KMS alias ARN {{alias:code}} given as the key ARN in {{path:arg:code}} of {{counted}}',
  },
  fixHint: 'Pass `key.arn` of an `aws.kms.Key` (or omit the argument for the AWS managed key); aliases are accepted by some services (Secrets Manager, SNS, SQS, Kinesis, launch templates) but not by these arguments.',
  docs: {
    summary: 'A KMS alias (`alias/aws/dynamodb`, `alias/my-key`, an `aws.kms.Alias`) passed where the provider requires a key ARN.',
    why: 'Generated code often writes `kmsKeyArn: "alias/aws/dynamodb"` or `kmsKeyId: "alias/aws/rds"`. These arguments are documented as key ARNs and validated as ARNs by the provider, so the deployment fails before AWS is called; CloudWatch Logs also refuses alias ARNs. Omitting the argument gives the AWS managed key the alias names, and a customer managed key is passed as `key.arn`.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.dynamodb.Table('orders', {\n  hashKey: 'id',\n  attributes: [{ name: 'id', type: 'S' }],\n  billingMode: 'PAY_PER_REQUEST',\n  serverSideEncryption: { enabled: true, kmsKeyArn: 'alias/aws/dynamodb' },\n});\n`,
      py: `import pulumi_aws as aws\nkey = aws.kms.Key("db", enable_key_rotation=True)\nalias = aws.kms.Alias("db", name="alias/db", target_key_id=key.key_id)\naws.rds.Instance("db", engine="postgres", instance_class="db.t3.micro", allocated_storage=20,\n    storage_encrypted=True, kms_key_id=alias.name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst key = new aws.kms.Key('orders', { enableKeyRotation: true });\nnew aws.dynamodb.Table('orders', {\n  hashKey: 'id',\n  attributes: [{ name: 'id', type: 'S' }],\n  billingMode: 'PAY_PER_REQUEST',\n  serverSideEncryption: { enabled: true, kmsKeyArn: key.arn },\n});\n`,
      py: `import pulumi_aws as aws\nkey = aws.kms.Key("db", enable_key_rotation=True)\naws.rds.Instance("db", engine="postgres", instance_class="db.t3.micro", allocated_storage=20,\n    storage_encrypted=True, kms_key_id=key.arn)\naws.secretsmanager.Secret("db", kms_key_id="alias/aws/secretsmanager")\n`,
    },
    references: [
      'https://www.pulumi.com/registry/packages/aws/api-docs/dynamodb/table/#kmskeyarn_nodejs',
      'https://www.pulumi.com/registry/packages/aws/api-docs/rds/instance/#kmskeyid_nodejs',
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html',
      'https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html',
    ],
    notes: 'Checked arguments: DynamoDB `serverSideEncryption.kmsKeyArn`, RDS instance/cluster, EBS volume, EFS, Redshift `kmsKeyId`, Lambda `kmsKeyArn`, CloudWatch log group `kmsKeyId` (also alias ARNs). Arguments that accept aliases (Secrets Manager, SNS, SQS, Kinesis, SSM parameters, launch template EBS mappings) are not checked.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const spec = KEY_ARN_ARGS[r.type];
      const v = spec ? arg(r, spec.path) : undefined;
      const alias = v && aliasKind(ctx.model, v);
      if (!spec || !v || !alias) continue;
      if (alias.kind === 'arn' && !spec.keyArnOnly) continue;
      ctx.report({
        messageId: alias.kind === 'name' ? 'aliasName' : 'aliasArn',
        data: { type: r.typePath, path: spec.path, alias: alias.shown, hint: targetHint(ctx.model, v) },
        at: v.at,
        resource: r,
      });
    }
  },
});

