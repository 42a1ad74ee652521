import type { Resource } from '../../model/types.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { allows, type Grant, roleGrants } from '../_shared/role-grants.js';
import { arg, str } from '../_shared/values.js';
import { inFragment, programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const FUNCTION = 'aws:lambda/function:Function';
const ROLE = 'aws:iam/role:Role';

/** AWS managed policies that allow xray:PutTraceSegments and xray:PutTelemetryRecords. */
const XRAY_MANAGED = /:policy\/(AWSXRayDaemonWriteAccess|AWSXrayWriteOnlyAccess|AWSXrayFullAccess|AdministratorAccess|PowerUserAccess|AWSLambdaTracerAccessPolicy)$/;
const ACTIONS = ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'];

export default defineRule({
  id: 'aws/lambda-tracing-without-xray-permission',
  class: 'TRACING-XRAY',
  severity: 'high',
  category: 'aws',
  resourceTypes: [FUNCTION],
  messages: {
    noXray: 'The function enables active X-Ray tracing, but its role {{role}} allows neither `xray:PutTraceSegments` nor `xray:PutTelemetryRecords` (no AWSXRayDaemonWriteAccess, no statement with them): Lambda refuses the configuration ("The provided execution role does not have permissions to call PutTraceSegments on XRAY"), so the function is not created. Attach `AWSXRayDaemonWriteAccess` to the role, and make the function depend on the attachment.',
  },
  title: 'X-Ray tracing on {{counted}} whose role {{role}} cannot write traces',
  fixHint: 'new aws.iam.RolePolicyAttachment("xray", { role: role.name, policyArn: "arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess" }); then the function with { dependsOn: [xrayAttachment] }.',
  docs: {
    summary: 'A Lambda function with `tracingConfig.mode: "Active"` whose execution role, as far as the program shows all its policies, cannot write X-Ray traces.',
    why: 'With active tracing Lambda sends trace segments with the function\'s own role, and CreateFunction / UpdateFunctionConfiguration check that the role may call xray:PutTraceSegments: without it the call fails with InvalidParameterValueException and the function is not deployed. Generated stacks turn tracing on because the request asks for X-Ray but attach only AWSLambdaBasicExecutionRole.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst role = new aws.iam.Role('fn', {\n  assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),\n  managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],\n});\nnew aws.lambda.Function('fn', {\n  runtime: 'nodejs22.x', handler: 'index.handler', role: role.arn, code: new pulumi.asset.FileArchive('./app'),\n  tracingConfig: { mode: 'Active' },\n});\n`,
      py: `import json\nimport pulumi\nimport pulumi_aws as aws\nrole = aws.iam.Role("fn", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [\n    {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))\naws.iam.RolePolicyAttachment("fn-logs", role=role.name, policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")\naws.lambda_.Function("fn", runtime="python3.13", handler="index.handler", role=role.arn, code=pulumi.FileArchive("./app"),\n    tracing_config={"mode": "Active"})\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst role = new aws.iam.Role('fn', {\n  assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),\n  managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole', 'arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess'],\n});\nnew aws.lambda.Function('fn', {\n  runtime: 'nodejs22.x', handler: 'index.handler', role: role.arn, code: new pulumi.asset.FileArchive('./app'),\n  tracingConfig: { mode: 'Active' },\n});\n`,
      py: `import json\nimport pulumi\nimport pulumi_aws as aws\nrole = aws.iam.Role("fn", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [\n    {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))\naws.iam.RolePolicyAttachment("fn-logs", role=role.name, policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")\naws.iam.RolePolicyAttachment("fn-xray", role=role.name, policy_arn="arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess")\naws.lambda_.Function("fn", runtime="python3.13", handler="index.handler", role=role.arn, code=pulumi.FileArchive("./app"),\n    tracing_config={"mode": "Active"})\n`,
    },
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html#services-xray-permissions',
      'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSXRayDaemonWriteAccess.html',
    ],
    notes: 'Reported only when the whole program was analysed, the role is a role of the program, and every policy it receives is known: a managed policy other than the listed X-Ray ones counts as not granting X-Ray, while a policy whose document or ARN is not known keeps the rule silent.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    for (const fn of ctx.resources()) {
      if (inFragment(ctx, fn) || str(arg(fn, 'tracingConfig.mode')) !== 'Active') continue;
      const roleV = arg(fn, 'role');
      const role = referencedResource(ctx.model, roleV);
      if (!role || role.type !== ROLE || !role.argsKnown || role.args.open) continue;
      if (mayTrace(ctx.model, role) !== false) continue;
      const name = role.name.kind === 'known' ? `\`${String(role.name.value)}\`` : role.typePath;
      ctx.report({ messageId: 'noXray', data: { role: name }, at: arg(fn, 'tracingConfig.mode')?.at, resource: fn });
    }
  },
});

/** Whether the role's policies allow writing traces: false only when every policy is known. */
function mayTrace(model: Parameters<typeof roleGrants>[0], role: Resource): boolean | undefined {
  const grants = roleGrants(model, role);
  if (!grants) return undefined;
  const known: Grant[] = [];
  for (const g of grants) {
    if (g === 'opaque') return undefined;
    if ('managed' in g) {
      if (XRAY_MANAGED.test(`:policy/${g.managed}`)) return true;
      // Other AWS managed policies do not grant X-Ray writes.
      continue;
    }
    known.push(g);
  }
  for (const action of ACTIONS) {
    const allowed = allows(known, action);
    if (allowed !== 'no') return allowed === 'yes' ? true : undefined;
  }
  return false;
}
