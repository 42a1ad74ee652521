import type { Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { isFifo, QUEUE } from '../_shared/sqs-queues.js';
import { arg, bool, isAbsent, items, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const BUCKET_NOTIFICATION = 'aws:s3/bucketNotification:BucketNotification';
const TOPIC_SUBSCRIPTION = 'aws:sns/topicSubscription:TopicSubscription';
const EVENT_TARGET = 'aws:cloudwatch/eventTarget:EventTarget';
const TOPIC = 'aws:sns/topic:Topic';

/** The FIFO queue of the program a destination value names (by ARN), if it is one. */
function fifoQueue(ctx: RuleContext, v: Value | undefined): Resource | undefined {
  const q = referencedResource(ctx.model, v);
  return q?.type === QUEUE && v?.kind === 'output' && v.attr === 'arn' && isFifo(q) === true ? q : undefined;
}

/** Is the topic a standard (non-FIFO) topic? undefined when it cannot be told. */
function isStandardTopic(t: Resource): boolean | undefined {
  const flag = bool(arg(t, 'fifoTopic'));
  if (flag !== undefined) return !flag;
  const name = str(arg(t, 'name'));
  if (name !== undefined) return !name.endsWith('.fifo');
  return t.argsKnown && !t.args.open && isAbsent(arg(t, 'fifoTopic')) && isAbsent(arg(t, 'name')) ? true : undefined;
}

export default defineRule({
  id: 'aws/fifo-queue-destination-invalid',
  class: 'EVENT-WIRING',
  severity: 'high',
  category: 'aws',
  resourceTypes: [BUCKET_NOTIFICATION, TOPIC_SUBSCRIPTION, EVENT_TARGET],
  messages: {
    s3: 'S3 event notifications cannot be sent to FIFO queue {{queue}}: S3 only delivers to standard queues, so it rejects the notification configuration ("Unable to validate the following destination configurations") and the deployment fails. Send the events to a standard queue, or route them through EventBridge (`eventbridge: true`) to the FIFO queue with a message group id.',
    sns: 'FIFO queue {{queue}} is subscribed to standard topic {{topic}}: a FIFO queue can only subscribe to a FIFO topic, so SNS rejects the subscription. Make the topic FIFO (`fifoTopic: true`, name ending in `.fifo`) or use a standard queue.',
    eventbridge: 'This EventBridge target is FIFO queue {{queue}} without `sqsTarget.messageGroupId`: EventBridge requires a message group id for FIFO queues, so PutTargets fails. Set `sqsTarget: { messageGroupId: "…" }` (and enable content-based deduplication on the queue).',
  },
  title: {
    s3: 'S3 notification to FIFO queue {{queue}}',
    sns: 'FIFO queue {{queue}} subscribed to standard topic {{topic}}',
    eventbridge: 'EventBridge target FIFO queue {{queue}} without messageGroupId',
  },
  fixHint: 'S3 → standard queue; SNS standard topic → standard queue (FIFO queue needs a FIFO topic); EventBridge → FIFO queue: sqsTarget: { messageGroupId: "orders" }.',
  docs: {
    summary: 'FIFO SQS queues used where the sender cannot deliver to them: as an S3 notification destination, subscribed to a standard SNS topic, or as an EventBridge target without a message group id.',
    why: 'FIFO queues need a message group id on every message. S3 notifications cannot provide one and do not support FIFO destinations, standard SNS topics cannot publish to FIFO queues, and EventBridge takes the group id from the target\'s `sqsTarget`. Each combination is rejected when the notification, subscription or target is created.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst uploads = new aws.s3.BucketV2('uploads');\nconst queue = new aws.sqs.Queue('uploads', { fifoQueue: true });\nnew aws.s3.BucketNotification('uploads', { bucket: uploads.id, queues: [{ queueArn: queue.arn, events: ['s3:ObjectCreated:*'] }] });\n`,
      py: `import pulumi_aws as aws\ntopic = aws.sns.Topic("orders")\nqueue = aws.sqs.Queue("orders", name="orders.fifo", fifo_queue=True)\naws.sns.TopicSubscription("orders", topic=topic.arn, protocol="sqs", endpoint=queue.arn)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst uploads = new aws.s3.BucketV2('uploads');\nconst queue = new aws.sqs.Queue('uploads');\nnew aws.s3.BucketNotification('uploads', { bucket: uploads.id, queues: [{ queueArn: queue.arn, events: ['s3:ObjectCreated:*'] }] });\n`,
      py: `import pulumi_aws as aws\ntopic = aws.sns.Topic("orders", name="orders.fifo", fifo_topic=True)\nqueue = aws.sqs.Queue("orders", name="orders.fifo", fifo_queue=True)\naws.sns.TopicSubscription("orders", topic=topic.arn, protocol="sqs", endpoint=queue.arn)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-event-types-and-destinations.html',
      'https://docs.aws.amazon.com/sns/latest/dg/fifo-sns-to-sqs.html',
      'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_SqsParameters.html',
    ],
    notes: 'Only queues and topics of the program are judged; a queue is FIFO when `fifoQueue` is true or its name ends in `.fifo`, a topic is standard when neither `fifoTopic` nor a `.fifo` name says otherwise.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === BUCKET_NOTIFICATION) {
        for (const q of items(arg(r, 'queues'))?.items ?? []) {
          const v = q.kind === 'obj' ? q.props.get('queueArn') : undefined;
          const queue = fifoQueue(ctx, v);
          if (queue) ctx.report({ messageId: 's3', data: { queue: quotedName(queue) }, at: v?.at, resource: r });
        }
      } else if (r.type === TOPIC_SUBSCRIPTION) {
        if (str(arg(r, 'protocol')) !== 'sqs') continue;
        const queue = fifoQueue(ctx, arg(r, 'endpoint'));
        const topic = referencedResource(ctx.model, arg(r, 'topic'));
        if (queue && topic?.type === TOPIC && isStandardTopic(topic) === true) ctx.report({ messageId: 'sns', data: { queue: quotedName(queue), topic: quotedName(topic) }, resource: r });
      } else {
        const queue = fifoQueue(ctx, arg(r, 'arn'));
        const group = r.args.props.get('sqsTarget');
        const id = group?.kind === 'obj' ? group.props.get('messageGroupId') : group;
        if (queue && !r.args.open && (id === undefined || isAbsent(id)) && (group === undefined || group.kind !== 'obj' || !group.open)) {
          ctx.report({ messageId: 'eventbridge', data: { queue: quotedName(queue) }, resource: r });
        }
      }
    }
  },
});
