import { managedPolicyRefs } from '../_shared/iam-managed-policy.js';
import { defineRule } from '../define-rule.js';

/** `AdministratorAccess`, `PowerUserAccess`, and every `…FullAccess` / `…_FullAccess` policy. */
function classify(name: string): 'admin' | 'broad' | undefined {
  if (name === 'AdministratorAccess') return 'admin';
  if (name === 'PowerUserAccess' || /FullAccess$/.test(name)) return 'broad';
  return undefined;
}

export default defineRule({
  id: 'security/iam-admin-managed-policy',
  class: 'IAM-WILDCARD-OVERBROAD',
  severity: 'high',
  category: 'security',
  resourceTypes: [
    'aws:iam/rolePolicyAttachment:RolePolicyAttachment',
    'aws:iam/userPolicyAttachment:UserPolicyAttachment',
    'aws:iam/groupPolicyAttachment:GroupPolicyAttachment',
    'aws:iam/policyAttachment:PolicyAttachment',
    'aws:iam/role:Role',
    'aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive',
    'aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive',
    'aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive',
  ],
  messages: {
    admin: '{{type}} attaches the AWS managed policy `AdministratorAccess` ({{written}}): full control of every service and resource in the account, including IAM. Write a policy with the actions and resources the workload uses.',
    broad: '{{type}} attaches the AWS managed policy `{{name}}` ({{written}}), which grants every action of the service on every resource. Replace it with a policy that lists the actions and resources the workload needs (or a narrower managed policy such as a ReadOnly one).',
  },
  title: {
    admin: 'AdministratorAccess attached by {{counted}}',
    broad: 'Full-access managed policy {{name:code}} attached by {{counted}}',
  },
  fixHint: 'Attach a customer policy scoped to the program\'s resources (`aws.iam.RolePolicy` with specific actions and `Resource: table.arn`) instead of AdministratorAccess / *FullAccess.',
  docs: {
    summary: 'Roles, users and groups given `AdministratorAccess`, `PowerUserAccess` or a `*FullAccess` AWS managed policy.',
    why: 'AWS managed `FullAccess` policies grant `service:*` on `*` (IAMFullAccess allows creating administrators); `AdministratorAccess` is `*:*`. Attaching them to a workload role is the managed-policy form of a wildcard policy, (e.g. `CloudWatchLogsFullAccess` on an ECS task execution role): a compromised workload can do everything the policy allows. The rule reads `policyArn` of the policy attachment resources, `managedPolicyArns` of roles, and the `policyArns` of the `*PolicyAttachmentsExclusive` resources, whether written as ARNs or as `aws.iam.ManagedPolicy` members.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst role = new aws.iam.Role('task-exec', { assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) });\nnew aws.iam.RolePolicyAttachment('logs', { role: role.name, policyArn: 'arn:aws:iam::aws:policy/CloudWatchLogsFullAccess' });\n`,
      py: `import json\nimport pulumi_aws as aws\nrole = aws.iam.Role("deployer", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole"}]}),\n    managed_policy_arns=["arn:aws:iam::aws:policy/AdministratorAccess"])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst role = new aws.iam.Role('task-exec', { assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) });\nnew aws.iam.RolePolicyAttachment('exec', { role: role.name, policyArn: 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy' });\n`,
      py: `import json\nimport pulumi_aws as aws\nrole = aws.iam.Role("reader", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}),\n    managed_policy_arns=["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"])\n`,
    },
    references: [
      'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-use-aws-defined-policies',
    ],
    notes: 'Severity: critical for AdministratorAccess, high for PowerUserAccess and *FullAccess. Customer managed policies (ARNs with an account id) are judged by security/iam-wildcard-action from their documents, not here. Policy ARNs built from unknown values are not judged.',
  },
  check(ctx) {
    for (const ref of managedPolicyRefs(ctx.model)) {
      const kind = classify(ref.name);
      if (!kind) continue;
      ctx.report({
        messageId: kind,
        data: { type: ref.resource.typePath, name: ref.name, written: ref.written },
        at: ref.at,
        resource: ref.resource,
        severity: kind === 'admin' ? 'critical' : 'high',
      });
    }
  },
});
