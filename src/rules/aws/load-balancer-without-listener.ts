import { LOAD_BALANCERS, listenersOf } from '../_shared/load-balancers.js';
import { quotedName } from '../_shared/resource-refs.js';
import { programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'aws/load-balancer-without-listener',
  class: 'LB-HEALTHCHECK-TARGETS',
  severity: 'medium',
  category: 'aws',
  resourceTypes: LOAD_BALANCERS,
  messages: {
    none: 'Load balancer {{name}} has no listener in the program: it accepts no connections, so nothing behind it is reachable, while it is billed by the hour. Add an `aws.lb.Listener` (HTTPS with a certificate, or HTTP redirecting to HTTPS) forwarding to its target group.',
  },
  title: '{{counted}} without a listener',
  fixHint: 'new aws.lb.Listener("https", { loadBalancerArn: alb.arn, port: 443, protocol: "HTTPS", certificateArn: cert.arn, defaultActions: [{ type: "forward", targetGroupArn: tg.arn }] }).',
  docs: {
    summary: 'Load balancers that no listener of the program belongs to.',
    why: 'A load balancer without listeners accepts no traffic: its DNS name resolves but every connection is refused, health checks never start, and ECS services pointed at its target groups fail to create. A load balancer created per region (for failover) or per environment without its listeners costs money every hour and serves nothing.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst alb = new aws.lb.LoadBalancer('alb', { subnets: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'] });\nexport const dns = alb.dnsName;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfor region in ["primary", "secondary"]:\n    alb = aws.lb.LoadBalancer(f"{region}-alb", subnets=["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"])\n    pulumi.export(f"{region}_dns", alb.dns_name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst alb = new aws.lb.LoadBalancer('alb', { subnets: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'] });\nnew aws.lb.Listener('http', { loadBalancerArn: alb.arn, port: 80, protocol: 'HTTP', defaultActions: [{ type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', statusCode: 'HTTP_301' } }] });\nexport const dns = alb.dnsName;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfor region in ["primary", "secondary"]:\n    alb = aws.lb.LoadBalancer(f"{region}-alb", subnets=["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"])\n    aws.lb.Listener(f"{region}-http", load_balancer_arn=alb.arn, port=80, protocol="HTTP",\n        default_actions=[{"type": "fixed-response", "fixed_response": {"content_type": "text/plain", "status_code": "200"}}])\n    pulumi.export(f"{region}_dns", alb.dns_name)\n`,
    },
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html'],
    notes: 'Judged only when the whole program was read; a listener whose `loadBalancerArn` cannot be resolved may belong to any load balancer and silences the rule. Load balancers created in a branch are not reported.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    for (const lb of ctx.resources()) {
      if (lb.conditional || lb.args.open) continue;
      const { listeners, unsure } = listenersOf(ctx.model, lb);
      if (listeners.length === 0 && !unsure) ctx.report({ messageId: 'none', data: { name: quotedName(lb) }, resource: lb });
    }
  },
});
