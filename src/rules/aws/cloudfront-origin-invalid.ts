import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { BUCKETS, DISTRIBUTION, presence, WEBSITES } from '../_shared/cloudfront.js';
import { arg, items, str, stringParts } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const OAC = 'aws:cloudfront/originAccessControl:OriginAccessControl';

/** What an origin's domain is: an S3 REST endpoint, an S3 website endpoint, another HTTP server, or not a host name at all. */
type Kind = { kind: 's3rest' | 's3website' | 'custom' } | { kind: 'invalid'; why: string; right?: string };

const LBS = ['aws:lb/loadBalancer:LoadBalancer', 'aws:alb/loadBalancer:LoadBalancer', 'aws:elb/loadBalancer:LoadBalancer'];

/** Attributes of program resources whose value is a URL, an ARN, a name or an address rather than a host name. */
function kindOfAttr(r: Resource, attr: string): Kind | undefined {
  const url = (right: string): Kind => ({ kind: 'invalid', why: 'a URL (`https://…`), not a host name', right });
  if (BUCKETS.includes(r.type)) {
    if (attr === 'bucketRegionalDomainName' || attr === 'bucketDomainName') return { kind: 's3rest' };
    if (attr === 'websiteEndpoint') return { kind: 's3website' };
    if (attr === 'websiteDomain') return { kind: 'invalid', why: 'the regional S3 website domain without the bucket', right: 'bucketRegionalDomainName` (or the website configuration\'s `websiteEndpoint' };
    if (['id', 'bucket', 'arn'].includes(attr)) return { kind: 'invalid', why: attr === 'arn' ? 'an ARN' : 'the bucket name', right: 'bucketRegionalDomainName' };
  }
  if (WEBSITES.includes(r.type)) {
    if (attr === 'websiteEndpoint') return { kind: 's3website' };
    if (attr === 'websiteDomain') return { kind: 'invalid', why: 'the regional S3 website domain without the bucket', right: 'websiteEndpoint' };
  }
  if (LBS.includes(r.type)) {
    if (attr === 'dnsName') return { kind: 'custom' };
    if (['arn', 'id', 'name', 'arnSuffix'].includes(attr)) return { kind: 'invalid', why: attr === 'name' ? 'the load balancer name' : 'an ARN', right: 'dnsName' };
  }
  if (r.type === 'aws:apigatewayv2/api:Api' && attr === 'apiEndpoint') return url('apiEndpoint.apply(u => u.replace("https://", ""))');
  if ((r.type === 'aws:apigateway/stage:Stage' || r.type === 'aws:apigateway/deployment:Deployment') && attr === 'invokeUrl') return url('pulumi.interpolate`${api.id}.execute-api.${region}.amazonaws.com`');
  if (r.type === 'aws:apigatewayv2/stage:Stage' && attr === 'invokeUrl') return url('apiEndpoint.apply(u => u.replace("https://", ""))');
  if (r.type === 'aws:lambda/functionUrl:FunctionUrl' && attr === 'functionUrl') return url('functionUrl.apply(u => u.split("/")[2])');
  if ((r.type === 'aws:ec2/instance:Instance' || r.type === 'aws:ec2/eip:Eip') && ['publicIp', 'privateIp'].includes(attr)) {
    return { kind: 'invalid', why: 'an IP address (CloudFront origins must be DNS names)', right: 'publicDns' };
  }
  if (r.type === 'aws:ec2/instance:Instance' && attr === 'publicDns') return { kind: 'custom' };
  if (attr === 'arn') return { kind: 'invalid', why: 'an ARN' };
  return undefined;
}

