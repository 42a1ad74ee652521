import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { readActions } from '../_shared/codepipeline.js';
import { policyStructure } from '../_shared/iam-policy.js';
import { LAMBDA_FUNCTION } from '../_shared/lambda-permissions.js';
import { referencedResource, resourceById } from '../_shared/resource-refs.js';
import { logicalName, missingActions, roleGrants, roleOfArn } from '../_shared/role-grants.js';
import { arg, isAbsent, keySpan, num, str, stringParts } from '../_shared/values.js';
import { inFragment, programIsComplete } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const STATE_MACHINE = 'aws:sfn/stateMachine:StateMachine';
const FLOW_LOG = 'aws:ec2/flowLog:FlowLog';
const APIGW_ACCOUNT = 'aws:apigateway/account:Account';
const DB_INSTANCE = 'aws:rds/instance:Instance';
const CLUSTER_INSTANCE = 'aws:rds/clusterInstance:ClusterInstance';
const CODEBUILD_PROJECT = 'aws:codebuild/project:Project';
const EVENT_TARGET = 'aws:cloudwatch/eventTarget:EventTarget';
const PIPELINE = 'aws:codepipeline/pipeline:Pipeline';
const SCHEDULE = 'aws:scheduler/schedule:Schedule';

/**
 * What EventBridge rules and EventBridge Scheduler schedules do with the target's role, by target type.
 * Rules invoke Lambda, SNS and SQS through those resources' own policies, so only the targets that
 * take a role are listed for them; the Scheduler calls every target with the role.
 */
const TARGET_ACTIONS: Record<string, { action: string; rule: boolean }> = {
  'aws:sfn/stateMachine:StateMachine': { action: 'states:StartExecution', rule: true },
  'aws:kinesis/stream:Stream': { action: 'kinesis:PutRecord', rule: true },
  'aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream': { action: 'firehose:PutRecord', rule: true },
  'aws:cloudwatch/eventBus:EventBus': { action: 'events:PutEvents', rule: true },
  'aws:ecs/cluster:Cluster': { action: 'ecs:RunTask', rule: true },
  'aws:lambda/function:Function': { action: 'lambda:InvokeFunction', rule: false },
  'aws:sqs/queue:Queue': { action: 'sqs:SendMessage', rule: false },
  'aws:sns/topic:Topic': { action: 'sns:Publish', rule: false },
};

interface Need {
  what: string;
  actions: string[];
  consequence: string;
}

