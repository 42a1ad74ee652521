import type { Resource } from '../../model/types.js';
import { busLabel, busOf, EVENT_BUS } from '../_shared/event-bus.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { arg, isAbsent, keySpan, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const EVENT_TARGET = 'aws:cloudwatch/eventTarget:EventTarget';
const EVENT_RULE = 'aws:cloudwatch/eventRule:EventRule';
const LOG_GROUP = 'aws:cloudwatch/logGroup:LogGroup';
const ECS_CLUSTER = 'aws:ecs/cluster:Cluster';

/**
 * Targets EventBridge can only invoke with a role the target names (`RoleArn`): it has no
 * resource policy to rely on for them.
 */
const NEEDS_ROLE: Record<string, string> = {
  'aws:sfn/stateMachine:StateMachine': 'Step Functions state machine',
  'aws:kinesis/stream:Stream': 'Kinesis stream',
  'aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream': 'Firehose delivery stream',
  [ECS_CLUSTER]: 'ECS task',
  'aws:codebuild/project:Project': 'CodeBuild project',
  'aws:codepipeline/pipeline:Pipeline': 'CodePipeline pipeline',
  'aws:batch/jobQueue:JobQueue': 'Batch job queue',
  'aws:cloudwatch/eventApiDestination:EventApiDestination': 'API destination',
};

/** Partner event sources are named `aws.partner/<partner>/...`. */
const PARTNER_SOURCE = /^aws\.partner\//;

function checkTarget(ctx: RuleContext, t: Resource): void {
  const model = ctx.model;
  const dest = referencedResource(model, arg(t, 'arn'));
  const role = arg(t, 'roleArn');
  if (dest && NEEDS_ROLE[dest.type] && t.argsKnown && !t.args.open && (!role || isAbsent(role))) {
    // An ECS cluster is a target only with `ecsTarget`; the task is what EventBridge starts.
    if (dest.type !== ECS_CLUSTER || arg(t, 'ecsTarget')) {
      ctx.report({ messageId: 'roleRequired', data: { kind: NEEDS_ROLE[dest.type]! }, at: keySpan(t.args, 'arn') ?? t.at, resource: t });
    }
  }
  if (dest && dest.type === LOG_GROUP && role && !isAbsent(role)) {
    ctx.report({ messageId: 'roleOnLogs', at: keySpan(t.args, 'roleArn') ?? role.at, resource: t });
  }
  const rule = referencedResource(model, arg(t, 'rule'));
  if (!rule || rule.type !== EVENT_RULE) return;
  const ruleBus = busOf(model, arg(rule, 'eventBusName'));
  if (ruleBus.kind !== 'custom') return;
  const targetValue = arg(t, 'eventBusName');
  if (!targetValue && t.args.open) return;
  const targetBus = busOf(model, targetValue);
  if (targetBus.kind === 'unknown') return;
  if (targetBus.kind === 'custom') {
    if (ruleBus.resource && targetBus.resource && ruleBus.resource.id === targetBus.resource.id) return;
    // A literal on one side and a bus resource on the other: the bus's own name decides.
    const nameOf = (b: typeof ruleBus) => (b.kind === 'custom' ? (b.resource ? str(arg(b.resource, 'name')) : b.text) : undefined);
    const a = nameOf(ruleBus);
    const b = nameOf(targetBus);
    if (a === undefined || b === undefined || a === b) return;
  }
  const at = keySpan(t.args, 'eventBusName') ?? keySpan(t.args, 'rule') ?? t.at;
  ctx.report({ messageId: 'busMismatch', data: { bus: busLabel(ruleBus), targetBus: busLabel(targetBus) }, at, resource: t });
}

function checkBus(ctx: RuleContext, b: Resource): void {
  const source = arg(b, 'eventSourceName');
  const text = str(source);
  if (text === undefined || text === '' || PARTNER_SOURCE.test(text)) return;
  ctx.report({ messageId: 'notPartnerSource', data: { source: text }, at: keySpan(b.args, 'eventSourceName') ?? source?.at, resource: b });
}

