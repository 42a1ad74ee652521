import type { At } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { MANAGED_POLICY_PATHS } from '../_shared/aws-managed-policies.js';
import { managedPolicyRefs, type ManagedPolicyRef } from '../_shared/iam-managed-policy.js';
import { isPublicPrincipal, parsePolicy, policySites, type PolicyStatement } from '../_shared/iam-policy.js';
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
  }
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
    badAction: 'Trust policy allows `{{action}}`; a role trust policy may only allow STS actions (`sts:AssumeRole`, `sts:AssumeRoleWithWebIdentity`, `sts:TagSession`, ...). IAM rejects the role with MalformedPolicyDocument; put this permission in the role\'s own policy.',
    noAssume: 'Trust policy has no `sts:AssumeRole*` action, so no principal can assume the role. Allow `sts:AssumeRole` (or `sts:AssumeRoleWithWebIdentity` for OIDC) for the intended principal.',
    policyPath: 'Managed policy `{{written}}` does not exist at this path; the policy is `{{correct}}`. The attachment fails with NoSuchEntity; use the full path.',
    retiredPolicy: 'Managed policy `{{written}}` no longer exists or cannot be attached (AWS retired it); the attachment fails with NoSuchEntity. Use `{{replacement}}`.',
    serviceLinkedPolicy: '`{{written}}` is a service-linked role policy (`aws-service-role/` path); AWS does not allow attaching it to your own roles, users or groups, so the attachment fails. Use the service-linked role the service creates, or a regular managed policy.',
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
    notes: 'Well-formed service principals are only reported when they are known misspellings (`ecs-task.amazonaws.com`, `stepfunctions.amazonaws.com`, `eventbridge.amazonaws.com`, ...): the list of service principals grows and the rule does not guess. Managed-policy names not in the provider\'s list are not judged. `Principal: "*"` with a condition (external id, organization) is not reported. Principals, actions and ARNs built from unknown values are skipped.',
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
      }
      const complete = !doc.open && allows.length === doc.statements.length;
      checkActions(ctx, site.resource, allows, complete, doc.at ?? site.value.at);
    }
    for (const ref of managedPolicyRefs(ctx.model)) checkPolicyArn(ctx, ref);
  },
});
