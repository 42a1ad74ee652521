import type { Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg, bool, items, keySpan, str, stringParts } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const CONFIG_RULE = 'aws:cfg/rule:Rule';
const RECORDER = 'aws:cfg/recorder:Recorder';
const STANDARDS = 'aws:securityhub/standardsSubscription:StandardsSubscription';
const FRAMEWORK = 'aws:auditmanager/framework:Framework';

/** AWS managed Config rules whose only trigger is a configuration change: they take no execution frequency. */
const CHANGE_TRIGGERED = new Set([
  'APPROVED_AMIS_BY_ID', 'APPROVED_AMIS_BY_TAG', 'CLOUDWATCH_ALARM_ACTION_CHECK', 'DB_INSTANCE_BACKUP_ENABLED', 'DESIRED_INSTANCE_TYPE',
  'DYNAMODB_TABLE_ENCRYPTED_KMS', 'EBS_OPTIMIZED_INSTANCE', 'EC2_INSTANCE_DETAILED_MONITORING_ENABLED', 'EC2_INSTANCE_NO_PUBLIC_IP',
  'EIP_ATTACHED', 'ELB_LOGGING_ENABLED', 'ENCRYPTED_VOLUMES', 'IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS', 'IAM_USER_NO_POLICIES_CHECK',
  'INCOMING_SSH_DISABLED', 'LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED', 'RDS_INSTANCE_DELETION_PROTECTION_ENABLED',
  'RDS_INSTANCE_PUBLIC_ACCESS_CHECK', 'RDS_MULTI_AZ_SUPPORT', 'RDS_SNAPSHOTS_PUBLIC_PROHIBITED', 'RDS_STORAGE_ENCRYPTED', 'REQUIRED_TAGS',
  'RESTRICTED_INCOMING_TRAFFIC', 'S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED', 'S3_BUCKET_LOGGING_ENABLED',
  'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED', 'S3_BUCKET_SSL_REQUESTS_ONLY', 'S3_BUCKET_VERSIONING_ENABLED',
  'VPC_DEFAULT_SECURITY_GROUP_CLOSED',
]);

/** Security Hub standards the provider documents, by the part of the ARN after `::`. */
const STANDARD_ARNS = new Set([
  'standards/aws-foundational-security-best-practices/v/1.0.0',
  'standards/aws-resource-tagging-standard/v/1.0.0',
  'ruleset/cis-aws-foundations-benchmark/v/1.2.0',
  'standards/cis-aws-foundations-benchmark/v/1.4.0',
  'standards/cis-aws-foundations-benchmark/v/3.0.0',
  'standards/nist-800-53/v/5.0.0',
  'standards/nist-800-171/v/2.0.0',
  'standards/pci-dss/v/3.2.1',
  'standards/pci-dss/v/4.0.1',
]);

function checkConfigRule(ctx: RuleContext, r: Resource): void {
  if (str(arg(r, 'source.owner'))?.toUpperCase() !== 'AWS') return;
  const idValue = arg(r, 'source.sourceIdentifier');
  const id = str(idValue);
  if (id === undefined) return;
  if (!/^[A-Z0-9_]+$/.test(id)) {
    const meant = id.toUpperCase().replace(/[-\s]/g, '_');
    ctx.report({ messageId: 'ruleIdentifier', data: { id, meant }, at: idValue?.at, resource: r });
    return;
  }
  const frequency = arg(r, 'maximumExecutionFrequency');
  if (frequency && CHANGE_TRIGGERED.has(id)) ctx.report({ messageId: 'frequency', data: { id }, at: frequency.at ?? keySpan(r.args, 'maximumExecutionFrequency'), resource: r });
}

function checkRecorder(ctx: RuleContext, r: Resource): void {
  const group = arg(r, 'recordingGroup');
  if (group?.kind !== 'obj') return;
  const all = group.props.get('allSupported');
  const globals = group.props.get('includeGlobalResourceTypes');
  // allSupported defaults to true; global resources can only be added to "all supported".
  if (all && bool(all) === false && globals && bool(globals) === true) {
    ctx.report({ messageId: 'globalWithoutAll', at: globals.at ?? keySpan(group, 'includeGlobalResourceTypes'), resource: r });
    return;
  }
  if (all && bool(all) === false && !group.open && emptyList(group.props.get('resourceTypes')) && emptyList(group.props.get('exclusionByResourceTypes'))) {
    ctx.report({ messageId: 'recordsNothing', at: all.at ?? keySpan(group, 'allSupported'), resource: r });
  }
}

