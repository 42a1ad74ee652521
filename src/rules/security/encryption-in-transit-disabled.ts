import type { Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import type { RuleContext } from '../context.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { arg, bool, definitelyAbsent, items, keySpan, num, str, stringParts } from '../_shared/values.js';
import { knownAbsent } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const LISTENERS = ['aws:lb/listener:Listener', 'aws:alb/listener:Listener'];
const LOAD_BALANCERS = ['aws:lb/loadBalancer:LoadBalancer', 'aws:alb/loadBalancer:LoadBalancer'];
const MSK = ['aws:msk/cluster:Cluster', 'aws:msk/serverlessCluster:ServerlessCluster'];
const DISTRIBUTION = 'aws:cloudfront/distribution:Distribution';
const REPLICATION_GROUP = 'aws:elasticache/replicationGroup:ReplicationGroup';
const SEARCH_DOMAINS = ['aws:opensearch/domain:Domain', 'aws:elasticsearch/domain:Domain'];
const REST_DOMAIN = 'aws:apigateway/domainName:DomainName';
const HTTP_API_DOMAIN = 'aws:apigatewayv2/domainName:DomainName';

/**
 * ELB security policies that still accept TLS 1.0 or 1.1: the dated legacy policies (2016-08, the
 * API default, among them), the TLS-1-0/TLS-1-1 and FS(-1-1) ones, and the TLS 1.3 policies whose
 * minimum is 1.0 or 1.1.
 */
const OUTDATED_ELB_POLICY = /^ELBSecurityPolicy-(20\d\d-\d\d|TLS-1-[01]-|FS-20|FS-1-1-|TLS13-1-[01]-)/;
const OUTDATED_SEARCH_POLICY = 'Policy-Min-TLS-1-0-2019-07';

function reportAt(ctx: RuleContext, r: Resource, messageId: string, v: Value | undefined, owner: Value, key: string, data: Record<string, string> = {}, severity?: 'high' | 'medium' | 'low'): void {
  ctx.report({ messageId, data, at: v?.at ?? keySpan(owner, key), resource: r, ...(severity ? { severity } : {}) });
}

/** Does a listener default action hand requests to targets (as opposed to redirecting or answering)? */
function forwards(action: Value): boolean {
  if (action.kind !== 'obj') return false;
  return str(action.props.get('type'))?.toLowerCase() === 'forward';
}

/** The load balancer a listener belongs to, when the program creates it. */
function loadBalancerOf(ctx: RuleContext, r: Resource): Resource | undefined {
  return referencedResource(ctx.model, arg(r, 'loadBalancerArn'));
}

/** The listener's protocol: written, or HTTP when left out on an Application Load Balancer (the API default). */
function listenerProtocol(ctx: RuleContext, r: Resource): string | undefined {
  const written = str(arg(r, 'protocol'))?.toUpperCase();
  if (written !== undefined || !definitelyAbsent(r, 'protocol')) return written;
  const lb = loadBalancerOf(ctx, r);
  if (!lb || !LOAD_BALANCERS.includes(lb.type)) return undefined;
  const type = arg(lb, 'loadBalancerType');
  return str(type) === 'application' || (!type && definitelyAbsent(lb, 'loadBalancerType')) ? 'HTTP' : undefined;
}

function checkListener(ctx: RuleContext, r: Resource): void {
  const protocol = listenerProtocol(ctx, r);
  if (protocol === 'HTTP') return checkHttpListener(ctx, r);
  if (protocol === 'HTTPS' || protocol === 'TLS') checkTlsPolicy(ctx, r);
}

function checkHttpListener(ctx: RuleContext, r: Resource): void {
  const actions = items(arg(r, 'defaultActions'));
  if (!actions || !actions.items.some(forwards)) return;
  const lb = loadBalancerOf(ctx, r);
  // Traffic to an internal load balancer stays inside the VPC: still clear text, but not on the internet.
  const internal = lb ? bool(arg(lb, 'internal')) === true : false;
  const port = num(arg(r, 'port'));
  ctx.report({ messageId: 'httpListener', data: { port: port === undefined ? '?' : String(port) }, resource: r, ...(internal ? { severity: 'medium' as const } : {}) });
}

function checkTlsPolicy(ctx: RuleContext, r: Resource): void {
  const policy = arg(r, 'sslPolicy');
  const name = str(policy);
  if (name !== undefined && OUTDATED_ELB_POLICY.test(name)) reportAt(ctx, r, 'outdatedListenerPolicy', policy, r.args, 'sslPolicy', { policy: name }, 'medium');
  else if (knownAbsent(ctx, r, 'sslPolicy')) ctx.report({ messageId: 'defaultListenerPolicy', resource: r, severity: 'low' });
}

function checkDistribution(ctx: RuleContext, r: Resource): void {
  const behaviors: { label: string; v: Value }[] = [];
  const def = arg(r, 'defaultCacheBehavior');
  if (def) behaviors.push({ label: 'default cache behavior', v: def });
  items(arg(r, 'orderedCacheBehaviors'))?.items.forEach((v) => behaviors.push({ label: `cache behavior for \`${str(v.kind === 'obj' ? v.props.get('pathPattern') : undefined) ?? '?'}\``, v }));
  for (const { label, v } of behaviors) {
    if (v.kind !== 'obj') continue;
    const policy = v.props.get('viewerProtocolPolicy');
    if (str(policy) === 'allow-all') reportAt(ctx, r, 'cloudfrontHttp', policy, v, 'viewerProtocolPolicy', { behavior: label });
  }
}

/** S3 website endpoints serve only HTTP, so CloudFront must reach them with `http-only`. */
function websiteOrigin(origin: Value): boolean | undefined {
  const domain = origin.kind === 'obj' ? origin.props.get('domainName') : undefined;
  if (!domain) return undefined;
  if (domain.kind === 'output' && domain.resource !== undefined) return /^website/i.test(domain.attr ?? '');
  const parts = stringParts(domain);
  if (!parts) return undefined;
  const text = parts.map((p) => p ?? '').join('');
  if (/s3-website|\.website|website-/i.test(text)) return true;
  // A built name with unknown parts may be a website endpoint; a literal is what it says.
  return parts.some((p) => p === null) ? undefined : false;
}

function checkOrigins(ctx: RuleContext, r: Resource): void {
  for (const origin of items(arg(r, 'origins'))?.items ?? []) {
    const custom = origin.kind === 'obj' ? origin.props.get('customOriginConfig') : undefined;
    const policy = custom?.kind === 'obj' ? custom.props.get('originProtocolPolicy') : undefined;
    if (str(policy) !== 'http-only' || websiteOrigin(origin) !== false) continue;
    reportAt(ctx, r, 'originHttp', policy, custom!, 'originProtocolPolicy', {}, 'medium');
  }
}

/** Viewer TLS versions CloudFront still offers that accept SSLv3, TLS 1.0 or 1.1. */
const OUTDATED_CLOUDFRONT_TLS = /^(SSLv3|TLSv1|TLSv1_2016|TLSv1\.1_2016)$/;

function checkViewerTls(ctx: RuleContext, r: Resource): void {
  const cert = arg(r, 'viewerCertificate');
  if (cert?.kind !== 'obj' || bool(cert.props.get('cloudfrontDefaultCertificate')) === true) return;
  const min = cert.props.get('minimumProtocolVersion');
  const text = str(min);
  if (text !== undefined && OUTDATED_CLOUDFRONT_TLS.test(text)) reportAt(ctx, r, 'cloudfrontTls', min, cert, 'minimumProtocolVersion', { version: text }, 'medium');
}

function checkMsk(ctx: RuleContext, r: Resource): void {
  const transit = arg(r, 'encryptionInfo.encryptionInTransit');
  if (transit?.kind !== 'obj') return;
  const client = transit.props.get('clientBroker');
  const mode = str(client);
  if (mode === 'PLAINTEXT' || mode === 'TLS_PLAINTEXT') reportAt(ctx, r, 'mskClient', client, transit, 'clientBroker', { mode }, mode === 'PLAINTEXT' ? 'high' : 'medium');
  const inCluster = transit.props.get('inCluster');
  if (inCluster && bool(inCluster) === false) reportAt(ctx, r, 'mskInCluster', inCluster, transit, 'inCluster', {}, 'medium');
}

function checkReplicationGroup(ctx: RuleContext, r: Resource): void {
  if (!definitelyAbsent(r, 'globalReplicationGroupId')) return;
  const v = arg(r, 'transitEncryptionEnabled');
  if (v && bool(v) === false) return reportAt(ctx, r, 'cacheTransit', v, r.args, 'transitEncryptionEnabled', {}, 'medium');
  // The AWS default is off for Redis OSS; for Valkey the provider documents no default.
  const engine = definitelyAbsent(r, 'engine') ? 'redis' : str(arg(r, 'engine'));
  if (engine === 'redis' && knownAbsent(ctx, r, 'transitEncryptionEnabled')) ctx.report({ messageId: 'cacheTransit', resource: r, severity: 'medium' });
}

function checkSearchDomain(ctx: RuleContext, r: Resource): void {
  const n2n = arg(r, 'nodeToNodeEncryption');
  const n2nEnabled = n2n?.kind === 'obj' ? n2n.props.get('enabled') : undefined;
  if (n2n && n2nEnabled && bool(n2nEnabled) === false) reportAt(ctx, r, 'nodeToNode', n2nEnabled, n2n, 'enabled', {}, 'medium');
  else if (knownAbsent(ctx, r, 'nodeToNodeEncryption')) ctx.report({ messageId: 'nodeToNode', resource: r, severity: 'medium' });
  const endpoint = arg(r, 'domainEndpointOptions');
  if (endpoint?.kind !== 'obj') return;
  const https = endpoint.props.get('enforceHttps');
  if (https && bool(https) === false) reportAt(ctx, r, 'searchHttps', https, endpoint, 'enforceHttps');
  const tls = endpoint.props.get('tlsSecurityPolicy');
  if (str(tls) === OUTDATED_SEARCH_POLICY) reportAt(ctx, r, 'searchTls', tls, endpoint, 'tlsSecurityPolicy', { policy: OUTDATED_SEARCH_POLICY }, 'medium');
}

function checkApiDomain(ctx: RuleContext, r: Resource): void {
  const owner = r.type === REST_DOMAIN ? r.args : arg(r, 'domainNameConfiguration');
  if (owner?.kind !== 'obj') return;
  const policy = owner.props.get('securityPolicy');
  if (str(policy)?.toUpperCase() === 'TLS_1_0') reportAt(ctx, r, 'apiTls10', policy, owner, 'securityPolicy', {}, 'medium');
}

export default defineRule({
  id: 'security/encryption-in-transit-disabled',
  class: 'ENCRYPTION-IN-TRANSIT',
  severity: 'high',
  category: 'security',
  resourceTypes: [...LISTENERS, DISTRIBUTION, REPLICATION_GROUP, ...SEARCH_DOMAINS, REST_DOMAIN, HTTP_API_DOMAIN, ...MSK],
  messages: {
    httpListener: 'Load balancer listener on port {{port}} speaks plain HTTP and forwards requests to the targets, so credentials, tokens and payloads cross the network in clear text. Serve the application on an HTTPS listener with an ACM certificate and make the HTTP listener only redirect to it (`type: "redirect"`, `redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" }`).',
    outdatedListenerPolicy: 'HTTPS/TLS listener uses security policy `{{policy}}`, which still accepts TLS 1.0/1.1 and weak ciphers. Use a TLS 1.2+ policy such as `ELBSecurityPolicy-TLS13-1-2-2021-06`.',
    defaultListenerPolicy: 'HTTPS/TLS listener without `sslPolicy`: listeners created through the API get `ELBSecurityPolicy-2016-08`, which accepts TLS 1.0 and 1.1. Set `sslPolicy` to a TLS 1.2+ policy such as `ELBSecurityPolicy-TLS13-1-2-2021-06`.',
    cloudfrontHttp: 'CloudFront {{behavior}} uses `viewerProtocolPolicy: "allow-all"`: viewers can fetch content and send cookies over plain HTTP. Use "redirect-to-https" (or "https-only").',
    originHttp: 'CloudFront origin uses `originProtocolPolicy: "http-only"`: requests, cookies and responses travel between CloudFront and the origin in clear text over the internet, even when viewers use HTTPS. Use "https-only" (the origin needs a certificate for its name); only S3 website endpoints, which cannot serve HTTPS, need "http-only".',
    cloudfrontTls: 'CloudFront viewer certificate allows `{{version}}`, which accepts SSLv3/TLS 1.0/1.1 clients. Set `minimumProtocolVersion: "TLSv1.2_2021"`.',
    mskClient: 'MSK cluster sets `clientBroker: "{{mode}}"`: clients may produce and consume in clear text. Use "TLS".',
    mskInCluster: 'MSK cluster sets `inCluster: false`: brokers replicate data to each other in clear text. Leave it true (the default).',
    cacheTransit: 'ElastiCache replication group without transit encryption (off, or not set on Redis OSS where AWS defaults it to off): clients, replicas and AUTH tokens talk in clear text inside the VPC. Set `transitEncryptionEnabled: true` (required for `authToken`); it can only be changed without replacement on Redis 7.0.5+.',
    nodeToNode: 'Search domain without node-to-node encryption (`nodeToNodeEncryption.enabled` is false or not set, and AWS defaults it to off): shard data travels between nodes in clear text. Enable it at creation; it is also required for fine-grained access control.',
    searchHttps: 'Search domain sets `domainEndpointOptions.enforceHttps: false`, so clients may query it over plain HTTP. Set `enforceHttps: true`.',
    searchTls: 'Search domain uses `{{policy}}`, which accepts TLS 1.0. Use `Policy-Min-TLS-1-2-2019-07` or newer.',
    apiTls10: 'API Gateway custom domain uses security policy `TLS_1_0`, which accepts TLS 1.0 and 1.1. Use `TLS_1_2`.',
  },
  title: {
    httpListener: 'Plain HTTP listener{{s}} on port {{port}} forwarding to the targets',
    outdatedListenerPolicy: 'Listener{{s}} with TLS policy {{policy:code}}, which accepts TLS 1.0/1.1',
    defaultListenerPolicy: 'HTTPS listener{{s}} without a TLS policy (defaults accept TLS 1.0/1.1)',
    cloudfrontHttp: 'CloudFront {{behavior}} allows plain HTTP viewers',
    originHttp: 'CloudFront origin reached over plain HTTP on {{counted}}',
    cloudfrontTls: 'CloudFront viewer certificate allows {{version:code}} on {{counted}}',
    mskClient: 'MSK clients allowed in clear text (`{{mode}}`) on {{counted}}',
    mskInCluster: 'MSK brokers replicate in clear text on {{counted}}',
    cacheTransit: 'No transit encryption on {{counted}}',
    nodeToNode: 'No node-to-node encryption on {{counted}}',
    searchHttps: 'HTTPS not enforced on {{counted}}',
    searchTls: 'TLS policy {{policy:code}} accepts TLS 1.0 on {{counted}}',
    apiTls10: 'TLS 1.0 security policy on {{counted}}',
  },
  fixHint: 'HTTPS listener + HTTP→HTTPS redirect, a TLS 1.2+ `sslPolicy`, `viewerProtocolPolicy: "redirect-to-https"`, `transitEncryptionEnabled: true`, `nodeToNodeEncryption: { enabled: true }`, `securityPolicy: "TLS_1_2"`.',
  docs: {
    summary: 'Endpoints that accept or forward clear-text traffic: HTTP load balancer listeners that forward (written or by the ALB default), outdated TLS policies, CloudFront `allow-all`, `http-only` origins and old viewer TLS versions, ElastiCache/OpenSearch/MSK without transit encryption, API Gateway domains on TLS 1.0.',
    why: 'Data in transit must be encrypted (AWS Foundational Security Best Practices ELB.1, CloudFront.1, ElastiCache.5, OpenSearch.3/8). An HTTP listener that forwards to the application serves it in clear text even when an HTTPS listener exists next to it, because clients can keep using port 80; only a listener that redirects to HTTPS is harmless, so an HTTP listener is reported whenever one of its default actions forwards. Listeners of internal load balancers are reported at medium severity (the traffic does not leave the VPC).',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst alb = new aws.lb.LoadBalancer('alb', { loadBalancerType: 'application', subnets: ['subnet-1', 'subnet-2'] });\nconst tg = new aws.lb.TargetGroup('tg', { port: 80, protocol: 'HTTP', vpcId: 'vpc-1' });\nnew aws.lb.Listener('http', {\n  loadBalancerArn: alb.arn,\n  port: 80,\n  protocol: 'HTTP',\n  defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }],\n});\nexport const dns = alb.dnsName;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nredis = aws.elasticache.ReplicationGroup("cache", description="sessions", engine="redis",\n    node_type="cache.t3.micro", num_cache_clusters=2, transit_encryption_enabled=False)\npulumi.export("endpoint", redis.primary_endpoint_address)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst alb = new aws.lb.LoadBalancer('alb', { loadBalancerType: 'application', subnets: ['subnet-1', 'subnet-2'] });\nconst tg = new aws.lb.TargetGroup('tg', { port: 80, protocol: 'HTTP', vpcId: 'vpc-1' });\nnew aws.lb.Listener('http', {\n  loadBalancerArn: alb.arn,\n  port: 80,\n  protocol: 'HTTP',\n  defaultActions: [{ type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', statusCode: 'HTTP_301' } }],\n});\nnew aws.lb.Listener('https', {\n  loadBalancerArn: alb.arn,\n  port: 443,\n  protocol: 'HTTPS',\n  sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',\n  certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',\n  defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }],\n});\nexport const dns = alb.dnsName;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nredis = aws.elasticache.ReplicationGroup("cache", description="sessions", engine="redis",\n    node_type="cache.t3.micro", num_cache_clusters=2, transit_encryption_enabled=True,\n    at_rest_encryption_enabled=True)\npulumi.export("endpoint", redis.primary_endpoint_address)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html (API/CLI/CloudFormation default policy: ELBSecurityPolicy-2016-08)',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions',
      'node_modules/@pulumi/aws/lb/listener.d.ts: sslPolicy "Default is `ELBSecurityPolicy-2016-08`"',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html',
      'node_modules/@pulumi/aws/elasticache/replicationGroup.d.ts: transitEncryptionEnabled',
      'node_modules/@pulumi/aws/types/input.d.ts: opensearch DomainNodeToNodeEncryption "If the `nodeToNodeEncryption` block is not provided then this defaults to `false`"',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html',
    ],
    notes: 'A listener without `protocol` on an Application Load Balancer of the program is an HTTP listener (the API default). CloudFront origins reached with `http-only` are reported at medium severity unless their domain is (or may be) an S3 website endpoint, which only serves HTTP. MSK `clientBroker: "PLAINTEXT"` is high, `TLS_PLAINTEXT` and `inCluster: false` medium. HTTP listeners whose default actions only redirect or answer with a fixed response are not reported (listener rules that forward are not followed). The protocol must be known or follow from the load balancer: a listener without `protocol` whose load balancer is not known to be an ALB may belong to a Network Load Balancer. OpenSearch domains without `domainEndpointOptions` are not reported for HTTPS (the provider defaults `enforceHttps` to true). RDS parameter groups that force SSL are out of scope.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (LISTENERS.includes(r.type)) checkListener(ctx, r);
      else if (r.type === DISTRIBUTION) {
        checkDistribution(ctx, r);
        checkOrigins(ctx, r);
        checkViewerTls(ctx, r);
      } else if (MSK.includes(r.type)) checkMsk(ctx, r);
      else if (r.type === REPLICATION_GROUP) checkReplicationGroup(ctx, r);
      else if (SEARCH_DOMAINS.includes(r.type)) checkSearchDomain(ctx, r);
      else if (r.type === REST_DOMAIN || r.type === HTTP_API_DOMAIN) checkApiDomain(ctx, r);
    }
  },
});
