import type { Resource } from '../../model/types.js';
import { LOAD_BALANCERS, listenersOf } from '../_shared/load-balancers.js';
import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { checkingFixes, fix, replaceValue } from '../_shared/fixes.js';
import { arg, keySpan, num, str } from '../_shared/values.js';
import { programIsComplete, knownAbsent } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const HEALTH_CHECK = 'aws:route53/healthCheck:HealthCheck';
const HTTP_TYPES = new Set(['HTTP', 'HTTPS', 'HTTP_STR_MATCH', 'HTTPS_STR_MATCH']);

/** Compare the check's port and protocol with the listeners of the load balancer it probes. */
function checkListeners(ctx: RuleContext, r: Resource, type: string): void {
  if (!programIsComplete(ctx.model)) return;
  const lb = referencedResource(ctx.model, arg(r, 'fqdn'));
  if (!lb || !LOAD_BALANCERS.includes(lb.type)) return;
  const { listeners, unsure } = listenersOf(ctx.model, lb);
  if (unsure || listeners.length === 0) return;
  const https = type.startsWith('HTTPS');
  const portV = arg(r, 'port');
  const port = portV ? num(portV) : https ? 443 : 80;
  const ports = listeners.map((l) => ({ port: num(arg(l, 'port')), protocol: str(arg(l, 'protocol'))?.toUpperCase() }));
  if (port === undefined || ports.some((p) => p.port === undefined || p.protocol === undefined)) return;
  const onPort = ports.find((p) => p.port === port);
  const list = ports.map((p) => `${p.protocol}:${p.port}`).join(', ');
  if (!onPort) ctx.report({ messageId: 'port', data: { type, port, lb: quotedName(lb), list }, at: portV?.at ?? keySpan(r.args, 'type'), resource: r });
  // A TCP listener passes the bytes through: the targets may well speak TLS, so only HTTP/HTTPS/TLS listeners are judged.
  else if ((https && onPort.protocol === 'HTTP') || (!https && (onPort.protocol === 'HTTPS' || onPort.protocol === 'TLS'))) ctx.report({ messageId: 'protocol', data: { type, port, lb: quotedName(lb), protocol: onPort.protocol! }, at: keySpan(r.args, 'type'), resource: r });
}

