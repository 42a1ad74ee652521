import type { At } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { LAMBDA_FUNCTION } from '../_shared/lambda-permissions.js';
import { referencedResource, refersTo } from '../_shared/resource-refs.js';
import { functionRole, type Grant, logicalName, missingActions, resourcePolicyMayGrant, roleGrants } from '../_shared/role-grants.js';
import { arg, items, keySpan } from '../_shared/values.js';
import { inFragment, programIsComplete } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const ESM = 'aws:lambda/eventSourceMapping:EventSourceMapping';
const QUEUE = 'aws:sqs/queue:Queue';
const TOPIC = 'aws:sns/topic:Topic';
const TABLE = 'aws:dynamodb/table:Table';
const STREAM = 'aws:kinesis/stream:Stream';
const INVOKE_CONFIG = 'aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig';
const EVENT_BUS = 'aws:cloudwatch/eventBus:EventBus';
const LAMBDA_PERMISSION = 'aws:lambda/permission:Permission';
const EVENT_BUS_POLICY = 'aws:cloudwatch/eventBusPolicy:EventBusPolicy';

/** What Lambda checks on the execution role when it creates the function or the mapping. */
interface Need {
  what: string;
  actions: string[];
  /** The resource-policy service that could grant the access instead (same account). */
  service?: string;
  managed?: string;
  when: string;
}

const SERVICE_NAMES: Record<string, string> = { ec2: 'EC2', sqs: 'SQS', sns: 'SNS', dynamodb: 'DynamoDB', kinesis: 'Kinesis', lambda: 'Lambda', events: 'EventBridge' };

/**
 * Destinations Lambda sends records to with the execution role (dead-letter queue, asynchronous
 * invocation destinations, the on-failure destination of a stream mapping): the action it checks
 * when the configuration is created, and the resource-policy service that could allow it instead.
 */
const DESTINATIONS: Record<string, { what: string; action: string; service: string }> = {
  [QUEUE]: { what: 'queue', action: 'sqs:SendMessage', service: 'sqs' },
  [TOPIC]: { what: 'topic', action: 'sns:Publish', service: 'sns' },
  [LAMBDA_FUNCTION]: { what: 'function', action: 'lambda:InvokeFunction', service: 'lambda' },
  [EVENT_BUS]: { what: 'event bus', action: 'events:PutEvents', service: 'events' },
};

const VPC_ACTIONS = ['ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DeleteNetworkInterface'];

/** Event sources by type and the attribute that names them, with the actions the poller needs. */
const SOURCES: Record<string, { attr: string; what: string; actions: string[]; service?: string; managed: string }> = {
  [QUEUE]: { attr: 'arn', what: 'Reading the SQS event source', actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], service: 'sqs', managed: 'AWSLambdaSQSQueueExecutionRole' },
  [TABLE]: { attr: 'streamArn', what: 'Reading the DynamoDB stream', actions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'], managed: 'AWSLambdaDynamoDBExecutionRole' },
  [STREAM]: { attr: 'arn', what: 'Reading the Kinesis stream', actions: ['kinesis:GetRecords', 'kinesis:GetShardIterator'], managed: 'AWSLambdaKinesisExecutionRole' },
};

