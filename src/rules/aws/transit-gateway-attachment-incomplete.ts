import type { Resource, ResourceModel } from '../../model/types.js';
import { quotedName, referencedResource, refersTo } from '../_shared/resource-refs.js';
import { arg, bool, items, str } from '../_shared/values.js';
import { routeEntries, routeTargets, vpcOf, vpcOfRoute } from '../_shared/vpc-routes.js';
import type { RuleContext } from '../context.js';
import { inFragment, programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const TGW = 'aws:ec2transitgateway/transitGateway:TransitGateway';
const ATTACHMENT = 'aws:ec2transitgateway/vpcAttachment:VpcAttachment';
const TGW_ASSOCIATION = 'aws:ec2transitgateway/routeTableAssociation:RouteTableAssociation';
const SUBNET = 'aws:ec2/subnet:Subnet';

/** Does a route in one of the VPC's route tables send traffic to the transit gateway (directly or through the attachment's `transitGatewayId`)? */
function vpcRoutesTo(model: ResourceModel, vpc: Resource, tgw: Resource, attachment: Resource): 'yes' | 'no' | 'unknown' {
  const { entries, open } = routeEntries(model);
  let result: 'no' | 'unknown' = open ? 'unknown' : 'no';
  for (const e of entries) {
    const rel = routeTargets(model, e, tgw) === 'yes' ? 'yes' : routeTargets(model, e, attachment);
    if (rel === 'no') continue;
    const owner = vpcOfRoute(model, e);
    if (rel === 'yes' && owner?.id === vpc.id) return 'yes';
    if (!owner) result = 'unknown';
  }
  return result;
}

/** Is the attachment associated with a transit gateway route table ('unknown' when an association may name it)? */
function associated(ctx: RuleContext, attachment: Resource, tgw: Resource): 'yes' | 'no' | 'unknown' {
  const off = bool(arg(attachment, 'transitGatewayDefaultRouteTableAssociation')) === false || str(arg(tgw, 'defaultRouteTableAssociation')) === 'disable';
  if (!off) return 'yes';
  let result: 'no' | 'unknown' = 'no';
  for (const a of ctx.model.resources) {
    if (a.type !== TGW_ASSOCIATION) continue;
    const rel = a.args.open ? 'unknown' : refersTo(ctx.model, arg(a, 'transitGatewayAttachmentId'), attachment);
    if (rel === 'yes') return 'yes';
    if (rel === 'unknown') result = 'unknown';
  }
  return result;
}

function checkZones(ctx: RuleContext, attachment: Resource): void {
  const seen = new Map<string, Resource>();
  for (const v of items(arg(attachment, 'subnetIds'))?.items ?? []) {
    const subnet = referencedResource(ctx.model, v);
    const az = subnet?.type === SUBNET ? str(arg(subnet, 'availabilityZone')) : undefined;
    if (!subnet || az === undefined || subnet.conditional) continue;
    const first = seen.get(az);
    if (first && first.id !== subnet.id) {
      ctx.report({ messageId: 'sameZone', data: { first: quotedName(first), second: quotedName(subnet), az }, at: v.at, resource: attachment, severity: 'high' });
      return;
    }
    seen.set(az, subnet);
  }
}

export default defineRule({
  id: 'aws/transit-gateway-attachment-incomplete',
  class: 'NETWORK-ROUTING-CIDR',
  // An attachment without routes deploys and carries nothing (medium); one EC2 rejects fails it (high).
  severity: 'medium',
  category: 'aws',
  resourceTypes: [ATTACHMENT],
  messages: {
    noVpcRoute: 'VPC {{vpc}} is attached to transit gateway {{tgw}}, but no route table of the VPC sends any destination to the transit gateway: instances only use the `local` route and their default route, so no traffic from the VPC ever enters the attachment. Add `aws.ec2.Route`s with `transitGatewayId` for the other networks\' CIDRs in the VPC\'s route tables (after the attachment exists).',
    notAssociated: 'This attachment turns off association with the default transit gateway route table and no `aws.ec2transitgateway.RouteTableAssociation` associates it with another: traffic arriving from the VPC has no route table to look up and is dropped. Associate the attachment with a transit gateway route table.',
    sameZone: 'The attachment lists subnets {{first}} and {{second}}, both in {{az}}: a transit gateway attachment takes one subnet per Availability Zone, so EC2 rejects it (DuplicateSubnetsInSameZone). Pass one subnet from each AZ.',
  },
  title: {
    noVpcRoute: 'Transit gateway attachment of VPC {{vpc}} without routes to it',
    notAssociated: 'Transit gateway attachment associated with no route table',
    sameZone: 'Transit gateway attachment with two subnets in {{az}}',
  },
  fixHint: 'new aws.ec2.Route("to-hub", { routeTableId: privateRt.id, destinationCidrBlock: "10.0.0.0/8", transitGatewayId: tgw.id }, { dependsOn: [attachment] }); subnetIds: one subnet per AZ.',
  docs: {
    summary: 'Transit gateway VPC attachments that carry no traffic or are rejected: no route in the attached VPC leads to the transit gateway, association with every transit gateway route table turned off, or two subnets of one Availability Zone.',
    why: 'Attaching a VPC only gives the transit gateway an interface in it. The VPC\'s route tables decide what goes there, and the transit gateway needs a route table associated with the attachment to forward what arrives. Without a route on the VPC side, or with the default association turned off and none made, the hub-and-spoke network is created but nothing crosses it. An attachment takes one subnet per AZ.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst hub = new aws.ec2transitgateway.TransitGateway('hub');\nconst vpc = new aws.ec2.Vpc('spoke', { cidrBlock: '10.20.0.0/16' });\nconst subnet = new aws.ec2.Subnet('spoke-a', { vpcId: vpc.id, cidrBlock: '10.20.1.0/24', availabilityZone: 'eu-west-1a' });\nconst rt = new aws.ec2.RouteTable('spoke', { vpcId: vpc.id });\nnew aws.ec2.RouteTableAssociation('spoke-a', { subnetId: subnet.id, routeTableId: rt.id });\nnew aws.ec2transitgateway.VpcAttachment('spoke', { transitGatewayId: hub.id, vpcId: vpc.id, subnetIds: [subnet.id] });\n`,
      py: `import pulumi_aws as aws\nhub = aws.ec2transitgateway.TransitGateway("hub")\nvpc = aws.ec2.Vpc("spoke", cidr_block="10.20.0.0/16")\na = aws.ec2.Subnet("spoke-a", vpc_id=vpc.id, cidr_block="10.20.1.0/24", availability_zone="eu-west-1a")\nb = aws.ec2.Subnet("spoke-b", vpc_id=vpc.id, cidr_block="10.20.2.0/24", availability_zone="eu-west-1a")\nrt = aws.ec2.RouteTable("spoke", vpc_id=vpc.id, routes=[{"cidr_block": "10.0.0.0/8", "transit_gateway_id": hub.id}])\naws.ec2transitgateway.VpcAttachment("spoke", transit_gateway_id=hub.id, vpc_id=vpc.id, subnet_ids=[a.id, b.id])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst hub = new aws.ec2transitgateway.TransitGateway('hub');\nconst vpc = new aws.ec2.Vpc('spoke', { cidrBlock: '10.20.0.0/16' });\nconst subnet = new aws.ec2.Subnet('spoke-a', { vpcId: vpc.id, cidrBlock: '10.20.1.0/24', availabilityZone: 'eu-west-1a' });\nconst rt = new aws.ec2.RouteTable('spoke', { vpcId: vpc.id });\nnew aws.ec2.RouteTableAssociation('spoke-a', { subnetId: subnet.id, routeTableId: rt.id });\nconst attachment = new aws.ec2transitgateway.VpcAttachment('spoke', { transitGatewayId: hub.id, vpcId: vpc.id, subnetIds: [subnet.id] });\nnew aws.ec2.Route('to-hub', { routeTableId: rt.id, destinationCidrBlock: '10.0.0.0/8', transitGatewayId: hub.id }, { dependsOn: [attachment] });\n`,
      py: `import pulumi_aws as aws\nhub = aws.ec2transitgateway.TransitGateway("hub")\nvpc = aws.ec2.Vpc("spoke", cidr_block="10.20.0.0/16")\na = aws.ec2.Subnet("spoke-a", vpc_id=vpc.id, cidr_block="10.20.1.0/24", availability_zone="eu-west-1a")\nb = aws.ec2.Subnet("spoke-b", vpc_id=vpc.id, cidr_block="10.20.2.0/24", availability_zone="eu-west-1b")\nrt = aws.ec2.RouteTable("spoke", vpc_id=vpc.id, routes=[{"cidr_block": "10.0.0.0/8", "transit_gateway_id": hub.id}])\naws.ec2transitgateway.VpcAttachment("spoke", transit_gateway_id=hub.id, vpc_id=vpc.id, subnet_ids=[a.id, b.id])\n`,
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html', 'https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html'],
    notes: 'Routes and associations are judged only when the whole program was read and the transit gateway and VPC are created by the program; routes whose table cannot be tied to a VPC silence the route check. Subnet AZs are compared only when written.',
  },
  check(ctx) {
    const complete = programIsComplete(ctx.model);
    for (const att of ctx.resources()) {
      checkZones(ctx, att);
      if (!complete || att.conditional || inFragment(ctx, att)) continue;
      const tgw = referencedResource(ctx.model, arg(att, 'transitGatewayId'));
      const vpc = vpcOf(ctx.model, att);
      if (!tgw || tgw.type !== TGW || !vpc) continue;
      if (vpcRoutesTo(ctx.model, vpc, tgw, att) === 'no') ctx.report({ messageId: 'noVpcRoute', data: { vpc: quotedName(vpc), tgw: quotedName(tgw) }, resource: att });
      if (associated(ctx, att, tgw) === 'no') ctx.report({ messageId: 'notAssociated', at: att.args.keys?.get('transitGatewayDefaultRouteTableAssociation')?.at, resource: att });
    }
  },
});
