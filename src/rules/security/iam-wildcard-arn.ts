import type { Value } from '../../ir/values.js';
import { grantingStatements, type PolicyEntry, type PolicyStatement } from '../_shared/iam-policy.js';
import { defineRule } from '../define-rule.js';

/** `arn:partition:service:region:account:resource`, with region and account each ended by a colon. */
const ARN = /^arn:(aws[\w-]*):([\w-]+):([^:]*):([^:]*):/;

/** Writing a function's own logs: the least harmful grant, as in security/iam-wildcard-resource. */
// The CloudWatch agent's usual grant also describes its streams and groups (read-only).
const LOG_DELIVERY = new Set(['logs:createloggroup', 'logs:createlogstream', 'logs:putlogevents', 'logs:describelogstreams', 'logs:describeloggroups']);

/**
 * The text of an ARN as far as it is known: the whole of a known string, else the literal text
 * before the first unknown part (`arn:aws:logs:us-east-1:*:log-group:${name}` → up to `${`).
 */
function knownText(v: Value): { text: string; complete: boolean } | undefined {
  if (v.kind === 'output') return knownText(v.inner);
  if (v.kind === 'known') return typeof v.value === 'string' ? { text: v.value, complete: true } : undefined;
  if (v.kind !== 'str') return undefined;
  let text = '';
  for (const p of v.parts) {
    if (p.kind !== 'known') return { text, complete: false };
    text += String(p.value);
  }
  return { text, complete: true };
}

interface Wildcard {
  arn: string;
  /** What the wildcard stands for, for the message. */
  fields: string;
  scope: string;
  /** A wildcard account (or an S3 bucket of any account), rather than only a wildcard region. */
  account: boolean;
  service: string;
}

/** The wildcard account, region or S3 bucket of a Resource entry written as an ARN, if any. */
function wildcardOf(e: PolicyEntry): Wildcard | undefined {
  const known = knownText(e.value);
  if (!known) return undefined;
  const m = ARN.exec(known.text);
  if (!m) return undefined;
  const [, , service = '', region, account] = m;
  const shown = known.complete ? known.text : `${known.text}…`;
  if (service === 's3' && region === '' && account === '') {
    // S3 ARNs carry no account: a bucket wildcard matches every account's buckets.
    const rest = known.text.slice(m[0].length);
    const bucket = rest.split('/')[0];
    const whole = known.complete || rest.includes('/');
    return whole && bucket === '*' ? { arn: shown, fields: 'bucket name', scope: 'bucket of every AWS account', account: true, service } : undefined;
  }
  if (account === '*' && region === '*') return { arn: shown, fields: 'account id and region', scope: 'account and region', account: true, service };
  if (account === '*') return { arn: shown, fields: 'account id', scope: 'AWS account', account: true, service };
  if (region === '*') return { arn: shown, fields: 'region', scope: 'region of the account', account: false, service };
  return undefined;
}

function listed(st: PolicyStatement): string {
  const actions = st.actions.entries.map((a) => a.text).filter((a): a is string => a !== undefined);
  if (actions.length === 0) return 'its actions';
  const shown = actions.slice(0, 3).map((a) => `\`${a}\``).join(', ');
  return actions.length > 3 ? `${shown} and ${actions.length - 3} more` : shown;
}

/**
 * Only IAM API actions on IAM ARNs (`iam:ChangePassword` on `arn:aws:iam::*:user/${aws:username}`):
 * IAM acts on the caller's own account only, so the wildcard account widens nothing.
 * (`sts:AssumeRole` on `arn:aws:iam::*:role/...` does reach other accounts and is reported.)
 */
function onlyIamActions(st: PolicyStatement): boolean {
  const actions = st.actions.entries;
  return actions.length > 0 && !st.actions.open && actions.every((a) => a.text !== undefined && /^iam:/i.test(a.text));
}

function onlyLogDelivery(st: PolicyStatement): boolean {
  const actions = st.actions.entries;
  return actions.length > 0 && !st.actions.open && actions.every((a) => a.text !== undefined && LOG_DELIVERY.has(a.text.toLowerCase()));
}

