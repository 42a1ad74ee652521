import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { parsePolicy } from '../_shared/iam-policy.js';
import { handlerRegions, within } from '../_shared/handler-code.js';
import { sdkCalls } from '../_shared/handler-sdk-calls.js';
import { handlerSource, type HandlerSource } from '../_shared/lambda-archive.js';
import { LAMBDA_FUNCTION } from '../_shared/lambda-permissions.js';
import { allows, functionRole, type Grant, logicalName, resourcePolicyMayGrant, roleGrants } from '../_shared/role-grants.js';
import { referencedResource, refersTo } from '../_shared/resource-refs.js';
import { arg, isAbsent, keySpan, str } from '../_shared/values.js';
import { inFragment, programIsComplete } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const LAMBDA_PERMISSION = 'aws:lambda/permission:Permission';
const MAX_LISTED = 5;

/**
 * The calls of the handler that run for this function: the whole file, unless other functions of the
 * program use the same file with another handler (then only the module level and this handler's body).
 */
function callsFor(model: ResourceModel, ctx: RuleContext, fn: Resource, src: HandlerSource): ReturnType<typeof sdkCalls> {
  const calls = sdkCalls(src.text, src.lang);
  const shared = model.resources.some((o) => {
    if (o === fn || o.type !== LAMBDA_FUNCTION) return false;
    const h = str(arg(o, 'handler'));
    if (!h || h === src.handler) return false;
    const other = handlerSource(ctx, o);
    return other?.text === src.text;
  });
  if (!shared) return calls;
  const regions = handlerRegions(src.text, src.lang, src.fn);
  return regions ? calls.filter((c) => within(regions, c.at)) : [];
}

/** A Lambda resource policy of the program that may let another principal (the role) invoke. */
function invokePermissionMayGrant(model: ResourceModel): boolean {
  return model.resources.some((p) => {
    if (p.type !== LAMBDA_PERMISSION) return false;
    const principal = str(arg(p, 'principal'));
    return principal === undefined || !principal.endsWith('.amazonaws.com');
  });
}