export default defineRule({
  id: 'aws/route53-health-check-invalid',
  class: 'CDN-DNS-EDGE',
  severity: 'high',
  category: 'aws',
  resourceTypes: [HEALTH_CHECK],
  messages: {
    interval: 'Health check `requestInterval` is {{value}}, but Route 53 only supports 10 or 30 seconds: the health check is rejected. Use 30 (standard) or 10 (fast).',
    threshold: 'Health check `failureThreshold` is {{value}}, outside the 1–10 Route 53 accepts: the health check is rejected. Use e.g. 3.',
    path: 'Health check `resourcePath` `{{value}}` does not start with "/": Route 53 rejects it. Write `/{{value}}`.',
    searchString: 'A {{type}} health check needs a `searchString` to look for in the response: Route 53 rejects it without one. Add `searchString` or use type {{plain}}.',
    port: 'This {{type}} health check probes port {{port}} of load balancer {{lb}}, which only listens on {{list}}: every check fails, so the record it guards is always unhealthy (and failover triggers for no reason). Probe a port the load balancer listens on.',
    protocol: 'This {{type}} health check probes port {{port}} of load balancer {{lb}}, whose listener there speaks {{protocol}}: the handshake never succeeds, so the check always fails. Use the listener\'s protocol.',
  },
  title: {
    interval: 'Invalid health check interval {{value}} on {{counted}}',
    threshold: 'Invalid health check failure threshold {{value}} on {{counted}}',
    path: 'Health check path {{value:code}} without a leading slash on {{counted}}',
    searchString: '{{type}} health check without a search string on {{counted}}',
    port: '{{type}} health check on port {{port}} of a load balancer listening on {{list}}',
    protocol: '{{type}} health check on port {{port}}, where the listener speaks {{protocol}}',
  },
  fixHint: 'new aws.route53.HealthCheck("primary", { type: "HTTPS", fqdn: alb.dnsName, port: 443, resourcePath: "/health", requestInterval: 30, failureThreshold: 3 }) against a load balancer with an HTTPS:443 listener.',
  fixable: true,
  docs: {
    summary: 'Route 53 health checks Route 53 rejects (request interval other than 10/30 s, failure threshold outside 1–10, path without "/", string matching without a search string) or that always fail (port or protocol of a load balancer of the program that it does not listen with).',
    why: 'Route 53 health checks have few valid settings: a request interval of 10 or 30 seconds, a failure threshold of 1 to 10, a path starting with "/". A check of an HTTPS endpoint on a load balancer that only has an HTTP:80 listener always fails, which marks the primary of a failover pair unhealthy from the start. Either way the failover the stack was built for does not work.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst alb = new aws.lb.LoadBalancer('alb', { subnets: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'] });\nnew aws.lb.Listener('http', { loadBalancerArn: alb.arn, port: 80, protocol: 'HTTP', defaultActions: [{ type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '200' } }] });\nnew aws.route53.HealthCheck('primary', { type: 'HTTPS', fqdn: alb.dnsName, port: 443, resourcePath: '/health', requestInterval: 30, failureThreshold: 3 });\n`,
      py: `import pulumi_aws as aws\naws.route53.HealthCheck("primary", type="HTTPS", fqdn="api.acme-corp.io", port=443, resource_path="/health", request_interval=60, failure_threshold=3)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst alb = new aws.lb.LoadBalancer('alb', { subnets: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'] });\nnew aws.lb.Listener('http', { loadBalancerArn: alb.arn, port: 80, protocol: 'HTTP', defaultActions: [{ type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '200' } }] });\nnew aws.route53.HealthCheck('primary', { type: 'HTTP', fqdn: alb.dnsName, port: 80, resourcePath: '/health', requestInterval: 30, failureThreshold: 3 });\n`,
      py: `import pulumi_aws as aws\naws.route53.HealthCheck("primary", type="HTTPS", fqdn="api.acme-corp.io", port=443, resource_path="/health", request_interval=30, failure_threshold=3)\n`,
    },
    references: ['https://docs.aws.amazon.com/Route53/latest/APIReference/API_HealthCheckConfig.html', 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-determining-health-of-endpoints.html'],
    notes: 'Ports are compared only when the check\'s `fqdn` is the DNS name of a load balancer of the program, the whole program was read, and every listener of that load balancer has a known port and protocol. Without `port`, HTTP checks probe 80 and HTTPS checks 443.',
    fix: 'a `resourcePath` without its leading slash gets it (`health` → `/health`). Intervals, thresholds and ports are the owner\'s to choose and are not fixed.',
  },
  check(ctx) {
    checkingFixes(ctx, (ctx) => checkAll(ctx));
  },
});

/** The checks, reporting through a context that keeps fixes only where every resource agrees. */
function checkAll(ctx: RuleContext): void {
  for (const r of ctx.resources()) {
    if (r.args.open) continue;
    const intervalV = arg(r, 'requestInterval');
    const interval = num(intervalV);
    if (interval !== undefined && interval !== 10 && interval !== 30) ctx.report({ messageId: 'interval', data: { value: interval }, at: intervalV?.at, resource: r });
    const thresholdV = arg(r, 'failureThreshold');
    const threshold = num(thresholdV);
    if (threshold !== undefined && (threshold < 1 || threshold > 10)) ctx.report({ messageId: 'threshold', data: { value: threshold }, at: thresholdV?.at, resource: r });
    const type = str(arg(r, 'type'))?.toUpperCase();
    if (!type || !HTTP_TYPES.has(type)) continue;
    const pathV = arg(r, 'resourcePath');
    const path = str(pathV);
    if (path && !path.startsWith('/')) {
      const slash = fix(`Write \`/${path}\``, [replaceValue(ctx, r, r.args, 'resourcePath', `/${path}`)]);
      ctx.report({ messageId: 'path', data: { value: path }, at: pathV?.at, resource: r, ...(slash ? { fix: slash } : {}) });
    }
    if (type.endsWith('_STR_MATCH') && knownAbsent(ctx, r, 'searchString')) ctx.report({ messageId: 'searchString', data: { type, plain: type.replace('_STR_MATCH', '') }, resource: r });
    checkListeners(ctx, r, type);
  }
}
