import type { Severity } from '../../core/finding.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { resourceById } from '../_shared/resource-refs.js';
import { arg, definitelyAbsent, num, opt, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

interface Singleton {
  what: string;
  /** What happens when the account already has one. */
  clash: string;
  severity: Severity;
  /**
   * For resources that are singletons only in some forms: the form (one may exist per form), or
   * undefined when this resource is not a singleton or its form is not known.
   */
  form?: (r: Resource) => string | undefined;
}

/** Access analyzers: one per type for the account's own zone of trust; organization analyzers are not limited to one. */
function analyzerForm(r: Resource): string | undefined {
  const v = arg(r, 'type');
  if (!v || v.kind === 'absent') return definitelyAbsent(r, 'type') ? 'ACCOUNT' : undefined;
  const t = str(v);
  return t?.startsWith('ACCOUNT') ? t : undefined;
}

// Settings AWS keeps once per account (and region). Creating one where it exists either fails
// (Config, GuardDuty, Security Hub, Macie reject a second one) or silently takes over a setting that
// another stack or the account's owners manage (and deleting the stack then removes it for everyone).
const SINGLETONS: Readonly<Record<string, Singleton>> = {
  'aws:cfg/recorder:Recorder': { what: 'an AWS Config configuration recorder', clash: 'creation fails with MaxNumberOfConfigurationRecordersExceededException', severity: 'high' },
  'aws:cfg/deliveryChannel:DeliveryChannel': { what: 'an AWS Config delivery channel', clash: 'creation fails with MaxNumberOfDeliveryChannelsExceededException', severity: 'high' },
  'aws:guardduty/detector:Detector': { what: 'a GuardDuty detector', clash: 'creation fails with "a detector already exists for the current account"', severity: 'high' },
  'aws:securityhub/account:Account': { what: 'the Security Hub subscription', clash: 'creation fails with "Account is already subscribed to Security Hub"', severity: 'high' },
  'aws:macie2/account:Account': { what: 'the Macie subscription', clash: 'creation fails because Macie is already enabled', severity: 'high' },
  'aws:apigateway/account:Account': { what: 'the API Gateway account settings (CloudWatch role)', clash: 'the stack silently takes the setting over from whoever manages it, and stacks overwrite each other', severity: 'medium' },
  'aws:iam/accountPasswordPolicy:AccountPasswordPolicy': { what: 'the IAM account password policy', clash: 'the stack overwrites the account\'s policy, and destroying the stack deletes it for every user', severity: 'medium' },
  'aws:detective/graph:Graph': { what: 'a Detective behavior graph', clash: 'creation fails because the account already has a behavior graph in this region', severity: 'high' },
  'aws:organizations/organization:Organization': { what: 'an AWS Organization', clash: 'creation fails with AlreadyInOrganizationException', severity: 'high' },
  'aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock': { what: 'the account-wide S3 public access block', clash: 'the stack takes over a setting that protects every bucket of the account, and destroying it removes the protection', severity: 'medium' },
  'aws:iam/accountAlias:AccountAlias': { what: 'the IAM account alias', clash: 'the stack replaces the alias everyone signs in with, and destroying it deletes it', severity: 'medium' },
  'aws:ebs/defaultKmsKey:DefaultKmsKey': { what: 'the EBS default KMS key setting', clash: 'the stack changes the key every new volume in the region is encrypted with, and destroying it resets it', severity: 'medium' },
  'aws:accessanalyzer/analyzer:Analyzer': { what: 'an IAM Access Analyzer analyzer for the account', clash: 'creation fails with ServiceQuotaExceededException (one account analyzer of each type per region)', severity: 'high', form: analyzerForm },
  'aws:inspector2/enabler:Enabler': { what: 'the Amazon Inspector activation', clash: 'the stack takes over the account\'s scanning settings, and destroying it switches Inspector scanning off for the whole account', severity: 'medium' },
  'aws:inspector2/organizationConfiguration:OrganizationConfiguration': { what: 'the organization-wide Amazon Inspector configuration', clash: 'creation fails unless the account is the organization\'s delegated Inspector administrator, and stacks overwrite each other\'s settings', severity: 'high' },
  'aws:guardduty/organizationConfiguration:OrganizationConfiguration': { what: 'the organization-wide GuardDuty configuration', clash: 'creation fails unless the account is the organization\'s delegated GuardDuty administrator, and stacks overwrite each other\'s settings', severity: 'high' },
  'aws:securityhub/organizationConfiguration:OrganizationConfiguration': { what: 'the organization-wide Security Hub configuration', clash: 'creation fails unless the account is the organization\'s delegated Security Hub administrator, and stacks overwrite each other\'s settings', severity: 'high' },
  'aws:ses/activeReceiptRuleSet:ActiveReceiptRuleSet': { what: 'the active SES receipt rule set', clash: 'the stack deactivates the rule set the account was receiving mail with, since only one is active per region', severity: 'medium' },
  'aws:xray/encryptionConfig:EncryptionConfig': { what: 'the X-Ray encryption setting', clash: 'the stack takes over how every trace of the region is encrypted, and stacks overwrite each other', severity: 'medium' },
  'aws:emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration': { what: 'the EMR block public access setting', clash: 'the stack takes over a setting that guards every EMR cluster of the region, and destroying it resets it', severity: 'medium' },
  'aws:ec2/serialConsoleAccess:SerialConsoleAccess': { what: 'the EC2 serial console access setting', clash: 'the stack takes over an account-wide setting, and destroying it resets it for every instance', severity: 'medium' },
  'aws:auditmanager/accountRegistration:AccountRegistration': { what: 'the Audit Manager registration', clash: 'the stack takes over the account\'s registration, and destroying it deregisters Audit Manager for everyone', severity: 'medium' },
  'aws:ebs/encryptionByDefault:EncryptionByDefault': { what: 'the EBS encryption-by-default setting', clash: 'the stack takes over an account-wide setting, and destroying it can switch default encryption off for the whole region', severity: 'medium' },
};

const FUNCTION = 'aws:lambda/function:Function';
// Default account concurrency is 1,000 and Lambda keeps 100 unreserved: reservations above 900 in
// total fail on an account with the default quota ("decreases account's UnreservedConcurrentExecution
// below its minimum value of [100]").
const RESERVABLE = 900;

/** Default per-region quotas that a single stack can exceed on its own. */
const QUOTAS: readonly { type: string; what: string; limit: number; code: string }[] = [
  { type: 'aws:ec2/eip:Eip', what: 'Elastic IP addresses', limit: 5, code: 'AddressLimitExceeded' },
  { type: 'aws:ec2/vpc:Vpc', what: 'VPCs', limit: 5, code: 'VpcLimitExceeded' },
  { type: 'aws:ec2/internetGateway:InternetGateway', what: 'internet gateways', limit: 5, code: 'InternetGatewayLimitExceeded' },
  { type: 'aws:cloudtrail/trail:Trail', what: 'CloudTrail trails', limit: 5, code: 'MaximumNumberOfTrailsExceededException' },
];

export default defineRule({
  id: 'aws/account-singleton-resource',
  class: 'AWS-SINGLETON-QUOTA',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [...Object.keys(SINGLETONS), FUNCTION, ...QUOTAS.map((q) => q.type)],
  messages: {
    singleton: 'The stack creates {{what}}, which exists once per account and region: where one already exists (usual in shared and test accounts) {{clash}}. Look the existing one up, or make creating it optional behind a config flag.',
    duplicate: 'A second {{what}} in the same account and region: only one can exist, so {{clash}}. Create it once.',
    quota: 'The program creates {{count}} {{what}} in one region, more than the default quota of {{limit}} per region ({{code}}): the deployment fails at the {{nth}} unless the quota was raised first. Create fewer (share them), or request a quota increase before deploying.',
    concurrency: 'Reserving {{total}} concurrent executions leaves fewer than the 100 that Lambda keeps unreserved under the default account limit of 1,000: the function update fails. Reserve less, or request a higher quota first.',
  },
  title: {
    singleton: 'Account-wide singleton created by the stack: {{what}}',
    duplicate: 'Second account-wide singleton: {{what}}',
    quota: '{{count}} {{what}} in one region, over the default quota of {{limit}}',
    concurrency: 'Reserved concurrency of {{total}} leaves Lambda less than its unreserved minimum',
  },
  fixHint: 'Do not create account-level singletons in an application stack: look them up (`aws.guardduty.getDetector`), or guard them with a config flag that defaults to off.',
  docs: {
    summary: 'Account- or region-wide singletons (Config recorder and delivery channel, GuardDuty detector, Security Hub, Macie, Detective, Organizations, API Gateway account settings, password policy, account alias, S3 account public access block, EBS default encryption and key, account access analyzers, Inspector activation, organization-wide Inspector/GuardDuty/Security Hub configuration, the active SES receipt rule set, X-Ray encryption, EMR block public access, EC2 serial console access, Audit Manager registration) created by an application stack, Lambda concurrency reservations above what a default account allows, and more EIPs, VPCs, internet gateways or trails in one region than the default quota.',
    why: 'These resources exist at most once per account and region. In any account where security tooling is already set up, the stack fails on creation ("a detector already exists"), or it takes over a setting that belongs to the account and removes it for everyone on destroy. Look the existing one up, or create it only where a config flag says the account has none. Reserved concurrency is bounded by the account limit (1,000 by default) minus 100 that must stay unreserved.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst detector = new aws.guardduty.Detector('detector', { enable: true });\nexport const detectorId = detector.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ndetector = aws.guardduty.Detector("detector", enable=True)\npulumi.export("detector_id", detector.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = new pulumi.Config();\nconst detector = config.getBoolean('createDetector') ? new aws.guardduty.Detector('detector', { enable: true }) : undefined;\nexport const detectorId = detector?.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nconfig = pulumi.Config()\nif config.get_bool("create_detector"):\n    detector = aws.guardduty.Detector("detector", enable=True)\n    pulumi.export("detector_id", detector.id)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html',
      'https://docs.aws.amazon.com/guardduty/latest/APIReference/API_CreateDetector.html',
      'https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_EnableSecurityHub.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html',
    ],
    notes: 'Access analyzers count as singletons only for the account\'s own zone of trust (`type` absent or `ACCOUNT…`, one per type and region); organization analyzers and analyzers of unknown type are not reported. Resources created conditionally (behind a flag) or adopted with the `import` option are not reported. One per region is allowed: resources with different explicit providers are not duplicates. Concurrency and resource counts (5 EIPs, VPCs, internet gateways and trails per region) are checked against the default quotas; an account with raised quotas may accept more. Counts include resources created in loops and helpers, per explicit provider.',
  },
  check(ctx) {
    const seen = new Map<string, Resource>();
    for (const r of ctx.resources()) {
      const s = SINGLETONS[r.type];
      if (!s || r.conditional || opt(r, 'import')) continue;
      if (r.provider === 'unknown') continue;
      const form = s.form ? s.form(r) : '';
      if (form === undefined) continue;
      const key = `${r.type}\u0000${form}\u0000${r.provider ?? 'default'}`;
      if (seen.has(key) && !r.inLoop) {
        ctx.report({ messageId: 'duplicate', data: { what: s.what, clash: s.clash }, resource: r, severity: 'critical' });
        continue;
      }
      seen.set(key, r);
      ctx.report({ messageId: 'singleton', data: { what: s.what, clash: s.clash }, resource: r, severity: s.severity });
    }
    checkConcurrency(ctx);
    checkQuotas(ctx);
  },
});

