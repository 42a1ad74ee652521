import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { policyStructure } from '../_shared/iam-policy.js';
import { resourceLabel } from '../_shared/labels.js';
import { refersTo, resourceById } from '../_shared/resource-refs.js';
import { arg, bool, isObj, items, str } from '../_shared/values.js';
import { programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const EVENT_RULE = 'aws:cloudwatch/eventRule:EventRule';
const BUCKETS = new Set(['aws:s3/bucket:Bucket', 'aws:s3/bucketV2:BucketV2']);
const BUCKET_NOTIFICATION = 'aws:s3/bucketNotification:BucketNotification';

/** The program's buckets named in a pattern's `detail.bucket.name`. */
function bucketsOf(model: ResourceModel, pattern: Value): Resource[] {
  const detail = isObj(pattern) ? pattern.props.get('detail') : undefined;
  const bucket = isObj(detail) ? detail.props.get('bucket') : undefined;
  const names = isObj(bucket) ? bucket.props.get('name') : undefined;
  const out: Resource[] = [];
  for (const v of items(names)?.items ?? []) {
    const id = v.kind === 'output' ? v.resource : v.kind === 'unknown' ? v.ref?.resource : undefined;
    const r = resourceById(model, id);
    if (r && BUCKETS.has(r.type)) out.push(r);
  }
  return out;
}

/** Does the bucket send its events to EventBridge ('unknown' when a notification's bucket is not resolved)? */
function sendsToEventBridge(model: ResourceModel, bucket: Resource): 'yes' | 'no' | 'unknown' {
  let unsure = false;
  for (const n of model.resources) {
    if (n.type !== BUCKET_NOTIFICATION) continue;
    const to = refersTo(model, arg(n, 'bucket'), bucket);
    if (to === 'no') continue;
    const on = bool(arg(n, 'eventbridge'));
    if (to === 'yes' && on === true) return 'yes';
    if (on !== false || to === 'unknown') unsure = true;
  }
  return unsure ? 'unknown' : 'no';
}

export default defineRule({
  id: 'aws/s3-event-rule-without-eventbridge',
  class: 'EVENT-WIRING',
  severity: 'high',
  category: 'aws',
  resourceTypes: [EVENT_RULE],
  messages: {
    off: 'This EventBridge rule matches S3 events of {{bucket}}, but the bucket never sends its events to EventBridge: that is off by default and only an `aws.s3.BucketNotification` with `eventbridge: true` turns it on, so the rule never fires. Add `new aws.s3.BucketNotification(..., { bucket: bucket.id, eventbridge: true })`.',
  },
  title: 'EventBridge rule for S3 events of {{bucket}}, which sends none to EventBridge',
  fixHint: 'new aws.s3.BucketNotification("uploads-events", { bucket: bucket.id, eventbridge: true }) / aws.s3.BucketNotification("uploads-events", bucket=bucket.id, eventbridge=True)',
  docs: {
    summary: 'An EventBridge rule for S3 object events of a bucket whose EventBridge notifications are never turned on.',
    why: 'S3 publishes object events (`Object Created`, `Object Deleted`, …) to EventBridge only for buckets that enable it through their notification configuration (`eventbridge: true`). A rule matching `source: ["aws.s3"]` for such a bucket deploys fine and never matches anything. Generated event-driven stacks often write the rule and the targets but not the switch on the bucket.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst bucket = new aws.s3.BucketV2('uploads');\nnew aws.cloudwatch.EventRule('uploaded', { eventPattern: pulumi.jsonStringify({ source: ['aws.s3'], 'detail-type': ['Object Created'], detail: { bucket: { name: [bucket.bucket] } } }) });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("uploads")\naws.cloudwatch.EventRule("uploaded", event_pattern=pulumi.Output.json_dumps({"source": ["aws.s3"], "detail-type": ["Object Created"], "detail": {"bucket": {"name": [bucket.bucket]}}}))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst bucket = new aws.s3.BucketV2('uploads');\nnew aws.s3.BucketNotification('uploads', { bucket: bucket.id, eventbridge: true });\nnew aws.cloudwatch.EventRule('uploaded', { eventPattern: pulumi.jsonStringify({ source: ['aws.s3'], 'detail-type': ['Object Created'], detail: { bucket: { name: [bucket.bucket] } } }) });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("uploads")\naws.s3.BucketNotification("uploads", bucket=bucket.id, eventbridge=True)\naws.cloudwatch.EventRule("uploaded", event_pattern=pulumi.Output.json_dumps({"source": ["aws.s3"], "detail-type": ["Object Created"], "detail": {"bucket": {"name": [bucket.bucket]}}}))\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventBridge.html',
      'https://www.pulumi.com/registry/packages/aws/api-docs/s3/bucketnotification/',
    ],
    notes: 'Only rules whose pattern names a bucket of the program (`detail.bucket.name`) with `source` `aws.s3` are judged, and only when the whole program was read; CloudTrail-based S3 patterns (`AWS API Call via CloudTrail`) do not need the switch and are not reported.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    for (const r of ctx.resources()) {
      const pattern = policyStructure(r.args.props.get('eventPattern'));
      if (!isObj(pattern)) continue;
      const sources = items(pattern.props.get('source'))?.items.map(str) ?? [];
      if (!sources.includes('aws.s3')) continue;
      const types = items(pattern.props.get('detail-type'))?.items.map(str) ?? [];
      if (types.some((t) => t === undefined || /cloudtrail/i.test(t))) continue;
      for (const b of bucketsOf(ctx.model, pattern)) {
        if (sendsToEventBridge(ctx.model, b) === 'no') ctx.report({ messageId: 'off', data: { bucket: resourceLabel(b) }, resource: r });
      }
    }
  },
});
