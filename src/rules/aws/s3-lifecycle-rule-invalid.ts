import type { ObjV, Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { lifecycleRulesOf } from '../_shared/s3-rules.js';
import { bool, isAbsent, isObj, items, num, str } from '../_shared/values.js';
import { inFragment } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

/** Storage classes with a 30-day minimum before a lifecycle transition may move objects into them. */
const THIRTY_DAYS = new Set(['STANDARD_IA', 'ONEZONE_IA']);

export default defineRule({
  id: 'aws/s3-lifecycle-rule-invalid',
  class: 'STORAGE-VERSIONING-LIFECYCLE',
  severity: 'high',
  category: 'aws',
  resourceTypes: [],
  messages: {
    iaDays: 'Lifecycle rule {{rule}} moves {{what}} to {{cls}} after {{days}} days: S3 requires at least 30 days before a transition to {{cls}} ("\'Days\' in Transition action must be greater than or equal to 30"), so the deployment fails. Transition after 30 days or more, or go to INTELLIGENT_TIERING / GLACIER_IR instead.',
    filterAnd: 'The filter of lifecycle rule {{rule}} sets {{keys}} side by side: S3 accepts one condition per filter and wants several combined under `and`, so it rejects the configuration (MalformedXML). Wrap them in `and: { prefix, tags, ... }`.',
    abortWithTags: 'Lifecycle rule {{rule}} aborts incomplete multipart uploads but filters on object tags: uploads in progress have no tags, and S3 rejects the combination ("AbortIncompleteMultipartUpload cannot be specified with Tags"). Put the abort action in a rule filtered by prefix only.',
    deleteMarkerWithDays: 'The expiration of lifecycle rule {{rule}} sets `expiredObjectDeleteMarker` together with `days`/`date`: S3 rejects the combination, so the deployment fails. Move `expiredObjectDeleteMarker: true` into a rule of its own.',
  },
  title: {
    iaDays: 'Lifecycle rule {{rule}} moves {{what}} to {{cls}} after {{days}} days, under 30',
    filterAnd: 'Filter of lifecycle rule {{rule}} sets {{keys}} without `and`',
    abortWithTags: 'Lifecycle rule {{rule}} aborts multipart uploads but filters on tags',
    deleteMarkerWithDays: 'Lifecycle rule {{rule}} sets expiredObjectDeleteMarker with days or date',
  },
  fixHint: 'transitions: [{ days: 30, storageClass: "STANDARD_IA" }, { days: 90, storageClass: "GLACIER" }]; filter: { and: { prefix: "logs/", tags: { tier: "cold" } } }.',
  docs: {
    summary: 'An S3 lifecycle rule that S3 rejects: a transition to STANDARD_IA or ONEZONE_IA before 30 days, a filter with several conditions not under `and`, abort-incomplete-uploads with a tag filter, or an expiration combining `expiredObjectDeleteMarker` with days.',
    why: 'PutBucketLifecycleConfiguration validates every rule: infrequent-access classes accept objects only from day 30, a filter holds one condition unless they are combined under `and`, multipart-upload aborts cannot be filtered by tags, and the delete-marker clean-up cannot share an expiration with a day count. Generated retention policies often move logs to STANDARD_IA after 7 or 14 days or write `filter: { prefix, tag }`, and the whole bucket configuration fails to deploy.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst logs = new aws.s3.Bucket('logs');\nnew aws.s3.BucketLifecycleConfiguration('logs', {\n  bucket: logs.id,\n  rules: [{ id: 'archive', status: 'Enabled', filter: { prefix: 'app/' }, transitions: [{ days: 7, storageClass: 'STANDARD_IA' }] }],\n});\n`,
      py: `import pulumi_aws as aws\nlogs = aws.s3.Bucket("logs")\naws.s3.BucketLifecycleConfiguration("logs", bucket=logs.id, rules=[{"id": "cold", "status": "Enabled",\n    "filter": {"prefix": "app/", "tag": {"key": "tier", "value": "cold"}}, "expiration": {"days": 365}}])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst logs = new aws.s3.Bucket('logs');\nnew aws.s3.BucketLifecycleConfiguration('logs', {\n  bucket: logs.id,\n  rules: [{ id: 'archive', status: 'Enabled', filter: { prefix: 'app/' }, transitions: [{ days: 30, storageClass: 'STANDARD_IA' }] }],\n});\n`,
      py: `import pulumi_aws as aws\nlogs = aws.s3.Bucket("logs")\naws.s3.BucketLifecycleConfiguration("logs", bucket=logs.id, rules=[{"id": "cold", "status": "Enabled",\n    "filter": {"and": {"prefix": "app/", "tags": {"tier": "cold"}}}, "expiration": {"days": 365}}])\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-filters.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/API/API_LifecycleRule.html',
    ],
    notes: 'Rules of lifecycle configuration resources and of the inline `lifecycleRules` of buckets are read; only known day counts and storage classes are judged. Expirations earlier than transitions are lifecycle/versioning-disabled\'s finding.',
  },
  check(ctx) {
    for (const r of ctx.model.resources) {
      if (inFragment(ctx, r)) continue;
      for (const rule of lifecycleRulesOf(r)) if (isObj(rule)) checkRule(ctx, r, rule);
    }
  },
});

function checkRule(ctx: RuleContext, r: Resource, rule: ObjV): void {
  const name = str(rule.props.get('id'));
  const label = name ? `\`${name}\`` : '(without id)';
  for (const [key, what, daysKey] of [['transitions', 'objects', 'days'], ['noncurrentVersionTransitions', 'noncurrent versions', 'noncurrentDays'], ['noncurrentVersionTransition', 'noncurrent versions', 'days']] as const) {
    for (const t of items(rule.props.get(key))?.items ?? []) {
      if (!isObj(t)) continue;
      const cls = str(t.props.get('storageClass'));
      const dv = t.props.get(daysKey) ?? t.props.get('days');
      const days = num(dv);
      if (cls && THIRTY_DAYS.has(cls) && days !== undefined && days < 30) ctx.report({ messageId: 'iaDays', data: { rule: label, what, cls, days }, at: dv!.at ?? t.at, resource: r });
    }
  }
  const filter = rule.props.get('filter');
  const filters = items(filter)?.items.filter(isObj) ?? [];
  for (const f of filters) {
    const set = ['prefix', 'tag', 'tags', 'objectSizeGreaterThan', 'objectSizeLessThan'].filter((k) => !isAbsent(f.props.get(k)));
    if (set.length > 1 && isAbsent(f.props.get('and'))) {
      ctx.report({ messageId: 'filterAnd', data: { rule: label, keys: set.map((k) => `\`${k}\``).join(' and ') }, at: f.at ?? rule.at, resource: r });
    }
  }
  const andTags = (f: ObjV) => {
    const and = f.props.get('and');
    return isObj(and) && nonEmpty(and.props.get('tags'));
  };
  const tagged = filters.some((f) => !isAbsent(f.props.get('tag')) || nonEmpty(f.props.get('tags')) || andTags(f)) || nonEmpty(rule.props.get('tags'));
  const abort = [rule.props.get('abortIncompleteMultipartUpload'), rule.props.get('abortIncompleteMultipartUploadDays')].find((v) => !isAbsent(v));
  if (tagged && abort) ctx.report({ messageId: 'abortWithTags', data: { rule: label }, at: abort.at ?? rule.at, resource: r });
  for (const e of items(rule.props.get('expiration'))?.items ?? []) {
    if (!isObj(e)) continue;
    const marker = bool(e.props.get('expiredObjectDeleteMarker'));
    if (marker === true && (!isAbsent(e.props.get('days')) || !isAbsent(e.props.get('date')))) {
      ctx.report({ messageId: 'deleteMarkerWithDays', data: { rule: label }, at: e.props.get('expiredObjectDeleteMarker')!.at ?? e.at, resource: r });
    }
  }
}

/** A tag map with at least one entry. */
function nonEmpty(v: Value | undefined): boolean {
  return isObj(v) && v.props.size > 0;
}
