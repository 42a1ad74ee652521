import type { Severity } from '../../core/finding.js';
import { isHighImpact, parseAction, supportsResourceLevel } from '../_shared/iam-actions.js';
import { grantingStatements, type PolicyStatement } from '../_shared/iam-policy.js';
import { defineRule } from '../define-rule.js';

/** `*` and `svc:*` are security/iam-wildcard-action's findings; one mistake, one finding. */
const WHOLE_SERVICE = /^([a-z0-9-]+:)?\*$/i;

/** Writing a function's own logs: the least harmful grant on `*`, but still scopable to its log group. */
const LOG_DELIVERY = new Set(['logs:createloggroup', 'logs:createlogstream', 'logs:putlogevents']);

/** Actions of the statement that accept resource ARNs, with the statement's severity. */
function scopableActions(st: PolicyStatement): { actions: string[]; severity: Severity } | undefined {
  const actions: string[] = [];
  let high = false;
  let onlyLogs = true;
  for (const a of st.actions.entries) {
    if (a.text === undefined || WHOLE_SERVICE.test(a.text)) continue;
    const action = parseAction(a.text);
    if (!action || supportsResourceLevel(action) !== true) continue;
    actions.push(a.text);
    high ||= isHighImpact(action);
    onlyLogs &&= LOG_DELIVERY.has(a.text.toLowerCase());
  }
  if (actions.length === 0) return undefined;
  return { actions, severity: high ? 'high' : onlyLogs ? 'low' : 'medium' };
}

function listed(actions: string[]): string {
  const shown = actions.slice(0, 3).map((a) => `\`${a}\``).join(', ');
  return actions.length > 3 ? `${shown} and ${actions.length - 3} more` : shown;
}

export default defineRule({
  id: 'security/iam-wildcard-resource',
  class: 'IAM-WILDCARD-OVERBROAD',
  severity: 'medium',
  category: 'security',
  resourceTypes: [],
  messages: {
    resource: '{{type}} `{{path}}` allows {{actions}} on `Resource: "*"`, although these actions accept resource ARNs: the grant covers every such resource in the account, not just the program\'s own. Scope `Resource` to the ARNs the workload uses (e.g. `table.arn`, `${bucket.arn}/*`).',
  },
  title: '{{actions}} allowed on `Resource: "*"` in {{counted}}',
  fixHint: 'Put the ARNs of the program\'s own resources in `Resource` (`pulumi.jsonStringify({... Resource: [table.arn] })`); keep `*` only for actions that require it.',
  docs: {
    summary: 'Allow statements that grant an action on `Resource: "*"` although the action can be scoped to specific resources.',
    why: '`Resource: "*"` on data actions (`dynamodb:PutItem`, `s3:GetObject`, `secretsmanager:GetSecretValue`, `kms:Decrypt`) is not least privilege: the role can then read or change every table, bucket, secret or key in the account, not just the program\'s own. But `*` is also the only valid resource for many actions (`xray:PutTraceSegments`, `cloudwatch:PutMetricData`, `ecr:GetAuthorizationToken`, `ec2:Describe*`), so the rule consults a table of actions without resource-level permissions (from the AWS Service Authorization Reference) and rates each statement by what its actions can do: high for data writes and deletes, decryption, secret reads and privilege escalation (`iam:PassRole`), low when it only writes logs (`logs:CreateLogStream`, `logs:PutLogEvents`), medium otherwise. One finding per statement, at its `*`.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst role = new aws.iam.Role('fn', { assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) });\nnew aws.iam.RolePolicy('fn-data', {\n  role: role.id,\n  policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem'], Resource: '*' }] }),\n});\n`,
      py: `import json\nimport pulumi_aws as aws\nrole = aws.iam.Role("fn", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))\naws.iam.RolePolicy("secrets", role=role.id,\n    policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["secretsmanager:GetSecretValue", "kms:Decrypt"], "Resource": "*"}]}))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst table = new aws.dynamodb.Table('orders', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }], billingMode: 'PAY_PER_REQUEST' });\nconst role = new aws.iam.Role('fn', { assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) });\nnew aws.iam.RolePolicy('fn-data', {\n  role: role.id,\n  policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [\n    { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem'], Resource: table.arn },\n    { Effect: 'Allow', Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'cloudwatch:PutMetricData'], Resource: '*' },\n  ] }),\n});\n`,
      py: `import json\nimport pulumi_aws as aws\nsecret = aws.secretsmanager.Secret("db")\nrole = aws.iam.Role("fn", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))\naws.iam.RolePolicy("secrets", role=role.id,\n    policy=secret.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [\n        {"Effect": "Allow", "Action": ["secretsmanager:GetSecretValue"], "Resource": arn},\n        {"Effect": "Allow", "Action": ["ecr:GetAuthorizationToken"], "Resource": "*"}]})))\n`,
    },
    references: [
      'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
      'https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsx-ray.html',
      'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchlogs.html',
      'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSXRayDaemonWriteAccess.html',
      'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSLambdaVPCAccessExecutionRole.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    ],
    notes: 'Only identity policies (roles, users, groups, managed policies) are read; in resource policies `*` means the resource itself. Statements with a `Condition` are skipped: conditions such as `kms:ViaService`, `aws:SourceArn` or `aws:ResourceTag/...` scope the grant, and judging whether they scope it enough needs intent. `*` and `service:*` actions are reported by security/iam-wildcard-action, not here. Actions of services outside the table (e.g. Glue, Athena, CodeBuild) are not judged, nor are `List*`/`Describe*` metadata actions, nor ENI management (`ec2:CreateNetworkInterface`, ...) that Lambda and ECS need on `*`. Resources written as ARN patterns (`arn:aws:s3:::*`) are not treated as `*`; security/iam-wildcard-arn reports those whose account, region or S3 bucket is a wildcard.',
  },
  check(ctx) {
    for (const { site, st } of grantingStatements(ctx.model)) {
      const star = st.resources.entries.find((r) => r.text === '*');
      const found = star && scopableActions(st);
      if (!star || !found) continue;
      ctx.report({
        messageId: 'resource',
        data: { type: site.resource.typePath, path: site.path, actions: listed(found.actions) },
        at: star.at,
        resource: site.resource,
        severity: found.severity,
      });
    }
  },
});
