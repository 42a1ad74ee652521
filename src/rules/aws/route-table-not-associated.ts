import type { Resource, ResourceModel } from '../../model/types.js';
import { quotedName, refersTo } from '../_shared/resource-refs.js';
import { arg } from '../_shared/values.js';
import { ASSOCIATION, MAIN_ASSOCIATION, ROUTE_TABLE, routeEntries, tableOf } from '../_shared/vpc-routes.js';
import { programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

/** Is the table associated with a subnet, a gateway, or made the main table ('unknown' when it may be)? */
function associated(model: ResourceModel, table: Resource): 'yes' | 'no' | 'unknown' {
  let result: 'no' | 'unknown' = 'no';
  for (const a of model.resources) {
    if (a.type !== ASSOCIATION && a.type !== MAIN_ASSOCIATION) continue;
    const rel = a.args.open ? 'unknown' : refersTo(model, arg(a, 'routeTableId'), table);
    if (rel === 'yes') return 'yes';
    if (rel === 'unknown') result = 'unknown';
  }
  return result;
}

export default defineRule({
  id: 'aws/route-table-not-associated',
  class: 'NETWORK-ROUTING-CIDR',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [ROUTE_TABLE],
  messages: {
    routes: 'Route table {{name}} has routes but is associated with no subnet or gateway (and is not the main table): its routes apply to nothing, so the subnets meant to use it fall back to the main route table and lose those routes (e.g. internet or NAT egress). Add `aws.ec2.RouteTableAssociation` resources for its subnets.',
    empty: 'Route table {{name}} is associated with no subnet or gateway and holds no routes: it has no effect. Associate it with the subnets it was meant for, or remove it.',
  },
  title: {
    routes: 'Route table{{s}} {{name}} with routes but no association',
    empty: 'Empty route table{{s}} {{name}} without association',
  },
  fixHint: 'subnets.forEach((s, i) => new aws.ec2.RouteTableAssociation(`private-${i}`, { subnetId: s.id, routeTableId: table.id })).',
  docs: {
    summary: 'Route tables that no subnet or gateway is associated with and that are not made the VPC\'s main table.',
    why: 'A route table only routes for the subnets (or gateways) associated with it; every other subnet uses the VPC\'s main route table. A table with the default route to a NAT or internet gateway that nothing is associated with leaves the subnets it was made for without that route, which is how model-written VPCs end up with private subnets that cannot reach the internet although a NAT gateway and its route exist.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst igw = new aws.ec2.InternetGateway('igw', { vpcId: vpc.id });\nconst rt = new aws.ec2.RouteTable('public', { vpcId: vpc.id, routes: [{ cidrBlock: '0.0.0.0/0', gatewayId: igw.id }] });\nexport const rtId = rt.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nigw = aws.ec2.InternetGateway("igw", vpc_id=vpc.id)\nrt = aws.ec2.RouteTable("public", vpc_id=vpc.id)\naws.ec2.Route("default", route_table_id=rt.id, destination_cidr_block="0.0.0.0/0", gateway_id=igw.id)\npulumi.export("rt_id", rt.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst igw = new aws.ec2.InternetGateway('igw', { vpcId: vpc.id });\nconst rt = new aws.ec2.RouteTable('public', { vpcId: vpc.id, routes: [{ cidrBlock: '0.0.0.0/0', gatewayId: igw.id }] });\nconst subnet = new aws.ec2.Subnet('public', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24' });\nnew aws.ec2.RouteTableAssociation('public', { subnetId: subnet.id, routeTableId: rt.id });\nexport const rtId = rt.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nrt = aws.ec2.RouteTable("main", vpc_id=vpc.id)\naws.ec2.MainRouteTableAssociation("main", vpc_id=vpc.id, route_table_id=rt.id)\npulumi.export("rt_id", rt.id)\n`,
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html#RouteTables', 'https://www.pulumi.com/registry/packages/aws/api-docs/ec2/routetableassociation/'],
    notes: 'Judged only when the whole program was read. Associations with subnets or gateways (`gatewayId`) and `aws.ec2.MainRouteTableAssociation` count; an association whose route table cannot be resolved may be any table and silences the rule. Tables created in a branch are not reported. A table used only by gateway VPC endpoints still routes for no subnet and is reported.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    const { entries } = routeEntries(ctx.model);
    for (const table of ctx.resources()) {
      if (table.conditional || table.args.open) continue;
      if (associated(ctx.model, table) !== 'no') continue;
      const hasRoutes = entries.some((e) => tableOf(ctx.model, e)?.id === table.id);
      ctx.report({ messageId: hasRoutes ? 'routes' : 'empty', data: { name: quotedName(table) }, resource: table, ...(hasRoutes ? {} : { severity: 'low' as const }) });
    }
  },
});