/** Not written, or an empty list. */
function emptyList(v: Value | undefined): boolean {
  return !v || v.kind === 'absent' || (v.kind === 'list' && v.items.length === 0 && !v.open);
}

/** The text parts of a string, also through `pulumi.interpolate` (an Output of a built string). */
function textParts(v: Value | undefined): (string | null)[] | undefined {
  return stringParts(v?.kind === 'output' && v.resource === undefined ? v.inner : v);
}

function checkStandards(ctx: RuleContext, r: Resource): void {
  const v = arg(r, 'standardsArn');
  const parts = textParts(v);
  if (!v || !parts) return;
  const known = parts.map((p) => p ?? '\u0000').join('');
  const m = /^arn:aws[a-z-]*:securityhub:([^:]*):[^:]*:(.+)$/.exec(known);
  if (!m || m[2]!.includes('\u0000')) return;
  const [, region, tail] = m;
  if (tail === 'standards/cis-aws-foundations-benchmark/v/1.2.0') {
    ctx.report({ messageId: 'cis12', data: { arn: known.replace(/\u0000/g, '…') }, at: v.at, resource: r });
  } else if (tail === 'ruleset/cis-aws-foundations-benchmark/v/1.2.0' && region !== '') {
    ctx.report({ messageId: 'cis12Region', at: v.at, resource: r });
  } else if (!STANDARD_ARNS.has(tail!)) {
    ctx.report({ messageId: 'unknownStandard', data: { tail: tail! }, at: v.at, resource: r, severity: 'medium' });
  }
}

/** Audit Manager controls are named by their id (a UUID), not by an ARN. */
function checkFramework(ctx: RuleContext, r: Resource): void {
  for (const set of items(arg(r, 'controlSets'))?.items ?? []) {
    const controls = set.kind === 'obj' ? items(set.props.get('controls')) : undefined;
    for (const c of controls?.items ?? []) {
      const id = c.kind === 'obj' ? c.props.get('id') : undefined;
      const first = textParts(id)?.[0];
      if (id && typeof first === 'string' && first.startsWith('arn:')) ctx.report({ messageId: 'controlArn', at: id.at, resource: r });
    }
  }
}