function checkConcurrency(ctx: RuleContext): void {
  let total = 0;
  for (const r of ctx.model.resources) {
    if (r.type !== FUNCTION || r.conditional) continue;
    const v = arg(r, 'reservedConcurrentExecutions');
    const n = num(v);
    if (n === undefined || n <= 0) continue;
    total += n;
    if (total > RESERVABLE) {
      ctx.report({ messageId: 'concurrency', data: { total }, at: v?.at, resource: r, severity: 'high' });
      return;
    }
  }
}

function checkQuotas(ctx: RuleContext): void {
  for (const q of QUOTAS) {
    const byRegion = new Map<string, Resource[]>();
    for (const r of ctx.model.resources) {
      if (r.type !== q.type || r.conditional || !r.reached || opt(r, 'import')) continue;
      const key = regionKey(ctx.model, r);
      if (key === undefined) continue;
      byRegion.set(key, [...(byRegion.get(key) ?? []), r]);
    }
    for (const list of byRegion.values()) {
      if (list.length <= q.limit) continue;
      const first = list[q.limit]!;
      ctx.report({ messageId: 'quota', data: { count: list.length, what: q.what, limit: q.limit, code: q.code, nth: `${q.limit + 1}th` }, resource: first, severity: 'medium' });
    }
  }
}

/**
 * Which provider a resource is deployed with, as a grouping key: its own `provider`, else the first
 * component up its parent chain that passes a provider (components passing the same provider count
 * apart, which can only undercount), else the default provider; undefined when not known.
 */
function regionKey(model: ResourceModel, r: Resource): string | undefined {
  if (r.provider === 'unknown') return undefined;
  if (r.provider !== undefined) return `provider:${r.provider}`;
  if (r.opts.open) return undefined;
  let parent = r.parent;
  for (let depth = 0; depth < 16; depth++) {
    if (parent === undefined) return 'default';
    if (parent === 'unknown') return undefined;
    const id = parent;
    const comp = model.components.find((c) => c.id === id);
    if (!comp) {
      const res = resourceById(model, id);
      if (!res || res.provider === 'unknown') return undefined;
      if (res.provider !== undefined) return `provider:${res.provider}`;
      parent = res.parent;
      continue;
    }
    if (comp.opts.open) return undefined;
    const given = ['provider', 'providers'].map((k) => comp.opts.props.get(k)).filter((v) => v !== undefined && v.kind !== 'absent');
    if (given.length > 0) return `component:${comp.id}`;
    parent = comp.parent;
  }
  return undefined;
}
