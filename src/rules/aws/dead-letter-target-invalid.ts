import type { At, Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { attributeSource } from '../_shared/attribute-source.js';
import { policyStructure } from '../_shared/iam-policy.js';
import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { arg, isAbsent, num } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { isFifo } from '../_shared/sqs-queues.js';
import { defineRule } from '../define-rule.js';

const QUEUE = 'aws:sqs/queue:Queue';
const TOPIC = 'aws:sns/topic:Topic';
const FUNCTION = 'aws:lambda/function:Function';
const REDRIVE = 'aws:sqs/redrivePolicy:RedrivePolicy';
const ESM = 'aws:lambda/eventSourceMapping:EventSourceMapping';
const INVOKE_CONFIG = 'aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig';
/** Attributes of a queue that are not its ARN (a queue's `id` is its URL). */
const NOT_ARN = new Set(['url', 'id', 'name']);

/** Where a value that must be a queue/topic ARN comes from, when it is a program resource's attribute. */
function target(ctx: RuleContext, v: Value | undefined): { r: Resource; attr: string } | undefined {
  return attributeSource(ctx.model, v);
}

export default defineRule({
  id: 'aws/dead-letter-target-invalid',
  class: 'MESSAGING-DLQ-RETRY',
  severity: 'high',
  category: 'aws',
  resourceTypes: [QUEUE, REDRIVE, FUNCTION, ESM, INVOKE_CONFIG],
  messages: {
    notArn: '`{{path}}` is the {{attr}} of queue {{queue}}, not its ARN: {{when}} fails because the dead-letter target must be an ARN. Use `{{fix}}`.',
    wrongType: '`{{path}}` names {{target}}, which cannot receive failed events: a dead-letter target is an SQS queue or an SNS topic ({{when}} fails). Point it at a queue\'s or topic\'s `arn`.',
    maxReceiveCount: 'The redrive policy {{problem}}: SQS rejects it ("Value ... for parameter RedrivePolicy is invalid") and creating the queue fails. Give it `maxReceiveCount` between 1 and 1000 next to `deadLetterTargetArn`.',
    fifo: 'Queue {{source}} is {{sourceKind}} but its dead-letter queue {{dlq}} is {{dlqKind}}: SQS requires both to be the same type ("Dead-letter queue must be same type of queue as the source"), so creating the queue fails. Make the dead-letter queue {{sourceKind}} too.',
  },
  title: {
    notArn: 'Dead-letter target {{path:arg:code}} is the {{attr}} of queue {{queue}}, not its ARN',
    wrongType: 'Dead-letter target {{path:arg:code}} names {{target}}, which cannot receive failed events',
    maxReceiveCount: 'Invalid redrive policy on {{counted}}: {{problem:full}}',
    fifo: 'Queue {{source}} ({{sourceKind}}) with dead-letter queue {{dlq}} ({{dlqKind}})',
  },
  fixHint: 'redrivePolicy: pulumi.jsonStringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 3 }); deadLetterConfig: { targetArn: dlq.arn }.',
  docs: {
    summary: 'Dead-letter configuration that SQS or Lambda rejects: a queue URL where an ARN is needed, a target that is neither a queue nor a topic, a redrive policy without a valid `maxReceiveCount`, or a FIFO queue paired with a standard dead-letter queue.',
    why: 'Dead-letter wiring is only checked by AWS when the resource is created. `dlq.url` and `dlq.id` (a queue\'s id is its URL) look like good references but are not ARNs; a redrive policy without `maxReceiveCount` is invalid; and a FIFO queue can only redrive to a FIFO queue. Each of these stops `pulumi up`.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst dlq = new aws.sqs.Queue('jobs-dlq');\nnew aws.sqs.Queue('jobs', { redrivePolicy: JSON.stringify({ deadLetterTargetArn: 'arn:aws:sqs:us-east-1:123456789012:jobs-dlq' }) });\nnew aws.sqs.Queue('orders', { redrivePolicy: dlq.url.apply((url) => JSON.stringify({ deadLetterTargetArn: url, maxReceiveCount: 3 })) });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ndlq = aws.sqs.Queue("dlq")\naws.lambda_.Function("fn", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda",\n    code=pulumi.FileArchive("./app"), dead_letter_config={"target_arn": dlq.id})\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst dlq = new aws.sqs.Queue('jobs-dlq');\nnew aws.sqs.Queue('jobs', { redrivePolicy: pulumi.jsonStringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 3 }) });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ndlq = aws.sqs.Queue("dlq")\naws.lambda_.Function("fn", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda",\n    code=pulumi.FileArchive("./app"), dead_letter_config={"target_arn": dlq.arn})\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html',
    ],
    notes: 'Only references to queues and topics of the program, and redrive policies whose JSON structure is known, are judged. The queue type is known from `fifoQueue` or a literal name ending in `.fifo`.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === FUNCTION) checkTarget(ctx, r, 'deadLetterConfig.targetArn', 'creating the function');
      else if (r.type === ESM) {
        checkTarget(ctx, r, 'destinationConfig.onFailure.destinationArn', 'creating the event source mapping');
      } else if (r.type === INVOKE_CONFIG) {
        checkTarget(ctx, r, 'destinationConfig.onFailure.destination', 'creating the invoke configuration', true);
        checkTarget(ctx, r, 'destinationConfig.onSuccess.destination', 'creating the invoke configuration', true);
      } else checkRedrive(ctx, r);
    }
  },
});

