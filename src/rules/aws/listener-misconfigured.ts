import type { Resource } from '../../model/types.js';
import { LISTENERS, LOAD_BALANCERS } from '../_shared/load-balancers.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { arg, isAbsent, items, keySpan, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { knownAbsent } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const ALB_PROTOCOLS = new Set(['HTTP', 'HTTPS']);
const NLB_PROTOCOLS = new Set(['TCP', 'TLS', 'UDP', 'TCP_UDP', 'QUIC', 'TCP_QUIC']);
/** Action type → the block that must describe it. */
const ACTION_BLOCK: Record<string, string> = { redirect: 'redirect', 'fixed-response': 'fixedResponse', 'authenticate-cognito': 'authenticateCognito', 'authenticate-oidc': 'authenticateOidc' };

function lbType(model: RuleContext['model'], listener: Resource): string | undefined {
  const lb = referencedResource(model, arg(listener, 'loadBalancerArn'));
  if (!lb || !LOAD_BALANCERS.includes(lb.type) || lb.args.open) return undefined;
  const t = lb.args.props.get('loadBalancerType');
  return isAbsent(t) ? 'application' : str(t);
}

function checkActions(ctx: RuleContext, r: Resource): void {
  const actions = r.args.props.get('defaultActions');
  const list = actions && !isAbsent(actions) ? items(actions) : undefined;
  if (list && !list.open && list.items.length === 0) {
    ctx.report({ messageId: 'noActions', at: keySpan(r.args, 'defaultActions'), resource: r });
    return;
  }
  for (const a of list?.items ?? []) {
    if (a.kind !== 'obj' || a.open) continue;
    const type = str(a.props.get('type'));
    if (!type) continue;
    const has = (k: string) => !isAbsent(a.props.get(k));
    if (type === 'forward' && !has('targetGroupArn') && !has('forward')) ctx.report({ messageId: 'action', data: { type, block: '`targetGroupArn` or `forward`' }, at: a.at, resource: r });
    else if (ACTION_BLOCK[type] && !has(ACTION_BLOCK[type]!)) ctx.report({ messageId: 'action', data: { type, block: `\`${ACTION_BLOCK[type]}\`` }, at: a.at, resource: r });
  }
}

export default defineRule({
  id: 'aws/listener-misconfigured',
  class: 'LB-HEALTHCHECK-TARGETS',
  severity: 'high',
  category: 'aws',
  resourceTypes: LISTENERS,
  messages: {
    certificate: 'This {{protocol}} listener has no `certificateArn`: ELB requires a server certificate for {{protocol}} listeners ("A certificate must be specified for HTTPS listeners"), so the listener is not created. Pass an ACM certificate ARN (e.g. `certificateValidation.certificateArn`).',
    lbProtocol: 'This listener uses protocol {{protocol}} on {{lb}}: {{allowed}}, so ELB rejects the listener. Use a protocol the load balancer type supports, or the other load balancer type.',
    noActions: 'This listener has an empty `defaultActions`: ELB requires a default action, so the listener is not created. Forward to a target group, redirect, or return a fixed response.',
    action: 'This `{{type}}` action has no {{block}}: ELB rejects the listener. Describe the action (for forward, `targetGroupArn: tg.arn`).',
  },
  title: {
    certificate: '{{protocol}} listener{{s}} without a certificate',
    lbProtocol: 'Listener protocol {{protocol}} not supported on {{lb}}',
    noActions: 'Listener{{s}} without a default action',
    action: '`{{type}}` listener action without {{block}}',
  },
  fixHint: 'new aws.lb.Listener("https", { loadBalancerArn: alb.arn, port: 443, protocol: "HTTPS", certificateArn: cert.arn, sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06", defaultActions: [{ type: "forward", targetGroupArn: tg.arn }] }).',
  docs: {
    summary: 'Listeners that ELB rejects: HTTPS/TLS without a certificate, a protocol the load balancer type does not support, no default action, actions without their target or block.',
    why: 'An Application Load Balancer listens only with HTTP and HTTPS, a Network Load Balancer only with TCP, TLS, UDP and TCP_UDP; HTTPS and TLS listeners need a certificate; every listener needs a complete default action. Model-written stacks add an HTTPS listener and leave the certificate for later, or reuse an ALB listener block on an NLB.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst alb = new aws.lb.LoadBalancer('alb', { subnets: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'] });\nconst tg = new aws.lb.TargetGroup('app', { port: 80, protocol: 'HTTP', vpcId: 'vpc-0123456789abcdef0', healthCheck: { path: '/' } });\nnew aws.lb.Listener('https', { loadBalancerArn: alb.arn, port: 443, protocol: 'HTTPS', defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }] });\n`,
      py: `import pulumi_aws as aws\nnlb = aws.lb.LoadBalancer("nlb", load_balancer_type="network", subnets=["subnet-0123456789abcdef0"])\naws.lb.Listener("http", load_balancer_arn=nlb.arn, port=80, protocol="HTTP",\n    default_actions=[{"type": "forward", "target_group_arn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/app/1"}])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst certificateArn = new pulumi.Config().require('certificateArn');\nconst alb = new aws.lb.LoadBalancer('alb', { subnets: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'] });\nconst tg = new aws.lb.TargetGroup('app', { port: 80, protocol: 'HTTP', vpcId: 'vpc-0123456789abcdef0', healthCheck: { path: '/' } });\nnew aws.lb.Listener('https', { loadBalancerArn: alb.arn, port: 443, protocol: 'HTTPS', certificateArn, defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }] });\n`,
      py: `import pulumi_aws as aws\nnlb = aws.lb.LoadBalancer("nlb", load_balancer_type="network", subnets=["subnet-0123456789abcdef0"])\naws.lb.Listener("tcp", load_balancer_arn=nlb.arn, port=80, protocol="TCP",\n    default_actions=[{"type": "forward", "target_group_arn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/app/1"}])\n`,
    },
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html', 'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-listeners.html'],
    notes: 'The load balancer type is read from a load balancer of the program (`loadBalancerType`, "application" when absent). Forward actions to a target group of the wrong protocol family are aws/target-group-health-check\'s findings.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.args.open) continue;
      const protocol = str(arg(r, 'protocol'))?.toUpperCase();
      if ((protocol === 'HTTPS' || protocol === 'TLS') && knownAbsent(ctx, r, 'certificateArn')) ctx.report({ messageId: 'certificate', data: { protocol }, resource: r });
      const type = lbType(ctx.model, r);
      if (protocol && type === 'application' && !ALB_PROTOCOLS.has(protocol)) ctx.report({ messageId: 'lbProtocol', data: { protocol, lb: 'an Application Load Balancer', allowed: 'ALBs listen only with HTTP or HTTPS' }, at: keySpan(r.args, 'protocol'), resource: r });
      if (protocol && type === 'network' && !NLB_PROTOCOLS.has(protocol)) ctx.report({ messageId: 'lbProtocol', data: { protocol, lb: 'a Network Load Balancer', allowed: 'NLBs listen only with TCP, TLS, UDP or TCP_UDP' }, at: keySpan(r.args, 'protocol'), resource: r });
      checkActions(ctx, r);
    }
  },
});
