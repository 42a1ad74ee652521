import type { Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { bucketNamed, isBucket, objectOwnership } from '../_shared/s3-buckets.js';
import { arg, isAbsent } from '../_shared/values.js';
import { inFragment, programIsComplete } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const DISTRIBUTION = 'aws:cloudfront/distribution:Distribution';

/** Canned ACLs S3 still accepts when ACLs are disabled: they grant nothing beyond the owner. */
const OWNER_ONLY = new Set(['private', 'bucket-owner-full-control']);

/** A canned ACL written as text or as an `aws.s3.CannedAcl` member (`PublicRead` → `public-read`). */
function cannedAcl(v: Value | undefined): string | undefined {
  if (v?.kind === 'known' && typeof v.value === 'string') return v.value;
  const member = v?.kind === 'unknown' ? /^enum:aws\.s3\.CannedAcl\.(\w+)$/.exec(v.why)?.[1] : undefined;
  return member?.replace(/_/g, '').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

/** How the program sets ACLs on a bucket, if it does: the value and what it is. */
interface AclUse {
  bucket: Resource;
  consumer: Resource;
  at: Value['at'];
  what: string;
}

function aclUses(ctx: RuleContext): AclUse[] {
  const out: AclUse[] = [];
  for (const r of ctx.model.resources) {
    if (r.pkg !== 'aws' || r.module !== 's3') continue;
    const name = r.className.replace(/V2$/i, '');
    const acl = arg(r, 'acl');
    const canned = cannedAcl(acl);
    const grants = name === 'BucketAcl' ? arg(r, 'accessControlPolicy') : isBucket(r) ? arg(r, 'grants') : undefined;
    let what: string | undefined;
    let at = acl?.at;
    if (canned !== undefined && !OWNER_ONLY.has(canned)) what = `the canned ACL \`${canned}\``;
    else if (grants && !isAbsent(grants)) {
      what = 'ACL grants';
      at = grants.at;
    }
    if (!what) continue;
    const bucket = isBucket(r) ? r : name === 'BucketAcl' || name === 'BucketObject' ? bucketNamed(ctx.model, arg(r, 'bucket')) : undefined;
    if (bucket) out.push({ bucket, consumer: r, at, what });
  }
  return out;
}

/** Buckets that CloudFront standard logging writes to (`loggingConfig.bucket` is the bucket's domain name). */
function cloudfrontLogs(ctx: RuleContext): AclUse[] {
  const out: AclUse[] = [];
  for (const r of ctx.resources()) {
    if (r.type !== DISTRIBUTION) continue;
    const v = arg(r, 'loggingConfig.bucket');
    const bucket = referencedResource(ctx.model, v);
    if (bucket && isBucket(bucket)) out.push({ bucket, consumer: r, at: v?.at, what: 'CloudFront standard logging' });
  }
  return out;
}

/** Are ACLs disabled on the bucket? true: by an explicit BucketOwnerEnforced or by the default; undefined: cannot tell. */
function aclsDisabled(ctx: RuleContext, b: Resource, complete: boolean): { disabled: boolean; explicit: boolean } | undefined {
  const o = objectOwnership(ctx.model, b);
  if (o.unknown) return undefined;
  if (o.written) return o.setting === 'BucketOwnerEnforced' ? { disabled: true, explicit: true } : { disabled: false, explicit: true };
  // The default applies only when the program was seen whole and the bucket's own code is complete.
  if (!complete || inFragment(ctx, b)) return undefined;
  return { disabled: true, explicit: false };
}

export default defineRule({
  id: 'security/s3-acl-without-ownership-controls',
  class: 'S3-PUBLIC-ACCESS',
  severity: 'high',
  category: 'security',
  resourceTypes: [DISTRIBUTION],
  messages: {
    acl: '{{what}} is set on bucket {{bucket}}, whose ACLs are disabled ({{why}}): S3 rejects it with AccessControlListNotSupported and the deployment fails. Grant access with a bucket policy instead; if ACLs are really needed, add `aws.s3.BucketOwnershipControls` with `objectOwnership: "BucketOwnerPreferred"` (or "ObjectWriter") and make the ACL depend on it.',
    logging: 'CloudFront standard logging writes to bucket {{bucket}}, whose ACLs are disabled ({{why}}): CloudFront needs an ACL on the log bucket, so creating the distribution fails ("The S3 bucket that you specified for CloudFront logs does not enable ACL access"). Add `aws.s3.BucketOwnershipControls` with `objectOwnership: "BucketOwnerPreferred"` on the log bucket (the distribution depending on it), or use CloudFront logging v2 through CloudWatch Logs delivery.',
  },
  title: {
    acl: '{{what}} on bucket {{bucket}}, whose ACLs are disabled',
    logging: 'CloudFront logging to bucket {{bucket}}, whose ACLs are disabled',
  },
  fixHint: 'Use bucket policies instead of ACLs; where ACLs are required (CloudFront standard logs, legacy log delivery), create `aws.s3.BucketOwnershipControls` with `BucketOwnerPreferred` first.',
  docs: {
    summary: 'ACLs (canned ACLs other than private, grants, CloudFront standard logging) on buckets whose object ownership disables ACLs, by an explicit `BucketOwnerEnforced` or by the default of new buckets.',
    why: 'Since April 2023 every new bucket has S3 Object Ownership set to "bucket owner enforced", which disables ACLs: any request that sets an ACL other than the owner-only ones fails with AccessControlListNotSupported. Generated programs still copy older examples that set `acl: "public-read"` or `"log-delivery-write"`, or point CloudFront standard logging at a new bucket; all of them fail to deploy unless the program first sets `BucketOwnershipControls` to `BucketOwnerPreferred` or `ObjectWriter`.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst logs = new aws.s3.BucketV2('cdn-logs');\nconst site = new aws.s3.BucketV2('site');\nnew aws.cloudfront.Distribution('cdn', {\n  enabled: true,\n  origins: [{ originId: 's3', domainName: site.bucketRegionalDomainName }],\n  defaultCacheBehavior: { targetOriginId: 's3', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },\n  loggingConfig: { bucket: logs.bucketDomainName, prefix: 'cdn/' },\n  restrictions: { geoRestriction: { restrictionType: 'none' } },\n  viewerCertificate: { cloudfrontDefaultCertificate: true },\n});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nlogs = aws.s3.BucketV2("access-logs")\naws.s3.BucketAclV2("access-logs", bucket=logs.id, acl="log-delivery-write")\npulumi.export("logs", logs.bucket)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst logs = new aws.s3.BucketV2('cdn-logs');\nconst ownership = new aws.s3.BucketOwnershipControls('cdn-logs', { bucket: logs.id, rule: { objectOwnership: 'BucketOwnerPreferred' } });\nconst site = new aws.s3.BucketV2('site');\nnew aws.cloudfront.Distribution('cdn', {\n  enabled: true,\n  origins: [{ originId: 's3', domainName: site.bucketRegionalDomainName }],\n  defaultCacheBehavior: { targetOriginId: 's3', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },\n  loggingConfig: { bucket: logs.bucketDomainName, prefix: 'cdn/' },\n  restrictions: { geoRestriction: { restrictionType: 'none' } },\n  viewerCertificate: { cloudfrontDefaultCertificate: true },\n}, { dependsOn: [ownership] });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nlogs = aws.s3.BucketV2("access-logs")\nownership = aws.s3.BucketOwnershipControls("access-logs", bucket=logs.id,\n    rule={"object_ownership": "BucketOwnerPreferred"})\naws.s3.BucketAclV2("access-logs", bucket=logs.id, acl="log-delivery-write",\n    opts=pulumi.ResourceOptions(depends_on=[ownership]))\npulumi.export("logs", logs.bucket)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
      'https://aws.amazon.com/about-aws/whats-new/2022/12/amazon-s3-automatically-enable-block-public-access-disable-access-control-lists-buckets-april-2023/',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html#AccessLogsBucketAndFileOwnership',
    ],
    notes: 'The canned ACLs `private` and `bucket-owner-full-control` are not reported (they grant nothing beyond the owner). Without ownership controls the default (ACLs disabled) is assumed only when the whole program was seen; ownership controls whose setting or bucket cannot be resolved silence the rule for the buckets they may configure. Whether the public ACL is a good idea is security/s3-public-access\'s finding.',
  },
  check(ctx) {
    const complete = programIsComplete(ctx.model);
    for (const use of [...aclUses(ctx), ...cloudfrontLogs(ctx)]) {
      const state = aclsDisabled(ctx, use.bucket, complete);
      if (!state?.disabled) continue;
      const why = state.explicit ? 'its ownership controls set `BucketOwnerEnforced`' : 'it has no `BucketOwnershipControls`, and new buckets default to `BucketOwnerEnforced`';
      const logging = use.consumer.type === DISTRIBUTION;
      ctx.report({ messageId: logging ? 'logging' : 'acl', data: { what: capital(use.what), bucket: quotedName(use.bucket), why }, at: use.at, resource: use.consumer });
    }
  },
});

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
