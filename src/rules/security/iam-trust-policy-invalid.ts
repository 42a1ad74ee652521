import type { At } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { MANAGED_POLICY_PATHS } from '../_shared/aws-managed-policies.js';
import { managedPolicyRefs, type ManagedPolicyRef } from '../_shared/iam-managed-policy.js';
import { isPublicPrincipal, parsePolicy, policySites, type PolicyPrincipal, type PolicyStatement } from '../_shared/iam-policy.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { stringParts } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

/** Every AWS service principal is a DNS-like name under amazonaws.com (amazonaws.com.cn in China). */
const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/;

/** Well-formed names that are not service principals, with the principal that was meant. */
const WRONG_SERVICE_PRINCIPALS: Record<string, string> = {
  'ecs-task.amazonaws.com': 'ecs-tasks.amazonaws.com',
  'ecstasks.amazonaws.com': 'ecs-tasks.amazonaws.com',
  'ecs-tasks.ecs.amazonaws.com': 'ecs-tasks.amazonaws.com',
  'stepfunctions.amazonaws.com': 'states.amazonaws.com',
  'step-functions.amazonaws.com': 'states.amazonaws.com',
  'eventbridge.amazonaws.com': 'events.amazonaws.com',
  'cloudwatch-events.amazonaws.com': 'events.amazonaws.com',
  'cloudwatch-logs.amazonaws.com': 'logs.amazonaws.com',
  'cloudwatchlogs.amazonaws.com': 'logs.amazonaws.com',
  'api-gateway.amazonaws.com': 'apigateway.amazonaws.com',
  'flowlogs.amazonaws.com': 'vpc-flow-logs.amazonaws.com',
  'vpcflowlogs.amazonaws.com': 'vpc-flow-logs.amazonaws.com',
  'flow-logs.amazonaws.com': 'vpc-flow-logs.amazonaws.com',
  'rds-monitoring.amazonaws.com': 'monitoring.rds.amazonaws.com',
  'awsconfig.amazonaws.com': 'config.amazonaws.com',
  'aws-config.amazonaws.com': 'config.amazonaws.com',
  'lambda-edge.amazonaws.com': 'edgelambda.amazonaws.com',
  'kinesis-firehose.amazonaws.com': 'firehose.amazonaws.com',
  'secrets-manager.amazonaws.com': 'secretsmanager.amazonaws.com',
};

/** Actions a trust policy can allow; IAM rejects any other action in a role trust policy. */
const TRUST_ACTION = /^(sts:(AssumeRole|AssumeRoleWithWebIdentity|AssumeRoleWithSAML|TagSession|SetSourceIdentity|SetContext|\*)|\*)$/i;
const ASSUME_ACTION = /^(sts:(AssumeRole|AssumeRoleWithWebIdentity|AssumeRoleWithSAML|AssumeRole\*|\*)|\*)$/i;

/** Retired AWS managed policies and their replacements (AWS Config retired AWSConfigRole in 2022). */
const RETIRED_POLICIES: Record<string, string> = {
  AWSConfigRole: 'service-role/AWS_ConfigRole',
  ConfigRole: 'service-role/AWS_ConfigRole',
};

function checkServicePrincipals(ctx: RuleContext, r: Resource, st: PolicyStatement): void {
  for (const p of st.principals.entries) {
    const name = p.entry.text;
    if (p.type !== 'Service' || name === undefined) continue;
    const meant = WRONG_SERVICE_PRINCIPALS[name];
    if (meant) ctx.report({ messageId: 'wrongService', data: { principal: name, meant }, at: p.entry.at, resource: r, severity: 'critical' });
    else if (!SERVICE_PRINCIPAL.test(name)) ctx.report({ messageId: 'malformedService', data: { principal: name }, at: p.entry.at, resource: r, severity: 'critical' });
  }
}

const WEB_IDENTITY = /^sts:(AssumeRoleWithWebIdentity|\*)$|^\*$/i;

/** What a federated principal names: its text, the known parts of a built ARN, or the URL of the program's OIDC provider. */
function federatedText(ctx: RuleContext, p: PolicyPrincipal): string {
  if (p.entry.text !== undefined) return p.entry.text;
  const provider = referencedResource(ctx.model, p.entry.value);
  const url = provider ? provider.args.props.get('url') : undefined;
  const parts = stringParts(url ?? p.entry.value);
  return parts ? parts.map((x) => x ?? '').join('') : '';
}

/**
 * Web-identity trust without the conditions that pick the identities: with none, every identity the
 * provider issues tokens for can assume the role (for GitHub Actions: any repository on GitHub);
 * without a `:sub` condition, any subject; an EKS trust without `:aud` accepts tokens meant for
 * other audiences.
 */
