import type { Resource } from '../../model/types.js';
import { effectiveProvider } from '../_shared/deploy-region.js';
import { LOAD_BALANCERS, TARGET_GROUPS } from '../_shared/load-balancers.js';
import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { arg, str } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const KIND: Record<string, string> = Object.fromEntries([...LOAD_BALANCERS.map((t) => [t, 'load balancer']), ...TARGET_GROUPS.map((t) => [t, 'target group'])]);

/** Load balancers and target groups have separate name spaces; the two SDK modules (lb, alb) share them. */
function family(r: Resource): string {
  return KIND[r.type]!;
}

export default defineRule({
  id: 'aws/load-balancer-name-conflict',
  class: 'LB-HEALTHCHECK-TARGETS',
  severity: 'high',
  category: 'aws',
  resourceTypes: [...LOAD_BALANCERS, ...TARGET_GROUPS],
  messages: {
    reused: 'This {{kind}} takes its `name` from another {{kind}} ({{other}}): two {{kind}}s cannot share a name in one region and account, so creating the second fails ("A {{kind}} with the same name … exists"). Give it its own name (or leave `name` out and let Pulumi auto-name it).',
    duplicate: 'This {{kind}} is named `{{name}}`, like {{other}} in the same region: names are unique per region and account, so the second creation fails. Give each {{kind}} a distinct name (e.g. add its role or the environment suffix).',
  },
  title: {
    reused: '{{kind}} name taken from another {{kind}} ({{other}})',
    duplicate: '{{kind}} name {{name:code}} used twice',
  },
  fixHint: 'name: `${prefix}-api-${environmentSuffix}` (distinct per load balancer / target group, at most 32 characters), or omit name for auto-naming.',
  docs: {
    summary: 'Load balancers or target groups given the same physical name as another one of the program, literally or by reusing its `.name`.',
    why: 'Elastic Load Balancing names are unique per region and account within load balancers and within target groups. A second ALB created "with access logs" from `name: alb.name`, or two target groups (blue/green) given the same literal name, fail at creation; with `deleteBeforeReplace` unset a rename also fails the same way. The 32-character limit makes models truncate names, which can make distinct names collide.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst subnets = ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'];\nconst alb = new aws.lb.LoadBalancer('alb', { name: 'app-alb', subnets });\nconst logged = new aws.lb.LoadBalancer('alb-logged', { name: alb.name, subnets });\nexport const dns = logged.dnsName;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nblue = aws.lb.TargetGroup("blue", name="app-tg", port=80, protocol="HTTP", vpc_id="vpc-0123456789abcdef0")\ngreen = aws.lb.TargetGroup("green", name="app-tg", port=80, protocol="HTTP", vpc_id="vpc-0123456789abcdef0")\npulumi.export("tgs", [blue.arn, green.arn])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst subnets = ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'];\nconst alb = new aws.lb.LoadBalancer('alb', { name: 'app-alb', subnets });\nconst logged = new aws.lb.LoadBalancer('alb-logged', { name: 'app-alb-logged', subnets });\nexport const dns = logged.dnsName;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nblue = aws.lb.TargetGroup("blue", name="app-tg-blue", port=80, protocol="HTTP", vpc_id="vpc-0123456789abcdef0")\ngreen = aws.lb.TargetGroup("green", name="app-tg-green", port=80, protocol="HTTP", vpc_id="vpc-0123456789abcdef0")\npulumi.export("tgs", [blue.arn, green.arn])\n`,
    },
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html', 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html'],
    notes: 'Names are compared only between resources created unconditionally with the same provider (both on the default provider, or the same explicit one); names that are not known in full are compared only when one is the other\'s `.name`. Name length limits are aws/aws-name-constraints\'s findings.',
  },
  check(ctx) {
    const seen = new Map<string, Resource>();
    for (const r of ctx.resources()) {
      if (r.conditional || r.args.open) continue;
      const v = arg(r, 'name');
      const source = referencedResource(ctx.model, v);
      if (source && v?.kind === 'output' && v.attr === 'name' && source.id !== r.id && KIND[source.type] && family(source) === family(r)) {
        ctx.report({ messageId: 'reused', data: { kind: family(r), other: quotedName(source) }, at: v.at, resource: r });
        continue;
      }
      const name = str(v);
      const provider = effectiveProvider(ctx.model, r);
      if (name === undefined || provider === undefined) continue;
      const key = `${family(r)}\u0000${provider === 'default' ? 'default' : provider.id}\u0000${name}`;
      const earlier = seen.get(key);
      if (earlier) ctx.report({ messageId: 'duplicate', data: { kind: family(r), name, other: quotedName(earlier) }, at: v?.at, resource: r });
      else seen.set(key, r);
    }
  },
});