export default defineRule({
  id: 'security/service-role-missing-permission',
  class: 'IAM-MISSING-PERMISSION',
  severity: 'high',
  category: 'security',
  resourceTypes: [STATE_MACHINE, FLOW_LOG, APIGW_ACCOUNT, DB_INSTANCE, CLUSTER_INSTANCE, CODEBUILD_PROJECT, EVENT_TARGET, SCHEDULE, PIPELINE],
  messages: {
    missing: '{{what}} needs {{actions}}, which no policy of role `{{role}}` allows: {{consequence}}. Grant these actions in a policy of the role.',
  },
  title: 'Role {{role:code}} lacks {{actions}}',
  fixHint: 'Add a policy to the role that allows the listed actions (for a state machine, lambda:InvokeFunction on the task functions; for flow logs, logs:CreateLogStream and logs:PutLogEvents on the log group).',
  docs: {
    summary: 'Service roles that lack the actions their service performs with them: a Step Functions state machine with Lambda tasks or CloudWatch logging, a VPC flow log delivering to CloudWatch Logs, the API Gateway account CloudWatch role, the Enhanced Monitoring role of an RDS database, a CodeBuild project\'s service role, the role of an EventBridge rule target (state machine, stream, event bus, ECS task) or of an EventBridge Scheduler target, a CodePipeline role for its CodeBuild actions and artifact bucket.',
    why: 'Step Functions calls each Lambda task as the state machine\'s role, so without `lambda:InvokeFunction` every execution fails at its first Lambda state with Lambda.AWSLambdaException (AccessDenied); with `loggingConfiguration` it checks the log-delivery actions (`logs:CreateLogDelivery`, ...) when the state machine is created ("The state machine IAM Role is not authorized to access the Log Destination"). A flow log publishes to CloudWatch Logs as its `iamRoleArn`: without `logs:CreateLogStream` and `logs:PutLogEvents` it is created but never delivers a record (status "Access error"). The API Gateway account setting is refused when its `cloudwatchRoleArn` cannot write logs. RDS refuses a database whose `monitoringRoleArn` cannot write the RDSOSMetrics log group ("IAM role ARN value is invalid or does not include the required permissions for: ENHANCED_MONITORING"). CodeBuild stops every build at once when its service role cannot create the build\'s log stream. EventBridge calls a state machine, Kinesis or Firehose stream, another event bus or an ECS task as the target\'s role, and the Scheduler calls every target (Lambda, SQS and SNS too) as its role: without the action each delivery fails and the events are lost after the retries, with nothing failing at deploy time. A pipeline runs its actions as its role: without `codebuild:StartBuild`/`BatchGetBuilds` its CodeBuild actions fail, without `s3:GetObject`/`PutObject` no stage can hand over its artifacts. Generated stacks often create the role with only a trust policy, or grant the actions to a different role.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst role = new aws.iam.Role('sfn', { assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'states.amazonaws.com' }) });\nconst fnRole = new aws.iam.Role('fn', { assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }), managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'] });\nconst fn = new aws.lambda.Function('step', { runtime: 'nodejs22.x', handler: 'index.handler', role: fnRole.arn, code: new pulumi.asset.FileArchive('./step') });\nnew aws.sfn.StateMachine('flow', {\n  roleArn: role.arn,\n  definition: pulumi.jsonStringify({ StartAt: 'Run', States: { Run: { Type: 'Task', Resource: fn.arn, End: true } } }),\n});\n`,
      py: `import json\nimport pulumi_aws as aws\nrole = aws.iam.Role("flow-logs", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "vpc-flow-logs.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))\nvpc = aws.ec2.Vpc("main", cidr_block="10.0.0.0/16")\ngroup = aws.cloudwatch.LogGroup("flow-logs", retention_in_days=30)\naws.ec2.FlowLog("main", vpc_id=vpc.id, traffic_type="ALL", log_destination=group.arn, iam_role_arn=role.arn)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst role = new aws.iam.Role('sfn', { assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'states.amazonaws.com' }) });\nconst fnRole = new aws.iam.Role('fn', { assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }), managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'] });\nconst fn = new aws.lambda.Function('step', { runtime: 'nodejs22.x', handler: 'index.handler', role: fnRole.arn, code: new pulumi.asset.FileArchive('./step') });\nnew aws.iam.RolePolicy('sfn-invoke', { role: role.id, policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: fn.arn }] }) });\nnew aws.sfn.StateMachine('flow', {\n  roleArn: role.arn,\n  definition: pulumi.jsonStringify({ StartAt: 'Run', States: { Run: { Type: 'Task', Resource: fn.arn, End: true } } }),\n});\n`,
      py: `import json\nimport pulumi_aws as aws\nrole = aws.iam.Role("flow-logs", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "vpc-flow-logs.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))\naws.iam.RolePolicy("flow-logs", role=role.id, policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogGroups", "logs:DescribeLogStreams"], "Resource": "*"}]}))\nvpc = aws.ec2.Vpc("main", cidr_block="10.0.0.0/16")\ngroup = aws.cloudwatch.LogGroup("flow-logs", retention_in_days=30)\naws.ec2.FlowLog("main", vpc_id=vpc.id, traffic_type="ALL", log_destination=group.arn, iam_role_arn=role.arn)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/step-functions/latest/dg/lambda-iam.html',
      'https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html#cloudwatch-iam-policy',
      'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-iam-role.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.Enabling.html',
      'https://docs.aws.amazon.com/codebuild/latest/userguide/setting-up-service-role.html',
      'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-identity-based.html',
      'https://docs.aws.amazon.com/scheduler/latest/UserGuide/setting-up.html#setting-up-execution-role',
      'https://docs.aws.amazon.com/codepipeline/latest/userguide/security-iam.html#how-to-custom-role',
    ],
    notes: 'Only roles created in the program and passed as `role.arn` are judged, when the model saw the whole program and knows every policy the role gets. A state machine is judged for Lambda only when its definition is known and has a Task state whose resource is a Lambda function or the `lambda:invoke` integration; an unknown policy, policy ARN or definition keeps the rule silent. An RDS instance or Aurora cluster instance is judged when `monitoringInterval` is above 0; a CodeBuild project unless `logsConfig.cloudwatchLogs.status` is `DISABLED` (or unknown); an EventBridge target or Scheduler schedule when its target is a resource of the program of a listed type (for rules, Lambda, SNS and SQS targets are authorised by their resource policies and not judged here); a pipeline for its CodeBuild actions and its artifact store (S3 is not judged when the program has any bucket policy, which may grant the role the bucket). Resource scoping is not compared.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    for (const r of ctx.resources()) {
      if (inFragment(ctx, r)) continue;
      if (r.type === STATE_MACHINE) checkRole(ctx, r, 'roleArn', stateMachineNeeds(ctx.model, r));
      else if (r.type === FLOW_LOG) checkRole(ctx, r, 'iamRoleArn', flowLogNeeds(r));
      else if (r.type === APIGW_ACCOUNT) checkRole(ctx, r, 'cloudwatchRoleArn', [API_GATEWAY_LOGS]);
      else if (r.type === CODEBUILD_PROJECT) checkRole(ctx, r, 'serviceRole', codeBuildNeeds(r));
      else if (r.type === PIPELINE) checkRole(ctx, r, 'roleArn', pipelineNeeds(ctx.model, r));
      else if (r.type === EVENT_TARGET) checkRole(ctx, r, 'roleArn', targetNeeds(ctx.model, arg(r, 'arn'), true));
      else if (r.type === SCHEDULE) checkRole(ctx, r, 'target.roleArn', targetNeeds(ctx.model, arg(r, 'target.arn'), false));
      else checkRole(ctx, r, 'monitoringRoleArn', (num(arg(r, 'monitoringInterval')) ?? 0) > 0 ? [ENHANCED_MONITORING] : []);
    }
  },
});

function stateMachineNeeds(model: ResourceModel, sm: Resource): Need[] {
  const out: Need[] = [];
  const definition = policyStructure(arg(sm, 'definition'));
  if (definition && hasLambdaTask(model, definition, 0)) {
    out.push({ what: 'A Lambda task of the state machine', actions: ['lambda:InvokeFunction'], consequence: 'every execution fails at that state with an AccessDenied error from Lambda' });
  }
  const destination = arg(sm, 'loggingConfiguration.logDestination');
  const level = str(arg(sm, 'loggingConfiguration.level'));
  if (destination && !isAbsent(destination) && level?.toUpperCase() !== 'OFF') {
    out.push({ what: 'Logging the state machine to CloudWatch Logs', actions: ['logs:CreateLogDelivery'], consequence: 'creating the state machine fails with "The state machine IAM Role is not authorized to access the Log Destination"' });
  }
  return out;
}

/** API Gateway checks the account's CloudWatch role when the setting is stored. */
const API_GATEWAY_LOGS: Need = {
  what: 'The API Gateway account CloudWatch role',
  actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
  consequence: 'API Gateway refuses the account setting ("The role ARN does not have required permissions set to API Gateway"), so the deployment fails; attach `AmazonAPIGatewayPushToCloudWatchLogs`',
};

/** RDS checks the monitoring role's permissions when the database is created or modified. */
const ENHANCED_MONITORING: Need = {
  what: 'Enhanced Monitoring of the database',
  actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
  consequence: 'RDS refuses to create the database ("IAM role ARN value is invalid or does not include the required permissions for: ENHANCED_MONITORING"), so the deployment fails; attach `AmazonRDSEnhancedMonitoringRole`',
};

function codeBuildNeeds(project: Resource): Need[] {
  // Builds log to CloudWatch Logs unless the project turns that off.
  const status = str(arg(project, 'logsConfig.cloudwatchLogs.status'));
  if (status?.toUpperCase() === 'DISABLED' || (status === undefined && !isAbsent(arg(project, 'logsConfig.cloudwatchLogs.status')))) return [];
  return [{ what: 'Logging the builds to CloudWatch Logs', actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], consequence: 'every build fails before its first phase with ACCESS_DENIED ("Service role … does not allow AWS CodeBuild to create Amazon CloudWatch Logs log streams")' }];
}

/** A pipeline runs each action as its role: CodeBuild actions start and poll builds, every stage moves artifacts through S3. */
function pipelineNeeds(model: ResourceModel, pipeline: Resource): Need[] {
  const out: Need[] = [];
  const stages = arg(pipeline, 'stages');
  const actions = stages?.kind === 'list' && !stages.open ? readActions(stages.items) : undefined;
  if (!actions) return [];
  const providers = new Set(actions.map((a) => a.provider).filter((p) => p !== undefined));
  if (providers.has('CodeBuild')) {
    out.push({ what: 'A CodeBuild action of the pipeline', actions: ['codebuild:StartBuild', 'codebuild:BatchGetBuilds'], consequence: 'every execution fails at that action ("The provided role does not have sufficient permissions")' });
  }
  const store = arg(pipeline, 'artifactStores');
  // A bucket policy can grant the role the bucket on its own; with any in the program, S3 is not judged.
  const bucketPolicies = model.resources.some((x) => x.type === 'aws:s3/bucketPolicy:BucketPolicy');
  if (store?.kind === 'list' && store.items.length > 0 && providers.size > 0 && !bucketPolicies) {
    out.push({ what: 'Passing artifacts between the pipeline\'s stages', actions: ['s3:GetObject', 's3:PutObject'], consequence: 'every execution fails at its first stage, which cannot write its output artifact to the artifact bucket' });
  }
  return out;
}

function targetNeeds(model: ResourceModel, arn: Value | undefined, rule: boolean): Need[] {
  const target = referencedResource(model, arn);
  const spec = target && TARGET_ACTIONS[target.type];
  if (!spec || (rule && !spec.rule)) return [];
  return [{
    what: rule ? 'Delivering the rule\'s events to its target' : 'Invoking the schedule\'s target',
    actions: [spec.action],
    consequence: rule
      ? 'every delivery fails (the rule\'s FailedInvocations metric counts them) and the events are dropped after the retries'
      : 'every scheduled invocation fails and is dropped after the retries (or sent to the dead-letter queue)',
  }];
}

function flowLogNeeds(fl: Resource): Need[] {
  const type = arg(fl, 'logDestinationType');
  // S3 and Firehose destinations are written by the delivery service without the role.
  if (!isAbsent(type) && str(type) !== 'cloud-watch-logs') return [];
  return [{ what: 'Publishing the flow log to CloudWatch Logs', actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], consequence: 'the flow log is created but delivers no records (its status shows "Access error")' }];
}

/** Does the (known part of the) definition have a Task state that invokes a Lambda function? */
function hasLambdaTask(model: ResourceModel, v: Value, depth: number): boolean {
  if (depth > 12) return false;
  if (v.kind === 'list') return v.items.some((i) => hasLambdaTask(model, i, depth + 1));
  if (v.kind !== 'obj' || v.cls) return false;
  if (str(v.props.get('Type')) === 'Task' && invokesLambda(model, v.props.get('Resource'))) return true;
  return [...v.props.values()].some((p) => hasLambdaTask(model, p, depth + 1));
}

function invokesLambda(model: ResourceModel, v: Value | undefined): boolean {
  if (!v) return false;
  const target = v.kind === 'unknown' && v.ref ? resourceById(model, v.ref.resource) : referencedResource(model, v);
  if (target) return target.type === LAMBDA_FUNCTION;
  const text = (stringParts(v) ?? []).map((p) => p ?? '\u0000').join('');
  return /^arn:aws[\w-]*:states:::lambda:invoke/.test(text) || /^arn:aws[\w-]*:lambda:[^:]*:[^:]*:function:/.test(text);
}

function checkRole(ctx: RuleContext, r: Resource, key: string, needs: Need[]): void {
  if (needs.length === 0) return;
  const v = arg(r, key);
  const role = roleOfArn(ctx.model, v);
  if (!role || inFragment(ctx, role)) return;
  const grants = roleGrants(ctx.model, role);
  if (!grants) return;
  for (const need of needs) {
    const missing = missingActions(grants, need.actions);
    if (missing.length === 0) continue;
    ctx.report({
      messageId: 'missing',
      data: { what: need.what, actions: missing.map((a) => `\`${a}\``).join(', '), role: logicalName(role), consequence: need.consequence },
      at: keySpan(r.args, key) ?? v?.at,
      resource: r,
    });
  }
}
