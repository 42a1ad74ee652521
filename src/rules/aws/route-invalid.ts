import type { Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { contains, parseCidr } from '../_shared/cidr.js';
import { resourceLabel } from '../_shared/labels.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { ASSOCIATION, type RouteEntry, routeEntries, tableOf, vpcOfRoute } from '../_shared/vpc-routes.js';
import { arg, isAbsent, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const ROUTE = 'aws:ec2/route:Route';
const ROUTE_TABLE = 'aws:ec2/routeTable:RouteTable';

/**
 * Targets that can never take traffic for addresses inside the VPC itself: only the `local` route,
 * or a more specific route to a NAT gateway, network interface or endpoint, may cover them.
 */
const OUTSIDE_TARGETS: Record<string, string> = {
  gatewayId: 'gateway',
  vpcPeeringConnectionId: 'peering connection',
  transitGatewayId: 'transit gateway',
  egressOnlyGatewayId: 'egress-only gateway',
};

function prop(route: Value, key: string): Value | undefined {
  return route.kind === 'obj' ? route.props.get(key) : undefined;
}

/** The IPv4 destination of a route (inline routes call it `cidrBlock`). */
function destination(e: RouteEntry): string | undefined {
  return str(prop(e.route, e.owner.type === ROUTE ? 'destinationCidrBlock' : 'cidrBlock'));
}

function at(e: RouteEntry) {
  return e.route.at ?? e.owner.at;
}

function checkInsideVpc(ctx: RuleContext, e: RouteEntry): void {
  const dest = parseCidr(destination(e) ?? '');
  if (!dest) return;
  const vpc = vpcOfRoute(ctx.model, e);
  const block = vpc ? parseCidr(str(arg(vpc, 'cidrBlock')) ?? '') : undefined;
  if (!vpc || !block || !contains(block, dest)) return;
  for (const [key, kind] of Object.entries(OUTSIDE_TARGETS)) {
    const target = prop(e.route, key);
    if (!target || isAbsent(target) || str(target) === 'local') continue;
    ctx.report({ messageId: 'insideVpc', data: { dest: dest.text, vpc: resourceLabel(vpc), vpcCidr: block.text, kind }, at: at(e), resource: e.owner });
    return;
  }
}

/** Routes of one table with the same destination: the second is refused (RouteAlreadyExists). */
function checkDuplicates(ctx: RuleContext, entries: RouteEntry[]): void {
  const seen = new Map<string, RouteEntry>();
  for (const e of entries) {
    if (e.owner.conditional) continue;
    const table = tableOf(ctx.model, e);
    const dest = parseCidr(destination(e) ?? '');
    if (!table || !dest) continue;
    const key = `${table.id} ${dest.text}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, e);
      continue;
    }
    ctx.report({ messageId: 'duplicate', data: { dest: dest.text, table: resourceLabel(table) }, at: at(e), resource: e.owner });
  }
}

/** A subnet can be associated with one route table only (Resource.AlreadyAssociated). */
function checkAssociations(ctx: RuleContext, associations: Resource[]): void {
  const seen = new Map<number, Resource>();
  for (const a of associations) {
    if (a.conditional) continue;
    const subnet = referencedResource(ctx.model, arg(a, 'subnetId'));
    if (!subnet) continue;
    const first = seen.get(subnet.id);
    if (!first) {
      seen.set(subnet.id, a);
      continue;
    }
    ctx.report({ messageId: 'twiceAssociated', data: { subnet: resourceLabel(subnet), other: resourceLabel(first) }, resource: a });
  }
}

/**
 * A table with inline `routes` also targeted by `aws.ec2.Route` resources: the table manages its whole
 * route set, so every update removes the separate routes again (and the routes re-add them).
 */
function checkMixedRoutes(ctx: RuleContext, tables: Resource[]): void {
  const routes = ctx.model.resources.filter((r) => r.type === ROUTE && !r.conditional);
  for (const table of tables) {
    const inline = table.args.props.get('routes');
    if (table.conditional || !inline || isAbsent(inline)) continue;
    const separate = routes.find((r) => referencedResource(ctx.model, arg(r, 'routeTableId'))?.id === table.id);
    // It deploys; the separate routes are lost on a later update (medium), unlike the routes EC2 refuses.
    if (separate) ctx.report({ messageId: 'mixedRoutes', data: { table: resourceLabel(table), route: resourceLabel(separate) }, at: table.args.keys?.get('routes')?.at ?? table.at, resource: table, severity: 'medium' });
  }
}

export default defineRule({
  id: 'aws/route-invalid',
  class: 'NETWORK-ROUTING-CIDR',
  severity: 'high',
  category: 'aws',
  resourceTypes: [ROUTE, ROUTE_TABLE, ASSOCIATION],
  messages: {
    insideVpc: 'This route sends {{dest}}, which is inside the block {{vpcCidr}} of its own VPC {{vpc}}, to a {{kind}}: traffic within the VPC always uses the `local` route, and EC2 refuses the route ("The destination CIDR block … is equal to or more specific than one of this VPC\'s CIDR blocks"). Use the other network\'s range as the destination (for peering, the peer VPC\'s CIDR).',
    duplicate: 'The route table {{table}} gets a second route for {{dest}}: a table holds one route per destination, so EC2 refuses it (RouteAlreadyExists). When routes are created in a loop (one per AZ), give each AZ its own route table, or create the route once.',
    mixedRoutes: 'Route table {{table}} lists inline `routes` and is also given routes by separate `aws.ec2.Route` resources ({{route}}): the provider cannot use both for one table, so an update after the separate routes are read back as drift makes the table\'s inline list win and deletes them, and traffic through them (internet, NAT, peering) drops until the next update. Keep all of the table\'s routes in one form.',
    twiceAssociated: 'The subnet {{subnet}} is already associated with a route table by {{other}}: a subnet has exactly one route table, so EC2 refuses the second association (Resource.AlreadyAssociated). Keep one association per subnet.',
  },
  title: {
    insideVpc: 'Route for {{dest}} inside its own VPC ({{vpcCidr}})',
    duplicate: 'Second route for {{dest}} in route table {{table}}',
    twiceAssociated: 'Subnet {{subnet}} associated with two route tables',
    mixedRoutes: 'Route table {{table}} with inline routes and separate Route resources',
  },
  fixHint: 'One route per destination and table (0.0.0.0/0 → NAT per AZ needs one private route table per AZ); one RouteTableAssociation per subnet; peering routes point at the peer VPC\'s CIDR.',
  docs: {
    summary: 'Routes EC2 refuses: a destination inside the route table\'s own VPC sent to a gateway, peering connection or transit gateway; a second route for the same destination in one table; a subnet associated with two route tables; a table with inline `routes` that separate `aws.ec2.Route` resources also write to.',
    why: 'Every route table has a `local` route for the VPC\'s own blocks, and destinations inside them cannot be sent to a gateway or another network. A table holds one route per destination, so a loop that adds `0.0.0.0/0 → NAT` for each AZ to one shared table fails on the second AZ, and a subnet can only be associated with one table. Each of these stops the deployment.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst rt = new aws.ec2.RouteTable('private', { vpcId: vpc.id });\nconst subnets = [0, 1].map((i) => new aws.ec2.Subnet(\`public-\${i}\`, { vpcId: vpc.id, cidrBlock: \`10.0.\${i}.0/24\` }));\nsubnets.forEach((s, i) => {\n  const nat = new aws.ec2.NatGateway(\`nat-\${i}\`, { subnetId: s.id, allocationId: \`eipalloc-\${i}\` });\n  new aws.ec2.Route(\`default-\${i}\`, { routeTableId: rt.id, destinationCidrBlock: '0.0.0.0/0', natGatewayId: nat.id });\n});\n`,
      py: `import pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\npeering = aws.ec2.VpcPeeringConnection("peer", vpc_id=vpc.id, peer_vpc_id="vpc-0123456789abcdef0", auto_accept=True)\naws.ec2.RouteTable("main", vpc_id=vpc.id, routes=[{"cidr_block": "10.0.0.0/16", "vpc_peering_connection_id": peering.id}])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst subnets = [0, 1].map((i) => new aws.ec2.Subnet(\`public-\${i}\`, { vpcId: vpc.id, cidrBlock: \`10.0.\${i}.0/24\` }));\nsubnets.forEach((s, i) => {\n  const rt = new aws.ec2.RouteTable(\`private-\${i}\`, { vpcId: vpc.id });\n  const nat = new aws.ec2.NatGateway(\`nat-\${i}\`, { subnetId: s.id, allocationId: \`eipalloc-\${i}\` });\n  new aws.ec2.Route(\`default-\${i}\`, { routeTableId: rt.id, destinationCidrBlock: '0.0.0.0/0', natGatewayId: nat.id });\n});\n`,
      py: `import pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\npeering = aws.ec2.VpcPeeringConnection("peer", vpc_id=vpc.id, peer_vpc_id="vpc-0123456789abcdef0", auto_accept=True)\naws.ec2.RouteTable("main", vpc_id=vpc.id, routes=[{"cidr_block": "10.1.0.0/16", "vpc_peering_connection_id": peering.id}])\n`,
    },
    references: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html',
      'https://docs.aws.amazon.com/vpc/latest/userguide/route-table-options.html',
      'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateRoute.html',
    ],
    notes: 'Only known destinations, VPC blocks and route tables of the program are compared; resources created in a branch whose condition is unknown are not paired. Routes more specific than the VPC block to a NAT gateway, network interface or endpoint (middlebox routing) are allowed and not reported, and neither is an explicit `local` route.',
  },
  check(ctx) {
    const mine = new Set(ctx.resources().map((r) => r.id));
    const entries = routeEntries(ctx.model).entries.filter((e) => mine.has(e.owner.id));
    for (const e of entries) checkInsideVpc(ctx, e);
    checkDuplicates(ctx, entries);
    checkAssociations(ctx, ctx.resources().filter((r) => r.type === ASSOCIATION));
    checkMixedRoutes(ctx, ctx.resources().filter((r) => r.type === ROUTE_TABLE));
  },
});
