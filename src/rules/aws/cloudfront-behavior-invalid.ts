import type { Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { BUCKETS, DISTRIBUTION, presence, WEBSITES } from '../_shared/cloudfront.js';
import { regionOf } from '../_shared/deploy-region.js';
import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { arg, isAbsent, items, keySpan, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';


/** The only method sets CloudFront accepts (AllowedMethods, CachedMethods). */
const ALLOWED = [['GET', 'HEAD'], ['GET', 'HEAD', 'OPTIONS'], ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT']];
const CACHED = [['GET', 'HEAD'], ['GET', 'HEAD', 'OPTIONS']];

/** The known, sorted upper-case method names of a list, or undefined when any is not known. */
function methods(v: Value | undefined): string[] | undefined {
  const list = items(v);
  if (!list || list.open) return undefined;
  const names = list.items.map((m) => str(m)?.toUpperCase());
  return names.every((n): n is string => n !== undefined) ? [...new Set(names)].sort() : undefined;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The origin ids and origin group ids of the distribution, when every one is known. */
function targetIds(r: Resource): Set<string> | undefined {
  const ids = new Set<string>();
  for (const key of ['origins', 'originGroups']) {
    const v = arg(r, key);
    if (!v) {
      if (r.args.open) return undefined;
      continue;
    }
    const list = items(v);
    if (!list || list.open) return undefined;
    for (const o of list.items) {
      const id = o.kind === 'obj' ? str(o.props.get('originId')) : undefined;
      if (id === undefined) return undefined;
      ids.add(id);
    }
  }
  return ids;
}

function checkBehaviour(ctx: RuleContext, r: Resource, b: Value, where: string, ids: Set<string> | undefined): void {
  if (b.kind !== 'obj') return;
  const policy = presence(b, 'cachePolicyId');
  const legacy = presence(b, 'forwardedValues');
  if (policy === 'no' && legacy === 'no') ctx.report({ messageId: 'noCacheKey', data: { where }, at: b.at, resource: r });
  else if (policy === 'yes' && legacy === 'yes') ctx.report({ messageId: 'both', data: { where }, at: keySpan(b, 'forwardedValues') ?? b.at, resource: r });
  const target = b.props.get('targetOriginId');
  const id = str(target);
  if (ids && id !== undefined && !ids.has(id)) {
    ctx.report({ messageId: 'noSuchOrigin', data: { where, id, ids: [...ids].map((x) => `\`${x}\``).join(', ') || 'none' }, at: target?.at ?? b.at, resource: r });
  }
  for (const assoc of items(b.props.get('lambdaFunctionAssociations'))?.items ?? []) checkEdgeFunction(ctx, r, assoc);
  const allowedV = b.props.get('allowedMethods');
  const cachedV = b.props.get('cachedMethods');
  const allowed = methods(allowedV);
  const cached = methods(cachedV);
  if (allowed && !ALLOWED.some((s) => same(s, allowed))) {
    ctx.report({ messageId: 'methods', data: { where, key: 'allowedMethods', sets: '["GET", "HEAD"], ["GET", "HEAD", "OPTIONS"] or all seven methods' }, at: allowedV?.at ?? b.at, resource: r });
  } else if (cached && (!CACHED.some((s) => same(s, cached)) || (allowed && !cached.every((m) => allowed.includes(m))))) {
    ctx.report({ messageId: 'methods', data: { where, key: 'cachedMethods', sets: '["GET", "HEAD"] or ["GET", "HEAD", "OPTIONS"], within `allowedMethods`' }, at: cachedV?.at ?? b.at, resource: r });
  }
}

export default defineRule({
  id: 'aws/cloudfront-behavior-invalid',
  class: 'CDN-DNS-EDGE',
  severity: 'high',
  category: 'aws',
  resourceTypes: [DISTRIBUTION],
  messages: {
    noCacheKey: 'The {{where}} has neither `cachePolicyId` nor `forwardedValues`: CloudFront needs one of them to build the cache key, so CreateDistribution fails ("The parameter ForwardedValues is required"). Attach a cache policy (e.g. the managed CachingOptimized policy `658327ea-f89d-4fab-a63d-7e88639e58f6`).',
    both: 'The {{where}} sets both `cachePolicyId` and the legacy `forwardedValues`: CloudFront rejects a behaviour that has both ("ForwardedValues cannot be used when a cache policy is associated"). Remove `forwardedValues`; forward headers, cookies and query strings with an origin request policy.',
    noSuchOrigin: 'The {{where}} sends to origin `{{id}}`, but the distribution has no origin or origin group with that id (it has {{ids}}): CloudFront rejects the distribution ("NoSuchOrigin"). Use the `originId` of one of the origins.',
    methods: 'The {{where}} has `{{key}}` that CloudFront does not accept: the only allowed sets are {{sets}}, so CreateDistribution fails. Use one of those sets.',
    edgeUnqualified: 'The Lambda@Edge association uses `arn` of function {{fn}}, which names no version: CloudFront only runs a published version ("The function ARN must reference a specific function version"), so the distribution is rejected. Set `publish: true` on the function and use `qualifiedArn`.',
    edgeRegion: 'Function {{fn}} is associated with CloudFront as Lambda@Edge but is created in {{region}}: Lambda@Edge functions must be created in us-east-1, so the distribution is rejected. Create the function (and its role) with an `aws.Provider` for us-east-1.',
    edgeEnv: 'Function {{fn}} is associated with CloudFront as Lambda@Edge but has environment variables: Lambda@Edge does not support them, so CloudFront rejects the association. Build the values into the code or read them from SSM/S3 at run time.',
    noRootObject: 'The default behaviour serves S3 bucket {{bucket}} through its REST endpoint and the distribution has no `defaultRootObject`: a request for `/` asks S3 for an empty key and returns AccessDenied instead of the site\'s index page. Set `defaultRootObject: "index.html"`.',
  },
  title: {
    noCacheKey: 'CloudFront {{where}} without a cache policy or forwardedValues',
    both: 'CloudFront {{where}} with both cachePolicyId and forwardedValues',
    noSuchOrigin: 'CloudFront {{where}} targets unknown origin {{id:code}}',
    methods: 'CloudFront {{where}} with invalid {{key:code}}',
    edgeUnqualified: 'Lambda@Edge association with unversioned function {{fn}}',
    edgeRegion: 'Lambda@Edge function {{fn}} created in {{region}}',
    edgeEnv: 'Lambda@Edge function {{fn}} with environment variables',
    noRootObject: 'S3 site distribution without defaultRootObject',
  },
  fixHint: 'defaultCacheBehavior: { targetOriginId: origins[0].originId, viewerProtocolPolicy: "redirect-to-https", allowedMethods: ["GET", "HEAD", "OPTIONS"], cachedMethods: ["GET", "HEAD"], cachePolicyId: "658327ea-f89d-4fab-a63d-7e88639e58f6" }, defaultRootObject: "index.html".',
  docs: {
    summary: 'CloudFront cache behaviours CloudFront rejects or serves wrongly: no cache policy and no `forwardedValues`, both at once, a `targetOriginId` no origin has, method sets CloudFront does not accept, Lambda@Edge functions that are unversioned, outside us-east-1 or with environment variables; an S3 site without `defaultRootObject`.',
    why: 'Every cache behaviour needs a cache key definition: a cache policy, or the deprecated `forwardedValues` block, never both. It must send to an origin the distribution defines, and its allowed and cached methods must be one of CloudFront\'s fixed sets. Otherwise CreateDistribution fails. A site served from an S3 REST origin without `defaultRootObject` answers `/` with AccessDenied.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst site = new aws.s3.BucketV2('site');\nnew aws.cloudfront.Distribution('cdn', {\n  enabled: true,\n  origins: [{ originId: 'site-origin', domainName: site.bucketRegionalDomainName }],\n  defaultCacheBehavior: { targetOriginId: 'site', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'] },\n  restrictions: { geoRestriction: { restrictionType: 'none' } },\n  viewerCertificate: { cloudfrontDefaultCertificate: true },\n});\n`,
      py: `import pulumi_aws as aws\nsite = aws.s3.BucketV2("site")\naws.cloudfront.Distribution("cdn", enabled=True, default_root_object="index.html",\n    origins=[{"origin_id": "site", "domain_name": site.bucket_regional_domain_name}],\n    default_cache_behavior={"target_origin_id": "site", "viewer_protocol_policy": "redirect-to-https",\n        "allowed_methods": ["GET", "POST"], "cached_methods": ["GET", "HEAD"],\n        "cache_policy_id": "658327ea-f89d-4fab-a63d-7e88639e58f6"},\n    restrictions={"geo_restriction": {"restriction_type": "none"}},\n    viewer_certificate={"cloudfront_default_certificate": True})\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst site = new aws.s3.BucketV2('site');\nnew aws.cloudfront.Distribution('cdn', {\n  enabled: true,\n  defaultRootObject: 'index.html',\n  origins: [{ originId: 'site', domainName: site.bucketRegionalDomainName }],\n  defaultCacheBehavior: { targetOriginId: 'site', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },\n  restrictions: { geoRestriction: { restrictionType: 'none' } },\n  viewerCertificate: { cloudfrontDefaultCertificate: true },\n});\n`,
      py: `import pulumi_aws as aws\nsite = aws.s3.BucketV2("site")\naws.cloudfront.Distribution("cdn", enabled=True, default_root_object="index.html",\n    origins=[{"origin_id": "site", "domain_name": site.bucket_regional_domain_name}],\n    default_cache_behavior={"target_origin_id": "site", "viewer_protocol_policy": "redirect-to-https",\n        "allowed_methods": ["GET", "HEAD", "OPTIONS"], "cached_methods": ["GET", "HEAD"],\n        "cache_policy_id": "658327ea-f89d-4fab-a63d-7e88639e58f6"},\n    restrictions={"geo_restriction": {"restriction_type": "none"}},\n    viewer_certificate={"cloudfront_default_certificate": True})\n`,
    },
    references: [
      'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CacheBehavior.html',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DefaultRootObject.html',
    ],
    notes: 'Origins are compared with `targetOriginId` only when every origin and origin group id is known. `defaultRootObject` is asked for only when the default behaviour sends to a bucket\'s REST endpoint and the program serves a site from that bucket (a website configuration, an `index.html` object, or an error response mapped to `/index.html`).',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const ids = targetIds(r);
      const def = arg(r, 'defaultCacheBehavior');
      if (def) checkBehaviour(ctx, r, def, 'default cache behaviour', ids);
      for (const b of items(arg(r, 'orderedCacheBehaviors'))?.items ?? []) {
        const path = b.kind === 'obj' ? str(b.props.get('pathPattern')) : undefined;
        checkBehaviour(ctx, r, b, path ? `cache behaviour for \`${path}\`` : 'ordered cache behaviour', ids);
      }
      checkRootObject(ctx, r, def);
    }
  },
});