export default defineRule({
  id: 'security/security-service-misconfig',
  class: 'SECURITY-SERVICES',
  severity: 'high',
  category: 'security',
  resourceTypes: [CONFIG_RULE, RECORDER, STANDARDS, FRAMEWORK],
  messages: {
    ruleIdentifier: 'AWS managed Config rule identifier `{{id}}` is not an identifier (they are upper case with underscores, e.g. `{{meant}}`; the lower-case hyphenated form is the rule\'s default name): creating the rule fails with "The sourceIdentifier is invalid". Use the identifier from the AWS Config managed rules list.',
    frequency: '`{{id}}` is triggered by configuration changes only, so AWS Config rejects `maximumExecutionFrequency` for it (InvalidParameterValueException) and the deployment fails. Remove `maximumExecutionFrequency` (it only applies to periodic rules).',
    globalWithoutAll: '`includeGlobalResourceTypes: true` requires `allSupported: true`: AWS Config rejects this recording group (InvalidRecordingGroupException) and the recorder is not created. Set `allSupported: true`, or list the global types (e.g. `AWS::IAM::Role`) in `resourceTypes` instead.',
    recordsNothing: 'The recorder sets `allSupported: false` without `resourceTypes` or exclusions: the recording group is invalid (AWS Config requires resource types when not recording all), so nothing is recorded and the recorder cannot start. Set `allSupported: true` or list the `resourceTypes` to record.',
    cis12: 'Security Hub standard ARN `{{arn}}` does not exist: CIS AWS Foundations Benchmark v1.2.0 is `arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0` (a `ruleset`, with no region); the subscription fails. Use that ARN, or subscribe to the regional `standards/cis-aws-foundations-benchmark/v/3.0.0`.',
    cis12Region: 'CIS AWS Foundations Benchmark v1.2.0 is a global ruleset: its ARN has no region (`arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0`), so this ARN names nothing and the subscription fails.',
    unknownStandard: 'Security Hub standard `{{tail}}` is not one of the standards the AWS provider documents (AWS Foundational Security Best Practices 1.0.0, CIS 1.2.0/1.4.0/3.0.0, NIST 800-53 5.0.0, NIST 800-171 2.0.0, PCI DSS 3.2.1/4.0.1, Resource Tagging 1.0.0); a wrong name or version makes the subscription fail. Check the ARN with `aws securityhub describe-standards`.',
    controlArn: 'Audit Manager framework control given as an ARN: `controls[].id` takes the control\'s id (a UUID from `aws.auditmanager.getControl`), so creating the framework fails. Look the control up and pass its `id`.',
  },
  title: {
    ruleIdentifier: 'Invalid AWS Config rule identifier {{id:code}}',
    frequency: 'Execution frequency set on change-triggered Config rule {{id:code}}',
    globalWithoutAll: 'Config recorder records global types without allSupported',
    recordsNothing: 'Config recorder records no resource types',
    cis12: 'Nonexistent Security Hub standard ARN {{arn:code}}',
    cis12Region: 'Regional ARN for the global CIS 1.2.0 ruleset',
    unknownStandard: 'Unknown Security Hub standard {{tail:code}}',
    controlArn: 'Audit Manager control given as an ARN instead of its id',
  },
  fixHint: 'Use AWS Config managed rule identifiers (UPPER_SNAKE_CASE) without `maximumExecutionFrequency` on change-triggered rules, keep `includeGlobalResourceTypes` with `allSupported: true`, and use the exact Security Hub standard ARNs.',
  docs: {
    summary: 'Security and compliance services configured in ways AWS rejects: Config managed-rule identifiers and execution frequencies, Config recording groups, Security Hub standard ARNs, Audit Manager control ids.',
    why: 'These services validate their configuration when it is created, so each mistake fails the deployment. AWS managed Config rules are named by identifiers such as `S3_BUCKET_VERSIONING_ENABLED`; the hyphenated lower-case form is only the rule\'s default name. Rules triggered by configuration changes take no `maximumExecutionFrequency`. A recording group with `includeGlobalResourceTypes: true` must record all supported types. Security Hub standards have fixed ARNs, and CIS v1.2.0 is the odd one out (`ruleset/`, no region).',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.cfg.Rule('s3-encryption', {\n  source: { owner: 'AWS', sourceIdentifier: 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED' },\n  maximumExecutionFrequency: 'Six_Hours',\n});\n`,
      py: `import pulumi_aws as aws\naws.securityhub.StandardsSubscription("cis", standards_arn="arn:aws:securityhub:us-east-1::standards/cis-aws-foundations-benchmark/v/1.2.0")\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.cfg.Rule('s3-encryption', {\n  source: { owner: 'AWS', sourceIdentifier: 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED' },\n});\nnew aws.cfg.Rule('root-mfa', {\n  source: { owner: 'AWS', sourceIdentifier: 'ROOT_ACCOUNT_MFA_ENABLED' },\n  maximumExecutionFrequency: 'TwentyFour_Hours',\n});\n`,
      py: `import pulumi_aws as aws\naws.securityhub.StandardsSubscription("cis", standards_arn="arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0")\n`,
    },
    references: [
      'https://docs.aws.amazon.com/config/latest/developerguide/managed-rules-by-aws-config.html',
      'https://docs.aws.amazon.com/config/latest/APIReference/API_RecordingGroup.html',
      'node_modules/@pulumi/aws/securityhub/standardsSubscription.d.ts (table of standard ARNs)',
    ],
    notes: 'Only identifiers of AWS-owned rules are checked; custom (Lambda, Guard) rules are not. The change-triggered list covers common managed rules whose only trigger is a configuration change; rules with periodic triggers (or both) accept a frequency and are not reported. Standard ARNs are compared by their part after `::`, so unknown regions and partitions do not matter; a standard the provider does not list is reported at medium severity (AWS adds standards over time).',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === CONFIG_RULE) checkConfigRule(ctx, r);
      else if (r.type === RECORDER) checkRecorder(ctx, r);
      else if (r.type === STANDARDS) checkStandards(ctx, r);
      else if (r.type === FRAMEWORK) checkFramework(ctx, r);
    }
  },
});
