import type { Resource, ResourceModel } from '../../model/types.js';
import { overlaps, parseCidr } from '../_shared/cidr.js';
import { quotedName, referencedResource, refersTo } from '../_shared/resource-refs.js';
import { arg, bool, keySpan, str } from '../_shared/values.js';
import { namesResource, routeEntries, vpcOfRoute, VPC } from '../_shared/vpc-routes.js';
import { regionOf } from '../_shared/deploy-region.js';
import { programIsComplete } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const PEERING = 'aws:ec2/vpcPeeringConnection:VpcPeeringConnection';
const ACCEPTER = 'aws:ec2/vpcPeeringConnectionAccepter:VpcPeeringConnectionAccepter';

function programVpc(model: ResourceModel, r: Resource, key: string): Resource | undefined {
  const vpc = referencedResource(model, arg(r, key));
  return vpc && vpc.type === VPC ? vpc : undefined;
}

/** Accepters of the program that accept this connection ('unknown' when one may). */
function accepted(model: ResourceModel, peering: Resource): 'yes' | 'no' | 'unknown' {
  if (bool(arg(peering, 'autoAccept')) === true) return 'yes';
  const auto = arg(peering, 'autoAccept');
  if (auto && bool(auto) === undefined) return 'unknown';
  let result: 'no' | 'unknown' = 'no';
  for (const a of model.resources) {
    if (a.type !== ACCEPTER) continue;
    const rel = a.args.open ? 'unknown' : refersTo(model, arg(a, 'vpcPeeringConnectionId'), peering);
    if (rel === 'yes') return 'yes';
    if (rel === 'unknown') result = 'unknown';
  }
  return result;
}

/** The program's accepters of the connection: routes may name the connection through them. */
function acceptersOf(model: ResourceModel, peering: Resource): Resource[] {
  return model.resources.filter((a) => a.type === ACCEPTER && refersTo(model, arg(a, 'vpcPeeringConnectionId'), peering) === 'yes');
}

/** The program VPCs that route through the connection, or undefined when some route cannot be read. */
function routedSides(model: ResourceModel, peering: Resource): Set<Resource | 'elsewhere'> | undefined {
  const { entries, open } = routeEntries(model);
  if (open) return undefined;
  const accepters = acceptersOf(model, peering);
  const sides = new Set<Resource | 'elsewhere'>();
  for (const e of entries) {
    if (e.route.kind !== 'obj') return undefined;
    const target = e.route.props.get('vpcPeeringConnectionId');
    const rels = [peering, ...accepters].map((t) => namesResource(model, target, t));
    if (rels.includes('yes')) sides.add(vpcOfRoute(model, e) ?? 'elsewhere');
    else if (rels.includes('unknown')) return undefined;
  }
  return sides;
}

const CIDR_ASSOCIATION = 'aws:ec2/vpcIpv4CidrBlockAssociation:VpcIpv4CidrBlockAssociation';

/** Routes through the connection toward a block the VPC across it does not hold: peering is not
 *  transitive, so that traffic is dropped at the peer. Only VPCs with one known block are judged. */
function checkDestinations(ctx: RuleContext, p: Resource, vpc: Resource, peer: Resource): void {
  const { entries } = routeEntries(ctx.model);
  const accepters = acceptersOf(ctx.model, p);
  const secondary = (v: Resource) => ctx.model.resources.some((a) => a.type === CIDR_ASSOCIATION && refersTo(ctx.model, arg(a, 'vpcId'), v) !== 'no');
  for (const e of entries) {
    if (e.route.kind !== 'obj') continue;
    const target = e.route.props.get('vpcPeeringConnectionId');
    if (![p, ...accepters].some((t) => namesResource(ctx.model, target, t) === 'yes')) continue;
    const side = vpcOfRoute(ctx.model, e);
    const across = side === vpc ? peer : side === peer ? vpc : undefined;
    if (!across || secondary(across)) continue;
    const destValue = e.route.props.get('destinationCidrBlock') ?? e.route.props.get('cidrBlock');
    const dest = parseCidr(str(destValue) ?? '');
    const acrossCidr = parseCidr(str(arg(across, 'cidrBlock')) ?? '');
    if (!dest || !acrossCidr || overlaps(dest, acrossCidr)) continue;
    ctx.report({ messageId: 'wrongDestination', data: { dest: dest.text, peer: quotedName(across), peerCidr: acrossCidr.text }, at: destValue?.at, resource: e.owner, severity: 'medium' });
  }
}