const FUNCTION = 'aws:lambda/function:Function';

/** Lambda@Edge: a published version of a function in us-east-1 without environment variables. */
function checkEdgeFunction(ctx: RuleContext, r: Resource, assoc: Value): void {
  const v = assoc.kind === 'obj' ? assoc.props.get('lambdaArn') : undefined;
  const fn = referencedResource(ctx.model, v);
  if (fn?.type !== FUNCTION || v?.kind !== 'output') return;
  const name = quotedName(fn);
  if (v.attr === 'arn') ctx.report({ messageId: 'edgeUnqualified', data: { fn: name }, at: v.at ?? assoc.at, resource: r });
  const region = regionOf(ctx.model, fn);
  if (region && region !== 'us-east-1') ctx.report({ messageId: 'edgeRegion', data: { fn: name, region }, at: v.at ?? assoc.at, resource: r });
  const env = arg(fn, 'environment.variables');
  if (env && env.kind === 'obj' && env.props.size > 0) ctx.report({ messageId: 'edgeEnv', data: { fn: name }, at: v.at ?? assoc.at, resource: r });
}

const OBJECTS = ['aws:s3/bucketObject:BucketObject', 'aws:s3/bucketObjectv2:BucketObjectv2'];

/** The program bucket behind the REST endpoint of the origin the default behaviour sends to. */
function restBucket(ctx: RuleContext, r: Resource, def: Value): Resource | undefined {
  const target = def.kind === 'obj' ? str(def.props.get('targetOriginId')) : undefined;
  if (target === undefined) return undefined;
  const origin = (items(arg(r, 'origins'))?.items ?? []).find((o) => o.kind === 'obj' && str(o.props.get('originId')) === target);
  const domain = origin?.kind === 'obj' ? origin.props.get('domainName') : undefined;
  if (domain?.kind !== 'output' || !['bucketRegionalDomainName', 'bucketDomainName'].includes(domain.attr ?? '')) return undefined;
  return ctx.model.resources.find((b) => b.id === domain.resource && BUCKETS.includes(b.type));
}