export default defineRule({
  id: 'aws/event-target-misconfigured',
  class: 'EVENT-WIRING',
  severity: 'high',
  category: 'aws',
  resourceTypes: [EVENT_TARGET, EVENT_BUS],
  messages: {
    roleRequired: 'This EventBridge target is a {{kind}}, which EventBridge can only invoke with an IAM role, but the target has no `roleArn`: every matching event fails to be delivered (and EventBridge may refuse the target). Create a role that `events.amazonaws.com` can assume with permission to invoke the target, and set `roleArn`.',
    roleOnLogs: 'This target sends events to a CloudWatch Logs group and sets `roleArn`; EventBridge does not use a role for log group targets and refuses the target ("RoleArn is not supported for target"). Remove `roleArn` and allow delivery with a CloudWatch Logs resource policy for `events.amazonaws.com` instead.',
    busMismatch: 'The rule of this target is on the event bus {{bus}}, but the target is put on {{targetBus}}: EventBridge looks the rule up on the target\'s bus and fails ("Rule … does not exist on EventBus …"). Set the target\'s `eventBusName` to the rule\'s bus.',
    notPartnerSource: '`eventSourceName` ("{{source}}") is only for partner event buses: it must name a partner event source (`aws.partner/...`) that a SaaS partner shared with the account, so creating the bus fails. Remove `eventSourceName` for a custom bus your applications put events on.',
  },
  title: {
    roleRequired: 'EventBridge target ({{kind}}) without `roleArn`',
    roleOnLogs: 'EventBridge log group target with `roleArn`',
    busMismatch: 'EventBridge target on {{targetBus}} for a rule on {{bus}}',
    notPartnerSource: 'Custom event bus with a non-partner `eventSourceName`',
  },
  fixHint: 'new aws.cloudwatch.EventTarget("t", { rule: rule.name, eventBusName: rule.eventBusName, arn: machine.arn, roleArn: eventsRole.arn })',
  docs: {
    summary: 'EventBridge targets that cannot be delivered to: a target that needs a role (Step Functions, Kinesis, Firehose, ECS, CodeBuild, CodePipeline, Batch, API destinations) without `roleArn`, a role on a log group target, a target whose rule is on another event bus, and a custom bus given a non-partner `eventSourceName`.',
    why: 'EventBridge invokes Lambda functions, SNS topics, SQS queues and log groups through their resource policies, and every other target type through the role the target names. A target created on the default bus for a rule on a custom bus refers to a rule that does not exist there. `eventSourceName` turns a bus into a partner bus and must name a partner source. Each of these fails at deployment or drops every event.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst bus = new aws.cloudwatch.EventBus('orders');\nconst rule = new aws.cloudwatch.EventRule('placed', { eventBusName: bus.name, eventPattern: JSON.stringify({ source: ['app.orders'] }) });\nconst machine = new aws.sfn.StateMachine('fulfil', { roleArn: 'arn:aws:iam::123456789012:role/sfn', definition: '{}' });\nnew aws.cloudwatch.EventTarget('fulfil', { rule: rule.name, arn: machine.arn });\n`,
      py: `import pulumi_aws as aws\nstream = aws.kinesis.Stream("events", shard_count=1)\nrule = aws.cloudwatch.EventRule("all", event_pattern='{"source": ["app.orders"]}')\naws.cloudwatch.EventTarget("to-stream", rule=rule.name, arn=stream.arn)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst bus = new aws.cloudwatch.EventBus('orders');\nconst rule = new aws.cloudwatch.EventRule('placed', { eventBusName: bus.name, eventPattern: JSON.stringify({ source: ['app.orders'] }) });\nconst machine = new aws.sfn.StateMachine('fulfil', { roleArn: 'arn:aws:iam::123456789012:role/sfn', definition: '{}' });\nnew aws.cloudwatch.EventTarget('fulfil', { rule: rule.name, eventBusName: bus.name, arn: machine.arn, roleArn: 'arn:aws:iam::123456789012:role/events-start-execution' });\n`,
      py: `import pulumi_aws as aws\nstream = aws.kinesis.Stream("events", shard_count=1)\nrule = aws.cloudwatch.EventRule("all", event_pattern='{"source": ["app.orders"]}')\naws.cloudwatch.EventTarget("to-stream", rule=rule.name, arn=stream.arn, role_arn="arn:aws:iam::123456789012:role/events-put-record")\n`,
    },
    references: [
      'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-iam-roles.html',
      'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutTargets.html',
      'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_CreateEventBus.html',
    ],
    notes: 'Targets are judged only when their destination is a resource of the program (an ARN from configuration is not known to be a state machine). The bus check needs the rule\'s bus to be known to be a custom one (a bus of the program or a literal name other than `default`) and the target\'s to be known to differ.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === EVENT_TARGET) checkTarget(ctx, r);
      else checkBus(ctx, r);
    }
  },
});
