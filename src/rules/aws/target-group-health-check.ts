import type { ObjV, Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { resourceById } from '../_shared/resource-refs.js';
import { checkingFixes, fix, replaceValue } from '../_shared/fixes.js';
import { arg, definitelyAbsent, isAbsent, items, num, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const TARGET_GROUPS = ['aws:lb/targetGroup:TargetGroup', 'aws:alb/targetGroup:TargetGroup'];
const LISTENERS = ['aws:lb/listener:Listener', 'aws:alb/listener:Listener'];
const ECS_SERVICE = 'aws:ecs/service:Service';

const HTTP = new Set(['HTTP', 'HTTPS']);
const LAYER4 = new Set(['TCP', 'UDP', 'TLS', 'TCP_UDP']);
// Success codes: single codes, ranges and comma-separated lists of them.
const MATCHER = /^\d{1,3}(-\d{1,3})?(,\d{1,3}(-\d{1,3})?)*$/;

export default defineRule({
  id: 'aws/target-group-health-check',
  class: 'LB-HEALTHCHECK-TARGETS',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [...TARGET_GROUPS, ...LISTENERS],
  messages: {
    missing: 'This HTTP target group has no `healthCheck`: the load balancer falls back to probing `/` and expecting 200, so a service that answers elsewhere (or redirects) is marked unhealthy and gets no traffic. Configure the health check path, matcher, interval and thresholds for the service.',
    path: 'Health check path `{{path}}` does not start with "/": the target group is rejected. Write it as `/{{path}}`.',
    matcher: 'Health check matcher `{{matcher}}` is not a list or range of HTTP codes between {{low}} and 499: the target group is rejected. Use codes such as "200" or "200-399".',
    port: 'Health check port `{{port}}` is neither "traffic-port" nor a port number between 1 and 65535: the target group is rejected.',
    containerPort: 'The health check probes port {{port}}, but the ECS service registers its containers on port {{containerPort}}: every health check fails and the service never becomes healthy. Use "traffic-port" or {{containerPort}}.',
    timing: 'Health check timeout {{timeout}}s is not shorter than the interval {{interval}}s: ELB requires the timeout to be smaller than the interval, so the target group is rejected. Use e.g. interval 30 and timeout 5.',
    range: 'Health check `{{key}}` is {{value}}, outside the range ELB accepts ({{low}}–{{high}}): the target group is rejected. Use a value in range.',
    tcpOption: 'This health check uses the {{protocol}} protocol but sets `{{key}}`: custom paths and matchers apply only to HTTP/HTTPS health checks, so ELB rejects the target group. Drop `{{key}}` or use an HTTP health check.',
    tcpOnHttp: 'This {{tg}} target group uses a {{protocol}} health check: ELB supports only HTTP and HTTPS health checks for HTTP/HTTPS target groups, so the target group is rejected. Use `protocol: "HTTP"` with a `path`.',
    protocol: 'This listener ({{listener}}) forwards to a target group using {{tg}}: Application Load Balancers forward to HTTP/HTTPS target groups and Network Load Balancers to TCP/UDP/TLS ones, so the listener is rejected. Make the protocols match the load balancer type.',
  },
  title: {
    missing: 'No health check on HTTP {{counted}}',
    path: 'Health check path {{path:code}} without a leading slash',
    matcher: 'Invalid health check matcher {{matcher:code}}',
    port: 'Invalid health check port {{port:code}}',
    containerPort: 'Health check on port {{port}} while containers listen on {{containerPort}}',
    timing: 'Health check timeout {{timeout}}s not shorter than the interval {{interval}}s',
    range: 'Health check {{key:arg:code}} {{value}} out of range ({{low}}–{{high}})',
    tcpOption: '{{protocol}} health check given {{key:arg:code}}',
    tcpOnHttp: '{{protocol}} health check on an {{tg}} target group',
    protocol: 'Listener {{listener}} forwards to a {{tg}} target group',
  },
  fixHint: 'healthCheck: { path: "/health", matcher: "200", interval: 30, healthyThreshold: 2, unhealthyThreshold: 3 }.',
  fixable: true,
  docs: {
    summary: 'Target groups without a health check or with an invalid one (path, matcher, port, interval/timeout/thresholds out of range, timeout not below the interval, TCP health checks with a path or matcher or on HTTP target groups), health checks on a port the ECS containers do not use, and listeners forwarding to a target group of the wrong protocol family.',
    why: 'An HTTP target group without an explicit health check probes `/` and expects 200; services that answer elsewhere never become healthy and the load balancer returns 503. Invalid paths, matchers or ports are rejected by the ELB API, and a fixed health-check port different from the container port makes every check fail. In a blue/green setup the switch to a target group that never turns healthy takes the service down.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst tg = new aws.lb.TargetGroup('tg', { port: 8080, protocol: 'HTTP', targetType: 'ip', vpcId: 'vpc-123' });\nexport const tgArn = tg.arn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ntg = aws.lb.TargetGroup("tg", port=8080, protocol="HTTP", target_type="ip", vpc_id="vpc-123",\n    health_check={"path": "health", "matcher": "200"})\npulumi.export("tg_arn", tg.arn)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst tg = new aws.lb.TargetGroup('tg', {\n  port: 8080,\n  protocol: 'HTTP',\n  targetType: 'ip',\n  vpcId: 'vpc-123',\n  healthCheck: { path: '/health', matcher: '200', interval: 30 },\n});\nexport const tgArn = tg.arn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ntg = aws.lb.TargetGroup("tg", port=8080, protocol="HTTP", target_type="ip", vpc_id="vpc-123",\n    health_check={"path": "/health", "matcher": "200-399"})\npulumi.export("tg_arn", tg.arn)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html',
    ],
    notes: 'Lambda target groups (health checks off by default) and TCP/UDP/TLS target groups are not asked for a health check. The target group\'s own `port` may differ from the container port (ECS registers each task on its container port), so only an explicit health-check port is compared.',
    fix: 'a health check `path` without its leading slash gets it (`health` → `/health`). The other checks need values only the service knows (its port, codes, timings) and are not fixed.',
  },
  check(ctx) {
    checkingFixes(ctx, (ctx) => {
      for (const r of ctx.resources()) {
        if (TARGET_GROUPS.includes(r.type)) checkTargetGroup(ctx, r);
        else checkListener(ctx, r);
      }
    });
  },
});

function checkTargetGroup(ctx: RuleContext, r: Resource): void {
  const protocol = str(arg(r, 'protocol'))?.toUpperCase();
  const targetType = str(arg(r, 'targetType'));
  if (targetType === 'lambda' || targetType === 'alb') return;
  const hc = arg(r, 'healthCheck');
  if (!hc) {
    if (protocol && HTTP.has(protocol) && definitelyAbsent(r, 'healthCheck')) ctx.report({ messageId: 'missing', resource: r });
    return;
  }
  if (hc.kind !== 'obj') return;
  const path = str(hc.props.get('path'));
  if (path !== undefined && path.length > 0 && !path.startsWith('/')) {
    const slash = fix(`Write \`/${path}\``, [replaceValue(ctx, r, hc, 'path', `/${path}`)]);
    ctx.report({ messageId: 'path', data: { path }, at: hc.props.get('path')?.at, resource: r, severity: 'high', ...(slash ? { fix: slash } : {}) });
  }
  checkMatcher(ctx, r, hc, str(arg(r, 'protocolVersion'))?.toUpperCase() === 'GRPC');
  checkTiming(ctx, r, hc);
  const hcProtocol = str(hc.props.get('protocol'))?.toUpperCase() ?? (protocol && LAYER4.has(protocol) && !hc.open ? 'TCP' : undefined);
  if (hcProtocol === 'TCP' || hcProtocol === 'UDP' || hcProtocol === 'TLS') {
    if (protocol && HTTP.has(protocol)) ctx.report({ messageId: 'tcpOnHttp', data: { tg: protocol, protocol: hcProtocol }, at: hc.props.get('protocol')?.at, resource: r, severity: 'high' });
    for (const key of ['path', 'matcher']) {
      const v = hc.props.get(key);
      if (v && !isAbsent(v) && str(v) !== '') ctx.report({ messageId: 'tcpOption', data: { protocol: hcProtocol, key }, at: v.at, resource: r, severity: 'high' });
    }
  }
  const portV = hc.props.get('port');
  const port = portV && portV.kind === 'known' ? String(portV.value) : undefined;
  if (port !== undefined && port !== 'traffic-port' && !(Number.isInteger(Number(port)) && Number(port) >= 1 && Number(port) <= 65535)) {
    ctx.report({ messageId: 'port', data: { port }, at: portV?.at, resource: r, severity: 'high' });
  } else if (port !== undefined && port !== 'traffic-port') {
    const containerPort = ecsContainerPort(ctx, r);
    if (containerPort !== undefined && containerPort !== Number(port)) ctx.report({ messageId: 'containerPort', data: { port, containerPort }, at: portV?.at, resource: r });
  }
}

/** AWS limits of the health check settings (seconds and counts). */
const LIMITS: Record<string, [number, number]> = { interval: [5, 300], timeout: [2, 120], healthyThreshold: [2, 10], unhealthyThreshold: [2, 10] };

function checkTiming(ctx: RuleContext, r: Resource, hc: ObjV): void {
  for (const [key, [low, high]] of Object.entries(LIMITS)) {
    const v = hc.props.get(key);
    const n = num(v);
    if (n !== undefined && (n < low || n > high)) ctx.report({ messageId: 'range', data: { key, value: n, low, high }, at: v?.at, resource: r, severity: 'high' });
  }
  const interval = num(hc.props.get('interval'));
  const timeoutV = hc.props.get('timeout');
  const timeout = num(timeoutV);
  if (interval !== undefined && timeout !== undefined && timeout >= interval) ctx.report({ messageId: 'timing', data: { timeout, interval }, at: timeoutV?.at, resource: r, severity: 'high' });
}

function checkMatcher(ctx: RuleContext, r: Resource, hc: ObjV, grpc: boolean): void {
  const v = hc.props.get('matcher');
  const matcher = v && v.kind === 'known' && v.value !== null ? String(v.value).replace(/\s+/g, '') : undefined;
  if (matcher === undefined || matcher.length === 0) return;
  const low = grpc ? 0 : 200;
  const high = grpc ? 99 : 499;
  const codes = matcher.split(/[,-]/).map(Number);
  if (MATCHER.test(matcher) && codes.every((c) => c >= low && c <= high)) return;
  ctx.report({ messageId: 'matcher', data: { matcher, low }, at: v?.at, resource: r, severity: 'high' });
}

/** The container port an ECS service registers in this target group, when it says so. */
function ecsContainerPort(ctx: RuleContext, tg: Resource): number | undefined {
  for (const svc of ctx.model.resources) {
    if (svc.type !== ECS_SERVICE) continue;
    for (const lb of items(arg(svc, 'loadBalancers'))?.items ?? []) {
      if (lb.kind !== 'obj' || refOf(lb.props.get('targetGroupArn')) !== tg.id) continue;
      const port = num(lb.props.get('containerPort'));
      if (port !== undefined) return port;
    }
  }
  return undefined;
}

function refOf(v: Value | undefined): number | undefined {
  return v && v.kind === 'output' ? v.resource : undefined;
}

function checkListener(ctx: RuleContext, r: Resource): void {
  const listener = str(arg(r, 'protocol'))?.toUpperCase();
  if (!listener) return;
  for (const action of items(arg(r, 'defaultActions'))?.items ?? []) {
    if (action.kind !== 'obj') continue;
    const id = refOf(action.props.get('targetGroupArn'));
    const tg = id !== undefined ? resourceById(ctx.model, id) : undefined;
    const tgProtocol = tg && TARGET_GROUPS.includes(tg.type) ? str(arg(tg, 'protocol'))?.toUpperCase() : undefined;
    if (!tgProtocol) continue;
    if ((HTTP.has(listener) && LAYER4.has(tgProtocol)) || (LAYER4.has(listener) && HTTP.has(tgProtocol))) {
      ctx.report({ messageId: 'protocol', data: { listener, tg: tgProtocol }, at: action.at, resource: r, severity: 'high' });
    }
  }
}
