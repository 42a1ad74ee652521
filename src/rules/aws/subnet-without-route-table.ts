import type { Resource, ResourceModel } from '../../model/types.js';
import { quotedName, referencedResource, refersTo } from '../_shared/resource-refs.js';
import { SUBNET } from '../_shared/subnet-routing.js';
import { arg } from '../_shared/values.js';
import { ASSOCIATION, DEFAULT_ROUTE_TABLE, MAIN_ASSOCIATION, ROUTE_TABLE, vpcOf, vpcOfTable } from '../_shared/vpc-routes.js';
import { programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const NAT = 'aws:ec2/natGateway:NatGateway';

/** Is the subnet explicitly associated with a route table ('unknown' when an association may name it)? */
function associated(model: ResourceModel, subnet: Resource): 'yes' | 'no' | 'unknown' {
  let result: 'no' | 'unknown' = 'no';
  for (const a of model.resources) {
    if (a.type !== ASSOCIATION) continue;
    const rel = a.args.open ? 'unknown' : refersTo(model, arg(a, 'subnetId'), subnet);
    if (rel === 'yes') return 'yes';
    if (rel === 'unknown') result = 'unknown';
  }
  return result;
}

/** The program manages the VPC's main route table (a DefaultRouteTable or MainRouteTableAssociation that may name it). */
function mainTableManaged(model: ResourceModel, vpc: Resource): boolean {
  return model.resources.some((r) => {
    if (r.args.open && (r.type === DEFAULT_ROUTE_TABLE || r.type === MAIN_ASSOCIATION)) return true;
    if (r.type === DEFAULT_ROUTE_TABLE) return vpcOfTable(model, r)?.id === vpc.id || refersTo(model, arg(r, 'defaultRouteTableId'), vpc) === 'unknown';
    if (r.type === MAIN_ASSOCIATION) return refersTo(model, arg(r, 'vpcId'), vpc) !== 'no';
    return false;
  });
}

export default defineRule({
  id: 'aws/subnet-without-route-table',
  class: 'NETWORK-ROUTING-CIDR',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [SUBNET],
  messages: {
    nat: 'Subnet {{name}} is associated with no route table, although {{vpc}} has a NAT gateway: it silently uses the VPC\'s main route table, which only has the local route, so workloads in it get no NAT egress. Associate it with the route table of its tier (the private table routing `0.0.0.0/0` to the NAT gateway, or an explicit isolated table).',
    implicit: 'Subnet {{name}} is associated with no route table, so it uses the main route table of {{vpc}}, which the program does not manage (only the local route): anything placed in it has no path to the internet, NAT gateways or gateway endpoints. Create a route table for the subnet tier and associate the subnet with it explicitly.',
  },
  title: {
    nat: '{{counted}} without a route table association: NAT gateway of {{vpc}} unused',
    implicit: '{{counted}} without a route table association (main route table of {{vpc}})',
  },
  fixHint: 'const rt = new aws.ec2.RouteTable("private", { vpcId: vpc.id }); new aws.ec2.RouteTableAssociation("private-a", { subnetId: subnet.id, routeTableId: rt.id }).',
  docs: {
    summary: 'Subnets of a program VPC that no route table association names, so they fall back to the unmanaged main route table.',
    why: 'Every subnet without an explicit association uses the VPC\'s main route table. For a VPC the program creates, that table holds only the local route unless the program manages it (`aws.ec2.DefaultRouteTable`, `aws.ec2.MainRouteTableAssociation`). So a private subnet missed by the association loop gets no route to the NAT gateway built for it, and VPCs created without any route table have no path to NAT gateways or gateway endpoints added later.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst pub = new aws.ec2.Subnet('public', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24' });\nconst nat = new aws.ec2.NatGateway('nat', { subnetId: pub.id, allocationId: 'eipalloc-0123' });\nconst rt = new aws.ec2.RouteTable('private', { vpcId: vpc.id, routes: [{ cidrBlock: '0.0.0.0/0', natGatewayId: nat.id }] });\nconst a = new aws.ec2.Subnet('private-a', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24' });\nconst b = new aws.ec2.Subnet('private-b', { vpcId: vpc.id, cidrBlock: '10.0.2.0/24' });\nnew aws.ec2.RouteTableAssociation('private-a', { subnetId: a.id, routeTableId: rt.id });\nexport const subnetIds = [a.id, b.id];\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nsubnet = aws.ec2.Subnet("private", vpc_id=vpc.id, cidr_block="10.0.1.0/24")\npulumi.export("subnet_id", subnet.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst rt = new aws.ec2.RouteTable('private', { vpcId: vpc.id });\nconst subnets = [1, 2].map((i) => new aws.ec2.Subnet(\`private-\${i}\`, { vpcId: vpc.id, cidrBlock: \`10.0.\${i}.0/24\` }));\nsubnets.forEach((s, i) => new aws.ec2.RouteTableAssociation(\`private-\${i}\`, { subnetId: s.id, routeTableId: rt.id }));\nexport const subnetIds = subnets.map((s) => s.id);\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\naws.ec2.DefaultRouteTable("main", default_route_table_id=vpc.default_route_table_id)\nsubnet = aws.ec2.Subnet("private", vpc_id=vpc.id, cidr_block="10.0.1.0/24")\npulumi.export("subnet_id", subnet.id)\n`,
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html#RouteTables', 'https://docs.aws.amazon.com/vpc/latest/userguide/WorkWithRouteTables.html'],
    notes: 'Judged only for subnets of VPCs the program creates and when the whole program was read; an association whose subnet cannot be resolved silences the rule. Medium when the VPC has a NAT gateway (the subnet misses its egress), low when the program creates no route table for the VPC at all. A subnet left on the main table of a VPC whose other tiers have route tables, and without a NAT gateway, is taken as an isolated tier by design and not reported; nor is any subnet when the program manages the main route table.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    // VPCs with route tables of the program, and VPCs with a NAT gateway (private egress was meant).
    const tabled = new Set<number>();
    const natted = new Set<number>();
    for (const r of ctx.model.resources) {
      if (r.type === ROUTE_TABLE) {
        const vpc = vpcOfTable(ctx.model, r);
        if (vpc) tabled.add(vpc.id);
      } else if (r.type === NAT) {
        const subnet = referencedResource(ctx.model, arg(r, 'subnetId'));
        const vpc = subnet?.type === SUBNET ? vpcOf(ctx.model, subnet) : undefined;
        if (vpc) natted.add(vpc.id);
      }
    }
    for (const subnet of ctx.resources()) {
      if (subnet.conditional || subnet.args.open) continue;
      const vpc = vpcOf(ctx.model, subnet);
      if (!vpc || associated(ctx.model, subnet) !== 'no' || mainTableManaged(ctx.model, vpc)) continue;
      // A subnet left on the main table of a VPC routed elsewhere through the program's tables, and
      // without a NAT gateway to miss, is an isolated tier by design.
      if (natted.has(vpc.id)) ctx.report({ messageId: 'nat', data: { name: quotedName(subnet), vpc: quotedName(vpc) }, resource: subnet });
      else if (!tabled.has(vpc.id)) ctx.report({ messageId: 'implicit', data: { name: quotedName(subnet), vpc: quotedName(vpc) }, resource: subnet, severity: 'low' });
    }
  },
});
