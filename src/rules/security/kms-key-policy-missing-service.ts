import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { isPublicPrincipal, parsePolicy, type PolicyEntry } from '../_shared/iam-policy.js';
import { resourceById } from '../_shared/resource-refs.js';
import { arg, items } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const KMS_KEY = 'aws:kms/key:Key';
const KEY_POLICY = 'aws:kms/keyPolicy:KeyPolicy';

interface Need {
  /** The service principal the key policy must name. */
  principal: string;
  matches: RegExp;
  /** What fails without it. */
  effect: string;
  severity: 'critical' | 'high';
}

const LOGS: Need = { principal: 'logs.<region>.amazonaws.com', matches: /^logs(\.[a-z0-9-]+)?\.amazonaws\.com$/, effect: 'creating the log group fails (AccessDeniedException: the KMS key is not allowed to be used with the log group)', severity: 'critical' };
const CLOUDTRAIL: Need = { principal: 'cloudtrail.amazonaws.com', matches: /^cloudtrail\.amazonaws\.com$/, effect: 'creating the trail fails (InsufficientEncryptionPolicyException)', severity: 'critical' };
const FROM_ALARMS: Need = { principal: 'cloudwatch.amazonaws.com', matches: /^cloudwatch\.amazonaws\.com$/, effect: 'alarm notifications are silently dropped', severity: 'high' };
const FROM_EVENTS: Need = { principal: 'events.amazonaws.com', matches: /^events\.amazonaws\.com$/, effect: 'EventBridge cannot deliver events to it', severity: 'high' };
const FROM_S3: Need = { principal: 's3.amazonaws.com', matches: /^s3\.amazonaws\.com$/, effect: 'S3 event notifications cannot be delivered', severity: 'high' };
const FROM_SNS: Need = { principal: 'sns.amazonaws.com', matches: /^sns\.amazonaws\.com$/, effect: 'SNS cannot deliver messages to the queue', severity: 'high' };

const ALARMS = new Set(['aws:cloudwatch/metricAlarm:MetricAlarm', 'aws:cloudwatch/compositeAlarm:CompositeAlarm']);

/** The aws.kms.Key a value refers to (`key.arn`, `key.id`, `key.keyId`). */
function keyOf(model: ResourceModel, v: Value | undefined): Resource | undefined {
  if (v?.kind !== 'output' || v.resource === undefined || !['arn', 'id', 'keyId'].includes(v.attr ?? '')) return undefined;
  const key = resourceById(model, v.resource);
  return key?.type === KMS_KEY ? key : undefined;
}

/** Does an attribute of `target` appear in `v` (a value or a list of values)? */
function refersTo(v: Value | undefined, target: Resource): boolean {
  if (v?.kind === 'output') return v.resource === target.id;
  return v?.kind === 'list' && v.items.some((x) => x.kind === 'output' && x.resource === target.id);
}

/** Resource ids an argument names directly (an Output of the resource, or a list of them). */
function referenced(v: Value | undefined): number[] {
  if (v?.kind === 'output') return v.resource !== undefined ? [v.resource] : [];
  return v?.kind === 'list' ? v.items.flatMap((x) => (x.kind === 'output' && x.resource !== undefined ? [x.resource] : [])) : [];
}

/**
 * Services that deliver to each topic or queue created by the program, by its id: one pass over the
 * program (answers with thousands of topics must not cost topics × resources).
 */
function publishers(model: ResourceModel): Map<number, Set<Need>> {
  const out = new Map<number, Set<Need>>();
  const add = (ids: number[], need: Need) => {
    for (const id of ids) {
      const set = out.get(id) ?? new Set<Need>();
      set.add(need);
      out.set(id, set);
    }
  };
  for (const r of model.resources) {
    if (ALARMS.has(r.type)) for (const k of ['alarmActions', 'okActions', 'insufficientDataActions']) add(referenced(arg(r, k)), FROM_ALARMS);
    if (r.type === 'aws:cloudwatch/eventTarget:EventTarget') add(referenced(arg(r, 'arn')), FROM_EVENTS);
    if (r.type === 'aws:s3/bucketNotification:BucketNotification') {
      for (const n of [...(items(arg(r, 'topics'))?.items ?? []), ...(items(arg(r, 'queues'))?.items ?? [])]) {
        add(referenced(n.kind === 'obj' ? (n.props.get('topicArn') ?? n.props.get('queueArn')) : undefined), FROM_S3);
      }
    }
    if (r.type === 'aws:sns/topicSubscription:TopicSubscription') add(referenced(arg(r, 'endpoint')), FROM_SNS);
  }
  return out;
}

