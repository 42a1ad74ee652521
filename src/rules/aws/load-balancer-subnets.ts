import { describe, type Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { resourceById } from '../_shared/resource-refs.js';
import { subnetRouting } from '../_shared/subnet-routing.js';
import { arg, bool, isAbsent, items, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const LOAD_BALANCERS = ['aws:lb/loadBalancer:LoadBalancer', 'aws:alb/loadBalancer:LoadBalancer'];
const SUBNET = 'aws:ec2/subnet:Subnet';

export default defineRule({
  id: 'aws/load-balancer-subnets',
  class: 'HA-MULTI-AZ',
  severity: 'high',
  category: 'aws',
  resourceTypes: LOAD_BALANCERS,
  messages: {
    tooFew: 'This Application Load Balancer is given {{count}} subnet{{s}}: AWS requires subnets in at least two Availability Zones and rejects it ("At least two subnets in two different Availability Zones must be specified"). Give it one subnet in each of two or more zones.',
    sameZone: 'All subnets of this Application Load Balancer are in `{{az}}`: AWS requires two different Availability Zones, so creation fails. Use subnets from at least two zones.',
    mixed: 'This internet-facing load balancer mixes public and private subnets ({{private}} does not map public IPs): its node in the private subnet has no route from the internet, so clients routed to that zone fail. Use only public subnets, one per zone.',
  },
  title: {
    tooFew: 'Application Load Balancer in {{count}} subnet{{s}} (needs two zones)',
    sameZone: 'All subnets of the Application Load Balancer in `{{az}}`',
    mixed: 'Internet-facing load balancer in private subnet {{private}}',
  },
  fixHint: 'subnets: publicSubnets.map((s) => s.id), with one public subnet per Availability Zone (at least two).',
  docs: {
    summary: 'An Application Load Balancer with fewer than two subnets, with all subnets in one Availability Zone, or (internet-facing) with a mix of public and private subnets.',
    why: 'An ALB must span at least two Availability Zones; with one subnet, or two in the same zone, `CreateLoadBalancer` fails. Model-written stacks often create one public subnet and pass `[publicSubnet.id, privateSubnet.id]` to satisfy the count: the ALB is created, but its node in the private subnet is unreachable from the internet. The class is HA-MULTI-AZ because the requirement is AWS\'s own multi-AZ minimum for load balancers.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst pub = new aws.ec2.Subnet('pub', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24', availabilityZone: 'us-east-1a', mapPublicIpOnLaunch: true });\nconst alb = new aws.lb.LoadBalancer('alb', { loadBalancerType: 'application', subnets: [pub.id] });\nexport const dns = alb.dnsName;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\na = aws.ec2.Subnet("a", vpc_id=vpc.id, cidr_block="10.0.0.0/24", availability_zone="us-east-1a", map_public_ip_on_launch=True)\nb = aws.ec2.Subnet("b", vpc_id=vpc.id, cidr_block="10.0.1.0/24", availability_zone="us-east-1a", map_public_ip_on_launch=True)\nalb = aws.lb.LoadBalancer("alb", load_balancer_type="application", subnets=[a.id, b.id])\npulumi.export("dns", alb.dns_name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst azs = aws.getAvailabilityZonesOutput({ state: 'available' });\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst subnets = [0, 1].map((i) => new aws.ec2.Subnet(\`pub-\${i}\`, { vpcId: vpc.id, cidrBlock: \`10.0.\${i}.0/24\`, availabilityZone: azs.names[i], mapPublicIpOnLaunch: true }));\nconst alb = new aws.lb.LoadBalancer('alb', { loadBalancerType: 'application', subnets: subnets.map((s) => s.id) });\nexport const dns = alb.dnsName;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\na = aws.ec2.Subnet("a", vpc_id=vpc.id, cidr_block="10.0.0.0/24", availability_zone="us-east-1a", map_public_ip_on_launch=True)\nb = aws.ec2.Subnet("b", vpc_id=vpc.id, cidr_block="10.0.1.0/24", availability_zone="us-east-1b", map_public_ip_on_launch=True)\nalb = aws.lb.LoadBalancer("alb", load_balancer_type="application", subnets=[a.id, b.id])\npulumi.export("dns", alb.dns_name)\n`,
    },
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#availability-zones'],
    notes: 'Network and Gateway Load Balancers (which accept one subnet) are not checked. Zones and public/private status are read from `aws.ec2.Subnet` resources of the program; subnets from lookups or config are not judged. A subnet counts as private when it does not set `mapPublicIpOnLaunch` while another subnet of the same load balancer sets it to true, unless its route table routes to an internet gateway. Internet-facing load balancers whose subnets all lack a route to an internet gateway are security/public-network-exposure\'s finding.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const type = str(arg(r, 'loadBalancerType'));
      if (type !== undefined && type !== 'application') continue;
      const list = items(arg(r, 'subnets')) ?? items(arg(r, 'subnetMappings'));
      if (!list || list.open) continue;
      if (list.items.length < 2 && list.items.every((v) => definite(ctx, v))) {
        ctx.report({ messageId: 'tooFew', data: { count: list.items.length, s: list.items.length === 1 ? '' : 's' }, at: arg(r, 'subnets')?.at, resource: r });
        continue;
      }
      checkSubnets(ctx, r, list.items);
    }
  },
});

/**
 * A list element that is really there: a literal, or an attribute of a resource created
 * unconditionally. (A list filled by `append`/`push` in a loop over an unknown collection holds one
 * element from a conditional resource, though the real list may be longer.)
 */
function definite(ctx: RuleContext, v: Value): boolean {
  const ref = v.kind === 'obj' ? v.props.get('subnetId') : v;
  if (ref && str(ref) !== undefined) return true;
  if (!ref || ref.kind !== 'output' || ref.resource === undefined) return false;
  const res = resourceById(ctx.model, ref.resource);
  return !!res && !res.conditional;
}

function subnetOf(ctx: RuleContext, v: Value): Resource | undefined {
  const ref = v.kind === 'obj' ? v.props.get('subnetId') : v;
  if (!ref || ref.kind !== 'output' || ref.resource === undefined) return undefined;
  const res = resourceById(ctx.model, ref.resource);
  return res && res.type === SUBNET ? res : undefined;
}

function checkSubnets(ctx: RuleContext, r: Resource, values: Value[]): void {
  const subnets = values.map((v) => subnetOf(ctx, v));
  if (subnets.some((s) => s === undefined || s.conditional)) return;
  const known = subnets as Resource[];
  const zones = known.map((s) => str(arg(s, 'availabilityZone')));
  if (zones.every((z) => z !== undefined) && new Set(zones).size === 1) {
    ctx.report({ messageId: 'sameZone', data: { az: zones[0]! }, at: arg(r, 'subnets')?.at, resource: r });
    return;
  }
  const internal = r.args.props.get('internal');
  if (!isAbsent(internal) && bool(internal) !== false) return;
  // A subnet routed to an internet gateway is public whatever its public IP flag.
  const publicIp = known.map((s) => (subnetRouting(ctx.model, s) === 'internet' ? true : s.args.open ? undefined : (bool(arg(s, 'mapPublicIpOnLaunch')) ?? (isAbsent(s.args.props.get('mapPublicIpOnLaunch')) ? false : undefined))));
  if (publicIp.some((p) => p === undefined)) return;
  const priv = known.filter((_, i) => publicIp[i] === false);
  if (priv.length > 0 && priv.length < known.length) {
    const name = describe(priv[0]!.name).replace(/^"|"$/g, '');
    ctx.report({ messageId: 'mixed', data: { private: `\`${name}\`` }, at: arg(r, 'subnets')?.at, resource: r, severity: 'medium' });
  }
}
