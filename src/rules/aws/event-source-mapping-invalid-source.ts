import type { At } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { arg, bool } from '../_shared/values.js';
import { knownAbsent } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const ESM = 'aws:lambda/eventSourceMapping:EventSourceMapping';
const TABLE = 'aws:dynamodb/table:Table';

/** Resources Lambda can poll, and the attribute that is their event source ARN. */
const POLLABLE: Record<string, string> = {
  'aws:sqs/queue:Queue': 'arn',
  [TABLE]: 'streamArn',
  'aws:kinesis/stream:Stream': 'arn',
  'aws:kinesis/streamConsumer:StreamConsumer': 'arn',
  'aws:msk/cluster:Cluster': 'arn',
  'aws:msk/serverlessCluster:ServerlessCluster': 'arn',
  'aws:mq/broker:Broker': 'arn',
  'aws:docdb/cluster:Cluster': 'arn',
};

/** How the services that push events to Lambda are wired instead of a mapping. */
const PUSH: Record<string, string> = {
  'aws:sns/topic:Topic': 'an `aws.sns.TopicSubscription` with protocol `lambda` and an `aws.lambda.Permission`',
  'aws:s3/bucket:Bucket': 'an `aws.s3.BucketNotification` and an `aws.lambda.Permission`',
  'aws:s3/bucketV2:BucketV2': 'an `aws.s3.BucketNotification` and an `aws.lambda.Permission`',
  'aws:lambda/function:Function': 'a direct invocation from the other function\'s code (or Lambda destinations / an SQS queue between them)',
  'aws:cloudwatch/eventRule:EventRule': 'an `aws.cloudwatch.EventTarget` and an `aws.lambda.Permission`',
  'aws:sfn/stateMachine:StateMachine': 'a Task state that invokes the function',
};

export default defineRule({
  id: 'aws/event-source-mapping-invalid-source',
  class: 'LAMBDA-CONFIG-OTHER',
  severity: 'high',
  category: 'aws',
  resourceTypes: [ESM],
  messages: {
    push: '`eventSourceArn` is {{source}}, which Lambda cannot poll: event source mappings read SQS queues, Kinesis and DynamoDB streams, Kafka and MQ brokers, so creating the mapping fails. Deliver these events with {{instead}}.',
    attr: '`eventSourceArn` is the `{{attr}}` of {{source}}; the mapping needs its `{{expected}}`, so creating it fails with an invalid event source ARN. Use `{{expected}}`.',
    noStream: '`eventSourceArn` is the stream of table {{table}}, which has no stream (`streamEnabled` is {{state}}): `streamArn` is empty and creating the mapping fails. Set `streamEnabled: true` and a `streamViewType` on the table.',
  },
  title: {
    push: 'Event source mapping polls {{source}}, which Lambda cannot poll',
    attr: 'Event source mapping given the {{attr:code}} of {{source}} instead of its {{expected:code}}',
    noStream: 'Event source mapping reads the stream of {{table}}, which has none',
  },
  fixHint: 'eventSourceArn: queue.arn / table.streamArn (with streamEnabled: true) / stream.arn; SNS, S3, EventBridge and functions push to Lambda through their own subscriptions with a Lambda permission.',
  docs: {
    summary: 'A Lambda event source mapping whose `eventSourceArn` is not something Lambda can poll: a function, topic, bucket or rule; a queue URL or a table ARN instead of the stream ARN; a table without a stream.',
    why: 'Event source mappings are for pull-based sources only (SQS, Kinesis, DynamoDB Streams, MSK, MQ, DocumentDB). Answers wire a second function, an SNS topic or an S3 bucket through a mapping, or pass `table.arn` where `table.streamArn` is needed; AWS rejects the mapping and `pulumi up` fails.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst table = new aws.dynamodb.Table('orders', { attributes: [{ name: 'id', type: 'S' }], hashKey: 'id', billingMode: 'PAY_PER_REQUEST', streamEnabled: true, streamViewType: 'NEW_IMAGE' });\nconst fn = new aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda', code: new pulumi.asset.FileArchive('./app') });\nnew aws.lambda.EventSourceMapping('orders', { eventSourceArn: table.arn, functionName: fn.name, startingPosition: 'LATEST' });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nrole = "arn:aws:iam::123456789012:role/lambda"\nvalidator = aws.lambda_.Function("validator", runtime="python3.12", handler="index.handler", role=role, code=pulumi.FileArchive("./validator"))\nrouter = aws.lambda_.Function("router", runtime="python3.12", handler="index.handler", role=role, code=pulumi.FileArchive("./router"))\naws.lambda_.EventSourceMapping("chain", event_source_arn=validator.arn, function_name=router.name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst table = new aws.dynamodb.Table('orders', { attributes: [{ name: 'id', type: 'S' }], hashKey: 'id', billingMode: 'PAY_PER_REQUEST', streamEnabled: true, streamViewType: 'NEW_IMAGE' });\nconst fn = new aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda', code: new pulumi.asset.FileArchive('./app') });\nnew aws.lambda.EventSourceMapping('orders', { eventSourceArn: table.streamArn, functionName: fn.name, startingPosition: 'LATEST' });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nrole = "arn:aws:iam::123456789012:role/lambda"\nqueue = aws.sqs.Queue("work", visibility_timeout_seconds=60)\nrouter = aws.lambda_.Function("router", runtime="python3.12", handler="index.handler", role=role, code=pulumi.FileArchive("./router"))\naws.lambda_.EventSourceMapping("chain", event_source_arn=queue.arn, function_name=router.name)\n`,
    },
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html', 'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html'],
    notes: 'Only sources that are resources of the program are judged; ARNs from config or literals are not.',
  },
  check(ctx) {
    for (const esm of ctx.resources()) {
      const v = arg(esm, 'eventSourceArn');
      const source = referencedResource(ctx.model, v);
      if (!source || v?.kind !== 'output' || !v.attr) continue;
      const at = v.at;
      const expected = POLLABLE[source.type];
      const name = quotedName(source) === source.typePath ? source.typePath : `${source.typePath} ${quotedName(source)}`;
      if (expected === undefined) {
        const instead = PUSH[source.type];
        if (instead) ctx.report({ messageId: 'push', data: { source: name, instead }, at, resource: esm });
        continue;
      }
      if (v.attr !== expected) {
        ctx.report({ messageId: 'attr', data: { attr: v.attr, source: name, expected }, at, resource: esm });
        continue;
      }
      if (source.type === TABLE) checkStream(ctx, esm, source, at);
    }
  },
});

function checkStream(ctx: RuleContext, esm: Resource, table: Resource, at: At | undefined): void {
  const enabled = arg(table, 'streamEnabled');
  const state = bool(enabled) === false ? '`false`' : knownAbsent(ctx, table, 'streamEnabled') ? 'not set' : undefined;
  if (state) ctx.report({ messageId: 'noStream', data: { table: quotedName(table), state }, at, resource: esm });
}
