import type { Resource } from '../../model/types.js';
import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { isFifo, QUEUE } from '../_shared/sqs-queues.js';
import { arg, isAbsent, keySpan, num } from '../_shared/values.js';
import { knownAbsent } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const ESM = 'aws:lambda/eventSourceMapping:EventSourceMapping';

/** Stream sources and the attribute that is their stream ARN. */
const STREAMS: Record<string, { attr: string; what: string }> = {
  'aws:kinesis/stream:Stream': { attr: 'arn', what: 'Kinesis stream' },
  'aws:kinesis/streamConsumer:StreamConsumer': { attr: 'arn', what: 'Kinesis stream consumer' },
  'aws:dynamodb/table:Table': { attr: 'streamArn', what: 'DynamoDB stream' },
};

type Source = { kind: 'queue'; r: Resource } | { kind: 'stream'; r: Resource; what: string };

function sourceOf(ctx: RuleContext, m: Resource): Source | undefined {
  const v = arg(m, 'eventSourceArn');
  const r = referencedResource(ctx.model, v);
  const attr = v?.kind === 'output' ? v.attr : undefined;
  if (!r) return undefined;
  if (r.type === QUEUE && attr === 'arn') return { kind: 'queue', r };
  const s = STREAMS[r.type];
  return s && attr === s.attr ? { kind: 'stream', r, what: s.what } : undefined;
}

export default defineRule({
  id: 'aws/event-source-mapping-settings-invalid',
  class: 'EVENT-WIRING',
  severity: 'high',
  category: 'aws',
  resourceTypes: [ESM],
  messages: {
    noStartingPosition: 'This mapping reads {{what}} {{source}} without `startingPosition`: Lambda requires it for stream sources, so CreateEventSourceMapping fails. Set `startingPosition: "LATEST"` (or `"TRIM_HORIZON"` to process the records already in the stream).',
    startingPositionOnQueue: 'This mapping reads SQS queue {{source}} but sets `startingPosition`: it only applies to streams, and Lambda rejects it for queues. Remove `startingPosition`.',
    fifoBatch: 'This mapping reads FIFO queue {{source}} with `batchSize: {{batch}}`: FIFO queues allow at most 10 messages per batch, so CreateEventSourceMapping fails. Use a batch size of 10 or less.',
    windowRequired: 'This mapping reads SQS queue {{source}} with `batchSize: {{batch}}` but no batching window: Lambda requires `maximumBatchingWindowInSeconds` of at least 1 when an SQS batch is larger than 10, so CreateEventSourceMapping fails. Set `maximumBatchingWindowInSeconds` (e.g. 5), or a batch size of 10 or less.',
    batchMax: 'This mapping reads {{what}} {{source}} with `batchSize: {{batch}}`, above the maximum of 10000 for this source: CreateEventSourceMapping fails. Use 10000 or less.',
  },
  title: {
    noStartingPosition: 'Stream event source mapping on {{source}} without startingPosition',
    startingPositionOnQueue: 'startingPosition on SQS event source mapping for {{source}}',
    fifoBatch: 'FIFO queue mapping for {{source}} with batch size {{batch}}',
    windowRequired: 'SQS mapping for {{source}} with batch size {{batch}} and no batching window',
    batchMax: 'Event source mapping for {{source}} with batch size {{batch}}',
  },
  fixHint: 'Streams: startingPosition: "LATEST"; SQS: no startingPosition, batchSize ≤ 10 (FIFO) or maximumBatchingWindowInSeconds ≥ 1 when batchSize > 10.',
  docs: {
    summary: 'Lambda event source mappings whose settings do not fit their source: a Kinesis or DynamoDB stream without `startingPosition`, an SQS queue with `startingPosition`, a FIFO queue batch over 10, an SQS batch over 10 without a batching window, a batch over 10000.',
    why: 'Lambda validates a mapping\'s settings against the kind of source when the mapping is created. Streams need a starting position; queues do not accept one. SQS batches above 10 need a batching window, FIFO batches are limited to 10. Each mismatch fails the deployment.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst stream = new aws.kinesis.Stream('clicks', { shardCount: 1 });\nnew aws.lambda.EventSourceMapping('clicks', { eventSourceArn: stream.arn, functionName: 'click-processor', batchSize: 100 });\n`,
      py: `import pulumi_aws as aws\nqueue = aws.sqs.Queue("orders")\naws.lambda_.EventSourceMapping("orders", event_source_arn=queue.arn, function_name="order-worker", batch_size=50)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst stream = new aws.kinesis.Stream('clicks', { shardCount: 1 });\nnew aws.lambda.EventSourceMapping('clicks', { eventSourceArn: stream.arn, functionName: 'click-processor', batchSize: 100, startingPosition: 'LATEST' });\n`,
      py: `import pulumi_aws as aws\nqueue = aws.sqs.Queue("orders")\naws.lambda_.EventSourceMapping("orders", event_source_arn=queue.arn, function_name="order-worker", batch_size=50, maximum_batching_window_in_seconds=5)\n`,
    },
    references: ['https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html', 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html'],
    notes: 'Only mappings whose `eventSourceArn` is the ARN attribute of a queue, Kinesis stream or DynamoDB table of the program are judged. A queue is FIFO when `fifoQueue` is true or its name ends in `.fifo`.',
  },
  check(ctx) {
    for (const m of ctx.resources()) {
      const src = sourceOf(ctx, m);
      if (!src) continue;
      const source = quotedName(src.r);
      const batch = num(arg(m, 'batchSize'));
      const position = arg(m, 'startingPosition');
      if (src.kind === 'stream') {
        if (knownAbsent(ctx, m, 'startingPosition')) ctx.report({ messageId: 'noStartingPosition', data: { what: src.what, source }, resource: m });
        if (batch !== undefined && batch > 10000) ctx.report({ messageId: 'batchMax', data: { what: src.what, source, batch: String(batch) }, at: keySpan(m.args, 'batchSize'), resource: m });
        continue;
      }
      if (position && !isAbsent(position)) ctx.report({ messageId: 'startingPositionOnQueue', data: { source }, at: keySpan(m.args, 'startingPosition'), resource: m });
      if (batch === undefined || batch <= 10) continue;
      const fifo = isFifo(src.r);
      const window = arg(m, 'maximumBatchingWindowInSeconds');
      if (fifo === true) ctx.report({ messageId: 'fifoBatch', data: { source, batch: String(batch) }, at: keySpan(m.args, 'batchSize'), resource: m });
      else if (fifo === false && batch > 10000) ctx.report({ messageId: 'batchMax', data: { what: 'SQS queue', source, batch: String(batch) }, at: keySpan(m.args, 'batchSize'), resource: m });
      else if (fifo === false && (knownAbsent(ctx, m, 'maximumBatchingWindowInSeconds') || num(window) === 0)) {
        ctx.report({ messageId: 'windowRequired', data: { source, batch: String(batch) }, at: keySpan(m.args, 'batchSize'), resource: m });
      }
    }
  },
});
