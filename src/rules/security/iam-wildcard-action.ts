import { isAccountRootPrincipal, parsePolicy, permissionBoundaryIds, policySites, type PolicySite, type PolicyStatement } from '../_shared/iam-policy.js';
import type { At } from '../../ir/values.js';
import { defineRule } from '../define-rule.js';

/** `svc:*` (any case): every action of one service. */
const SERVICE_WILDCARD = /^([a-z0-9-]+):\*$/i;

/**
 * The default KMS key policy gives the account root `kms:*`, which delegates key access to IAM
 * policies; AWS recommends it, so it is not over-broad.
 */
function isDefaultKeyPolicyStatement(site: PolicySite, st: PolicyStatement): boolean {
  if (site.service !== 'kms') return false;
  const ps = st.principals;
  return ps.present && !ps.open && ps.entries.length > 0 && ps.entries.every(isAccountRootPrincipal);
}

export default defineRule({
  id: 'security/iam-wildcard-action',
  class: 'IAM-WILDCARD-OVERBROAD',
  severity: 'high',
  category: 'security',
  resourceTypes: [],
  messages: {
    all: '{{type}} `{{path}}` allows `Action: "*"`: every action of every AWS service. Whoever holds this identity (or compromises the workload) controls the account; list only the actions the workload calls.',
    service: '{{type}} `{{path}}` allows `{{action}}`{{scope}}: every {{service}} action, including deletes and permission changes. Name the actions the workload needs instead of the service wildcards.',
    notAction: '{{type}} `{{path}}` uses `NotAction` in an Allow statement: it grants every action of every service except the listed ones, including actions added later. Use `Action` with an explicit list.',
  },
  title: {
    all: '`Action: "*"` allowed in {{counted}}',
    service: 'Wildcard action{{action:s}} {{action:code}} in {{counted}}',
    notAction: '`NotAction` in an Allow statement of {{counted}}',
  },
  fixHint: 'Replace `*` / `service:*` with the specific actions the workload calls (e.g. `dynamodb:GetItem`, `dynamodb:PutItem`), and use `Action` rather than `NotAction` in Allow statements.',
  docs: {
    summary: 'Allow statements that grant `Action: "*"`, a whole service (`s3:*`), or everything but a list (`NotAction`).',
    why: '`*` makes the identity an administrator; `service:*` includes destructive and permission-changing actions (`s3:DeleteBucket`, `s3:PutBucketPolicy`, `kms:ScheduleKeyDeletion`). `NotAction` with Allow grants more than intended, including services created later. The rule reads identity policies (`aws.iam.Policy`, `RolePolicy`, `UserPolicy`, `GroupPolicy`, `Role.inlinePolicies`) and resource policies (S3, SQS, SNS, KMS, ECR, Secrets Manager), whether they are JSON strings, objects or `getPolicyDocument` results.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst role = new aws.iam.Role('fn', { assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) });\nnew aws.iam.RolePolicy('fn-data', {\n  role: role.id,\n  policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }] }),\n});\n`,
      py: `import json\nimport pulumi_aws as aws\nrole = aws.iam.Role("fn", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))\naws.iam.RolePolicy("fn-data", role=role.id,\n    policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:*"], "Resource": "*"}]}))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst table = new aws.dynamodb.Table('orders', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }], billingMode: 'PAY_PER_REQUEST' });\nconst role = new aws.iam.Role('fn', { assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) });\nnew aws.iam.RolePolicy('fn-data', {\n  role: role.id,\n  policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem'], Resource: table.arn }] }),\n});\n`,
      py: `import json\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("data")\nrole = aws.iam.Role("fn", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))\naws.iam.RolePolicy("fn-data", role=role.id,\n    policy=bucket.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": f"{arn}/*"}]})))\n`,
    },
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html',
      'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html',
    ],
    notes: 'One finding per statement: `Action: "*"` when present, else all its service wildcards together. Deny statements are not reported (a wildcard there restricts). In KMS key policies `kms:*` granted to the account root is the AWS default key policy and is not reported. Policies used only as a permissions boundary (`permissionsBoundary: policy.arn`) cap permissions and are skipped. Trust policies (`assumeRolePolicy`) are left to security/iam-trust-policy-invalid. Partial wildcards such as `s3:Get*` are not reported by this rule. Policies whose structure is not known (built by code the analyzer cannot follow) are skipped.',
  },
  check(ctx) {
    const boundaries = permissionBoundaryIds(ctx.model);
    for (const site of policySites(ctx.model)) {
      if (site.kind === 'trust' || boundaries.has(site.resource.id)) continue;
      const doc = parsePolicy(site.value);
      if (!doc) continue;
      const data = { type: site.resource.typePath, path: site.path };
      // Statements of a policy written as one JSON string share the string's span, and one finding
      // per span is kept: their service wildcards are reported together.
      const wildcards = new Map<string, { at: At | undefined; actions: string[]; everyResource: boolean }>();
      for (const st of doc.statements) {
        if (st.effect !== 'Allow') continue;
        if (st.notActions.present) ctx.report({ messageId: 'notAction', data, at: st.notActions.entries[0]?.at ?? st.at, resource: site.resource });
        if (isDefaultKeyPolicyStatement(site, st)) continue;
        // One finding per statement: `Action: "*"` if it is there, else every service wildcard together.
        const all = st.actions.entries.find((a) => a.text === '*');
        if (all) {
          ctx.report({ messageId: 'all', data, at: all.at, resource: site.resource, severity: 'critical' });
          continue;
        }
        const wild = st.actions.entries.filter((a) => a.text !== undefined && SERVICE_WILDCARD.test(a.text));
        const first = wild[0];
        if (!first) continue;
        const key = first.at ? `${first.at.f}:${first.at.s}:${first.at.e}` : '';
        const entry = wildcards.get(key) ?? { at: first.at, actions: [], everyResource: true };
        entry.actions.push(...wild.map((a) => a.text!));
        // Said only when known: every such statement of an identity policy grants on `*`.
        entry.everyResource &&= site.kind === 'identity' && st.resources.entries.length > 0 && st.resources.entries.every((r) => r.text === '*');
        wildcards.set(key, entry);
      }
      for (const { at, actions, everyResource } of wildcards.values()) {
        const services = [...new Set(actions.map((a) => SERVICE_WILDCARD.exec(a)![1]!.toLowerCase()))];
        const scope = everyResource ? ' on `Resource: "*"` (every resource of the account)' : '';
        ctx.report({ messageId: 'service', data: { ...data, action: [...new Set(actions)].join('`, `'), service: services.join(', '), scope }, at, resource: site.resource });
      }
    }
  },
});