function checkFederated(ctx: RuleContext, r: Resource, st: PolicyStatement): void {
  const federated = st.principals.entries.filter((p) => p.type === 'Federated');
  if (federated.length === 0 || !st.actions.entries.some((a) => a.text !== undefined && WEB_IDENTITY.test(a.text))) return;
  const names = federated.map((p) => federatedText(ctx, p)).join(' ');
  const keys = st.conditions.map((c) => c.key);
  const github = /token\.actions\.githubusercontent\.com/.test(names) || keys.some((k) => k.startsWith('token.actions.githubusercontent.com:'));
  const cognito = /cognito-identity\.amazonaws\.com/.test(names);
  const eks = /oidc\.eks\./.test(names) || keys.some((k) => /oidc\.eks\./.test(k));
  const provider = github ? 'GitHub Actions' : cognito ? 'Amazon Cognito' : eks ? 'the EKS cluster\'s OIDC issuer' : 'the identity provider';
  const at = st.at ?? federated[0]!.entry.at;
  if (!st.hasCondition) {
    ctx.report({ messageId: 'oidcOpen', data: { provider, who: github ? 'any workflow in any repository on GitHub' : cognito ? 'any identity of any identity pool' : 'every identity the provider issues tokens for' }, at, resource: r, severity: github || cognito ? 'critical' : 'high' });
    return;
  }
  // Conditions whose keys cannot be read decide nothing here.
  if (keys.length === 0) return;
  const has = (suffix: string) => keys.some((k) => k.toLowerCase().endsWith(suffix));
  if (cognito) {
    if (!has(':aud')) ctx.report({ messageId: 'oidcNoKey', data: { provider, key: 'cognito-identity.amazonaws.com:aud', who: 'identities of any identity pool' }, at, resource: r, severity: 'high' });
    return;
  }
  if (!has(':sub')) ctx.report({ messageId: 'oidcNoKey', data: { provider, key: ':sub', who: github ? 'workflows of any repository and branch' : 'any subject (any service account, any user)' }, at, resource: r, severity: github ? 'critical' : 'medium' });
  else if (eks && !has(':aud')) ctx.report({ messageId: 'oidcNoAudience', at, resource: r, severity: 'low' });
}

function checkPublic(ctx: RuleContext, r: Resource, st: PolicyStatement): void {
  if (st.hasCondition) return;
  const pub = st.principals.entries.find(isPublicPrincipal);
  if (pub) ctx.report({ messageId: 'public', at: pub.entry.at, resource: r, severity: 'critical' });
}

/** Non-STS actions make IAM reject the trust policy; a policy without an assume action lets nobody in. */
function checkActions(ctx: RuleContext, r: Resource, allows: PolicyStatement[], complete: boolean, at: At | undefined): void {
  let assumable = false;
  let allKnown = complete;
  for (const st of allows) {
    if (st.actions.open || st.notActions.present) allKnown = false;
    for (const a of st.actions.entries) {
      if (a.text === undefined) {
        allKnown = false;
        continue;
      }
      if (ASSUME_ACTION.test(a.text)) assumable = true;
      if (!TRUST_ACTION.test(a.text)) ctx.report({ messageId: 'badAction', data: { action: a.text }, at: a.at, resource: r });
    }
  }
  if (allKnown && !assumable && allows.length > 0) ctx.report({ messageId: 'noAssume', at, resource: r });
}

function checkPolicyArn(ctx: RuleContext, ref: ManagedPolicyRef): void {
  if (ref.path === undefined) return;
  const retired = RETIRED_POLICIES[ref.name];
  const actual = MANAGED_POLICY_PATHS.get(ref.name);
  if (actual === undefined && retired) {
    ctx.report({ messageId: 'retiredPolicy', data: { written: ref.written, replacement: `arn:aws:iam::aws:policy/${retired}` }, at: ref.at, resource: ref.resource });
  } else if (actual === 'aws-service-role/') {
    ctx.report({ messageId: 'serviceLinkedPolicy', data: { written: ref.written, name: ref.name }, at: ref.at, resource: ref.resource });
  } else if (actual !== undefined && actual !== ref.path) {
    ctx.report({ messageId: 'policyPath', data: { written: ref.written, correct: `arn:aws:iam::aws:policy/${actual}${ref.name}` }, at: ref.at, resource: ref.resource });
  } else if (actual === undefined && !retired && /^[\w+=,.@-]+$/.test(ref.name)) {
    const near = nearestPolicy(ref.name);
    const hint = near ? ` Did you mean \`arn:aws:iam::aws:policy/${MANAGED_POLICY_PATHS.get(near)}${near}\`?` : '';
    ctx.report({ messageId: 'unknownPolicy', data: { written: ref.written, hint }, at: ref.at, resource: ref.resource, severity: 'high' });
  }
}