const S3_WEBSITE = /\.s3-website[.-][a-z0-9-]+\.amazonaws\.com(\.cn)?$/;
const S3_REST = /\.s3([.-][a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** The kind of a written domain: a literal, or a string built around unknown parts. */
function kindOfText(parts: (string | null)[]): Kind | undefined {
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (typeof first === 'string' && /^https?:\/\//i.test(first)) return { kind: 'invalid', why: 'a URL (`https://…`), not a host name' };
  if (parts.length === 1 && typeof first === 'string') {
    if (IPV4.test(first)) return { kind: 'invalid', why: 'an IP address (CloudFront origins must be DNS names)' };
    if (first.includes('/')) return { kind: 'invalid', why: 'a host name followed by a path (a path belongs in `originPath`)' };
  }
  if (typeof last === 'string') {
    if (S3_WEBSITE.test(last)) return { kind: 's3website' };
    if (S3_REST.test(last)) return { kind: 's3rest' };
    if (/\.(elb|execute-api|cloudfront)\.[a-z0-9.-]*amazonaws\.com$|\.elb\.amazonaws\.com$/.test(last)) return { kind: 'custom' };
  }
  return undefined;
}

function kindOf(model: ResourceModel, v: Value | undefined): Kind | undefined {
  if (!v) return undefined;
  if (v.kind === 'output') {
    const r = referencedResource(model, v);
    return r && v.attr ? kindOfAttr(r, v.attr) : undefined;
  }
  const parts = stringParts(v);
  return parts ? kindOfText(parts) : undefined;
}

/** The origin type of the origin access control an origin names, when known. */
function oacType(model: ResourceModel, v: Value | undefined): string | undefined {
  const r = referencedResource(model, v);
  return r?.type === OAC ? str(arg(r, 'originAccessControlOriginType')) : undefined;
}

/** Every cache behaviour that sends to `originId` forces HTTPS to viewers (so `match-viewer` always uses HTTPS). */
function onlyHttpsViewers(r: Resource, originId: string): boolean {
  const behaviours = [arg(r, 'defaultCacheBehavior'), ...(items(arg(r, 'orderedCacheBehaviors'))?.items ?? [])];
  let seen = 0;
  for (const b of behaviours) {
    if (!b || b.kind !== 'obj' || b.open) return false;
    const target = str(b.props.get('targetOriginId'));
    if (target === undefined) return false;
    if (target !== originId) continue;
    const policy = str(b.props.get('viewerProtocolPolicy'));
    if (policy === undefined || policy === 'allow-all') return false;
    seen++;
  }
  return seen > 0;
}

export default defineRule({
  id: 'aws/cloudfront-origin-invalid',
  class: 'CDN-DNS-EDGE',
  severity: 'high',
  category: 'aws',
  resourceTypes: [DISTRIBUTION],
  messages: {
    notHost: 'The origin\'s `domainName` is {{why}}: CloudFront needs the bare DNS name of the origin server, so CreateDistribution fails ("The parameter origin name must be a domain name"). {{right}}',
    websiteAsS3: 'The origin is the S3 website endpoint of {{bucket}} but is configured as an S3 origin ({{how}}): website endpoints are plain HTTP servers, so CloudFront rejects the origin ("does not refer to a valid S3 bucket" / origin type and OAC type differ). Use `customOriginConfig` with `originProtocolPolicy: "http-only"` for the website endpoint, or keep origin access and point at `bucketRegionalDomainName`.',
    customAsS3: 'The origin {{bucket}} is not an S3 bucket endpoint but has {{how}}: CloudFront treats an origin without `customOriginConfig` as an S3 origin and rejects this one ("The parameter Origin DomainName does not refer to a valid S3 bucket"). Give it `customOriginConfig` (ports, `originProtocolPolicy`, `originSslProtocols`).',
    oacType: 'The origin access control of this origin is of type `{{type}}` but the origin is {{what}}: CloudFront rejects the distribution ("The origin type and OAC origin type differ"). Use an origin access control of the origin\'s type, or drop it for a custom origin.',
    websiteHttps: 'The origin is the S3 website endpoint of {{bucket}} with `originProtocolPolicy: "{{policy}}"`{{viewers}}: S3 website endpoints serve HTTP only, so CloudFront cannot connect and viewers get 502 errors. Use `originProtocolPolicy: "http-only"`.',
  },
  title: {
    notHost: 'CloudFront origin domain is {{why}}',
    websiteAsS3: 'S3 website endpoint of {{bucket}} configured as an S3 origin',
    customAsS3: 'Non-S3 origin {{bucket}} without customOriginConfig',
    oacType: 'Origin access control of type {{type:code}} on {{what}}',
    websiteHttps: 'S3 website origin {{bucket}} reached over HTTPS',
  },
  fixHint: 'origins: [{ originId: "site", domainName: web.websiteEndpoint, customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "http-only", originSslProtocols: ["TLSv1.2"] } }] — or, with origin access control, domainName: bucket.bucketRegionalDomainName.',
  docs: {
    summary: 'CloudFront origins whose domain cannot work with their configuration: URLs, ARNs, bucket names or IP addresses as `domainName`, S3 website endpoints configured as S3 origins (with `s3OriginConfig`, an origin access identity or control), non-S3 servers without `customOriginConfig`, origin access controls of another origin type, website endpoints reached over HTTPS.',
    why: 'CloudFront takes the bare host name of the origin and decides from `s3OriginConfig`/`customOriginConfig` how to talk to it. An S3 REST endpoint (`bucketRegionalDomainName`) can be read through origin access control; an S3 website endpoint is an ordinary HTTP-only server and needs `customOriginConfig`. An origin with neither block is sent to CloudFront as an S3 origin. Passing an API\'s `https://` endpoint, a bucket\'s name or an ARN, or mixing the S3 and website models, makes CreateDistribution fail, or (HTTPS to a website endpoint) makes every request a 502.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst site = new aws.s3.BucketV2('site');\nconst web = new aws.s3.BucketWebsiteConfigurationV2('site', { bucket: site.id, indexDocument: { suffix: 'index.html' } });\nconst oac = new aws.cloudfront.OriginAccessControl('site', { originAccessControlOriginType: 's3', signingBehavior: 'always', signingProtocol: 'sigv4' });\nnew aws.cloudfront.Distribution('cdn', {\n  enabled: true,\n  origins: [{ originId: 'site', domainName: web.websiteEndpoint, originAccessControlId: oac.id }],\n  defaultCacheBehavior: { targetOriginId: 'site', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },\n  restrictions: { geoRestriction: { restrictionType: 'none' } },\n  viewerCertificate: { cloudfrontDefaultCertificate: true },\n});\n`,
      py: `import pulumi_aws as aws\napi = aws.apigatewayv2.Api("api", protocol_type="HTTP")\naws.cloudfront.Distribution("cdn", enabled=True,\n    origins=[{"origin_id": "api", "domain_name": api.api_endpoint,\n              "custom_origin_config": {"http_port": 80, "https_port": 443, "origin_protocol_policy": "https-only", "origin_ssl_protocols": ["TLSv1.2"]}}],\n    default_cache_behavior={"target_origin_id": "api", "viewer_protocol_policy": "https-only",\n        "allowed_methods": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"], "cache_policy_id": "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"},\n    restrictions={"geo_restriction": {"restriction_type": "none"}},\n    viewer_certificate={"cloudfront_default_certificate": True})\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst site = new aws.s3.BucketV2('site');\nconst oac = new aws.cloudfront.OriginAccessControl('site', { originAccessControlOriginType: 's3', signingBehavior: 'always', signingProtocol: 'sigv4' });\nnew aws.cloudfront.Distribution('cdn', {\n  enabled: true,\n  origins: [{ originId: 'site', domainName: site.bucketRegionalDomainName, originAccessControlId: oac.id }],\n  defaultCacheBehavior: { targetOriginId: 'site', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },\n  restrictions: { geoRestriction: { restrictionType: 'none' } },\n  viewerCertificate: { cloudfrontDefaultCertificate: true },\n});\n`,
      py: `import pulumi_aws as aws\napi = aws.apigatewayv2.Api("api", protocol_type="HTTP")\naws.cloudfront.Distribution("cdn", enabled=True,\n    origins=[{"origin_id": "api", "domain_name": api.api_endpoint.apply(lambda u: u.replace("https://", "")),\n              "custom_origin_config": {"http_port": 80, "https_port": 443, "origin_protocol_policy": "https-only", "origin_ssl_protocols": ["TLSv1.2"]}}],\n    default_cache_behavior={"target_origin_id": "api", "viewer_protocol_policy": "https-only",\n        "allowed_methods": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"], "cache_policy_id": "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"},\n    restrictions={"geo_restriction": {"restriction_type": "none"}},\n    viewer_certificate={"cloudfront_default_certificate": True})\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistS3AndCustomOrigins.html',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html',
      'https://www.pulumi.com/registry/packages/aws/api-docs/cloudfront/distribution/',
    ],
    notes: 'The domain is judged when it is an attribute of a resource of the program (bucket, website configuration, load balancer, API, stage, function URL, instance) or a written name; a domain computed in `apply` or read from configuration is not judged. An origin access control is compared with the origin only when its `originAccessControlOriginType` is known.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const origin of items(arg(r, 'origins'))?.items ?? []) {
        if (origin.kind !== 'obj') continue;
        const domain = origin.props.get('domainName');
        const kind = kindOf(ctx.model, domain);
        if (!kind) continue;
        const at = origin.at ?? domain?.at;
        const target = referencedResource(ctx.model, domain);
        const bucket = target ? quotedName(target) : '`' + (str(domain) ?? 'the origin') + '`';
        if (kind.kind === 'invalid') {
          ctx.report({ messageId: 'notHost', data: { why: kind.why, right: kind.right ? `Use \`${kind.right}\`.` : 'Pass the host name only.' }, at, resource: r });
          continue;
        }
        const s3Config = presence(origin, 's3OriginConfig');
        const customConfig = presence(origin, 'customOriginConfig');
        const oacGiven = presence(origin, 'originAccessControlId');
        const oai = origin.props.get('s3OriginConfig');
        const oaiGiven = oai?.kind === 'obj' && str(oai.props.get('originAccessIdentity')) !== '' && presence(oai, 'originAccessIdentity') === 'yes';
        if (kind.kind === 's3website' && (s3Config === 'yes' || oacGiven === 'yes')) {
          const how = oacGiven === 'yes' ? 'an origin access control' : oaiGiven ? 'an origin access identity' : '`s3OriginConfig`';
          ctx.report({ messageId: 'websiteAsS3', data: { bucket, how }, at, resource: r });
          continue;
        }
        if (kind.kind !== 's3rest' && customConfig === 'no' && (s3Config === 'yes' || s3Config === 'no')) {
          ctx.report({ messageId: 'customAsS3', data: { bucket, how: s3Config === 'yes' ? '`s3OriginConfig`' : 'no `customOriginConfig`' }, at, resource: r });
          continue;
        }
        const type = oacGiven === 'yes' ? oacType(ctx.model, origin.props.get('originAccessControlId')) : undefined;
        if (type === 's3' && kind.kind === 'custom') {
          ctx.report({ messageId: 'oacType', data: { type, what: 'not an S3 bucket endpoint' }, at: origin.props.get('originAccessControlId')?.at ?? at, resource: r });
          continue;
        }
        const custom = origin.props.get('customOriginConfig');
        const policyV = custom?.kind === 'obj' ? custom.props.get('originProtocolPolicy') : undefined;
        const policy = str(policyV);
        const originId = str(origin.props.get('originId'));
        if (kind.kind === 's3website' && (policy === 'https-only' || (policy === 'match-viewer' && originId !== undefined && onlyHttpsViewers(r, originId)))) {
          const viewers = policy === 'match-viewer' ? ' while every behaviour sending to it forces HTTPS on viewers' : '';
          ctx.report({ messageId: 'websiteHttps', data: { bucket, policy, viewers }, at, resource: r });
        }
      }
    }
  },
});
