import { describe, type At, type Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import type { RuleContext } from '../context.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { isReplicationConfig } from '../_shared/s3-rules.js';
import { arg, bool, definitelyAbsent, items, keySpan, num, str } from '../_shared/values.js';
import { inFragment } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const BUCKET = 'aws:s3/bucket:Bucket';
const BUCKET_V2 = 'aws:s3/bucketV2:BucketV2';
const BUCKETS = [BUCKET, BUCKET_V2];
const VERSIONING = ['aws:s3/bucketVersioningV2:BucketVersioningV2', 'aws:s3/bucketVersioning:BucketVersioning'];
const LIFECYCLE = ['aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2', 'aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration'];

const S3_ARN = /^arn:aws[\w-]*:s3:::/;
type Ref = 'yes' | 'no' | 'unknown';

/** Does an argument (`bucket.id`, a bucket name, an `arn:aws:s3:::name` ARN) name bucket `b`? */
function namesBucket(model: ResourceModel, v: Value | undefined, b: Resource): Ref {
  if (!v) return 'no';
  const r = referencedResource(model, v);
  if (r) return r.id === b.id ? 'yes' : 'no';
  if (!b.argsKnown) return 'unknown';
  const name = arg(b, 'bucket');
  const text = str(v)?.replace(S3_ARN, '');
  if (text !== undefined) {
    if (!name) return definitelyAbsent(b, 'bucket') ? 'no' : 'unknown'; // auto-named: `<logical>-<random>`
    const own = str(name);
    return own === undefined ? 'unknown' : own === text ? 'yes' : 'no';
  }
  if (name && v.kind === 'str' && describe(withoutArn(v)) === describe(name)) return 'yes';
  return 'unknown';
}

function withoutArn(v: Value): Value {
  if (v.kind !== 'str') return v;
  const [head, ...rest] = v.parts;
  if (head?.kind !== 'known' || !S3_ARN.test(String(head.value))) return v;
  const stripped = String(head.value).replace(S3_ARN, '');
  return { kind: 'str', parts: stripped ? [{ kind: 'known', value: stripped }, ...rest] : rest };
}

type Versioning = 'enabled' | 'off' | 'unknown';

/** The versioning state of a bucket, from its inline block and every versioning resource. */
function versioningOf(ctx: RuleContext, b: Resource): Versioning {
  if (!b.argsKnown || inFragment(ctx, b)) return 'unknown';
  const states: Versioning[] = [];
  const inline = b.type === BUCKET ? arg(b, 'versioning') : items(arg(b, 'versionings'))?.items[0];
  if (inline) states.push(inlineState(inline));
  else if (!definitelyAbsent(b, b.type === BUCKET ? 'versioning' : 'versionings')) states.push('unknown');
  for (const v of ctx.model.resources.filter((r) => VERSIONING.includes(r.type))) {
    const ref = v.argsKnown ? namesBucket(ctx.model, arg(v, 'bucket'), b) : 'unknown';
    if (ref === 'unknown') states.push('unknown');
    else if (ref === 'yes') states.push(statusState(arg(v, 'versioningConfiguration.status')));
  }
  if (states.includes('enabled')) return 'enabled';
  return states.includes('unknown') ? 'unknown' : 'off';
}

function inlineState(block: Value): Versioning {
  const enabled = block.kind === 'obj' ? bool(block.props.get('enabled')) : undefined;
  return enabled === true ? 'enabled' : enabled === false || (block.kind === 'obj' && !block.open && !block.props.has('enabled')) ? 'off' : 'unknown';
}

function statusState(status: Value | undefined): Versioning {
  const s = str(status);
  return s === 'Enabled' ? 'enabled' : s === undefined ? 'unknown' : 'off';
}

// ------------------------------------------------------------------ explicitly disabled

function checkExplicitOff(ctx: RuleContext, r: Resource): void {
  if (BUCKETS.includes(r.type)) {
    const block = r.type === BUCKET ? arg(r, 'versioning') : items(arg(r, 'versionings'))?.items[0];
    const enabled = block?.kind === 'obj' ? block.props.get('enabled') : undefined;
    if (enabled && bool(enabled) === false) reportOff(ctx, r, '`versioning.enabled: false`', enabled.at ?? keySpan(block, 'enabled'));
    return;
  }
  const status = arg(r, 'versioningConfiguration.status');
  const s = str(status);
  if (s === 'Suspended' || s === 'Disabled') reportOff(ctx, r, `status \`${s}\``, status?.at);
}

function reportOff(ctx: RuleContext, r: Resource, what: string, at: At | undefined): void {
  ctx.report({ messageId: 'versioningOff', data: { what }, at, resource: r, severity: 'low' });
}

// ------------------------------------------------------------------ replication

interface Replication {
  owner: Resource;
  /** The source bucket: named by an argument of a replication resource, or the bucket itself. */
  source: { ref: Value | undefined } | { self: Resource };
  destinations: Value[];
}

function replications(ctx: RuleContext): Replication[] {
  const out: Replication[] = [];
  for (const r of ctx.model.resources) {
    if (!r.argsKnown) continue;
    if (isReplicationConfig(r)) out.push({ owner: r, source: { ref: arg(r, 'bucket') }, destinations: destinationsOf(arg(r, 'rules')) });
    else if (r.type === BUCKET) {
      const cfg = arg(r, 'replicationConfiguration');
      if (cfg?.kind === 'obj') out.push({ owner: r, source: { self: r }, destinations: destinationsOf(cfg.props.get('rules')) });
    } else if (r.type === BUCKET_V2) {
      for (const cfg of items(arg(r, 'replicationConfigurations'))?.items ?? []) {
        if (cfg.kind === 'obj') out.push({ owner: r, source: { self: r }, destinations: destinationsOf(cfg.props.get('rules')) });
      }
    }
  }
  return out;
}

function destinationsOf(rules: Value | undefined): Value[] {
  const out: Value[] = [];
  for (const rule of items(rules)?.items ?? []) {
    for (const dest of items(rule.kind === 'obj' ? rule.props.get('destination') : undefined)?.items ?? []) {
      const bucket = dest.kind === 'obj' ? dest.props.get('bucket') : undefined;
      if (bucket) out.push(bucket);
    }
  }
  return out;
}

/** The program's bucket an argument names, when exactly one does and none might. */
function bucketNamed(ctx: RuleContext, v: Value, buckets: Resource[]): Resource | undefined {
  const refs = buckets.map((b) => ({ b, ref: namesBucket(ctx.model, v, b) }));
  const yes = refs.filter((x) => x.ref === 'yes');
  return yes.length === 1 && !refs.some((x) => x.ref === 'unknown') ? yes[0]!.b : undefined;
}

function checkReplication(ctx: RuleContext, rep: Replication, buckets: Resource[]): void {
  const sides: { role: string; bucket: Resource; at: At | undefined }[] = [];
  if ('self' in rep.source) sides.push({ role: 'source', bucket: rep.source.self, at: undefined });
  else {
    const ref = rep.source.ref;
    const source = ref ? bucketNamed(ctx, ref, buckets) : undefined;
    if (source) sides.push({ role: 'source', bucket: source, at: ref?.at });
  }
  for (const d of rep.destinations) {
    const dest = bucketNamed(ctx, d, buckets);
    if (dest) sides.push({ role: 'destination', bucket: dest, at: d.at });
  }
  for (const side of sides) {
    if (versioningOf(ctx, side.bucket) !== 'off') continue;
    ctx.report({ messageId: 'replicationUnversioned', data: { role: side.role, bucket: describe(side.bucket.name) }, at: side.at, resource: rep.owner });
  }
}

// ------------------------------------------------------------------ lifecycle rules

/** Days of a lifecycle action (`days`, or `noncurrentDays` for noncurrent-version actions). */
function daysOf(action: Value): { days: number; at: At | undefined } | undefined {
  if (action.kind !== 'obj') return undefined;
  const v = action.props.get('noncurrentDays') ?? action.props.get('days');
  const days = num(v);
  return days === undefined ? undefined : { days, at: v?.at };
}

function lifecycleRules(r: Resource): Value[] {
  const key = LIFECYCLE.includes(r.type) ? 'rules' : 'lifecycleRules';
  return items(arg(r, key))?.items ?? [];
}

function checkLifecycleRule(ctx: RuleContext, r: Resource, rule: Value): void {
  if (rule.kind !== 'obj') return;
  const pairs: [string[], string, string][] = [
    [['expiration', 'expirations'], 'transitions', 'Expiration'],
    [['noncurrentVersionExpiration', 'noncurrentVersionExpirations'], 'noncurrentVersionTransitions', 'NoncurrentVersionExpiration'],
  ];
  for (const [expKeys, transKey, label] of pairs) {
    const exp = expKeys.map((k) => rule.props.get(k)).find((v) => v !== undefined);
    const expiry = exp ? items(exp)?.items.map(daysOf).find((d) => d !== undefined) : undefined;
    if (!expiry) continue;
    const latest = Math.max(...(items(rule.props.get(transKey))?.items ?? []).map((t) => daysOf(t)?.days ?? -1));
    if (latest >= expiry.days) ctx.report({ messageId: 'lifecycleOrder', data: { action: label, expiry: expiry.days, transition: latest }, at: expiry.at, resource: r });
  }
}

export default defineRule({
  id: 'lifecycle/versioning-disabled',
  class: 'STORAGE-VERSIONING-LIFECYCLE',
  severity: 'high',
  category: 'lifecycle',
  resourceTypes: [...BUCKETS, ...VERSIONING, 'aws:s3/bucketReplicationConfig:BucketReplicationConfig', ...LIFECYCLE],
  messages: {
    versioningOff: 'S3 versioning is switched off here ({{what}}): an overwrite or delete destroys the only copy of an object. Enable versioning (with a lifecycle rule that expires noncurrent versions to bound the cost).',
    replicationUnversioned: 'S3 replication needs versioning enabled on both buckets, but the {{role}} bucket {{bucket}} has none, so AWS rejects the replication configuration and the deployment fails. Enable versioning on it (BucketVersioningV2 with status "Enabled") and make the replication depend on both versioning resources.',
    lifecycleOrder: 'Lifecycle rule expires objects after {{expiry}} days but transitions them after {{transition}} days; S3 requires the {{action}} days to be greater than every transition\'s and rejects the configuration. Expire after the last transition, or drop the transition.',
  },
  title: {
    versioningOff: 'S3 object versioning switched off on {{counted}}',
    replicationUnversioned: 'Replication {{role}} bucket {{bucket}} without versioning',
    lifecycleOrder: 'Lifecycle rule expires objects after {{expiry}} days, before the transition after {{transition}}',
  },
  fixHint: 'Enable versioning (BucketVersioningV2 `status: "Enabled"`) on every bucket used by replication, and keep lifecycle expiration later than every transition.',
  docs: {
    summary: 'S3 versioning switched off, replication to or from a bucket without versioning, and lifecycle rules whose expiration comes before their transitions.',
    why: 'Versioning is what makes an overwritten or deleted object recoverable, and S3 replication refuses to work without it: PutBucketReplication fails unless both the source and the destination bucket have versioning enabled, so a program that sets up replication without it does not deploy. Likewise S3 rejects a lifecycle rule whose expiration is not later than its transitions ("\'Days\' in the Expiration action must be greater than \'Days\' in the Transition action"). Explicitly suspended or disabled versioning is reported at low severity: it can be a deliberate choice for scratch data, but on buckets that hold state one bad write or delete loses the data for good.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst source = new aws.s3.BucketV2('source');\nconst replica = new aws.s3.BucketV2('replica');\nnew aws.s3.BucketVersioningV2('source-versioning', { bucket: source.id, versioningConfiguration: { status: 'Enabled' } });\nnew aws.s3.BucketReplicationConfig('replication', {\n  bucket: source.id,\n  role: 'arn:aws:iam::123456789012:role/replication',\n  rules: [{ id: 'all', status: 'Enabled', destination: { bucket: replica.arn } }],\n});\nexport const buckets = [source.id, replica.id];\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nlogs = aws.s3.BucketV2("logs")\naws.s3.BucketLifecycleConfigurationV2("logs-lifecycle", bucket=logs.id, rules=[{\n    "id": "archive", "status": "Enabled",\n    "transitions": [{"days": 90, "storage_class": "GLACIER"}],\n    "expiration": {"days": 30},\n}])\npulumi.export("bucket", logs.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst source = new aws.s3.BucketV2('source');\nconst replica = new aws.s3.BucketV2('replica');\nconst sv = new aws.s3.BucketVersioningV2('source-versioning', { bucket: source.id, versioningConfiguration: { status: 'Enabled' } });\nconst rv = new aws.s3.BucketVersioningV2('replica-versioning', { bucket: replica.id, versioningConfiguration: { status: 'Enabled' } });\nnew aws.s3.BucketReplicationConfig('replication', {\n  bucket: source.id,\n  role: 'arn:aws:iam::123456789012:role/replication',\n  rules: [{ id: 'all', status: 'Enabled', destination: { bucket: replica.arn } }],\n}, { dependsOn: [sv, rv] });\nexport const buckets = [source.id, replica.id];\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nlogs = aws.s3.BucketV2("logs")\naws.s3.BucketLifecycleConfigurationV2("logs-lifecycle", bucket=logs.id, rules=[{\n    "id": "archive", "status": "Enabled",\n    "transitions": [{"days": 30, "storage_class": "GLACIER"}],\n    "expiration": {"days": 365},\n}])\npulumi.export("bucket", logs.id)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-requirements.html ("Both source and destination buckets must have versioning enabled")',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
      'node_modules/@pulumi/aws/types/input.d.ts: s3 BucketVersioningV2VersioningConfiguration status "Enabled, Suspended, or Disabled"',
    ],
    notes: 'A bucket counts as unversioned only when no inline block and no BucketVersioning resource enables it and none might (a versioning resource whose bucket cannot be resolved keeps the rule silent). Replication destinations outside the program (an ARN of another account\'s bucket) are not checked. ECR tag mutability and lifecycle requirements stated in the request are out of scope.',
  },
  check(ctx) {
    const buckets = ctx.model.resources.filter((r) => BUCKETS.includes(r.type));
    for (const r of ctx.resources()) {
      if (BUCKETS.includes(r.type) || VERSIONING.includes(r.type)) checkExplicitOff(ctx, r);
      if (BUCKETS.includes(r.type) || LIFECYCLE.includes(r.type)) for (const rule of lifecycleRules(r)) checkLifecycleRule(ctx, r, rule);
    }
    for (const rep of replications(ctx)) checkReplication(ctx, rep, buckets);
  },
});
