import type { Resource, ResourceModel } from '../../model/types.js';
import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { SUBNET, subnetRouting, vpcWithoutInternetGateway } from '../_shared/subnet-routing.js';
import { arg, bool, isAbsent, keySpan } from '../_shared/values.js';
import { routedTo, VPC } from '../_shared/vpc-routes.js';
import { programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const INTERNET_GATEWAY = 'aws:ec2/internetGateway:InternetGateway';
const GATEWAY_ATTACHMENT = 'aws:ec2/internetGatewayAttachment:InternetGatewayAttachment';
const NAT = 'aws:ec2/natGateway:NatGateway';

/** The program VPC an internet gateway is attached to (through `vpcId` or an attachment). */
function gatewayVpc(model: ResourceModel, igw: Resource): Resource | undefined {
  const direct = referencedResource(model, arg(igw, 'vpcId'));
  if (direct?.type === VPC) return direct;
  for (const a of model.resources) {
    if (a.type !== GATEWAY_ATTACHMENT || referencedResource(model, arg(a, 'internetGatewayId'))?.id !== igw.id) continue;
    const vpc = referencedResource(model, arg(a, 'vpcId'));
    if (vpc?.type === VPC) return vpc;
  }
  return undefined;
}

/** Does the VPC hold something that needs the internet gateway: a subnet with public IPs, or a NAT gateway? */
function internetUsers(model: ResourceModel, vpc: Resource): boolean {
  const inVpc = (subnet: Resource | undefined) => !!subnet && subnet.type === SUBNET && referencedResource(model, arg(subnet, 'vpcId'))?.id === vpc.id;
  return model.resources.some(
    (r) => (r.type === SUBNET && inVpc(r) && bool(arg(r, 'mapPublicIpOnLaunch')) !== false && !isAbsent(r.args.props.get('mapPublicIpOnLaunch'))) || (r.type === NAT && inVpc(referencedResource(model, arg(r, 'subnetId')))),
  );
}

export default defineRule({
  id: 'aws/public-subnet-without-internet-route',
  class: 'NETWORK-ROUTING-CIDR',
  severity: 'high',
  category: 'aws',
  resourceTypes: [SUBNET, INTERNET_GATEWAY],
  messages: {
    subnet: 'Subnet {{name}} gives its instances public IPs (`mapPublicIpOnLaunch: true`), but its route table has no route to an internet gateway: nothing in it (load balancer nodes, NAT gateways, instances) can reach or be reached from the internet. Add `0.0.0.0/0 → internetGateway.id` to the route table associated with it.',
    noGateway: 'Subnet {{name}} gives its instances public IPs (`mapPublicIpOnLaunch: true`), but its VPC {{vpc}} has no internet gateway: nothing in it can reach or be reached from the internet. Create an `aws.ec2.InternetGateway` for the VPC and route `0.0.0.0/0` to it from the public route table.',
    unrouted: 'This internet gateway is attached to {{vpc}}, but no route of the program sends traffic to it: the VPC\'s public subnets (and the NAT gateways in them) have no path to the internet. Add a `0.0.0.0/0` route with `gatewayId: igw.id` to the public route table and associate the public subnets with it.',
    unused: 'This internet gateway is attached to {{vpc}}, but no route of the program sends traffic to it and the VPC has no public subnet or NAT gateway: it does nothing. Route the public tier through it, or remove it.',
  },
  title: {
    subnet: 'Public subnet{{s}} {{name}} without a route to the internet gateway',
    noGateway: 'Public subnet{{s}} {{name}} in VPC {{vpc}}, which has no internet gateway',
    unrouted: 'Internet gateway of {{vpc}} used by no route',
    unused: 'Internet gateway of {{vpc}} used by no route and no public subnet',
  },
  fixHint: 'new aws.ec2.Route("public-default", { routeTableId: publicRt.id, destinationCidrBlock: "0.0.0.0/0", gatewayId: igw.id }) and a RouteTableAssociation for each public subnet.',
  docs: {
    summary: 'Public subnets (public IPs on launch) whose route table has no route to an internet gateway, or whose VPC has none, and internet gateways no route leads to.',
    why: 'A subnet is public only when its route table sends `0.0.0.0/0` to an internet gateway; public IPs alone do nothing. Model-written VPCs create the gateway and the public route table but forget the default route (or put it in another table), so internet-facing load balancers, NAT gateways and bastions in those subnets are unreachable and private subnets behind the NAT lose egress too.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst igw = new aws.ec2.InternetGateway('igw', { vpcId: vpc.id });\nconst rt = new aws.ec2.RouteTable('public', { vpcId: vpc.id });\nconst subnet = new aws.ec2.Subnet('public', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24', mapPublicIpOnLaunch: true });\nnew aws.ec2.RouteTableAssociation('public', { subnetId: subnet.id, routeTableId: rt.id });\nexport const igwId = igw.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nsubnet = aws.ec2.Subnet("public", vpc_id=vpc.id, cidr_block="10.0.0.0/24", map_public_ip_on_launch=True)\npulumi.export("subnet_id", subnet.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst igw = new aws.ec2.InternetGateway('igw', { vpcId: vpc.id });\nconst rt = new aws.ec2.RouteTable('public', { vpcId: vpc.id, routes: [{ cidrBlock: '0.0.0.0/0', gatewayId: igw.id }] });\nconst subnet = new aws.ec2.Subnet('public', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24', mapPublicIpOnLaunch: true });\nnew aws.ec2.RouteTableAssociation('public', { subnetId: subnet.id, routeTableId: rt.id });\nexport const igwId = igw.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nigw = aws.ec2.InternetGateway("igw", vpc_id=vpc.id)\nrt = aws.ec2.RouteTable("public", vpc_id=vpc.id)\naws.ec2.Route("default", route_table_id=rt.id, destination_cidr_block="0.0.0.0/0", gateway_id=igw.id)\nsubnet = aws.ec2.Subnet("public", vpc_id=vpc.id, cidr_block="10.0.0.0/24", map_public_ip_on_launch=True)\naws.ec2.RouteTableAssociation("public", subnet_id=subnet.id, route_table_id=rt.id)\npulumi.export("subnet_id", subnet.id)\n`,
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html', 'https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html'],
    notes: 'An unrouted gateway is high when its VPC has subnets with public IPs or NAT gateways (they lose the internet), low when nothing in the VPC needs it. A subnet is judged through its explicit route table associations; one without any uses the VPC\'s main route table, which the program does not describe, and is not reported here (aws/subnet-without-route-table). Gateways are judged only when the whole program was read and every route could be read; a route in a branch counts as a route. Internet gateways attached to a VPC the program does not create are not reported.',
  },
  check(ctx) {
    const complete = programIsComplete(ctx.model);
    const reportedVpcs = new Set<number>();
    for (const r of ctx.resources()) {
      if (r.type !== SUBNET || r.conditional || bool(arg(r, 'mapPublicIpOnLaunch')) !== true) continue;
      if (subnetRouting(ctx.model, r) !== 'none') continue;
      const bare = vpcWithoutInternetGateway(ctx.model, r);
      const vpc = referencedResource(ctx.model, arg(r, 'vpcId'));
      if (vpc) reportedVpcs.add(vpc.id);
      const data = { name: quotedName(r), vpc: bare ? quotedName(bare) : '' };
      ctx.report({ messageId: bare ? 'noGateway' : 'subnet', data, at: keySpan(r.args, 'mapPublicIpOnLaunch'), resource: r });
    }
    if (!complete) return;
    for (const igw of ctx.resources()) {
      if (igw.type !== INTERNET_GATEWAY || igw.conditional || igw.args.open) continue;
      const vpc = gatewayVpc(ctx.model, igw);
      if (!vpc || reportedVpcs.has(vpc.id)) continue;
      if (routedTo(ctx.model, igw) !== 'no') continue;
      const needed = internetUsers(ctx.model, vpc);
      ctx.report({ messageId: needed ? 'unrouted' : 'unused', data: { vpc: quotedName(vpc) }, resource: igw, ...(needed ? {} : { severity: 'low' as const }) });
    }
  },
});