const points = (v: Value | undefined, bucket: Resource) => v?.kind === 'output' && v.resource === bucket.id;

/** The program serves a site from the bucket: a website configuration, an `index.html` object, or an SPA error page. */
function servesSite(ctx: RuleContext, r: Resource, bucket: Resource): boolean {
  if (arg(bucket, 'website')) return true;
  for (const x of ctx.model.resources) {
    if (WEBSITES.includes(x.type) && points(arg(x, 'bucket'), bucket)) return true;
    if (OBJECTS.includes(x.type) && points(arg(x, 'bucket'), bucket) && /(^|\/)index\.html$/.test(str(arg(x, 'key')) ?? '')) return true;
  }
  return (items(arg(r, 'customErrorResponses'))?.items ?? []).some((e) => e.kind === 'obj' && /index\.html$/.test(str(e.props.get('responsePagePath')) ?? ''));
}

function checkRootObject(ctx: RuleContext, r: Resource, def: Value | undefined): void {
  if (!def || r.args.open) return;
  const root = r.args.props.get('defaultRootObject');
  if (root !== undefined && !isAbsent(root)) return;
  const bucket = restBucket(ctx, r, def);
  if (bucket && servesSite(ctx, r, bucket)) {
    ctx.report({ messageId: 'noRootObject', data: { bucket: quotedName(bucket) }, resource: r, severity: 'medium' });
  }
}
