import type { Resource } from '../../model/types.js';
import { LAMBDA_FUNCTION } from '../_shared/lambda-permissions.js';
import { allows, functionRole, logicalName, roleGrants } from '../_shared/role-grants.js';
import { inFragment, programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

/** The actions a function needs to write its logs (AWSLambdaBasicExecutionRole grants them). */
const LOG_ACTIONS = ['logs:CreateLogStream', 'logs:PutLogEvents'];

export default defineRule({
  id: 'security/lambda-role-without-policies',
  class: 'IAM-MISSING-PERMISSION',
  severity: 'high',
  category: 'security',
  resourceTypes: [LAMBDA_FUNCTION],
  messages: {
    noPolicies: 'Role `{{role}}` of Lambda function{{s}} {{functions}} has no permissions at all: no managed or inline policy and no policy attachment. The function cannot even write its logs, and every AWS call it makes is denied; attach `AWSLambdaBasicExecutionRole` and the permissions the code needs.',
    noLogs: 'The policies of role `{{role}}` (Lambda function{{s}} {{functions}}) do not allow `logs:CreateLogStream` and `logs:PutLogEvents`, so the function runs without writing any logs and its failures cannot be diagnosed. Attach `AWSLambdaBasicExecutionRole` (or `AWSLambdaVPCAccessExecutionRole` in a VPC) or grant these actions.',
  },
  title: {
    noPolicies: 'Role {{role:code}} of Lambda function{{functions:s}} {{functions}} has no policies',
    noLogs: 'Role {{role:code}} of Lambda function{{functions:s}} {{functions}} cannot write logs',
  },
  fixHint: 'new aws.iam.RolePolicyAttachment("logs", { role: role.name, policyArn: aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole }).',
  docs: {
    summary: 'A Lambda function whose execution role, created in the program, has no policies at all, or only policies that do not let it write its CloudWatch logs.',
    why: 'A Lambda execution role starts with no permissions. Without `logs:CreateLogStream` / `logs:PutLogEvents` (granted by `AWSLambdaBasicExecutionRole`) the function produces no logs, and without the service permissions its code needs every call fails with AccessDenied at run time. Generated stacks sometimes create the role and trust policy but never attach anything to it.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst role = new aws.iam.Role('fn-role', {\n  assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),\n});\nnew aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: role.arn, code: new pulumi.asset.FileArchive('./app') });\n`,
      py: `import json\nimport pulumi\nimport pulumi_aws as aws\nrole = aws.iam.Role("fn-role", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))\naws.iam.RolePolicy("fn-data", role=role.id, policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::data/*"}]}))\naws.lambda_.Function("fn", runtime="python3.13", handler="index.handler", role=role.arn, code=pulumi.FileArchive("./app"))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst role = new aws.iam.Role('fn-role', {\n  assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),\n});\nnew aws.iam.RolePolicyAttachment('fn-logs', { role: role.name, policyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' });\nnew aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: role.arn, code: new pulumi.asset.FileArchive('./app') });\n`,
      py: `import json\nimport pulumi\nimport pulumi_aws as aws\nrole = aws.iam.Role("fn-role", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))\naws.iam.RolePolicy("fn-data", role=role.id, policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::data/*"}, {"Effect": "Allow", "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"], "Resource": "*"}]}))\naws.lambda_.Function("fn", runtime="python3.13", handler="index.handler", role=role.arn, code=pulumi.FileArchive("./app"))\n`,
    },
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
      'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSLambdaBasicExecutionRole.html',
    ],
    notes: 'Only roles created in the program and passed as `role.arn` are judged, and only when the model saw the whole program (no missing modules, fragments or cut-off code): a policy attached elsewhere would be invisible. A role with an AWS managed policy whose permissions stacklint does not list (it lists the Lambda execution policies and a few service-wide ones such as AmazonS3FullAccess), a policy whose document is not known, or an attachment whose role cannot be resolved is never reported for missing log permissions.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    const byRole = new Map<Resource, Resource[]>();
    for (const fn of ctx.resources()) {
      const role = functionRole(ctx.model, fn);
      if (role) byRole.set(role, [...(byRole.get(role) ?? []), fn]);
    }
    for (const [role, fns] of byRole) {
      if (inFragment(ctx, role)) continue;
      const grants = roleGrants(ctx.model, role);
      if (!grants) continue;
      const names = fns.map((f) => `\`${logicalName(f)}\``);
      const data = { role: logicalName(role), functions: [...new Set(names)].join(', '), s: fns.length > 1 ? 's' : '' };
      if (grants.length === 0) ctx.report({ messageId: 'noPolicies', data, resource: role });
      else if (LOG_ACTIONS.some((a) => allows(grants, a) === 'no')) ctx.report({ messageId: 'noLogs', data, resource: role, severity: 'medium' });
    }
  },
});