export default defineRule({
  id: 'security/lambda-sdk-call-not-permitted',
  class: 'IAM-MISSING-PERMISSION',
  severity: 'high',
  category: 'security',
  resourceTypes: [LAMBDA_FUNCTION],
  messages: {
    missing: 'The handler `{{file}}` calls {{calls}}, but no policy of the execution role `{{role}}` allows {{actions}}: each of these calls fails at run time with AccessDenied. Grant the actions (scoped to the resources the function uses) in a policy attached to the role.',
    kms: 'The handler `{{file}}` {{verb}} {{target}}, which is encrypted with the customer managed key {{key}}, but neither the role `{{role}}` nor the key policy allows {{actions}}: every {{what}} fails with KMS.AccessDeniedException. Grant {{actions}} on the key to the role.',
  },
  title: {
    missing: 'Handler {{file:code}} calls {{calls}}, which role {{role:code}} does not allow ({{actions}})',
    kms: 'Handler {{file:code}} cannot use KMS key {{key}} of {{target}} (role {{role:code}} lacks {{actions}})',
  },
  fixHint: 'new aws.iam.RolePolicy("fn-access", { role: role.id, policy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["dynamodb:PutItem"], Resource: table.arn }] } }).',
  docs: {
    summary: 'A Lambda handler that calls an AWS API (boto3, AWS SDK for JavaScript v2/v3) whose IAM action no policy of the function\'s execution role allows, including the KMS actions that publishing to a topic or queue encrypted with a customer managed key needs.',
    why: 'The execution role is the only identity the handler has. Generated stacks write the handler (`table.put_item`, `sns.publish`, `new InvokeCommand`) and the role separately; an action the code needs and the role lacks deploys fine and fails on every invocation that reaches the call, often inside a try block that hides it. Only comparing the calls in the code with the role\'s policies shows it before the first request fails.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst role = new aws.iam.Role('fn', { assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }) });\nnew aws.iam.RolePolicyAttachment('logs', { role: role.name, policyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' });\nnew aws.lambda.Function('fn', {\n  runtime: 'nodejs22.x',\n  handler: 'index.handler',\n  role: role.arn,\n  code: new pulumi.asset.AssetArchive({ 'index.mjs': new pulumi.asset.StringAsset("import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';\\nconst sns = new SNSClient({});\\nexport const handler = async () => sns.send(new PublishCommand({ TopicArn: process.env.TOPIC, Message: 'hi' }));\\n") }),\n});\n`,
      py: `import json\nimport pulumi\nimport pulumi_aws as aws\nrole = aws.iam.Role("fn", assume_role_policy=aws.iam.assume_role_policy_for_principal({"Service": "lambda.amazonaws.com"}))\naws.iam.RolePolicy("data", role=role.id, policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["dynamodb:GetItem", "logs:*"], "Resource": "*"}]}))\naws.lambda_.Function("fn", runtime="python3.12", handler="index.handler", role=role.arn,\n    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("import boto3\\n\\ntable = boto3.resource('dynamodb').Table('orders')\\n\\ndef handler(event, context):\\n    table.put_item(Item=event)\\n")}))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst role = new aws.iam.Role('fn', { assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }) });\nnew aws.iam.RolePolicyAttachment('logs', { role: role.name, policyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' });\nnew aws.iam.RolePolicy('publish', { role: role.id, policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sns:Publish', Resource: '*' }] }) });\nnew aws.lambda.Function('fn', {\n  runtime: 'nodejs22.x',\n  handler: 'index.handler',\n  role: role.arn,\n  code: new pulumi.asset.AssetArchive({ 'index.mjs': new pulumi.asset.StringAsset("import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';\\nconst sns = new SNSClient({});\\nexport const handler = async () => sns.send(new PublishCommand({ TopicArn: process.env.TOPIC, Message: 'hi' }));\\n") }),\n});\n`,
      py: `import json\nimport pulumi\nimport pulumi_aws as aws\nrole = aws.iam.Role("fn", assume_role_policy=aws.iam.assume_role_policy_for_principal({"Service": "lambda.amazonaws.com"}))\naws.iam.RolePolicy("data", role=role.id, policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:PutItem", "logs:*"], "Resource": "*"}]}))\naws.lambda_.Function("fn", runtime="python3.12", handler="index.handler", role=role.arn,\n    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("import boto3\\n\\ntable = boto3.resource('dynamodb').Table('orders')\\n\\ndef handler(event, context):\\n    table.put_item(Item=event)\\n")}))\n`,
    },
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
      'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
    ],
    notes: 'Judged when the handler code is known (inline StringAssets, or answer files of the archive), the role is created in the program and passed as `role.arn`, the model saw the whole program, and every policy of the role is known (its documents, or AWS managed policies whose permissions are listed). Calls are read for a fixed set of services whose operations map to IAM actions (DynamoDB, S3 object operations, SQS, SNS, Lambda, Step Functions, EventBridge, Secrets Manager, SSM, KMS, CloudWatch, Logs, Kinesis, Firehose, SES, EC2, RDS, Auto Scaling, ECS, Config); `sts:GetCallerIdentity` and other calls that need no permission are never required. Only whether an action is allowed at all is compared, not the resources a statement names. Services whose resources carry a policy that may name the role (queue, topic, bucket policies, Lambda permissions) are not judged. Publishing to an SNS topic or sending to an SQS queue that the function\'s environment names and that is encrypted with a customer managed key of the program also needs `kms:GenerateDataKey` and `kms:Decrypt`, unless the key policy names other principals than the account root.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    for (const fn of ctx.resources()) {
      if (inFragment(ctx, fn)) continue;
      const role = functionRole(ctx.model, fn);
      const grants = role && !inFragment(ctx, role) ? roleGrants(ctx.model, role) : undefined;
      const src = grants && handlerSource(ctx, fn);
      if (!role || !grants || !src) continue;
      const missing = new Map<string, string>();
      for (const call of callsFor(ctx.model, ctx, fn, src)) {
        if (call.service === 'lambda' && invokePermissionMayGrant(ctx.model)) continue;
        if (['sqs', 'sns', 's3', 'kms', 'secretsmanager'].includes(call.service) && resourcePolicyMayGrant(ctx.model, role, call.service)) continue;
        for (const a of call.actions) {
          const action = `${call.service}:${a}`;
          if (!missing.has(action) && allows(grants, action) === 'no') missing.set(action, call.written);
        }
      }
      checkKms(ctx, fn, role, grants, src, callsFor(ctx.model, ctx, fn, src));
      if (missing.size === 0) continue;
      const actions = [...missing.keys()];
      const calls = [...new Set(missing.values())];
      const list = (xs: string[]) => xs.slice(0, MAX_LISTED).map((x) => `\`${x}\``).join(', ') + (xs.length > MAX_LISTED ? ', ...' : '');
      ctx.report({
        messageId: 'missing',
        data: { file: src.file, calls: list(calls), role: logicalName(role), actions: list(actions) },
        at: keySpan(fn.args, 'role') ?? arg(fn, 'role')?.at,
        resource: fn,
      });
    }
  },
});