export default defineRule({
  id: 'security/lambda-role-missing-service-permission',
  class: 'IAM-MISSING-PERMISSION',
  severity: 'high',
  category: 'security',
  resourceTypes: [LAMBDA_FUNCTION, ESM, INVOKE_CONFIG],
  messages: {
    missing: '{{what}} needs {{actions}}, which no policy of role `{{role}}` allows: {{when}} fails with "The provided execution role does not have permissions to call {{first}}". {{fix}}',
  },
  title: 'Role {{role:code}} lacks {{actions}} ({{what}})',
  fixHint: 'Attach the AWS managed policy for the feature (AWSLambdaVPCAccessExecutionRole, AWSLambdaSQSQueueExecutionRole, AWSLambdaDynamoDBExecutionRole) or grant the listed actions on the resource.',
  docs: {
    summary: 'A Lambda function in a VPC, with a dead-letter queue or asynchronous invocation destinations, or with an SQS / DynamoDB / Kinesis event source (and its on-failure destination) whose execution role lacks the permissions Lambda checks when it creates the function or the mapping.',
    why: 'Lambda verifies the execution role before it accepts some configurations: ENI actions (`ec2:CreateNetworkInterface`, ...) for `vpcConfig`, `sqs:SendMessage` / `sns:Publish` for `deadLetterConfig`, the action of each destination (`sqs:SendMessage`, `sns:Publish`, `lambda:InvokeFunction`, `events:PutEvents`) for a `FunctionEventInvokeConfig` or a mapping\'s `destinationConfig`, and the read actions of the source for an event source mapping. Without them `pulumi up` fails with "The provided execution role does not have permissions to call ...". Generated stacks often attach only AWSLambdaBasicExecutionRole and add a VPC, a DLQ or a queue trigger afterwards.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst role = new aws.iam.Role('fn', { assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }) });\nnew aws.iam.RolePolicyAttachment('logs', { role: role.name, policyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' });\nconst queue = new aws.sqs.Queue('jobs', { visibilityTimeout: 60 });\nconst fn = new aws.lambda.Function('worker', { runtime: 'nodejs22.x', handler: 'index.handler', role: role.arn, timeout: 30, code: new pulumi.asset.FileArchive('./app') });\nnew aws.lambda.EventSourceMapping('jobs', { eventSourceArn: queue.arn, functionName: fn.name });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nrole = aws.iam.Role("fn", assume_role_policy=aws.iam.assume_role_policy_for_principal({"Service": "lambda.amazonaws.com"}))\naws.iam.RolePolicyAttachment("logs", role=role.name, policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nsubnet = aws.ec2.Subnet("a", vpc_id=vpc.id, cidr_block="10.0.1.0/24")\nsg = aws.ec2.SecurityGroup("fn", vpc_id=vpc.id)\naws.lambda_.Function("worker", runtime="python3.12", handler="index.handler", role=role.arn, code=pulumi.FileArchive("./app"),\n    vpc_config={"subnet_ids": [subnet.id], "security_group_ids": [sg.id]})\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst role = new aws.iam.Role('fn', { assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }) });\nnew aws.iam.RolePolicyAttachment('sqs', { role: role.name, policyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole' });\nconst queue = new aws.sqs.Queue('jobs', { visibilityTimeout: 60 });\nconst fn = new aws.lambda.Function('worker', { runtime: 'nodejs22.x', handler: 'index.handler', role: role.arn, timeout: 30, code: new pulumi.asset.FileArchive('./app') });\nnew aws.lambda.EventSourceMapping('jobs', { eventSourceArn: queue.arn, functionName: fn.name });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nrole = aws.iam.Role("fn", assume_role_policy=aws.iam.assume_role_policy_for_principal({"Service": "lambda.amazonaws.com"}))\naws.iam.RolePolicyAttachment("vpc", role=role.name, policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole")\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nsubnet = aws.ec2.Subnet("a", vpc_id=vpc.id, cidr_block="10.0.1.0/24")\nsg = aws.ec2.SecurityGroup("fn", vpc_id=vpc.id)\naws.lambda_.Function("worker", runtime="python3.12", handler="index.handler", role=role.arn, code=pulumi.FileArchive("./app"),\n    vpc_config={"subnet_ids": [subnet.id], "security_group_ids": [sg.id]})\n`,
    },
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/configuring-vpc.html#configuring-vpc-permissions',
      'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-dlq',
      'https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#events-sqs-permissions',
      'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html#events-dynamodb-permissions',
      'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-async-destinations',
    ],
    notes: 'Only roles created in the program and passed as `role.arn` are judged, when the model saw the whole program and knows every policy the role gets (its documents, or AWS managed policies whose permissions are listed, such as the Lambda execution policies). A queue or topic with a resource policy that may name the role, a `lambda.Permission` on a destination function, or an event bus policy keeps the destination silent; so does a destination that is not a resource of the program. Resource scoping (which queue a statement names) is not compared: only whether the action is allowed at all.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    for (const r of ctx.resources()) {
      if (inFragment(ctx, r)) continue;
      if (r.type === LAMBDA_FUNCTION) checkFunction(ctx, r);
      else if (r.type === ESM) checkMapping(ctx, r);
      else checkInvokeConfig(ctx, r);
    }
  },
});

