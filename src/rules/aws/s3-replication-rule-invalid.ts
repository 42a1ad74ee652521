import type { ObjV, Value } from '../../ir/values.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { BUCKET, BUCKET_V2, isReplicationConfig, replicationRulesOf } from '../_shared/s3-rules.js';
import { isAbsent, isObj, str } from '../_shared/values.js';
import { inFragment } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import type { Resource } from '../../model/types.js';
import { defineRule } from '../define-rule.js';

const BUCKETS = [BUCKET, BUCKET_V2];

export default defineRule({
  id: 'aws/s3-replication-rule-invalid',
  class: 'STORAGE-VERSIONING-LIFECYCLE',
  severity: 'high',
  category: 'aws',
  resourceTypes: [],
  messages: {
    v2WithoutFilter: 'Replication rule {{rule}} uses {{features}}, which exist only in the current replication schema, but it has no `filter`: S3 reads it as the legacy schema and rejects the configuration. Add `filter: {}` (or a prefix filter), `deleteMarkerReplication` and a `priority`.',
    noDeleteMarker: 'Replication rule {{rule}} has a `filter` but no `deleteMarkerReplication`: S3 requires it in the current schema ("DeleteMarkerReplication must be specified for this version of Cross Region Replication configuration schema"), so the deployment fails. Add `deleteMarkerReplication: { status: "Disabled" }` (or "Enabled").',
    rtcWithoutMetrics: 'Replication rule {{rule}} enables Replication Time Control without replication metrics: S3 requires `metrics` with status "Enabled" alongside `replicationTime`, so the deployment fails. Add `metrics: { status: "Enabled", eventThreshold: { minutes: 15 } }`.',
    priority: 'The replication configuration has {{count}} rules with filters but {{problem}}: S3 needs a distinct `priority` on every rule of the current schema to order them, so the deployment fails. Give each rule its own priority.',
    prefixAndFilter: 'Replication rule {{rule}} sets both the legacy `prefix` and a `filter`: S3 accepts one schema per rule and rejects the configuration. Move the prefix into `filter: { prefix }`.',
    filterAnd: 'The filter of replication rule {{rule}} sets `prefix` and `tag` side by side: a filter holds one condition, and several must be combined under `and`, so S3 rejects the configuration (MalformedXML). Use `filter: { and: { prefix, tags } }`.',
    destinationName: 'The replication destination is {{what}}, but S3 needs the destination bucket\'s ARN (`arn:aws:s3:::<name>`): the configuration is rejected ("Invalid bucket ARN"). Use `{{fix}}`.',
  },
  title: {
    v2WithoutFilter: 'Replication rule {{rule}} uses {{features}} without a filter',
    noDeleteMarker: 'Replication rule {{rule}} has a filter but no deleteMarkerReplication',
    rtcWithoutMetrics: 'Replication rule {{rule}} enables Replication Time Control without metrics',
    priority: '{{count}} filtered replication rules but {{problem:full}}',
    prefixAndFilter: 'Replication rule {{rule}} sets both a legacy prefix and a filter',
    filterAnd: 'Filter of replication rule {{rule}} sets prefix and tag without `and`',
    destinationName: 'Replication destination is {{what}}, not a bucket ARN',
  },
  fixHint: 'rules: [{ id: "all", status: "Enabled", priority: 1, filter: {}, deleteMarkerReplication: { status: "Enabled" }, destination: { bucket: replica.arn, replicationTime: { status: "Enabled", time: { minutes: 15 } }, metrics: { status: "Enabled", eventThreshold: { minutes: 15 } } } }].',
  docs: {
    summary: 'An S3 replication rule that S3 rejects: current-schema features (replication time, metrics, delete-marker replication) without a `filter`, a filter without `deleteMarkerReplication` or with prefix and tag outside `and`, Replication Time Control without metrics, several filtered rules without distinct priorities, both `prefix` and `filter`, or a destination given by name instead of ARN.',
    why: 'S3 has two replication schemas: the legacy one (rule-level `prefix`) and the current one (a `filter`, which then requires `deleteMarkerReplication` and, with several rules, `priority`). Replication Time Control, metrics and delete-marker replication exist only in the current schema, and RTC requires metrics. Generated replication configurations mix the two and add RTC to legacy rules, and PutBucketReplication rejects them, so the deployment fails and the bucket is not replicated.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst source = new aws.s3.Bucket('source');\nconst replica = new aws.s3.Bucket('replica');\nnew aws.s3.BucketReplicationConfig('replication', {\n  bucket: source.id,\n  role: 'arn:aws:iam::123456789012:role/replication',\n  rules: [{\n    id: 'all', status: 'Enabled',\n    destination: { bucket: replica.arn, replicationTime: { status: 'Enabled', time: { minutes: 15 } }, metrics: { status: 'Enabled', eventThreshold: { minutes: 15 } } },\n  }],\n});\n`,
      py: `import pulumi_aws as aws\nsource = aws.s3.Bucket("source")\nreplica = aws.s3.Bucket("replica")\naws.s3.BucketReplicationConfig("replication", bucket=source.id, role="arn:aws:iam::123456789012:role/replication",\n    rules=[{"id": "all", "status": "Enabled", "filter": {}, "destination": {"bucket": replica.arn}}])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst source = new aws.s3.Bucket('source');\nconst replica = new aws.s3.Bucket('replica');\nnew aws.s3.BucketReplicationConfig('replication', {\n  bucket: source.id,\n  role: 'arn:aws:iam::123456789012:role/replication',\n  rules: [{\n    id: 'all', status: 'Enabled', priority: 1, filter: {}, deleteMarkerReplication: { status: 'Enabled' },\n    destination: { bucket: replica.arn, replicationTime: { status: 'Enabled', time: { minutes: 15 } }, metrics: { status: 'Enabled', eventThreshold: { minutes: 15 } } },\n  }],\n});\n`,
      py: `import pulumi_aws as aws\nsource = aws.s3.Bucket("source")\nreplica = aws.s3.Bucket("replica")\naws.s3.BucketReplicationConfig("replication", bucket=source.id, role="arn:aws:iam::123456789012:role/replication",\n    rules=[{"id": "all", "status": "Enabled", "filter": {}, "delete_marker_replication": {"status": "Disabled"},\n        "destination": {"bucket": replica.arn}}])\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-add-config.html#replication-backward-compat-considerations',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-time-control.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/API/API_ReplicationRule.html',
    ],
    notes: 'Rules of `aws.s3.BucketReplicationConfig` written out in full are judged (the inline block of `aws.s3.Bucket` only for its destination and RTC metrics, since the provider completes its schema); keys built from unknown values keep the rule silent. Versioning on both buckets is lifecycle/versioning-disabled\'s finding.',
  },
  check(ctx) {
    for (const r of ctx.model.resources) {
      if (inFragment(ctx, r)) continue;
      const rules = replicationRulesOf(r).filter((x): x is ObjV => isObj(x) && !x.open);
      // The legacy inline block of aws.s3.Bucket has its own fields, and the provider completes them.
      const standalone = isReplicationConfig(r);
      for (const rule of rules) checkRule(ctx, r, rule, standalone);
      if (!standalone) continue;
      const filtered = rules.filter((x) => !isAbsent(x.props.get('filter')));
      if (filtered.length > 1) {
        const priorities = filtered.map((x) => x.props.get('priority'));
        if (priorities.some((p) => p !== undefined && !isAbsent(p) && p.kind !== 'known')) continue;
        const known = priorities.filter((p) => !isAbsent(p)).map((p) => String((p as { value: unknown }).value));
        const problem = known.length < filtered.length ? 'not all of them set `priority`' : new Set(known).size < known.length ? 'two of them share a priority' : undefined;
        if (problem) ctx.report({ messageId: 'priority', data: { count: filtered.length, problem }, at: filtered[1]!.at, resource: r });
      }
    }
  },
});

function checkRule(ctx: RuleContext, r: Resource, rule: ObjV, standalone: boolean): void {
  const name = str(rule.props.get('id'));
  const label = name ? `\`${name}\`` : '(without id)';
  const dest = rule.props.get('destination');
  const destination = isObj(dest) ? dest : undefined;
  const has = (o: ObjV | undefined, k: string) => !!o && !isAbsent(o.props.get(k));
  const features = [
    has(destination, 'replicationTime') ? '`replicationTime`' : undefined,
    has(destination, 'metrics') ? '`metrics`' : undefined,
    has(rule, 'deleteMarkerReplication') ? '`deleteMarkerReplication`' : undefined,
    has(rule, 'existingObjectReplication') ? '`existingObjectReplication`' : undefined,
  ].filter((x): x is string => !!x);
  const filter = has(rule, 'filter');
  // The legacy inline block of aws.s3.Bucket is judged only for its destination's shape.
  if (standalone && !filter && features.length > 0) {
    ctx.report({ messageId: 'v2WithoutFilter', data: { rule: label, features: features.join(' and ') }, at: rule.at, resource: r });
  } else if (standalone && filter && !has(rule, 'deleteMarkerReplication')) {
    ctx.report({ messageId: 'noDeleteMarker', data: { rule: label }, at: rule.props.get('filter')?.at ?? rule.at, resource: r });
  }
  const f = rule.props.get('filter');
  if (isObj(f) && has(f, 'prefix') && has(f, 'tag') && !has(f, 'and')) ctx.report({ messageId: 'filterAnd', data: { rule: label }, at: f.at ?? rule.at, resource: r });
  if (standalone && filter && has(rule, 'prefix')) ctx.report({ messageId: 'prefixAndFilter', data: { rule: label }, at: rule.props.get('prefix')!.at ?? rule.at, resource: r });
  if (destination && !destination.open) {
    const rtc = destination.props.get('replicationTime');
    const rtcOn = isObj(rtc) && str(rtc.props.get('status')) === 'Enabled';
    const metrics = destination.props.get('metrics');
    const metricsOn = isObj(metrics) ? str(metrics.props.get('status')) : undefined;
    if (rtcOn && (isAbsent(metrics) || metricsOn === 'Disabled')) ctx.report({ messageId: 'rtcWithoutMetrics', data: { rule: label }, at: rtc!.at, resource: r });
    const b = destination.props.get('bucket');
    const wrong = b && notArn(ctx, b);
    if (wrong) ctx.report({ messageId: 'destinationName', data: wrong, at: b!.at ?? destination.at, resource: r });
  }
}

function notArn(ctx: RuleContext, v: Value): { what: string; fix: string } | undefined {
  const s = str(v);
  if (s !== undefined) return s.startsWith('arn:') ? undefined : { what: `\`${s}\``, fix: `arn:aws:s3:::${s}` };
  const src = referencedResource(ctx.model, v);
  const attr = v.kind === 'output' ? v.attr : undefined;
  if (src && BUCKETS.includes(src.type) && (attr === 'id' || attr === 'bucket')) return { what: `the bucket's \`${attr}\` (its name)`, fix: 'bucket.arn' };
  return undefined;
}