/** The key's policy document value: a KeyPolicy resource attached to it, else its own `policy`. */
function policyOf(model: ResourceModel, key: Resource): { value?: Value; attached: boolean } {
  const attached = model.resources.find((r) => r.type === KEY_POLICY && refersTo(arg(r, 'keyId'), key));
  const value = attached ? arg(attached, 'policy') : arg(key, 'policy');
  return value ? { value, attached: !!attached } : { attached: !!attached };
}

/** Principal text with unknown parts (a region) standing in as a placeholder label. */
function principalText(e: PolicyEntry): string | undefined {
  if (e.text !== undefined) return e.text;
  const v = e.value;
  if (v.kind !== 'str') return undefined;
  return v.parts.map((p) => (p.kind === 'known' ? String(p.value) : 'unknown')).join('');
}

/**
 * true: the key policy grants the service; false: it is known not to; undefined: cannot tell
 * (unknown policy, principals or statements, or a `*` principal whose conditions decide).
 */
function grants(model: ResourceModel, key: Resource, need: Need): boolean | undefined {
  const { value, attached } = policyOf(model, key);
  if (!value) return attached || arg(key, 'policy') !== undefined || key.args.open ? undefined : false;
  const doc = parsePolicy(value);
  if (!doc || doc.open) return undefined;
  let unknown = false;
  for (const st of doc.statements) {
    if (st.effect === undefined || st.principals.open || !st.principals.present) unknown ||= st.effect !== 'Deny';
    if (st.effect !== 'Allow') continue;
    for (const p of st.principals.entries) {
      if (isPublicPrincipal(p)) return undefined;
      if (p.type !== 'Service') continue;
      const text = principalText(p.entry);
      if (text === undefined) unknown = true;
      else if (need.matches.test(text)) return true;
    }
  }
  return unknown ? undefined : false;
}