function checkFunction(ctx: RuleContext, fn: Resource): void {
  const subnets = items(arg(fn, 'vpcConfig.subnetIds'));
  if (subnets && subnets.items.length > 0) {
    report(ctx, fn, fn, { what: 'Running the function in a VPC', actions: VPC_ACTIONS, managed: 'AWSLambdaVPCAccessExecutionRole', when: 'creating the function' }, keySpan(fn.args, 'vpcConfig'));
  }
  const target = referencedResource(ctx.model, arg(fn, 'deadLetterConfig.targetArn'));
  if (target?.type === QUEUE || target?.type === TOPIC) checkDestination(ctx, fn, fn, 'deadLetterConfig.targetArn', 'The dead-letter', 'creating the function', keySpan(fn.args, 'deadLetterConfig'));
}

/** `FunctionEventInvokeConfig`: Lambda checks the role can reach each destination when it stores the config. */
function checkInvokeConfig(ctx: RuleContext, cfg: Resource): void {
  const fn = functionOf(ctx.model, cfg);
  if (!fn) return;
  for (const [path, label] of [['destinationConfig.onFailure.destination', 'The on-failure'], ['destinationConfig.onSuccess.destination', 'The on-success']] as const) {
    checkDestination(ctx, cfg, fn, path, label, 'creating the invoke configuration');
  }
}

/**
 * A destination argument naming a queue, topic, function or event bus of the program by its ARN.
 * Resource policies that may allow the role (queue/topic policies, a lambda.Permission on the
 * destination function, an event bus policy) keep it silent: same-account access needs only one.
 */
function checkDestination(ctx: RuleContext, at: Resource, fn: Resource, path: string, label: string, when: string, span?: At): void {
  const v = arg(at, path);
  const target = referencedResource(ctx.model, v);
  const spec = target ? DESTINATIONS[target.type] : undefined;
  if (!target || !spec || v?.kind !== 'output' || v.attr !== 'arn') return;
  if (spec.service === 'lambda' && ctx.model.resources.some((r) => r.type === LAMBDA_PERMISSION && refersTo(ctx.model, r.args.props.get('function'), target) !== 'no')) return;
  if (spec.service === 'events' && ctx.model.resources.some((r) => r.type === EVENT_BUS_POLICY)) return;
  const need: Need = { what: `${label} ${spec.what}`, actions: [spec.action], when };
  if (spec.service === 'sqs' || spec.service === 'sns') need.service = spec.service;
  report(ctx, at, fn, need, span ?? v.at);
}

function checkMapping(ctx: RuleContext, esm: Resource): void {
  const fn = functionOf(ctx.model, esm);
  if (fn) checkDestination(ctx, esm, fn, 'destinationConfig.onFailure.destinationArn', 'The on-failure', 'creating the event source mapping');
  const sourceV = arg(esm, 'eventSourceArn');
  const source = referencedResource(ctx.model, sourceV);
  const spec = source ? SOURCES[source.type] : undefined;
  if (!fn || !spec || sourceV?.kind !== 'output' || sourceV.attr !== spec.attr) return;
  const need: Need = { what: spec.what, actions: spec.actions, managed: spec.managed, when: 'creating the event source mapping' };
  if (spec.service) need.service = spec.service;
  report(ctx, esm, fn, need, sourceV.at);
}

/** The function of the program a mapping or invoke config concerns (`functionName: fn.arn` / `fn.name`). */
function functionOf(model: ResourceModel, esm: Resource): Resource | undefined {
  const v = arg(esm, 'functionName');
  const fn = referencedResource(model, v);
  return fn?.type === LAMBDA_FUNCTION ? fn : undefined;
}

function report(ctx: RuleContext, at: Resource, fn: Resource, need: Need, span: At | undefined): void {
  const role = functionRole(ctx.model, fn);
  const grants: Grant[] | undefined = role && !inFragment(ctx, role) ? roleGrants(ctx.model, role) : undefined;
  if (!role || !grants) return;
  if (need.service && resourcePolicyMayGrant(ctx.model, role, need.service)) return;
  const missing = missingActions(grants, need.actions);
  if (missing.length === 0) return;
  const [service, action] = missing[0]!.split(':') as [string, string];
  const fix = need.managed ? `Attach \`${need.managed}\` to the role, or grant these actions.` : 'Grant these actions on the resource in a policy of the role.';
  ctx.report({
    messageId: 'missing',
    data: { what: need.what, actions: missing.map((a) => `\`${a}\``).join(', '), role: logicalName(role), when: need.when, first: `${action} on ${SERVICE_NAMES[service] ?? service}`, fix },
    at: span,
    resource: at,
  });
}
