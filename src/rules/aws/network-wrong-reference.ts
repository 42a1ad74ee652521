import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { describeRef, NETWORK_SLOTS, SG_TYPES, SUBNET_TYPES, slotValues } from '../_shared/network-slots.js';
import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { arg } from '../_shared/values.js';
import { VPC } from '../_shared/vpc-routes.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const NAT = 'aws:ec2/natGateway:NatGateway';
const IGW = 'aws:ec2/internetGateway:InternetGateway';
const ROUTE = 'aws:ec2/route:Route';
const ROUTE_TABLE = 'aws:ec2/routeTable:RouteTable';
const ASSOCIATION = 'aws:ec2/routeTableAssociation:RouteTableAssociation';

/** The program VPC a network object lives in: a subnet's, security group's, route table's or gateway's `vpcId`, a NAT gateway's subnet's. */
function vpcOfObject(model: ResourceModel, r: Resource | undefined, depth = 0): Resource | undefined {
  if (!r || depth > 2) return undefined;
  if (r.type === VPC) return r;
  if (r.type === NAT) return vpcOfObject(model, referencedResource(model, arg(r, 'subnetId')), depth + 1);
  const vpc = referencedResource(model, arg(r, 'vpcId'));
  return vpc?.type === VPC ? vpc : undefined;
}

/** The resource whose `id` a value is (`subnet.id`), or undefined. */
function idOf(model: ResourceModel, v: Value): Resource | undefined {
  return v.kind === 'output' && v.attr === 'id' ? referencedResource(model, v) : undefined;
}

function checkTypes(ctx: RuleContext, r: Resource): void {
  for (const s of NETWORK_SLOTS[r.type] ?? []) {
    for (const v of slotValues(r, s.path)) {
      if (v.kind !== 'output' || v.resource === undefined) continue;
      const ref = referencedResource(ctx.model, v);
      if (!ref || ref.pkg !== 'aws' || ref.isProvider) continue;
      const key = s.path.split('.').filter((p) => p !== '*').pop()!;
      if (v.attr === 'id' && !s.allowed.includes(ref.type)) {
        ctx.report({ messageId: 'wrongType', data: { key, noun: s.noun, ref: describeRef(ref) }, at: v.at, resource: r });
      } else if (v.attr === 'arn') {
        ctx.report({ messageId: 'arn', data: { key, noun: s.noun, ref: quotedName(ref) }, at: v.at, resource: r });
      }
    }
  }
}

/** Subnets and security groups of one resource must all sit in one VPC. */
function checkSameVpc(ctx: RuleContext, r: Resource): void {
  const slots = NETWORK_SLOTS[r.type] ?? [];
  const subnets = slots.filter((s) => s.allowed === SUBNET_TYPES).flatMap((s) => slotValues(r, s.path));
  const groups = slots.filter((s) => s.allowed === SG_TYPES && !/^(securityGroupId|sourceSecurityGroupId|referencedSecurityGroupId)$/.test(s.path)).flatMap((s) => slotValues(r, s.path));
  if (subnets.length === 0) return;
  const subnetVpcs = subnets.map((v) => ({ v, vpc: vpcOfObject(ctx.model, idOf(ctx.model, v)) }));
  if (subnetVpcs.some((x) => !x.vpc)) return;
  const first = subnetVpcs[0]!;
  const stray = subnetVpcs.find((x) => x.vpc !== first.vpc);
  if (stray) {
    ctx.report({ messageId: 'subnetsVpcs', data: { vpc: quotedName(first.vpc!), other: quotedName(stray.vpc!) }, at: stray.v.at, resource: r });
    return;
  }
  for (const g of groups) {
    const group = idOf(ctx.model, g);
    const vpc = vpcOfObject(ctx.model, group);
    if (group && vpc && vpc !== first.vpc) ctx.report({ messageId: 'groupVpc', data: { group: quotedName(group), vpc: quotedName(vpc), subnetVpc: quotedName(first.vpc!) }, at: g.at, resource: r });
  }
}

/** A route's table and its target (internet gateway, NAT gateway), or an association's table and subnet, must share the VPC. */
function checkRouting(ctx: RuleContext, r: Resource): void {
  const pairs: { table: Value | undefined; other: Value | undefined; what: string }[] = [];
  if (r.type === ASSOCIATION) pairs.push({ table: arg(r, 'routeTableId'), other: arg(r, 'subnetId'), what: 'subnet' });
  if (r.type === ROUTE) {
    pairs.push({ table: arg(r, 'routeTableId'), other: arg(r, 'gatewayId'), what: 'gateway' });
    pairs.push({ table: arg(r, 'routeTableId'), other: arg(r, 'natGatewayId'), what: 'NAT gateway' });
  }
  if (r.type === ROUTE_TABLE) {
    for (const route of slotValues(r, 'routes.*')) {
      if (route.kind !== 'obj') continue;
      pairs.push({ table: undefined, other: route.props.get('gatewayId'), what: 'gateway' });
      pairs.push({ table: undefined, other: route.props.get('natGatewayId'), what: 'NAT gateway' });
    }
  }
  for (const p of pairs) {
    const table = p.table ? idOf(ctx.model, p.table) : r;
    const other = p.other ? idOf(ctx.model, p.other) : undefined;
    if (!table || table.type !== ROUTE_TABLE || !other || ![IGW, NAT, ...SUBNET_TYPES].includes(other.type)) continue;
    const tableVpc = vpcOfObject(ctx.model, table);
    const otherVpc = vpcOfObject(ctx.model, other);
    if (tableVpc && otherVpc && tableVpc !== otherVpc) {
      ctx.report({ messageId: 'routeVpc', data: { what: p.what, other: quotedName(other), otherVpc: quotedName(otherVpc), table: quotedName(table), tableVpc: quotedName(tableVpc) }, at: p.other?.at, resource: r });
    }
  }
}