export default defineRule({
  id: 'security/kms-key-policy-missing-service',
  class: 'KMS-KEY-POLICY',
  severity: 'critical',
  category: 'security',
  resourceTypes: [],
  messages: {
    missing: '{{consumer}} is encrypted with KMS key `{{key}}`, whose key policy does not allow `{{principal}}`: {{effect}}. Add a key policy statement that allows that service principal `kms:Encrypt*`, `kms:Decrypt*`, `kms:ReEncrypt*`, `kms:GenerateDataKey*` and `kms:Describe*` (scoped with an `aws:SourceArn` / encryption-context condition).',
    defaultPolicy: '{{consumer}} is encrypted with KMS key `{{key}}`, which has no key policy: the default policy only lets IAM principals of the account use it, not `{{principal}}`, so {{effect}}. Give the key a policy that also allows that service principal.',
  },
  title: {
    missing: 'KMS key policy of {{key:code}} does not allow {{principal}} (used by {{counted}})',
    defaultPolicy: 'KMS key {{key:code}} without a key policy for {{principal}} (used by {{counted}})',
  },
  fixHint: 'Give the key an explicit `policy` that keeps the account-root statement and adds one for the service principal (e.g. `logs.${region}.amazonaws.com` with an `kms:EncryptionContext:aws:logs:arn` condition).',
  docs: {
    summary: 'Log groups, trails, topics and queues encrypted with a program-created KMS key whose key policy does not let the AWS service that writes to them use the key.',
    why: 'Services that encrypt on your behalf act as their own principal, so the key policy (not IAM) must allow them. CloudWatch Logs refuses to associate a key that does not allow `logs.<region>.amazonaws.com` and CloudTrail refuses a key without `cloudtrail.amazonaws.com`: the deployment fails. Topics and queues deploy, but CloudWatch alarms, EventBridge, S3 notifications or SNS cannot deliver to them, silently. A key created without `policy` gets the default key policy, which grants only the account\'s IAM principals. The rule reads the key\'s `policy` or an `aws.kms.KeyPolicy` attached to it.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst key = new aws.kms.Key('logs', { enableKeyRotation: true });\nnew aws.cloudwatch.LogGroup('app', { retentionInDays: 30, kmsKeyId: key.arn });\n`,
      py: `import pulumi_aws as aws\nkey = aws.kms.Key("alerts", enable_key_rotation=True)\ntopic = aws.sns.Topic("alerts", kms_master_key_id=key.id)\naws.cloudwatch.MetricAlarm("errors", comparison_operator="GreaterThanThreshold", evaluation_periods=1, metric_name="Errors",\n    namespace="AWS/Lambda", period=60, statistic="Sum", threshold=1, alarm_actions=[topic.arn])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst region = aws.getRegionOutput().name;\nconst account = aws.getCallerIdentityOutput().accountId;\nconst key = new aws.kms.Key('logs', {\n  enableKeyRotation: true,\n  policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [\n    { Sid: 'Root', Effect: 'Allow', Principal: { AWS: pulumi.interpolate\`arn:aws:iam::\${account}:root\` }, Action: 'kms:*', Resource: '*' },\n    { Sid: 'Logs', Effect: 'Allow', Principal: { Service: pulumi.interpolate\`logs.\${region}.amazonaws.com\` }, Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'], Resource: '*' },\n  ] }),\n});\nnew aws.cloudwatch.LogGroup('app', { retentionInDays: 30, kmsKeyId: key.arn });\n`,
      py: `import pulumi_aws as aws\ntopic = aws.sns.Topic("alerts", kms_master_key_id="alias/aws/sns")\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html',
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html',
      'https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#compatibility-with-aws-services',
      'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html',
    ],
    notes: 'Only keys created in the program are judged (`key.arn`, `key.id`, `key.keyId`). For topics and queues the rule looks for the services that publish to them in the program (CloudWatch metric and composite alarm actions, EventBridge targets, S3 notifications, SNS subscriptions). Key policies with unknown statements or principals, or with a `*` principal (whose conditions decide), are not judged. Using an AWS managed key (`alias/aws/sns`) avoids the problem for SNS but not for the services above.',
  },
  check(ctx) {
    const model = ctx.model;
    const consumers: { r: Resource; keyArg: string; needs: Need[] }[] = [];
    const publishing = publishers(model);
    for (const r of model.resources) {
      if (r.type === 'aws:cloudwatch/logGroup:LogGroup') consumers.push({ r, keyArg: 'kmsKeyId', needs: [LOGS] });
      if (r.type === 'aws:cloudtrail/trail:Trail') consumers.push({ r, keyArg: 'kmsKeyId', needs: [CLOUDTRAIL] });
      if (r.type === 'aws:sns/topic:Topic' || r.type === 'aws:sqs/queue:Queue') consumers.push({ r, keyArg: 'kmsMasterKeyId', needs: [...(publishing.get(r.id) ?? [])] });
    }
    for (const { r, keyArg, needs } of consumers) {
      const v = arg(r, keyArg);
      const key = keyOf(model, v);
      // A fragment may elide the key's arguments, so a missing policy there proves nothing.
      if (!key || ctx.fileOf(key.at)?.snippet) continue;
      for (const need of needs) {
        if (grants(model, key, need) !== false) continue;
        const hasPolicy = !!policyOf(model, key).value;
        ctx.report({
          messageId: hasPolicy ? 'missing' : 'defaultPolicy',
          data: { consumer: r.typePath, key: key.typePath + (key.name.kind === 'known' ? `("${String(key.name.value)}")` : ''), principal: need.principal, effect: need.effect },
          at: v?.at,
          resource: r,
          severity: need.severity,
        });
      }
    }
  },
});