export default defineRule({
  id: 'security/iam-wildcard-arn',
  class: 'IAM-WILDCARD-OVERBROAD',
  severity: 'medium',
  category: 'security',
  resourceTypes: [],
  messages: {
    wildcard: '{{type}} `{{path}}` allows {{actions}} on `{{arn}}`, whose {{fields}} is `*`: the grant covers matching resources in every {{scope}}, not only the program\'s own. Write the concrete value into the ARN (the account id from `aws.getCallerIdentity()`, the region from `aws.getRegion()`), or use the resource\'s own `.arn`.',
  },
  title: '{{actions}} allowed on {{arn:code}} (any {{fields}}) in {{counted}}',
  fixHint: 'Build ARNs from the caller\'s account and region (`aws.getCallerIdentityOutput().accountId`, `aws.getRegionOutput().name`) with `pulumi.interpolate` / an f-string inside `apply`, or reference the resource\'s own `.arn`.',
  docs: {
    summary: 'Allow statements whose Resource ARN has `*` for the account id or region (`arn:aws:logs:us-east-1:*:log-group:...`), or `arn:aws:s3:::*` for every bucket.',
    why: 'A wildcard account id makes the statement match resources of that type in any AWS account, and `arn:aws:s3:::*` matches every bucket in every account (S3 ARNs carry no account), so the role can reach data it was never meant to see, e.g. a bucket of another account whose policy trusts it. A wildcard region widens the grant to every region of the account. Neither is least privilege, and the concrete values are always available to the program (`aws.getCallerIdentity()`, `aws.getRegion()`), or the ARN of the resource itself is. A wildcard account is reported at medium severity; a wildcard region only (the account being concrete), and statements that only write logs, at low severity.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst role = new aws.iam.Role('fn', { assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) });\nnew aws.iam.RolePolicy('fn-read', {\n  role: role.id,\n  policy: JSON.stringify({ Version: '2012-10-17', Statement: [\n    { Effect: 'Allow', Action: ['logs:GetLogEvents', 'logs:FilterLogEvents'], Resource: 'arn:aws:logs:ap-south-1:*:log-group:/aws/ec2/*' },\n  ] }),\n});\n`,
      py: `import json\nimport pulumi_aws as aws\nrole = aws.iam.Role("fn", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))\naws.iam.RolePolicy("fn-read", role=role.id,\n    policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": ["arn:aws:s3:::*", "arn:aws:s3:::*/*"]}]}))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst caller = aws.getCallerIdentityOutput();\nconst role = new aws.iam.Role('fn', { assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) });\nnew aws.iam.RolePolicy('fn-read', {\n  role: role.id,\n  policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [\n    { Effect: 'Allow', Action: ['logs:GetLogEvents', 'logs:FilterLogEvents'], Resource: pulumi.interpolate\`arn:aws:logs:ap-south-1:\${caller.accountId}:log-group:/aws/ec2/*\` },\n  ] }),\n});\n`,
      py: `import json\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("data")\nrole = aws.iam.Role("fn", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))\naws.iam.RolePolicy("fn-read", role=role.id,\n    policy=bucket.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": [arn, f"{arn}/*"]}]})))\n`,
    },
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
      'https://www.pulumi.com/registry/packages/aws/api-docs/getcalleridentity/',
      'https://www.pulumi.com/registry/packages/aws/api-docs/getregion/',
    ],
    notes: 'Only identity policies (roles, users, groups, managed policies) are read, and only Allow statements without a `Condition` (conditions such as `aws:ResourceAccount` scope the grant). `Resource: "*"` is security/iam-wildcard-resource\'s finding, not this rule\'s. An ARN built from unknown parts is judged on its literal beginning, and only when the account and region fields are complete in it. Wildcards inside the resource part (`log-group:/aws/lambda/*`) are not reported, nor IAM ARNs used only with IAM actions (IAM acts on the caller\'s own account only, as in AWS\'s `arn:aws:iam::*:user/${aws:username}` examples).',
  },
  check(ctx) {
    for (const { site, st } of grantingStatements(ctx.model)) {
      // One finding per statement, at its first wildcard ARN (the worst one when they differ).
      const found = st.resources.entries.flatMap((e) => {
        const w = wildcardOf(e);
        return w && !(w.service === 'iam' && onlyIamActions(st)) ? [{ e, w }] : [];
      });
      const pick = found.find((f) => f.w.account) ?? found[0];
      if (pick) {
        const { e, w } = pick;
        ctx.report({
          messageId: 'wildcard',
          data: { type: site.resource.typePath, path: site.path, actions: listed(st), arn: w.arn, fields: w.fields, scope: w.scope },
          at: e.at,
          resource: site.resource,
          severity: w.account && !onlyLogDelivery(st) ? 'medium' : 'low',
        });
      }
    }
  },
});
