import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { parsePolicy } from '../_shared/iam-policy.js';
import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { companionsOf, isBucket, namesBucket } from '../_shared/s3-buckets.js';
import { arg, isAbsent, items, str } from '../_shared/values.js';
import { inFragment, programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const DISTRIBUTION = 'aws:cloudfront/distribution:Distribution';
const OAI = 'aws:cloudfront/originAccessIdentity:OriginAccessIdentity';

/** `<bucket>.s3.amazonaws.com`, `<bucket>.s3.<region>.amazonaws.com`, `<bucket>.s3-<region>.amazonaws.com`. */
const S3_DOMAIN = /\.s3([.-][a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/;

/** The program bucket an origin's `domainName` points at: a bucket attribute, or a built `<name>.s3...` domain. */
function originBucket(model: ResourceModel, v: Value | undefined): Resource | undefined {
  const ref = referencedResource(model, v);
  if (ref) return isBucket(ref) && /DomainName$/.test(v?.kind === 'output' ? (v.attr ?? '') : '') ? ref : undefined;
  if (!v) return undefined;
  let name: Value | undefined;
  if (v.kind === 'known' && typeof v.value === 'string' && S3_DOMAIN.test(v.value)) name = { kind: 'known', value: v.value.replace(S3_DOMAIN, '') };
  else if (v.kind === 'str') {
    const last = v.parts[v.parts.length - 1];
    if (last?.kind === 'known' && typeof last.value === 'string' && S3_DOMAIN.test(last.value)) {
      const stripped = last.value.replace(S3_DOMAIN, '');
      name = { kind: 'str', parts: [...v.parts.slice(0, -1), ...(stripped ? [{ kind: 'known' as const, value: stripped }] : [])] };
    }
  }
  if (!name) return undefined;
  const hits = model.resources.filter((b) => isBucket(b) && namesBucket(model, name, b) === 'yes');
  return hits.length === 1 ? hits[0] : undefined;
}

type Reader = { kind: 'oai' | 'oac' };

/** How CloudFront reads the origin: through an origin access identity or an origin access control. */
function readerOf(origin: Value): Reader | undefined {
  if (origin.kind !== 'obj') return undefined;
  const oac = origin.props.get('originAccessControlId');
  if (oac && !isAbsent(oac) && str(oac) !== '') return { kind: 'oac' };
  const s3 = origin.props.get('s3OriginConfig');
  const oai = s3?.kind === 'obj' ? s3.props.get('originAccessIdentity') : undefined;
  return !oai || isAbsent(oai) || str(oai) === '' ? undefined : { kind: 'oai' };
}

/** true: some Allow statement lets the reader in; false: none does; undefined: cannot tell. */
function grants(model: ResourceModel, docs: Value[], reader: Reader): boolean | undefined {
  let unknown = false;
  for (const v of docs) {
    const doc = parsePolicy(v);
    if (!doc || doc.open) return undefined;
    for (const st of doc.statements) {
      if (st.effect !== 'Allow') {
        unknown ||= st.effect === undefined;
        continue;
      }
      if (st.principals.open) unknown = true;
      for (const p of st.principals.entries) {
        if (p.entry.text === '*') return true;
        if (reader.kind === 'oac' && p.type === 'Service') {
          if (p.entry.text === undefined) unknown = true;
          else if (p.entry.text === 'cloudfront.amazonaws.com') return true;
        }
        if (reader.kind === 'oai' && (p.type === 'AWS' || p.type === 'CanonicalUser')) {
          const ref = referencedResource(model, p.entry.value);
          if (ref?.type === OAI) return true;
          if (p.entry.text === undefined && !ref) unknown = true;
          else if (p.entry.text && /CloudFront Origin Access Identity|^[0-9a-f]{64}$/i.test(p.entry.text)) return true;
        }
      }
    }
  }
  return unknown ? undefined : false;
}

export default defineRule({
  id: 'security/s3-origin-access-not-granted',
  class: 'S3-BUCKET-POLICY',
  severity: 'high',
  category: 'security',
  resourceTypes: [DISTRIBUTION],
  messages: {
    noPolicy: 'CloudFront reads bucket {{bucket}} through an {{reader}}, but the bucket has no bucket policy: the private bucket answers CloudFront with 403 AccessDenied, so the distribution serves errors instead of content. Add an `aws.s3.BucketPolicy` allowing {{principal}} `s3:GetObject` on the bucket\'s objects{{condition}}.',
    notGranted: 'CloudFront reads bucket {{bucket}} through an {{reader}}, but no statement of the bucket policy allows {{principal}}: CloudFront gets 403 AccessDenied for every object. Add a statement allowing it `s3:GetObject` on the bucket\'s objects{{condition}}.',
  },
  title: {
    noPolicy: 'CloudFront origin bucket {{bucket}} without a bucket policy',
    notGranted: 'Policy of origin bucket {{bucket}} does not grant CloudFront ({{principal}})',
  },
  fixHint: 'Give the origin bucket a policy for the CloudFront reader: `Service: cloudfront.amazonaws.com` with an `AWS:SourceArn` condition for origin access control, or the identity\'s `iamArn` for an origin access identity.',
  docs: {
    summary: 'S3 origins that CloudFront reads through an origin access identity or origin access control, whose bucket policy does not let that reader in.',
    why: 'An origin access identity or control only identifies CloudFront to S3; the bucket policy must grant it `s3:GetObject`. Without that grant the private bucket refuses CloudFront and every request returns 403. The deployment succeeds, so the broken site is found only when someone opens it.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst site = new aws.s3.BucketV2('site');\nconst oac = new aws.cloudfront.OriginAccessControl('site', { originAccessControlOriginType: 's3', signingBehavior: 'always', signingProtocol: 'sigv4' });\nnew aws.cloudfront.Distribution('cdn', {\n  enabled: true,\n  origins: [{ originId: 's3', domainName: site.bucketRegionalDomainName, originAccessControlId: oac.id }],\n  defaultCacheBehavior: { targetOriginId: 's3', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },\n  restrictions: { geoRestriction: { restrictionType: 'none' } },\n  viewerCertificate: { cloudfrontDefaultCertificate: true },\n});\n`,
      py: `import pulumi_aws as aws\nsite = aws.s3.BucketV2("site")\noai = aws.cloudfront.OriginAccessIdentity("site")\naws.cloudfront.Distribution("cdn", enabled=True,\n    origins=[{"origin_id": "s3", "domain_name": site.bucket_regional_domain_name,\n              "s3_origin_config": {"origin_access_identity": oai.cloudfront_access_identity_path}}],\n    default_cache_behavior={"target_origin_id": "s3", "viewer_protocol_policy": "redirect-to-https",\n        "allowed_methods": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"], "cache_policy_id": "658327ea-f89d-4fab-a63d-7e88639e58f6"},\n    restrictions={"geo_restriction": {"restriction_type": "none"}},\n    viewer_certificate={"cloudfront_default_certificate": True})\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst site = new aws.s3.BucketV2('site');\nconst oac = new aws.cloudfront.OriginAccessControl('site', { originAccessControlOriginType: 's3', signingBehavior: 'always', signingProtocol: 'sigv4' });\nconst cdn = new aws.cloudfront.Distribution('cdn', {\n  enabled: true,\n  origins: [{ originId: 's3', domainName: site.bucketRegionalDomainName, originAccessControlId: oac.id }],\n  defaultCacheBehavior: { targetOriginId: 's3', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },\n  restrictions: { geoRestriction: { restrictionType: 'none' } },\n  viewerCertificate: { cloudfrontDefaultCertificate: true },\n});\nnew aws.s3.BucketPolicy('site', {\n  bucket: site.id,\n  policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject', Resource: pulumi.interpolate\`\${site.arn}/*\`, Condition: { StringEquals: { 'AWS:SourceArn': cdn.arn } } }] }),\n});\n`,
      py: `import json\nimport pulumi_aws as aws\nsite = aws.s3.BucketV2("site")\noai = aws.cloudfront.OriginAccessIdentity("site")\naws.s3.BucketPolicy("site", bucket=site.id, policy=oai.iam_arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [\n    {"Effect": "Allow", "Principal": {"AWS": arn}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::site/*"}]})))\naws.cloudfront.Distribution("cdn", enabled=True,\n    origins=[{"origin_id": "s3", "domain_name": site.bucket_regional_domain_name,\n              "s3_origin_config": {"origin_access_identity": oai.cloudfront_access_identity_path}}],\n    default_cache_behavior={"target_origin_id": "s3", "viewer_protocol_policy": "redirect-to-https",\n        "allowed_methods": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"], "cache_policy_id": "658327ea-f89d-4fab-a63d-7e88639e58f6"},\n    restrictions={"geo_restriction": {"restriction_type": "none"}},\n    viewer_certificate={"cloudfront_default_certificate": True})\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html',
    ],
    notes: 'The origin bucket is found from `domainName` (a bucket\'s domain-name attribute, or a `<bucket>.s3.amazonaws.com` name built like the bucket\'s name). Only reported when the whole program was seen and every bucket policy that may apply can be read; a `*` principal counts as a grant (whether it should be there is security/s3-public-access\'s finding).',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    for (const r of ctx.resources()) {
      for (const origin of items(arg(r, 'origins'))?.items ?? []) {
        const reader = readerOf(origin);
        const bucket = reader && origin.kind === 'obj' ? originBucket(ctx.model, origin.props.get('domainName')) : undefined;
        if (!reader || !bucket || inFragment(ctx, bucket)) continue;
        const policies = companionsOf(ctx.model, bucket, 'policy');
        if (policies.unknown) continue;
        const docs = [...policies.inline, ...policies.found.map((p) => arg(p, 'policy')).filter((v): v is Value => !!v)];
        if (policies.found.some((p) => !arg(p, 'policy'))) continue;
        const data = {
          bucket: quotedName(bucket),
          reader: reader.kind === 'oac' ? 'origin access control' : 'origin access identity',
          principal: reader.kind === 'oac' ? '`Service: "cloudfront.amazonaws.com"`' : 'the identity (`Principal: { AWS: oai.iamArn }`)',
          condition: reader.kind === 'oac' ? ', with `StringEquals: { "AWS:SourceArn": <distribution arn> }`' : '',
        };
        if (docs.length === 0) ctx.report({ messageId: 'noPolicy', data, at: origin.at, resource: r });
        else if (grants(ctx.model, docs, reader) === false) ctx.report({ messageId: 'notGranted', data, at: origin.at, resource: r });
      }
    }
  },
});