/** The AWS managed policy whose name is closest to `name` (case ignored, at most three edits), if any. */
function nearestPolicy(name: string): string | undefined {
  const target = name.toLowerCase();
  let best: { name: string; d: number } | undefined;
  for (const candidate of MANAGED_POLICY_PATHS.keys()) {
    if (Math.abs(candidate.length - target.length) > 3) continue;
    const d = editDistance(candidate.toLowerCase(), target, 3);
    if (d <= 3 && (!best || d < best.d)) best = { name: candidate, d };
  }
  return best?.name;
}

/** Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]!);
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

export default defineRule({
  id: 'security/iam-trust-policy-invalid',
  class: 'IAM-TRUST-POLICY',
  severity: 'critical',
  category: 'security',
  resourceTypes: [],
  messages: {
    malformedService: 'Trust policy names `{{principal}}` as a service principal, which is not a valid AWS service principal (they look like `lambda.amazonaws.com`). IAM rejects the role with MalformedPolicyDocument: Invalid principal; fix the name.',
    wrongService: 'Trust policy names `{{principal}}`, which is not an AWS service principal; the service is `{{meant}}`. IAM rejects the role (Invalid principal) or the service cannot assume it; use `{{meant}}`.',
    public: 'Trust policy allows `Principal: "*"` without a condition: any AWS account can assume this role and use its permissions. Name the accounts, roles or services that may assume it, or add conditions such as `sts:ExternalId` / `aws:PrincipalOrgID`.',
    oidcOpen: 'Trust policy lets {{provider}} identities assume the role (`sts:AssumeRoleWithWebIdentity`) without any condition: {{who}} can take this role and its permissions. Add `StringEquals`/`StringLike` conditions on the token\'s `:aud` and `:sub` (for GitHub: `repo:<org>/<repo>:ref:refs/heads/<branch>`).',
    oidcNoKey: 'Web-identity trust for {{provider}} has conditions, but none on `{{key}}`: {{who}} can assume the role. Add a `StringEquals`/`StringLike` condition on `{{key}}` naming the allowed identities.',
    oidcNoAudience: 'EKS service-account trust checks `:sub` but not `:aud`: tokens the cluster issues for other audiences are accepted too. Add `StringEquals: { "<issuer>:aud": "sts.amazonaws.com" }` as the EKS documentation does.',
    badAction: 'Trust policy allows `{{action}}`; a role trust policy may only allow STS actions (`sts:AssumeRole`, `sts:AssumeRoleWithWebIdentity`, `sts:TagSession`, ...). IAM rejects the role with MalformedPolicyDocument; put this permission in the role\'s own policy.',
    noAssume: 'Trust policy has no `sts:AssumeRole*` action, so no principal can assume the role. Allow `sts:AssumeRole` (or `sts:AssumeRoleWithWebIdentity` for OIDC) for the intended principal.',
    policyPath: 'Managed policy `{{written}}` does not exist at this path; the policy is `{{correct}}`. The attachment fails with NoSuchEntity; use the full path.',
    retiredPolicy: 'Managed policy `{{written}}` no longer exists or cannot be attached (AWS retired it); the attachment fails with NoSuchEntity. Use `{{replacement}}`.',
    unknownPolicy: '`{{written}}` is not an AWS managed policy (it is not in the list of managed policies the AWS provider ships), so the attachment fails with NoSuchEntity.{{hint}} Use an existing managed policy or write a customer managed policy with the needed actions.',
    serviceLinkedPolicy: '`{{written}}` is a service-linked role policy (`aws-service-role/` path); AWS does not allow attaching it to your own roles, users or groups, so the attachment fails. Use the service-linked role the service creates, or a regular managed policy.',
  },
  title: {
    malformedService: 'Invalid service principal {{principal:code}} in the trust policy of {{counted}}',
    wrongService: 'Service principal {{principal:code}} instead of {{meant:code}} in the trust policy of {{counted}}',
    public: 'Trust policy of {{counted}} lets any AWS account assume it',
    oidcOpen: 'Trust policy of {{counted}} lets any {{provider}} identity assume it',
    oidcNoKey: 'Web-identity trust of {{counted}} without a condition on {{key:code}}',
    oidcNoAudience: 'EKS service-account trust of {{counted}} without an audience condition',
    badAction: 'Non-STS action {{action:code}} in the trust policy of {{counted}}',
    noAssume: 'Trust policy of {{counted}} allows no sts:AssumeRole',
    policyPath: 'Managed policy ARN {{written:code}} has the wrong path',
    retiredPolicy: 'Retired managed policy {{written:code}} attached',
    unknownPolicy: 'Nonexistent managed policy {{written:code}} attached',
    serviceLinkedPolicy: 'Service-linked role policy {{written:code}} attached to an own role',
  },
  fixHint: 'Use a valid service principal (`lambda.amazonaws.com`, `ecs-tasks.amazonaws.com`, `monitoring.rds.amazonaws.com`), allow only `sts:AssumeRole*` in trust policies, never trust `*` without conditions, and write managed-policy ARNs with their path (`arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole`).',
  docs: {
    summary: 'Role trust policies and managed-policy ARNs that IAM rejects or that open the role to anyone: malformed service principals, non-STS actions, `Principal: "*"`, wrong managed-policy paths.',
    why: 'These mistakes fail at deployment (MalformedPolicyDocument, NoSuchEntity) or are critical holes. Service principals have a fixed form (`<service>.amazonaws.com`); `lambda.amazon.com` or `ec2.amazonaws` are rejected. A trust policy may only allow STS actions. `Principal: "*"` without a condition lets every AWS account assume the role. AWS managed policies live under fixed paths: `AWSLambdaBasicExecutionRole`, `AWSLambdaVPCAccessExecutionRole` and `AWS_ConfigRole` are under `service-role/`, and AWS retired `AWSConfigRole` in 2022; an ARN with the wrong path does not exist. Paths are checked against the list of AWS managed policies shipped with the Pulumi AWS provider.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst role = new aws.iam.Role('fn', {\n  assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazon.com' }, Action: 'sts:AssumeRole' }] }),\n});\nnew aws.iam.RolePolicyAttachment('logs', { role: role.name, policyArn: 'arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole' });\n`,
      py: `import json\nimport pulumi_aws as aws\nrole = aws.iam.Role("config", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "config.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))\naws.iam.RolePolicyAttachment("config", role=role.name, policy_arn="arn:aws:iam::aws:policy/service-role/AWSConfigRole")\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst role = new aws.iam.Role('fn', {\n  assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),\n});\nnew aws.iam.RolePolicyAttachment('logs', { role: role.name, policyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' });\n`,
      py: `import json\nimport pulumi_aws as aws\nrole = aws.iam.Role("config", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "config.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))\naws.iam.RolePolicyAttachment("config", role=role.name, policy_arn="arn:aws:iam::aws:policy/service-role/AWS_ConfigRole")\n`,
    },
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-services',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-trust-policy',
      'https://docs.aws.amazon.com/config/latest/developerguide/security-iam-awsmanpol.html#security-iam-awsmanpol-AWS_ConfigRole',
      'https://aws.amazon.com/blogs/mt/service-notice-upcoming-changes-required-for-aws-config/',
      'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSLambdaBasicExecutionRole.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html',
    ],
    notes: 'Well-formed service principals are only reported when they are known misspellings (`ecs-task.amazonaws.com`, `stepfunctions.amazonaws.com`, `eventbridge.amazonaws.com`, ...): the list of service principals grows and the rule does not guess. A managed-policy ARN whose name is not in the provider\'s list is reported at high severity, with the nearest existing name when one is close (a policy AWS published after the provider version would be a false report: suppress it with a reason). Web-identity (OIDC) trust is reported without any condition (critical for GitHub Actions and Cognito, high otherwise), without a `:sub` condition (critical for GitHub, medium otherwise), for Cognito without `:aud` (high), and for EKS without `:aud` (low); conditions whose keys cannot be read are not judged. `Principal: "*"` with a condition (external id, organization) is not reported. Principals, actions and ARNs built from unknown values are skipped.',
  },
  check(ctx) {
    for (const site of policySites(ctx.model)) {
      if (site.kind !== 'trust') continue;
      const doc = parsePolicy(site.value);
      if (!doc) continue;
      const allows = doc.statements.filter((s) => s.effect === 'Allow');
      for (const st of allows) {
        checkServicePrincipals(ctx, site.resource, st);
        checkPublic(ctx, site.resource, st);
        checkFederated(ctx, site.resource, st);
      }
      const complete = !doc.open && allows.length === doc.statements.length;
      checkActions(ctx, site.resource, allows, complete, doc.at ?? site.value.at);
    }
    for (const ref of managedPolicyRefs(ctx.model)) checkPolicyArn(ctx, ref);
  },
});