export default defineRule({
  id: 'aws/network-wrong-reference',
  class: 'NETWORK-ROUTING-CIDR',
  severity: 'high',
  category: 'aws',
  resourceTypes: Object.keys(NETWORK_SLOTS),
  messages: {
    wrongType: '`{{key}}` must name {{noun}}, but is given the id of {{ref}}: AWS rejects the id ("invalid … ID" / "does not exist") and the deployment fails. Pass the id of the right resource.',
    arn: '`{{key}}` must hold the id of {{noun}}, but is given the ARN of {{ref}}: AWS rejects it as a malformed id and the deployment fails. Use `.id`.',
    subnetsVpcs: 'The subnets given here belong to different VPCs ({{vpc}} and {{other}}): AWS requires all subnets of a resource to be in one VPC, so the call fails. Use subnets of one VPC.',
    groupVpc: 'Security group {{group}} belongs to VPC {{vpc}}, but the subnets given here are in {{subnetVpc}}: AWS rejects security groups of another VPC ("security group and subnet belong to different networks"). Create the security group in {{subnetVpc}}.',
    routeVpc: 'This {{what}} {{other}} is in VPC {{otherVpc}}, but route table {{table}} belongs to {{tableVpc}}: AWS rejects routes and associations across VPCs ("belong to different networks"). Use the {{what}} of the route table\'s own VPC.',
  },
  title: {
    wrongType: '{{key:arg:code}} given the id of {{ref}} instead of {{noun}}',
    arn: '{{key:arg:code}} given the ARN of {{ref}} instead of the id of {{noun}}',
    subnetsVpcs: 'Subnets of different VPCs ({{vpc}}, {{other}}) given to {{counted}}',
    groupVpc: 'Security group {{group}} of VPC {{vpc}} used with subnets of {{subnetVpc}}',
    routeVpc: '{{what}} {{other}} of VPC {{otherVpc}} used with route table {{table}} of {{tableVpc}}',
  },
  fixHint: 'Pass ids of the resource type each argument names: routeTableIds/routeTableId ← aws.ec2.RouteTable.id, subnetIds ← aws.ec2.Subnet.id, vpcPeeringConnectionId ← aws.ec2.VpcPeeringConnection.id, all in the same VPC.',
  docs: {
    summary: 'Network arguments given the id of the wrong kind of resource (a subnet id as a route table id, a VPC id as a peering connection id, an ARN instead of an id), or wired across VPCs (subnets of two VPCs, a security group, gateway or route table of another VPC).',
    why: 'Every id argument of the VPC APIs names one kind of object; EC2 checks the prefix and existence of each id (`rtb-`, `subnet-`, `pcx-`, `sg-`) and refuses ids of another kind, ARNs, and objects of another VPC. Model-written programs pass `privateSubnets.map(s => s.id)` as route table ids, `peerVpc.id` as `vpcPeeringConnectionId`, or mix the security group of one VPC with the subnets of another in multi-VPC designs; the deployment fails at that resource.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst peer = new aws.ec2.Vpc('peer', { cidrBlock: '10.1.0.0/16' });\nconst rt = new aws.ec2.RouteTable('rt', { vpcId: vpc.id });\nnew aws.ec2.VpcPeeringConnection('pcx', { vpcId: vpc.id, peerVpcId: peer.id, autoAccept: true });\nnew aws.ec2.Route('to-peer', { routeTableId: rt.id, destinationCidrBlock: '10.1.0.0/16', vpcPeeringConnectionId: peer.id });\n`,
      py: `import pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nsubnet = aws.ec2.Subnet("a", vpc_id=vpc.id, cidr_block="10.0.0.0/24")\naws.ec2.RouteTableAssociation("a", subnet_id=subnet.id, route_table_id=subnet.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst peer = new aws.ec2.Vpc('peer', { cidrBlock: '10.1.0.0/16' });\nconst rt = new aws.ec2.RouteTable('rt', { vpcId: vpc.id });\nconst pcx = new aws.ec2.VpcPeeringConnection('pcx', { vpcId: vpc.id, peerVpcId: peer.id, autoAccept: true });\nnew aws.ec2.Route('to-peer', { routeTableId: rt.id, destinationCidrBlock: '10.1.0.0/16', vpcPeeringConnectionId: pcx.id });\n`,
      py: `import pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nsubnet = aws.ec2.Subnet("a", vpc_id=vpc.id, cidr_block="10.0.0.0/24")\nrt = aws.ec2.RouteTable("rt", vpc_id=vpc.id)\naws.ec2.RouteTableAssociation("a", subnet_id=subnet.id, route_table_id=rt.id)\n`,
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html', 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateRoute.html'],
    notes: 'Only attributes of resources the program creates are judged (`x.id` of the wrong type, `x.arn` where an id belongs); ids from configuration or lookups are not. A NAT gateway id in a route\'s `gatewayId` is accepted, as EC2 accepts it. Cross-VPC checks need every subnet to name a VPC of the program. VPC endpoint arguments are aws/vpc-endpoint-misconfigured\'s findings.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      checkTypes(ctx, r);
      checkSameVpc(ctx, r);
      checkRouting(ctx, r);
    }
  },
});
