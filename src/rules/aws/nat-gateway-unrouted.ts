import { quotedName } from '../_shared/resource-refs.js';
import { isAbsent, str } from '../_shared/values.js';
import { routedTo } from '../_shared/vpc-routes.js';
import { programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const NAT = 'aws:ec2/natGateway:NatGateway';

export default defineRule({
  id: 'aws/nat-gateway-unrouted',
  class: 'NETWORK-ROUTING-CIDR',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [NAT],
  messages: {
    unrouted: 'No route of the program sends traffic to NAT gateway {{name}}: the private subnets it was made for have no path to the internet (package installs, AWS APIs without endpoints and outbound calls time out), while the gateway is billed by the hour. Add `0.0.0.0/0 → natGatewayId` to the private route tables and associate the private subnets with them.',
  },
  title: 'NAT gateway{{s}} {{name}} used by no route',
  fixHint: 'new aws.ec2.Route("private-default", { routeTableId: privateRt.id, destinationCidrBlock: "0.0.0.0/0", natGatewayId: nat.id }).',
  docs: {
    summary: 'NAT gateways that no route of the program sends traffic to.',
    why: 'A NAT gateway only serves the subnets whose route tables send `0.0.0.0/0` to it. Model-written VPCs create the gateway (and its Elastic IP) but forget the private route table, forget the route, or point the route at the internet gateway instead, so workloads in private subnets (Lambda functions in a VPC, ECS tasks, instances) cannot reach the internet or AWS APIs, and the gateway costs money for nothing.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst pub = new aws.ec2.Subnet('public', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24' });\nconst eip = new aws.ec2.Eip('nat', { domain: 'vpc' });\nconst nat = new aws.ec2.NatGateway('nat', { subnetId: pub.id, allocationId: eip.id });\nexport const natId = nat.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\npub = aws.ec2.Subnet("public", vpc_id=vpc.id, cidr_block="10.0.0.0/24")\neip = aws.ec2.Eip("nat", domain="vpc")\nnat = aws.ec2.NatGateway("nat", subnet_id=pub.id, allocation_id=eip.id)\npulumi.export("nat_id", nat.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst pub = new aws.ec2.Subnet('public', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24' });\nconst eip = new aws.ec2.Eip('nat', { domain: 'vpc' });\nconst nat = new aws.ec2.NatGateway('nat', { subnetId: pub.id, allocationId: eip.id });\nconst rt = new aws.ec2.RouteTable('private', { vpcId: vpc.id, routes: [{ cidrBlock: '0.0.0.0/0', natGatewayId: nat.id }] });\nexport const rtId = rt.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\npub = aws.ec2.Subnet("public", vpc_id=vpc.id, cidr_block="10.0.0.0/24")\neip = aws.ec2.Eip("nat", domain="vpc")\nnat = aws.ec2.NatGateway("nat", subnet_id=pub.id, allocation_id=eip.id)\nrt = aws.ec2.RouteTable("private", vpc_id=vpc.id)\naws.ec2.Route("private-default", route_table_id=rt.id, destination_cidr_block="0.0.0.0/0", nat_gateway_id=nat.id)\npulumi.export("rt_id", rt.id)\n`,
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-scenarios.html'],
    notes: 'Judged only when the whole program was read and every route could be read; a route created in a branch counts as a route. NAT gateways created in a branch are not reported. Private NAT gateways (`connectivityType: "private"`) are reported too: they are equally useless without a route.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    for (const nat of ctx.resources()) {
      if (nat.conditional || nat.args.open) continue;
      const mode = nat.args.props.get('availabilityMode');
      if (!isAbsent(mode) && str(mode) !== 'zonal') continue;
      if (routedTo(ctx.model, nat) === 'no') ctx.report({ messageId: 'unrouted', data: { name: quotedName(nat) }, resource: nat });
    }
  },
});