function checkTarget(ctx: RuleContext, r: Resource, path: string, when: string, anyDestination = false): void {
  const v = arg(r, path);
  const t = target(ctx, v);
  if (!t) return;
  const at = v?.at;
  if (t.r.type === QUEUE && NOT_ARN.has(t.attr)) {
    ctx.report({ messageId: 'notArn', data: { path, attr: t.attr === 'id' ? 'id (its URL)' : t.attr, queue: quotedName(t.r), when, fix: `${path.split('.').pop()}: <queue>.arn` }, at, resource: r });
    return;
  }
  // Invoke destinations may also be a function or an event bus.
  const allowed = t.r.type === QUEUE || t.r.type === TOPIC || (anyDestination && /^aws:(lambda\/function|cloudwatch\/eventBus):/.test(t.r.type));
  if (!allowed && t.attr === 'arn') ctx.report({ messageId: 'wrongType', data: { path, target: quotedName(t.r) === t.r.typePath ? t.r.typePath : `${t.r.typePath} ${quotedName(t.r)}`, when }, at, resource: r });
}

function checkRedrive(ctx: RuleContext, r: Resource): void {
  const policyV = arg(r, 'redrivePolicy');
  const doc = policyStructure(policyV);
  if (!doc || doc.kind !== 'obj' || doc.cls) return;
  const at: At | undefined = policyV?.at;
  const dlqV = doc.props.get('deadLetterTargetArn');
  const t = target(ctx, dlqV);
  if (t?.r.type === QUEUE && NOT_ARN.has(t.attr)) {
    ctx.report({ messageId: 'notArn', data: { path: 'redrivePolicy.deadLetterTargetArn', attr: t.attr === 'id' ? 'id (its URL)' : t.attr, queue: quotedName(t.r), when: 'creating the queue', fix: 'deadLetterTargetArn: <queue>.arn' }, at: dlqV?.at ?? at, resource: r });
  }
  const count = doc.props.get('maxReceiveCount');
  const n = num(count);
  if (isAbsent(count) && !doc.open) ctx.report({ messageId: 'maxReceiveCount', data: { problem: 'has no `maxReceiveCount`' }, at, resource: r });
  else if (n !== undefined && (n < 1 || n > 1000 || !Number.isInteger(n))) ctx.report({ messageId: 'maxReceiveCount', data: { problem: `sets \`maxReceiveCount\` to ${n}, outside 1-1000` }, at: count?.at ?? at, resource: r });
  const source = r.type === QUEUE ? r : referencedResource(ctx.model, arg(r, 'queueUrl'));
  if (t?.r.type !== QUEUE || source?.type !== QUEUE || t.attr !== 'arn') return;
  const a = isFifo(source);
  const b = isFifo(t.r);
  if (a === undefined || b === undefined || a === b) return;
  const kind = (fifo: boolean) => (fifo ? 'FIFO' : 'a standard queue');
  ctx.report({ messageId: 'fifo', data: { source: quotedName(source), dlq: quotedName(t.r), sourceKind: kind(a), dlqKind: kind(b) }, at, resource: r });
}