/** Cross-region settings the connection cannot be created with. */
function checkRegions(ctx: RuleContext, p: Resource, peer: Resource | undefined): void {
  const peerRegion = arg(p, 'peerRegion');
  if (peerRegion && bool(arg(p, 'autoAccept')) === true) {
    ctx.report({ messageId: 'autoAcceptCrossRegion', at: keySpan(p.args, 'autoAccept'), resource: p });
    return;
  }
  const mine = regionOf(ctx.model, p);
  const theirs = peer && regionOf(ctx.model, peer);
  if (!peerRegion && mine && theirs && mine !== theirs) {
    ctx.report({ messageId: 'noPeerRegion', data: { peer: quotedName(peer!), theirs, mine }, at: keySpan(p.args, 'peerVpcId'), resource: p });
  }
}

export default defineRule({
  id: 'aws/vpc-peering-incomplete',
  class: 'NETWORK-ROUTING-CIDR',
  severity: 'high',
  category: 'aws',
  resourceTypes: [PEERING],
  messages: {
    overlap: 'This peering connection joins {{vpc}} ({{cidr}}) and {{peer}} ({{peerCidr}}), whose CIDR blocks overlap: AWS cannot peer VPCs with overlapping ranges, so the connection fails. Give the two VPCs disjoint blocks.',
    pending: 'This peering connection is never accepted: `autoAccept` is not true and no `aws.ec2.VpcPeeringConnectionAccepter` accepts it, so it stays in "pending-acceptance" and no traffic crosses it. Set `autoAccept: true` (same account and region) or create an accepter in the peer\'s account/region.',
    noRoutes: 'No route of the program sends traffic through this peering connection: peering only carries traffic that route tables point at it, so the VPCs still cannot reach each other. Add routes to the peer\'s CIDR with `vpcPeeringConnectionId` in the route tables of both VPCs.',
    autoAcceptCrossRegion: 'This peering connection sets `peerRegion` and `autoAccept: true`: a cross-region request cannot be accepted by the requester, and the provider refuses the combination ("peer_region cannot be set whilst auto_accept is true"). Drop `autoAccept` and accept it with an `aws.ec2.VpcPeeringConnectionAccepter` created with a provider for the peer region.',
    noPeerRegion: 'The peer VPC {{peer}} is in {{theirs}} but this connection is requested in {{mine}} without `peerRegion`: EC2 looks for the peer VPC in {{mine}} and the connection fails. Set `peerRegion: "{{theirs}}"` and accept it with an accepter in {{theirs}}.',
    wrongDestination: 'This route sends {{dest}} through the peering connection, but the VPC across it, {{peer}}, holds {{peerCidr}}: peering only carries traffic to the peer VPC\'s own addresses (it is not transitive), so packets for {{dest}} are dropped. Route the peer\'s block ({{peerCidr}}) through the connection, and reach other networks through a transit gateway.',
    oneSide: 'Only {{routed}} routes traffic through this peering connection; the route tables of {{missing}} have no route back to it, so replies never return and connections fail. Add routes with `vpcPeeringConnectionId` in {{missing}}\'s route tables too.',
  },
  title: {
    wrongDestination: 'Peering route to {{dest}}, outside the peer VPC\'s {{peerCidr}}',
    overlap: 'Peering between overlapping CIDRs {{cidr}} and {{peerCidr}}',
    pending: '{{counted}} never accepted',
    noRoutes: 'No route uses {{counted}}',
    autoAcceptCrossRegion: 'Cross-region peering with autoAccept',
    noPeerRegion: 'Peering to VPC {{peer}} in {{theirs}} without peerRegion',
    oneSide: 'VPC peering routed from {{routed}} only, no route back from {{missing}}',
  },
  fixHint: 'new aws.ec2.Route("to-peer", { routeTableId: rt.id, destinationCidrBlock: peerCidr, vpcPeeringConnectionId: peering.id }) in each VPC, and an accepter (or autoAccept: true) for the connection.',
  docs: {
    summary: 'VPC peering connections between overlapping CIDR blocks, never accepted, without routes in both VPCs, with routes toward blocks the peer VPC does not hold, or requested across regions wrongly (`autoAccept` with `peerRegion`, a peer VPC in another region without `peerRegion`).',
    why: 'A peering connection carries traffic only when it is active and both VPCs route the other\'s range through it. AWS refuses to peer overlapping ranges; a request that is neither auto-accepted nor accepted by an `aws.ec2.VpcPeeringConnectionAccepter` (always needed across regions or accounts) stays pending; and routes on one side only let packets out but not back. In each case the VPCs cannot reach each other, and a design that depends on it does not work.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst a = new aws.ec2.Vpc('a', { cidrBlock: '10.0.0.0/16' });\nconst b = new aws.ec2.Vpc('b', { cidrBlock: '10.1.0.0/16' });\nconst peering = new aws.ec2.VpcPeeringConnection('a-b', { vpcId: a.id, peerVpcId: b.id, autoAccept: true });\nexport const peeringId = peering.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\na = aws.ec2.Vpc("a", cidr_block="10.0.0.0/16")\nb = aws.ec2.Vpc("b", cidr_block="10.0.0.0/16")\npeering = aws.ec2.VpcPeeringConnection("a-b", vpc_id=a.id, peer_vpc_id=b.id, auto_accept=True)\npulumi.export("peering_id", peering.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst a = new aws.ec2.Vpc('a', { cidrBlock: '10.0.0.0/16' });\nconst b = new aws.ec2.Vpc('b', { cidrBlock: '10.1.0.0/16' });\nconst rtA = new aws.ec2.RouteTable('a', { vpcId: a.id });\nconst rtB = new aws.ec2.RouteTable('b', { vpcId: b.id });\nconst peering = new aws.ec2.VpcPeeringConnection('a-b', { vpcId: a.id, peerVpcId: b.id, autoAccept: true });\nnew aws.ec2.Route('a-to-b', { routeTableId: rtA.id, destinationCidrBlock: '10.1.0.0/16', vpcPeeringConnectionId: peering.id });\nnew aws.ec2.Route('b-to-a', { routeTableId: rtB.id, destinationCidrBlock: '10.0.0.0/16', vpcPeeringConnectionId: peering.id });\nexport const peeringId = peering.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\na = aws.ec2.Vpc("a", cidr_block="10.0.0.0/16")\nb = aws.ec2.Vpc("b", cidr_block="10.1.0.0/16")\npeering = aws.ec2.VpcPeeringConnection("a-b", vpc_id=a.id, peer_vpc_id=b.id, auto_accept=True)\naws.ec2.RouteTable("a", vpc_id=a.id, routes=[{"cidr_block": "10.1.0.0/16", "vpc_peering_connection_id": peering.id}])\naws.ec2.RouteTable("b", vpc_id=b.id, routes=[{"cidr_block": "10.0.0.0/16", "vpc_peering_connection_id": peering.id}])\npulumi.export("peering_id", peering.id)\n`,
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html', 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html', 'https://www.pulumi.com/registry/packages/aws/api-docs/ec2/vpcpeeringconnectionaccepter/'],
    notes: 'Overlap is judged only between VPCs of the program with known blocks. Acceptance and routes are judged only when the whole program was read; routes through an accepter (`accepter.id`) count as routes through the connection. "One side" needs both VPCs to be created by the program and every route through the connection to sit in a route table of a known VPC.',
  },
  check(ctx) {
    const complete = programIsComplete(ctx.model);
    for (const p of ctx.resources()) {
      if (p.args.open) continue;
      const vpc = programVpc(ctx.model, p, 'vpcId');
      const peer = programVpc(ctx.model, p, 'peerVpcId');
      const cidr = vpc && parseCidr(str(arg(vpc, 'cidrBlock')) ?? '');
      const peerCidr = peer && parseCidr(str(arg(peer, 'cidrBlock')) ?? '');
      if (vpc && peer && cidr && peerCidr && overlaps(cidr, peerCidr)) {
        ctx.report({ messageId: 'overlap', data: { vpc: quotedName(vpc), cidr: cidr.text, peer: quotedName(peer), peerCidr: peerCidr.text }, at: keySpan(p.args, 'peerVpcId'), resource: p, severity: 'critical' });
        continue;
      }
      checkRegions(ctx, p, peer);
      if (vpc && peer && vpc !== peer) checkDestinations(ctx, p, vpc, peer);
      if (!complete || p.conditional) continue;
      if (accepted(ctx.model, p) === 'no') ctx.report({ messageId: 'pending', at: keySpan(p.args, 'autoAccept'), resource: p });
      const sides = routedSides(ctx.model, p);
      if (!sides) continue;
      if (sides.size === 0) {
        ctx.report({ messageId: 'noRoutes', resource: p });
      } else if (vpc && peer && vpc !== peer && !sides.has('elsewhere')) {
        const missing = [vpc, peer].filter((v) => !sides.has(v));
        const routed = [vpc, peer].filter((v) => sides.has(v));
        if (missing.length === 1 && routed.length === 1) ctx.report({ messageId: 'oneSide', data: { routed: quotedName(routed[0]!), missing: quotedName(missing[0]!) }, resource: p });
      }
    }
  },
});
