import type { Resource } from '../../model/types.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { arg, isAbsent, num } from '../_shared/values.js';
import { knownAbsent } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const ESM = 'aws:lambda/eventSourceMapping:EventSourceMapping';
const QUEUE = 'aws:sqs/queue:Queue';
const FUNCTION = 'aws:lambda/function:Function';
/** Service defaults when the argument is not set. */
const DEFAULT_VISIBILITY = 30;
const DEFAULT_TIMEOUT = 3;

/** A known number argument, the default when it is certainly not set, else undefined. */
function valueOr(ctx: RuleContext, r: Resource, path: string, fallback: number): { value: number; set: boolean } | undefined {
  const v = arg(r, path);
  const n = num(v);
  if (n !== undefined) return { value: n, set: true };
  return isAbsent(v) && knownAbsent(ctx, r, path) ? { value: fallback, set: false } : undefined;
}

export default defineRule({
  id: 'aws/sqs-visibility-timeout-below-function-timeout',
  class: 'LAMBDA-SIZING',
  severity: 'high',
  category: 'aws',
  resourceTypes: [ESM],
  messages: {
    shorter: 'The queue\'s visibility timeout ({{visibility}} s{{visibilityNote}}) is shorter than the timeout of the function it triggers ({{timeout}} s{{timeoutNote}}): creating the event source mapping fails with "Queue visibility timeout: {{visibility}} seconds is less than Function timeout: {{timeout}} seconds". Set `visibilityTimeoutSeconds` to at least the function timeout (AWS recommends six times it).',
  },
  title: 'Queue visibility timeout {{visibility}} s shorter than the function timeout {{timeout}} s',
  fixHint: 'new aws.sqs.Queue("jobs", { visibilityTimeoutSeconds: 6 * functionTimeout }).',
  docs: {
    summary: 'An SQS event source mapping whose queue has a visibility timeout shorter than the Lambda function\'s timeout.',
    why: 'Lambda refuses to poll a queue whose messages could become visible again while the function still processes them, so `pulumi up` fails on the event source mapping. The defaults make this easy to hit: a queue without `visibilityTimeoutSeconds` has 30 seconds, and answers give their workers timeouts of a minute or more.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst queue = new aws.sqs.Queue('jobs');\nconst fn = new aws.lambda.Function('worker', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda', code: new pulumi.asset.FileArchive('./app'), timeout: 60 });\nnew aws.lambda.EventSourceMapping('jobs', { eventSourceArn: queue.arn, functionName: fn.name });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nqueue = aws.sqs.Queue("jobs", visibility_timeout_seconds=30)\nfn = aws.lambda_.Function("worker", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"), timeout=300)\naws.lambda_.EventSourceMapping("jobs", event_source_arn=queue.arn, function_name=fn.arn)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst queue = new aws.sqs.Queue('jobs', { visibilityTimeoutSeconds: 360 });\nconst fn = new aws.lambda.Function('worker', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda', code: new pulumi.asset.FileArchive('./app'), timeout: 60 });\nnew aws.lambda.EventSourceMapping('jobs', { eventSourceArn: queue.arn, functionName: fn.name });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nqueue = aws.sqs.Queue("jobs", visibility_timeout_seconds=1800)\nfn = aws.lambda_.Function("worker", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"), timeout=300)\naws.lambda_.EventSourceMapping("jobs", event_source_arn=queue.arn, function_name=fn.arn)\n`,
    },
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html#events-sqs-queueconfig'],
    notes: 'Both values must be known: a number, or an argument certainly not set (the queue default of 30 s, the function default of 3 s). Queues and functions built from unknown or spread arguments are not judged.',
  },
  check(ctx) {
    for (const esm of ctx.resources()) {
      const queue = referencedResource(ctx.model, arg(esm, 'eventSourceArn'));
      const fn = referencedResource(ctx.model, arg(esm, 'functionName'));
      if (queue?.type !== QUEUE || fn?.type !== FUNCTION) continue;
      const visibility = valueOr(ctx, queue, 'visibilityTimeoutSeconds', DEFAULT_VISIBILITY);
      const timeout = valueOr(ctx, fn, 'timeout', DEFAULT_TIMEOUT);
      if (!visibility || !timeout || visibility.value >= timeout.value) continue;
      ctx.report({
        messageId: 'shorter',
        data: { visibility: visibility.value, timeout: timeout.value, visibilityNote: visibility.set ? '' : ', the default', timeoutNote: timeout.set ? '' : ', the default' },
        at: arg(esm, 'eventSourceArn')?.at,
        resource: esm,
      });
    }
  },
});