const KEY = 'aws:kms/key:Key';
const ALIAS = 'aws:kms/alias:Alias';
const KEY_POLICY = 'aws:kms/keyPolicy:KeyPolicy';
/** What sending to an encrypted topic or queue needs from KMS, per call. */
const KMS_NEEDS: Record<string, { type: string; verb: string; what: string; actions: string[] }> = {
  'sns:Publish': { type: 'aws:sns/topic:Topic', verb: 'publishes to', what: 'publish', actions: ['kms:GenerateDataKey', 'kms:Decrypt'] },
  'sqs:SendMessage': { type: 'aws:sqs/queue:Queue', verb: 'sends messages to', what: 'send', actions: ['kms:GenerateDataKey', 'kms:Decrypt'] },
};

/** The customer managed key of the program a `kmsMasterKeyId` names (a key attribute or an alias of it). */
function programKey(model: ResourceModel, v: Value | undefined): Resource | undefined {
  const r = referencedResource(model, v);
  if (r?.type === KEY) return r;
  if (r?.type === ALIAS) {
    const target = referencedResource(model, arg(r, 'targetKeyId'));
    return target?.type === KEY ? target : undefined;
  }
  return undefined;
}

/** Could the key's policy itself grant the role (a principal other than the account root or a service)? */
function keyPolicyMayGrant(model: ResourceModel, key: Resource, role: Resource): boolean {
  const docs = [arg(key, 'policy'), ...model.resources.filter((p) => p.type === KEY_POLICY && refersTo(model, arg(p, 'keyId'), key) !== 'no').map((p) => arg(p, 'policy'))];
  if (!key.argsKnown || key.args.open) return true;
  for (const v of docs) {
    if (isAbsent(v)) continue;
    const doc = parsePolicy(v);
    if (!doc || doc.open) return true;
    for (const st of doc.statements) {
      if (st.effect === 'Deny') continue;
      if (st.principals.open) return true;
      for (const p of st.principals.entries) {
        if (p.type === 'Service') continue;
        if (p.entry.text === undefined) {
          if (refersTo(model, p.entry.value, role) !== 'no' && !isRootArn(p.entry.value)) return true;
        } else if (!/:root$|^\d{12}$/.test(p.entry.text)) return true;
      }
    }
  }
  return false;
}

/** `arn:aws:iam::${accountId}:root` built from an unknown account id. */
function isRootArn(v: Value | undefined): boolean {
  if (!v || v.kind !== 'str') return false;
  const last = v.parts[v.parts.length - 1];
  return last?.kind === 'known' && /:root$/.test(String(last.value));
}

/** Publishing to a KMS-encrypted topic or queue the function's environment names needs the key too. */
function checkKms(ctx: RuleContext, fn: Resource, role: Resource, grants: Grant[], src: HandlerSource, calls: ReturnType<typeof sdkCalls>): void {
  const vars = arg(fn, 'environment.variables');
  if (!vars || vars.kind !== 'obj') return;
  for (const [action, need] of Object.entries(KMS_NEEDS)) {
    const call = calls.find((c) => `${c.service}:${c.actions[0]}` === action);
    if (!call) continue;
    for (const v of vars.props.values()) {
      const target = referencedResource(ctx.model, v);
      if (target?.type !== need.type) continue;
      const key = programKey(ctx.model, arg(target, 'kmsMasterKeyId'));
      if (!key || keyPolicyMayGrant(ctx.model, key, role)) continue;
      const missing = need.actions.filter((a) => allows(grants, a) === 'no');
      if (missing.length === 0 || need.actions.some((a) => allows(grants, a) === 'unknown')) continue;
      ctx.report({
        messageId: 'kms',
        data: { file: src.file, verb: need.verb, target: `\`${logicalName(target)}\``, key: `\`${logicalName(key)}\``, role: logicalName(role), actions: missing.map((a) => `\`${a}\``).join(' and '), what: need.what },
        at: keySpan(fn.args, 'role') ?? arg(fn, 'role')?.at,
        resource: fn,
      });
      return;
    }
  }
}
