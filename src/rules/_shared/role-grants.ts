// What an IAM role of the program is allowed to do: the policies it receives (inline, managed,
// attached by RolePolicy / RolePolicyAttachment / PolicyAttachment resources) and whether they allow
// an action. Answers are three-valued: an AWS managed policy whose content is not listed here, a
// policy document that is not known, or an attachment that may or may not concern the role make
// "not allowed" unknowable.

import { describe, type Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { parsePolicy, policySites, type PolicyDocument } from './iam-policy.js';
import { referencedResource, refersTo } from './resource-refs.js';
import { isAbsent, isObj, str } from './values.js';

export const ROLE = 'aws:iam/role:Role';
const POLICY = 'aws:iam/policy:Policy';

/** Resources that attach a policy to a role: the argument naming the role(s), and the policy. */
const ATTACHMENTS: Readonly<Record<string, { role: string; policy?: string; policyArn?: string }>> = {
  'aws:iam/rolePolicy:RolePolicy': { role: 'role', policy: 'policy' },
  'aws:iam/rolePolicyAttachment:RolePolicyAttachment': { role: 'role', policyArn: 'policyArn' },
  'aws:iam/policyAttachment:PolicyAttachment': { role: 'roles', policyArn: 'policyArn' },
  'aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive': { role: 'roleName', policyArn: 'policyArns' },
};

/**
 * AWS managed policies whose permissions are fixed and small enough to list (from the AWS managed
 * policy reference, https://docs.aws.amazon.com/aws-managed-policy/latest/reference/). `complete`:
 * the list is the whole policy; otherwise it only says what the policy certainly allows.
 */
const MANAGED: Readonly<Record<string, { actions: string[]; complete: boolean }>> = {
  AWSLambdaBasicExecutionRole: { actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], complete: true },
  AWSLambdaVPCAccessExecutionRole: {
    actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents', 'ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DescribeSubnets', 'ec2:DeleteNetworkInterface', 'ec2:AssignPrivateIpAddresses', 'ec2:UnassignPrivateIpAddresses'],
    complete: true,
  },
  AWSLambdaENIManagementAccess: { actions: ['ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DeleteNetworkInterface', 'ec2:AssignPrivateIpAddresses', 'ec2:UnassignPrivateIpAddresses'], complete: true },
  AWSLambdaSQSQueueExecutionRole: { actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], complete: true },
  AWSLambdaDynamoDBExecutionRole: { actions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams', 'logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], complete: true },
  AWSLambdaKinesisExecutionRole: { actions: ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards', 'kinesis:ListStreams', 'kinesis:SubscribeToShard', 'logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], complete: true },
  AWSXRayDaemonWriteAccess: { actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules', 'xray:GetSamplingTargets', 'xray:GetSamplingStatisticSummaries'], complete: true },
  CloudWatchLambdaInsightsExecutionRolePolicy: { actions: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:CreateLogGroup'], complete: true },
  AWSLambdaExecute: { actions: ['logs:*', 's3:GetObject', 's3:PutObject'], complete: true },
  AmazonS3FullAccess: { actions: ['s3:*', 's3-object-lambda:*'], complete: true },
  AmazonS3ReadOnlyAccess: { actions: ['s3:Get*', 's3:List*', 's3:Describe*', 's3-object-lambda:Get*', 's3-object-lambda:List*'], complete: true },
  AmazonSQSFullAccess: { actions: ['sqs:*'], complete: true },
  AmazonSQSReadOnlyAccess: { actions: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:ListDeadLetterSourceQueues', 'sqs:ListQueues', 'sqs:ListMessageMoveTasks', 'sqs:ListQueueTags'], complete: true },
  AmazonSNSFullAccess: { actions: ['sns:*'], complete: false },
  AmazonKinesisFullAccess: { actions: ['kinesis:*'], complete: true },
  AmazonDynamoDBFullAccess: { actions: ['dynamodb:*'], complete: false },
  AmazonDynamoDBReadOnlyAccess: { actions: ['dynamodb:BatchGetItem', 'dynamodb:Describe*', 'dynamodb:List*', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan', 'dynamodb:PartiQLSelect'], complete: false },
  AWSLambda_FullAccess: { actions: ['lambda:*'], complete: false },
  AWSLambdaRole: { actions: ['lambda:InvokeFunction'], complete: true },
  CloudWatchLogsFullAccess: { actions: ['logs:*'], complete: false },
  CloudWatchFullAccess: { actions: ['cloudwatch:*', 'logs:*'], complete: false },
  AWSStepFunctionsFullAccess: { actions: ['states:*'], complete: false },
  AmazonEventBridgeFullAccess: { actions: ['events:*'], complete: false },
  SecretsManagerReadWrite: { actions: ['secretsmanager:*'], complete: false },
  AmazonSSMReadOnlyAccess: { actions: ['ssm:Describe*', 'ssm:Get*', 'ssm:List*'], complete: true },
  AmazonSSMFullAccess: { actions: ['ssm:*'], complete: false },
  AmazonECSTaskExecutionRolePolicy: {
    actions: ['ecr:GetAuthorizationToken', 'ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage', 'logs:CreateLogStream', 'logs:PutLogEvents'],
    complete: true,
  },
  AmazonEC2ContainerRegistryReadOnly: { actions: ['ecr:GetAuthorizationToken', 'ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage', 'ecr:Describe*', 'ecr:List*', 'ecr:Get*'], complete: false },
  AmazonEC2ContainerRegistryPullOnly: { actions: ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchImportUpstreamImage'], complete: false },
  AmazonEC2ContainerRegistryPowerUser: { actions: ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'], complete: false },
  AmazonEC2ContainerRegistryFullAccess: { actions: ['ecr:*'], complete: false },
  AmazonRDSEnhancedMonitoringRole: { actions: ['logs:CreateLogGroup', 'logs:PutRetentionPolicy', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams', 'logs:GetLogEvents'], complete: true },
  AmazonAPIGatewayPushToCloudWatchLogs: {
    actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:DescribeLogGroups', 'logs:DescribeLogStreams', 'logs:PutLogEvents', 'logs:GetLogEvents', 'logs:FilterLogEvents'],
    complete: true,
  },
  AmazonEC2FullAccess: { actions: ['ec2:*'], complete: false },
  AdministratorAccess: { actions: ['*'], complete: true },
};

/** A policy a role receives: a document the program writes, a listed AWS managed policy, or 'opaque'. */
export type Grant = { doc: PolicyDocument } | { managed: string; actions: string[]; complete: boolean } | 'opaque';

/** The role of the program a role-ARN argument names (`role: role.arn`, `executionRoleArn: role.arn`). */
export function roleOfArn(model: ResourceModel, v: Value | undefined): Resource | undefined {
  const role = referencedResource(model, v);
  return role?.type === ROLE && v?.kind === 'output' && v.attr === 'arn' ? role : undefined;
}

/** The role of the program a Lambda function runs as (`role: role.arn`). */
export function functionRole(model: ResourceModel, fn: Resource): Resource | undefined {
  return roleOfArn(model, fn.args.props.get('role'));
}

/**
 * The actions of `needed` the grants certainly do not allow; none when one of them is unknown, since
 * the role may then hold the whole feature through a policy that was not read.
 */
export function missingActions(grants: readonly Grant[], needed: readonly string[]): string[] {
  const answers = needed.map((a) => allows(grants, a));
  return answers.includes('unknown') ? [] : needed.filter((_, i) => answers[i] === 'no');
}

/** Every policy the role receives; undefined when some attachment may or may not concern it. */
export function roleGrants(model: ResourceModel, role: Resource): Grant[] | undefined {
  if (!role.argsKnown || role.args.open) return undefined;
  const out: Grant[] = [];
  const managedItems = listItems(role.args.props.get('managedPolicyArns'));
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
    const relation = r.args.open ? 'unknown' : concerns(model, r.args.props.get(spec.role), role);
    if (relation === 'unknown') return undefined;
    if (relation === 'no') continue;
    if (spec.policy) out.push(documentGrant(r.args.props.get(spec.policy)));
    if (!spec.policyArn) continue;
    const arns = r.args.props.get(spec.policyArn);
    // `policyArns` of RolePolicyAttachmentsExclusive is a list; `policyArn` is one ARN (often an Output).
    for (const arn of spec.policyArn === 'policyArns' ? (listItems(arns) ?? [undefined]) : [arns]) out.push(policyBehind(model, arn));
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
  return doc && !doc.open ? { doc } : 'opaque';
}

/** A policy ARN: the document of a policy the program creates, a listed managed policy, else opaque. */
function policyBehind(model: ResourceModel, arn: Value | undefined): Grant {
  const policy = referencedResource(model, arn);
  if (policy?.type === POLICY) return documentGrant(policy.args.props.get('policy'));
  // `aws.iam.ManagedPolicy.AWSXRayDaemonWriteAccess`: the enum member names the AWS managed policy.
  const member = arn?.kind === 'unknown' ? /^enum:aws\.iam\.ManagedPolicy\.(\w+)$/.exec(arn.why)?.[1] : undefined;
  const text = member ? `arn:aws:iam::aws:policy/${member}` : str(arn);
  const name = text && /^arn:aws[\w-]*:iam::aws:policy\/(?:service-role\/)?([\w+=,.@-]+)$/.exec(text)?.[1];
  if (!name) return 'opaque';
  // An AWS managed policy not listed here: what it allows is not known, but callers that know a
  // family of policies (the X-Ray ones) can still recognise it by name.
  return { managed: name, ...(MANAGED[name] ?? { actions: [], complete: false }) };
}

/** IAM action matching: case-insensitive, `*` and `?` wildcards. */
export function actionMatches(pattern: string, action: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return re.test(action);
}

export type Allowed = 'yes' | 'no' | 'unknown';

/** Do the grants allow `action` (`sqs:SendMessage`) on some resource? Resource scoping is not judged. */
export function allows(grants: readonly Grant[], action: string): Allowed {
  let result: Allowed = 'no';
  for (const g of grants) {
    if (g === 'opaque') {
      result = 'unknown';
      continue;
    }
    if ('managed' in g) {
      if (g.actions.some((p) => actionMatches(p, action))) return 'yes';
      if (!g.complete) result = 'unknown';
      continue;
    }
    for (const s of g.doc.statements) {
      if (s.effect === undefined || s.notActions.present || s.actions.open) {
        if (s.effect !== 'Deny') result = 'unknown';
        continue;
      }
      if (s.effect !== 'Allow') continue;
      for (const e of s.actions.entries) {
        if (e.text === undefined) result = 'unknown';
        else if (actionMatches(e.text, action)) return 'yes';
      }
    }
  }
  return result;
}

/**
 * May a resource policy of the program grant the role access to a service's resources (a queue
 * policy naming the role, or a principal that is not known)? Same-account access is allowed by
 * either the role's policies or the resource's.
 */
export function resourcePolicyMayGrant(model: ResourceModel, role: Resource, service: string): boolean {
  for (const site of policySites(model)) {
    if (site.kind !== 'resource' || site.service !== service) continue;
    const doc = parsePolicy(site.value);
    if (!doc || doc.open) return true;
    for (const s of doc.statements) {
      if (s.effect === 'Deny') continue;
      if (s.principals.open) return true;
      for (const p of s.principals.entries) {
        if (p.type === 'Service') continue;
        if (p.type === '*' || p.entry.text === '*') return true;
        if (p.entry.text === undefined && refersTo(model, p.entry.value, role) !== 'no') return true;
        if (p.entry.text !== undefined && /:root$|^\d{12}$/.test(p.entry.text)) continue;
        if (p.entry.text !== undefined) {
          const roleName = str(role.args.props.get('name'));
          if (roleName === undefined || p.entry.text.endsWith(`:role/${roleName}`)) return true;
        }
      }
    }
  }
  return false;
}

/** A resource's name for messages: its logical name without quotes, unknown parts shown as `*`. */
export function logicalName(r: Resource): string {
  return describe(r.name).replace(/^"|"$/g, '').replace(/\$\{[^}]*\}/g, '*');
}
