import { describe, type Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { parsePolicy, type PolicyDocument } from '../_shared/iam-policy.js';
import { LAMBDA_FUNCTION } from '../_shared/lambda-permissions.js';
import { referencedResource, refersTo } from '../_shared/resource-refs.js';
import { isAbsent, isObj, str } from '../_shared/values.js';
import { inFragment, programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const ROLE = 'aws:iam/role:Role';
const POLICY = 'aws:iam/policy:Policy';

/** Resources that attach a policy to a role: the argument naming the role(s), and the policy. */
const ATTACHMENTS: Readonly<Record<string, { role: string; policy?: string; policyArn?: string }>> = {
  'aws:iam/rolePolicy:RolePolicy': { role: 'role', policy: 'policy' },
  'aws:iam/rolePolicyAttachment:RolePolicyAttachment': { role: 'role', policyArn: 'policyArn' },
  'aws:iam/policyAttachment:PolicyAttachment': { role: 'roles', policyArn: 'policyArn' },
  'aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive': { role: 'roleName', policyArn: 'policyArns' },
};

/** The actions a function needs to write its logs (AWSLambdaBasicExecutionRole grants them). */
const LOG_ACTIONS = ['logs:CreateLogStream', 'logs:PutLogEvents'];

/** A policy a role receives: a document the program writes, or 'opaque' (AWS managed, not known). */
type Grant = PolicyDocument | 'opaque';

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
    notes: 'Only roles created in the program and passed as `role.arn` are judged, and only when the model saw the whole program (no missing modules, fragments or cut-off code): a policy attached elsewhere would be invisible. A role with an AWS managed policy, a policy whose document is not known, or an attachment whose role cannot be resolved is never reported for missing log permissions.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    const byRole = new Map<Resource, Resource[]>();
    for (const fn of ctx.resources()) {
      const v = fn.args.props.get('role');
      const role = referencedResource(ctx.model, v);
      if (role?.type !== ROLE || v?.kind !== 'output' || v.attr !== 'arn') continue;
      byRole.set(role, [...(byRole.get(role) ?? []), fn]);
    }
    for (const [role, fns] of byRole) {
      if (!role.argsKnown || role.args.open || inFragment(ctx, role)) continue;
      const grants = grantsOf(ctx.model, role);
      if (!grants) continue;
      const names = fns.map((f) => `\`${nameOf(f)}\``);
      const data = { role: nameOf(role), functions: [...new Set(names)].join(', '), s: fns.length > 1 ? 's' : '' };
      const docs = grants.filter((g): g is PolicyDocument => g !== 'opaque');
      if (grants.length === 0) ctx.report({ messageId: 'noPolicies', data, resource: role });
      else if (docs.length === grants.length && allowsLogs(docs) === false) ctx.report({ messageId: 'noLogs', data, resource: role, severity: 'medium' });
    }
  },
});

function nameOf(r: Resource): string {
  return describe(r.name).replace(/^"|"$/g, '');
}

/** Every policy the role receives; undefined when some attachment may or may not concern it. */
function grantsOf(model: ResourceModel, role: Resource): Grant[] | undefined {
  const out: Grant[] = [];
  const managed = role.args.props.get('managedPolicyArns');
  const managedItems = listItems(managed);
  if (!managedItems) return undefined;
  for (const arn of managedItems) out.push(policyBehind(model, arn));
  const inline = listItems(role.args.props.get('inlinePolicies'));
  if (!inline) return undefined;
  for (const p of inline) {
    if (!isObj(p) || p.open) return undefined;
    const doc = p.props.get('policy');
    if (!isAbsent(doc)) out.push(documentGrant(doc));
  }
  for (const r of model.resources) {
    const spec = ATTACHMENTS[r.type];
    if (!spec) continue;
    const relation = concerns(model, r.args.props.get(spec.role), role);
    if (relation === 'unknown') return undefined;
    if (relation === 'no') continue;
    if (spec.policy) out.push(documentGrant(r.args.props.get(spec.policy)));
    for (const arn of spec.policyArn ? (listItems(r.args.props.get(spec.policyArn)) ?? [undefined]) : []) out.push(policyBehind(model, arn));
  }
  return out;
}

/** Items of a list argument: [] when absent, undefined when not a closed list. */
function listItems(v: Value | undefined): (Value | undefined)[] | undefined {
  if (isAbsent(v)) return [];
  if (v!.kind !== 'list' || v!.open) return v!.kind === 'list' || v!.kind === 'unknown' || v!.kind === 'output' ? undefined : [v];
  return v!.items;
}

/** Does an attachment's role argument (a name, id, ARN or list of names) designate `role`? */
function concerns(model: ResourceModel, v: Value | undefined, role: Resource): 'yes' | 'no' | 'unknown' {
  if (v?.kind === 'list') {
    const each = v.items.map((x) => concerns(model, x, role));
    if (each.includes('yes')) return 'yes';
    return v.open || each.includes('unknown') ? 'unknown' : 'no';
  }
  const literal = str(v);
  if (literal === undefined) return refersTo(model, v, role);
  const name = role.args.props.get('name');
  if (isAbsent(name)) return 'no'; // an auto-named role gets a random suffix no literal can match
  const roleName = str(name);
  if (roleName === undefined) return 'unknown';
  return roleName === literal || literal.endsWith(`:role/${roleName}`) ? 'yes' : 'no';
}

function documentGrant(v: Value | undefined): Grant {
  const doc = parsePolicy(v);
  return doc && !doc.open ? doc : 'opaque';
}

/** A policy ARN: the document of a policy the program creates, else opaque (AWS managed or unknown). */
function policyBehind(model: ResourceModel, arn: Value | undefined): Grant {
  const policy = referencedResource(model, arn);
  if (policy?.type !== POLICY) return 'opaque';
  return documentGrant(policy.args.props.get('policy'));
}

/** Whether the documents allow both log actions: true, false, or undefined when not known. */
function allowsLogs(docs: PolicyDocument[]): boolean | undefined {
  const granted = new Set<string>();
  for (const doc of docs) {
    for (const s of doc.statements) {
      if (s.notActions.present || s.actions.open) return undefined;
      if (s.effect === undefined) return undefined;
      if (s.effect !== 'Allow') continue;
      for (const e of s.actions.entries) {
        if (e.text === undefined) return undefined;
        for (const action of LOG_ACTIONS) if (matches(e.text, action)) granted.add(action);
      }
    }
  }
  return LOG_ACTIONS.every((a) => granted.has(a));
}

/** IAM action matching: case-insensitive, `*` and `?` wildcards. */
function matches(pattern: string, action: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return re.test(action);
}
