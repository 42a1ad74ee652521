import type { Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { isPublicPrincipal, parsePolicy, type PolicyEntry, type PolicyStatement } from '../_shared/iam-policy.js';
import { resourceRef } from '../_shared/labels.js';
import { bucketNamed, companionsOf, isBucket, isWebsiteBucket } from '../_shared/s3-buckets.js';
import { bool, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const ACL_TYPES = new Set([
  'aws:s3/bucket:Bucket',
  'aws:s3/bucketV2:BucketV2',
  'aws:s3/bucketAcl:BucketAcl',
  'aws:s3/bucketAclV2:BucketAclV2',
  'aws:s3/bucketObject:BucketObject',
  'aws:s3/bucketObjectv2:BucketObjectv2',
]);
const ACCESS_BLOCK_TYPES = new Set(['aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock', 'aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock']);
const POLICY_TYPES = new Set(['aws:s3/bucketPolicy:BucketPolicy', 'aws:s3/bucket:Bucket', 'aws:s3/bucketV2:BucketV2']);

const PUBLIC_ACLS: Record<string, 'critical' | 'high'> = { 'public-read-write': 'critical', 'public-read': 'high', 'authenticated-read': 'high' };
const ACCESS_BLOCK_FLAGS = ['blockPublicAcls', 'blockPublicPolicy', 'ignorePublicAcls', 'restrictPublicBuckets'];

/** A canned ACL written as text or as an `aws.s3.CannedAcl` member (`PublicRead` → `public-read`). */
function cannedAcl(v: Value | undefined): string | undefined {
  if (v?.kind === 'known' && typeof v.value === 'string') return v.value;
  const member = v?.kind === 'unknown' ? /^enum:aws\.s3\.CannedAcl\.(\w+)$/.exec(v.why)?.[1] : undefined;
  return member?.replace(/_/g, '').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

/** The bucket a resource configures (itself for a bucket), when the program creates it. */
function bucketOf(ctx: RuleContext, r: Resource): Resource | undefined {
  return isBucket(r) ? r : bucketNamed(ctx.model, r.args.props.get('bucket'));
}

/** A static website bucket: meant to be read by anyone, so read access for everyone is its purpose. */
function websiteBucket(ctx: RuleContext, r: Resource): boolean {
  const b = bucketOf(ctx, r);
  return !!b && isWebsiteBucket(ctx.model, b) === true;
}

const READ_ONLY = /^s3:(GetObject|GetObjectVersion)$/i;

function readOnly(st: PolicyStatement): boolean {
  return st.actions.entries.length > 0 && !st.actions.open && st.actions.entries.every((a) => a.text !== undefined && READ_ONLY.test(a.text));
}

function isPublic(st: PolicyStatement): boolean {
  return st.effect === 'Allow' && !st.hasCondition && st.principals.entries.some(isPublicPrincipal);
}

/** The object key pattern an S3 ARN ends with: `/releases/*` of `arn:aws:s3:::b/releases/*` or `${bucket.arn}/releases/*`. */
function keyPattern(e: PolicyEntry): string | undefined {
  if (e.text !== undefined) return /^arn:aws[\w-]*:s3:::[^/]*(\/.*)$/.exec(e.text)?.[1];
  if (e.value.kind !== 'str') return undefined;
  const tail: string[] = [];
  for (let i = e.value.parts.length - 1; i >= 0; i--) {
    const text = str(e.value.parts[i]);
    if (text === undefined) break;
    tail.unshift(text);
  }
  const text = tail.join('');
  return text.startsWith('/') ? text : undefined;
}

/** Read access to the objects under a named key prefix (`releases/*`), not to the whole bucket. */
function prefixScopedRead(st: PolicyStatement): boolean {
  const { entries, open } = st.resources;
  return readOnly(st) && entries.length > 0 && !open && entries.every((e) => /^\/[^*?]/.test(keyPattern(e) ?? ''));
}

/** Every public access block of the bucket keeps ACLs blocked: only its policy can open it. */
function aclsStayBlocked(ctx: RuleContext, b: Resource): boolean {
  const blocks = companionsOf(ctx.model, b, 'publicAccessBlock');
  if (blocks.unknown || blocks.found.length === 0) return false;
  return blocks.found.every((p) => bool(p.args.props.get('blockPublicAcls')) === true && bool(p.args.props.get('ignorePublicAcls')) === true);
}

/**
 * A bucket that publishes part of its objects on purpose: ACLs stay blocked, and every public statement
 * of its policies only reads objects under a named prefix (release downloads, public assets). Turning
 * off the policy flags of its public access block is what lets that policy work.
 */
function publishedOnPurpose(ctx: RuleContext, b: Resource): boolean {
  if (!aclsStayBlocked(ctx, b)) return false;
  const policies = companionsOf(ctx.model, b, 'policy');
  if (policies.unknown) return false;
  const docs = [...policies.found.map((p) => p.args.props.get('policy')), ...policies.inline].map(parsePolicy);
  if (docs.some((d) => d === undefined || d.open)) return false;
  const pub = docs.flatMap((d) => d!.statements).filter(isPublic);
  return pub.length > 0 && pub.every(prefixScopedRead);
}

function checkAcl(ctx: RuleContext, r: Resource): void {
  const v = r.args.props.get('acl');
  const acl = cannedAcl(v);
  const severity = acl !== undefined ? PUBLIC_ACLS[acl] : undefined;
  if (acl === 'public-read' && websiteBucket(ctx, r)) return;
  if (acl && severity) ctx.report({ messageId: 'acl', data: { resource: resourceRef(r, true), acl }, at: v?.at, resource: r, severity });
}

function checkAccessBlock(ctx: RuleContext, r: Resource): void {
  if (websiteBucket(ctx, r)) return;
  const bucket = bucketOf(ctx, r);
  if (bucket && publishedOnPurpose(ctx, bucket)) return;
  const off = ACCESS_BLOCK_FLAGS.filter((f) => bool(r.args.props.get(f)) === false);
  const first = off[0];
  if (first === undefined) return;
  ctx.report({ messageId: 'accessBlock', data: { flags: off.map((f) => `\`${f}\``).join(', ') }, at: r.args.props.get(first)?.at, resource: r });
}

function checkPolicy(ctx: RuleContext, r: Resource): void {
  const doc = parsePolicy(r.args.props.get('policy'));
  const website = websiteBucket(ctx, r);
  const bucket = bucketOf(ctx, r);
  for (const st of doc?.statements ?? []) {
    if (st.effect !== 'Allow' || st.hasCondition) continue;
    if (website && readOnly(st)) continue;
    if (bucket && prefixScopedRead(st) && aclsStayBlocked(ctx, bucket)) continue;
    const pub = st.principals.entries.find(isPublicPrincipal);
    if (pub) ctx.report({ messageId: 'policy', data: { resource: resourceRef(r) }, at: pub.entry.at, resource: r });
  }
}

export default defineRule({
  id: 'security/s3-public-access',
  class: 'S3-PUBLIC-ACCESS',
  severity: 'high',
  category: 'security',
  resourceTypes: [],
  messages: {
    acl: '{{resource}} sets the canned ACL `{{acl}}`, which opens the data to anyone on the internet (or, for authenticated-read, to any AWS account). Keep buckets private (`BucketOwnershipControls` with BucketOwnerEnforced, no ACL) and serve public content through CloudFront with origin access control.',
    accessBlock: 'S3 public access block turns off {{flags}}: the bucket can then be made public by an ACL or policy, by mistake or by an attacker. Set all four flags to true; serve public content through CloudFront instead.',
    policy: 'The policy of {{resource}} allows `Principal: "*"` without a condition: anyone on the internet can perform these actions on the bucket. Grant a specific principal (e.g. CloudFront with an `AWS:SourceArn` condition) instead.',
  },
  title: {
    acl: 'Public canned ACL {{acl:code}} on {{counted}}',
    accessBlock: 'Public access block turns off {{flags}}',
    policy: 'Bucket policy open to `Principal: "*"` without a condition ({{counted}})',
  },
  fixHint: 'Keep all four BucketPublicAccessBlock flags true, do not use public canned ACLs, and grant bucket access to named principals (CloudFront OAC with an `AWS:SourceArn` condition) rather than `*`.',
  docs: {
    summary: 'S3 buckets and objects made public: public canned ACLs, public access block flags set to false, bucket policies that allow `Principal: "*"` without a condition.',
    why: 'Public buckets are a leading cause of data leaks: with the block off or a public ACL, the data is one upload or policy away from anyone on the internet. AWS blocks public access by default for new buckets; turning a flag off or adding a public ACL/policy is an explicit decision that needs a reason. Static websites should be served through CloudFront with origin access control, which needs no public access.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst bucket = new aws.s3.BucketV2('assets');\nnew aws.s3.BucketPublicAccessBlock('assets', { bucket: bucket.id, blockPublicAcls: false, blockPublicPolicy: false, ignorePublicAcls: false, restrictPublicBuckets: false });\n`,
      py: `import pulumi_aws as aws\naws.s3.Bucket("assets", acl="public-read")\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst bucket = new aws.s3.BucketV2('assets');\nnew aws.s3.BucketPublicAccessBlock('assets', { bucket: bucket.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });\n`,
      py: `import pulumi_aws as aws\naws.s3.Bucket("assets", acl="private")\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html',
    ],
    notes: 'Severity: critical for `public-read-write`, high otherwise. Policy statements with any Condition (source ARN, VPC endpoint, IP range, TLS) are not reported. Static website buckets (inline `website` or a website configuration resource) are public by design: their `public-read` ACL, their public access block flags and public policy statements that only allow `s3:GetObject` are not reported (whether the block lets that policy through is security/s3-public-access-block-missing\'s finding). Buckets that publish part of their objects on purpose are not reported either: when every public access block of the bucket keeps `blockPublicAcls` and `ignorePublicAcls` true and every public statement of its policies only allows `s3:GetObject`/`s3:GetObjectVersion` on objects under a named key prefix (`${bucket.arn}/releases/*`, not `/*`), neither those statements nor the block\'s policy flags are reported. A public read of the whole bucket, or with ACLs unblocked, still is. Missing public access blocks are not reported here.',
  },
  check(ctx) {
    for (const r of ctx.model.resources) {
      if (ACL_TYPES.has(r.type)) checkAcl(ctx, r);
      if (ACCESS_BLOCK_TYPES.has(r.type)) checkAccessBlock(ctx, r);
      if (POLICY_TYPES.has(r.type)) checkPolicy(ctx, r);
    }
  },
});
