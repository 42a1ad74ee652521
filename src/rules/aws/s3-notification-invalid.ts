import type { Resource } from '../../model/types.js';
import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { arg, items, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const BUCKET_NOTIFICATION = 'aws:s3/bucketNotification:BucketNotification';
const DESTINATIONS = ['lambdaFunctions', 'queues', 'topics'];

// The event types S3 accepts in a notification configuration (S3 user guide, "Supported event types").
const S3_EVENTS = new Set([
  's3:TestEvent',
  's3:ObjectCreated:*', 's3:ObjectCreated:Put', 's3:ObjectCreated:Post', 's3:ObjectCreated:Copy', 's3:ObjectCreated:CompleteMultipartUpload',
  's3:ObjectRemoved:*', 's3:ObjectRemoved:Delete', 's3:ObjectRemoved:DeleteMarkerCreated',
  's3:ObjectRestore:*', 's3:ObjectRestore:Post', 's3:ObjectRestore:Completed', 's3:ObjectRestore:Delete',
  's3:ReducedRedundancyLostObject',
  's3:Replication:*', 's3:Replication:OperationFailedReplication', 's3:Replication:OperationMissedThreshold',
  's3:Replication:OperationReplicatedAfterThreshold', 's3:Replication:OperationNotTracked',
  's3:LifecycleExpiration:*', 's3:LifecycleExpiration:Delete', 's3:LifecycleExpiration:DeleteMarkerCreated',
  's3:LifecycleTransition', 's3:IntelligentTiering',
  's3:ObjectTagging:*', 's3:ObjectTagging:Put', 's3:ObjectTagging:Delete',
  's3:ObjectAcl:Put',
]);
const byLower = new Map([...S3_EVENTS].map((e) => [e.toLowerCase(), e]));

/** The accepted spelling closest to a refused one: a case slip, or a family written without `:*`. */
function suggestion(event: string): string | undefined {
  const lower = event.toLowerCase();
  return byLower.get(lower) ?? byLower.get(`${lower}:*`) ?? byLower.get(`s3:${lower}`) ?? byLower.get(`s3:${lower}:*`);
}

function checkEvents(ctx: RuleContext, r: Resource): void {
  for (const key of DESTINATIONS) {
    for (const dest of items(arg(r, key))?.items ?? []) {
      if (dest.kind !== 'obj') continue;
      for (const e of items(dest.props.get('events'))?.items ?? []) {
        const event = str(e);
        if (event === undefined || S3_EVENTS.has(event)) continue;
        const close = suggestion(event);
        ctx.report({
          messageId: 'unknownEvent',
          data: { event, fix: close ? `Write \`${close}\`` : 'Use one of the S3 event types, such as `s3:ObjectCreated:*` or `s3:ObjectRemoved:*`' },
          at: e.at,
          resource: r,
        });
      }
    }
  }
}

export default defineRule({
  id: 'aws/s3-notification-invalid',
  class: 'EVENT-WIRING',
  severity: 'high',
  category: 'aws',
  resourceTypes: [BUCKET_NOTIFICATION],
  messages: {
    unknownEvent: 'S3 has no notification event `{{event}}`: it rejects the notification configuration ("The event is not supported for notifications") and the deployment fails. {{fix}}.',
    secondConfig: 'This is the second BucketNotification for bucket {{bucket}} (the other is {{other}}): each one replaces the bucket\'s whole notification configuration, so whichever is applied last wins and the other\'s destinations stop receiving events, changing on every update. Put all destinations of the bucket in one BucketNotification.',
  },
  title: {
    unknownEvent: 'S3 notification event {{event:code}} that S3 does not know',
    secondConfig: 'Second BucketNotification for bucket {{bucket}}',
  },
  fixHint: 'new aws.s3.BucketNotification("uploads", { bucket: bucket.id, lambdaFunctions: [{ lambdaFunctionArn: fn.arn, events: ["s3:ObjectCreated:*"] }], queues: [{ queueArn: queue.arn, events: ["s3:ObjectRemoved:*"] }] })',
  docs: {
    summary: 'S3 bucket notifications that S3 refuses or that undo each other: an event type S3 does not know, two BucketNotification resources for one bucket.',
    why: 'S3 validates every event type of a notification configuration and refuses the whole configuration for one unknown name (a family written without `:*`, a made-up event). A bucket has exactly one notification configuration, and a BucketNotification resource writes all of it: with two for the same bucket, the second overwrites the first, and every later update flips which destinations get events.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst bucket = new aws.s3.BucketV2('uploads');\nconst queue = new aws.sqs.Queue('uploads');\nnew aws.s3.BucketNotification('uploads', { bucket: bucket.id, queues: [{ queueArn: queue.arn, events: ['s3:ObjectCreated'] }] });\n`,
      py: `import pulumi_aws as aws\nbucket = aws.s3.BucketV2("uploads")\nqueue = aws.sqs.Queue("uploads")\naws.s3.BucketNotification("uploads", bucket=bucket.id, queues=[{"queue_arn": queue.arn, "events": ["s3:ObjectCreated"]}])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst bucket = new aws.s3.BucketV2('uploads');\nconst queue = new aws.sqs.Queue('uploads');\nnew aws.s3.BucketNotification('uploads', { bucket: bucket.id, queues: [{ queueArn: queue.arn, events: ['s3:ObjectCreated:*'] }] });\n`,
      py: `import pulumi_aws as aws\nbucket = aws.s3.BucketV2("uploads")\nqueue = aws.sqs.Queue("uploads")\naws.s3.BucketNotification("uploads", bucket=bucket.id, queues=[{"queue_arn": queue.arn, "events": ["s3:ObjectCreated:*"]}])\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-event-types-and-destinations.html',
      'https://www.pulumi.com/registry/packages/aws/api-docs/s3/bucketnotification/',
    ],
    notes: 'Two notifications count as one bucket\'s only when both name a bucket the program creates and neither is created conditionally, and they have different known logical names; events read from config are unknown.',
  },
  check(ctx) {
    const byBucket = new Map<Resource, Resource[]>();
    for (const r of ctx.resources()) {
      checkEvents(ctx, r);
      const bucket = referencedResource(ctx.model, arg(r, 'bucket'));
      if (!bucket || r.conditional) continue;
      byBucket.set(bucket, [...(byBucket.get(bucket) ?? []), r]);
    }
    for (const [bucket, all] of byBucket) {
      // The same logical name twice is one resource written twice (a file repeated in an answer, or a
      // URN collision that other rules report), not a second configuration.
      const seen = new Set<string>();
      const list = all.filter((r) => {
        const n = str(r.name);
        if (n === undefined || seen.has(n)) return false;
        seen.add(n);
        return true;
      });
      if (list.length < 2) continue;
      for (const r of list.slice(1)) {
        ctx.report({ messageId: 'secondConfig', severity: 'medium', data: { bucket: quotedName(bucket), other: quotedName(list[0]!) }, resource: r });
      }
    }
  },
});
