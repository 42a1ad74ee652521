import type { ObjV, Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { definitelyAbsent, isAbsent, items, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const NAT = 'aws:ec2/natGateway:NatGateway';
const ROUTE = 'aws:ec2/route:Route';
const ROUTE_TABLE = 'aws:ec2/routeTable:RouteTable';

// Every way a route can name where traffic goes (aws.ec2.Route / RouteTable `routes`); `instanceId`
// existed in provider versions before 6.
const TARGETS = [
  'gatewayId',
  'natGatewayId',
  'networkInterfaceId',
  'transitGatewayId',
  'vpcPeeringConnectionId',
  'egressOnlyGatewayId',
  'vpcEndpointId',
  'carrierGatewayId',
  'localGatewayId',
  'coreNetworkArn',
  'odbNetworkArn',
  'instanceId',
];

const DEFAULT_ROUTES = new Set(['0.0.0.0/0', '::/0']);

export default defineRule({
  id: 'aws/nat-gateway-without-eip',
  class: 'NETWORK-ROUTING-CIDR',
  severity: 'critical',
  category: 'aws',
  resourceTypes: [NAT, ROUTE, ROUTE_TABLE],
  messages: {
    noEip: 'This public NAT gateway has no `allocationId`: AWS requires an Elastic IP for a public, zonal NAT gateway, so creation fails. Create an `aws.ec2.Eip` (domain "vpc") and pass its `allocationId`, or set `connectivityType: "private"` if the gateway should not reach the internet.',
    noTarget: 'The default route {{cidr}} names no target (no internet gateway, NAT gateway, network interface, transit gateway or peering connection): AWS rejects a route without a target, so the subnets it serves never reach the internet. Set `gatewayId` or `natGatewayId`.',
  },
  title: {
    noEip: 'Public NAT gateway{{s}} without an Elastic IP',
    noTarget: 'Default route {{cidr}} without a target',
  },
  fixHint: 'const eip = new aws.ec2.Eip("nat", { domain: "vpc" }); new aws.ec2.NatGateway("nat", { subnetId: publicSubnet.id, allocationId: eip.id });',
  docs: {
    summary: 'A public NAT gateway created without an Elastic IP allocation, and default routes (0.0.0.0/0, ::/0) without any target.',
    why: 'A NAT gateway with public connectivity (the default) needs an Elastic IP: without `allocationId` the create call fails. Model-written VPCs often forget the EIP, or build the route to the NAT gateway from a list that holds fewer gateways than subnets, leaving the route without a target. Either way private subnets lose their path to the internet and the deployment stops.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst pub = new aws.ec2.Subnet('pub', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24' });\nconst nat = new aws.ec2.NatGateway('nat', { subnetId: pub.id });\nexport const natId = nat.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\npub = aws.ec2.Subnet("pub", vpc_id=vpc.id, cidr_block="10.0.0.0/24")\nnat = aws.ec2.NatGateway("nat", subnet_id=pub.id)\npulumi.export("nat_id", nat.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst pub = new aws.ec2.Subnet('pub', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24' });\nconst eip = new aws.ec2.Eip('nat', { domain: 'vpc' });\nconst nat = new aws.ec2.NatGateway('nat', { subnetId: pub.id, allocationId: eip.id });\nexport const natId = nat.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\npub = aws.ec2.Subnet("pub", vpc_id=vpc.id, cidr_block="10.0.0.0/24")\neip = aws.ec2.Eip("nat", domain="vpc")\nnat = aws.ec2.NatGateway("nat", subnet_id=pub.id, allocation_id=eip.id)\npulumi.export("nat_id", nat.id)\n`,
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-working-with.html', 'https://www.pulumi.com/registry/packages/aws/api-docs/ec2/natgateway/'],
    notes: 'Regional NAT gateways (`availabilityMode: "regional"`) and private ones are not reported. A route is reported only when every target argument is definitely absent (an unknown spread of arguments may hold one).',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === NAT) checkNat(ctx, r);
      else if (r.type === ROUTE) checkRoute(ctx, r, r.args);
      else for (const route of items(r.args.props.get('routes'))?.items ?? []) if (route.kind === 'obj') checkRoute(ctx, r, route);
    }
  },
});

function checkNat(ctx: RuleContext, r: Resource): void {
  const connectivity = r.args.props.get('connectivityType');
  const mode = r.args.props.get('availabilityMode');
  const isPublic = isAbsent(connectivity) || str(connectivity) === 'public';
  const isZonal = isAbsent(mode) || str(mode) === 'zonal';
  if (isPublic && isZonal && definitelyAbsent(r, 'allocationId')) ctx.report({ messageId: 'noEip', resource: r });
}

function checkRoute(ctx: RuleContext, r: Resource, route: ObjV): void {
  const cidrV: Value | undefined = route.props.get('destinationCidrBlock') ?? route.props.get('cidrBlock') ?? route.props.get('destinationIpv6CidrBlock') ?? route.props.get('ipv6CidrBlock');
  const cidr = str(cidrV);
  if (!cidr || !DEFAULT_ROUTES.has(cidr) || route.open) return;
  if (TARGETS.some((t) => !isAbsent(route.props.get(t)))) return;
  ctx.report({ messageId: 'noTarget', data: { cidr }, at: route === r.args ? r.at : route.at, resource: r, severity: 'high' });
}
