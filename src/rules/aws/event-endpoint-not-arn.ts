import type { Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { attributeSource } from '../_shared/attribute-source.js';
import { resourceLabel } from '../_shared/labels.js';
import { arg, items } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const SUBSCRIPTION = 'aws:sns/topicSubscription:TopicSubscription';
const EVENT_TARGET = 'aws:cloudwatch/eventTarget:EventTarget';
const NOTIFICATION = 'aws:s3/bucketNotification:BucketNotification';

/**
 * Attributes that are not the resource's ARN although they look like a reference to it: a queue's
 * `id` is its URL, a function's `id` is its name and `invokeArn` is the API Gateway integration
 * URI, a log group's `id` is its name.
 */
const NOT_ARN: Record<string, { kind: string; attrs: Record<string, string> }> = {
  'aws:sqs/queue:Queue': { kind: 'queue', attrs: { url: 'URL', id: 'id (its URL)', name: 'name' } },
  'aws:lambda/function:Function': { kind: 'function', attrs: { name: 'name', id: 'id (its name)', invokeArn: 'invokeArn (the API Gateway integration URI)' } },
  'aws:cloudwatch/logGroup:LogGroup': { kind: 'log group', attrs: { name: 'name', id: 'id (its name)' } },
  'aws:sns/topic:Topic': { kind: 'topic', attrs: { name: 'name' } },
  'aws:sfn/stateMachine:StateMachine': { kind: 'state machine', attrs: { name: 'name' } },
};

function check(ctx: RuleContext, r: Resource, path: string, v: Value | undefined, what: string): void {
  const source = attributeSource(ctx.model, v);
  const spec = source && NOT_ARN[source.r.type];
  const attr = source && spec?.attrs[source.attr];
  if (!source || !spec || !attr) return;
  ctx.report({ messageId: 'notArn', data: { path, attr, kind: spec.kind, name: resourceLabel(source.r), what }, at: v?.at, resource: r });
}

function listArgs(ctx: RuleContext, r: Resource, list: string, key: string): void {
  for (const item of items(arg(r, list))?.items ?? []) {
    if (item.kind === 'obj') check(ctx, r, `${list}[].${key}`, item.props.get(key), 'S3 rejects the notification ("Unable to validate the following destination configurations")');
  }
}

export default defineRule({
  id: 'aws/event-endpoint-not-arn',
  class: 'EVENT-WIRING',
  severity: 'high',
  category: 'aws',
  resourceTypes: [SUBSCRIPTION, EVENT_TARGET, NOTIFICATION],
  messages: {
    notArn: '`{{path}}` is the {{attr}} of the {{kind}} {{name}}, but it must be the {{kind}}\'s ARN: {{what}}. Use `{{kind}}.arn`.',
  },
  title: 'Event destination {{path:arg:code}} is the {{attr}} of {{kind}} {{name}}, not its ARN',
  fixHint: 'endpoint: queue.arn / arn: fn.arn / queueArn: queue.arn (a queue\'s id is its URL, a function\'s id is its name).',
  docs: {
    summary: 'An SNS subscription endpoint, EventBridge target or S3 notification destination given a queue URL, function name, `invokeArn` or log group name instead of the resource\'s ARN.',
    why: 'SNS, EventBridge and S3 name their destinations by ARN. In Pulumi a queue\'s `id` is its URL and a function\'s or log group\'s `id` is its name, and `fn.invokeArn` is the API Gateway integration URI, so these references look right but are refused when the subscription, target or notification is created (or deliver nothing).',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst topic = new aws.sns.Topic('orders');\nconst queue = new aws.sqs.Queue('orders');\nnew aws.sns.TopicSubscription('orders', { topic: topic.arn, protocol: 'sqs', endpoint: queue.url });\n`,
      py: `import pulumi_aws as aws\nfn = aws.lambda_.Function("handler", runtime="python3.13", handler="index.handler", role="arn:aws:iam::123456789012:role/app", code=None)\nrule = aws.cloudwatch.EventRule("nightly", schedule_expression="rate(1 day)")\naws.cloudwatch.EventTarget("nightly", rule=rule.name, arn=fn.name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst topic = new aws.sns.Topic('orders');\nconst queue = new aws.sqs.Queue('orders');\nnew aws.sns.TopicSubscription('orders', { topic: topic.arn, protocol: 'sqs', endpoint: queue.arn });\n`,
      py: `import pulumi_aws as aws\nfn = aws.lambda_.Function("handler", runtime="python3.13", handler="index.handler", role="arn:aws:iam::123456789012:role/app", code=None)\nrule = aws.cloudwatch.EventRule("nightly", schedule_expression="rate(1 day)")\naws.cloudwatch.EventTarget("nightly", rule=rule.name, arn=fn.arn)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html',
      'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Target.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/API/API_QueueConfiguration.html',
    ],
    notes: 'Only attributes of resources the program creates are judged; a string from configuration may well be an ARN.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === SUBSCRIPTION) check(ctx, r, 'endpoint', arg(r, 'endpoint'), 'SNS refuses the subscription ("Invalid parameter: … Endpoint")');
      else if (r.type === EVENT_TARGET) check(ctx, r, 'arn', arg(r, 'arn'), 'EventBridge refuses the target ("Parameter … is not valid")');
      else {
        listArgs(ctx, r, 'queues', 'queueArn');
        listArgs(ctx, r, 'lambdaFunctions', 'lambdaFunctionArn');
        listArgs(ctx, r, 'topics', 'topicArn');
      }
    }
  },
});
