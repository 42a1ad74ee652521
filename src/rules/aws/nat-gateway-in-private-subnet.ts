import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { SUBNET, subnetRouting, vpcWithoutInternetGateway } from '../_shared/subnet-routing.js';
import { arg, isAbsent, str } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const NAT = 'aws:ec2/natGateway:NatGateway';

export default defineRule({
  id: 'aws/nat-gateway-in-private-subnet',
  class: 'NETWORK-ROUTING-CIDR',
  severity: 'high',
  category: 'aws',
  resourceTypes: [NAT],
  messages: {
    private: 'This public NAT gateway is placed in subnet {{subnet}}, whose route table has no route to an internet gateway: the gateway can translate addresses but its traffic never leaves the VPC, so the private subnets behind it still have no internet access. Create NAT gateways in public subnets (routed `0.0.0.0/0 → internet gateway`).',
    noGateway: 'This public NAT gateway is created in VPC {{vpc}}, which has no internet gateway: AWS refuses to create it ("Gateway.NotAttached: Network has no Internet gateway attached"). Create and attach an `aws.ec2.InternetGateway` to the VPC and put the NAT gateway in a public subnet.',
  },
  title: {
    private: 'Public NAT gateway in subnet {{subnet}}, which has no internet route',
    noGateway: 'Public NAT gateway in VPC {{vpc}}, which has no internet gateway',
  },
  fixHint: 'new aws.ec2.NatGateway("nat", { subnetId: publicSubnet.id, allocationId: eip.id }) where publicSubnet\'s route table has 0.0.0.0/0 → igw.',
  docs: {
    summary: 'Public NAT gateways placed in a subnet without a route to an internet gateway, or in a VPC with no internet gateway at all.',
    why: 'A public NAT gateway forwards traffic through the internet gateway of the subnet it sits in. Placed in a private subnet (whose default route may even point back at the NAT gateway itself) it has no way out; in a VPC without an internet gateway AWS rejects its creation. Model-written VPCs loop over the private subnets to create one NAT gateway per AZ, or pick `privateSubnets[0]` for the single gateway.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst igw = new aws.ec2.InternetGateway('igw', { vpcId: vpc.id });\nconst priv = new aws.ec2.Subnet('private', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24' });\nconst eip = new aws.ec2.Eip('nat', { domain: 'vpc' });\nconst nat = new aws.ec2.NatGateway('nat', { subnetId: priv.id, allocationId: eip.id });\nconst rt = new aws.ec2.RouteTable('private', { vpcId: vpc.id, routes: [{ cidrBlock: '0.0.0.0/0', natGatewayId: nat.id }] });\nnew aws.ec2.RouteTableAssociation('private', { subnetId: priv.id, routeTableId: rt.id });\nexport const igwId = igw.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nsubnet = aws.ec2.Subnet("a", vpc_id=vpc.id, cidr_block="10.0.0.0/24")\neip = aws.ec2.Eip("nat", domain="vpc")\nnat = aws.ec2.NatGateway("nat", subnet_id=subnet.id, allocation_id=eip.id)\npulumi.export("nat_id", nat.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst igw = new aws.ec2.InternetGateway('igw', { vpcId: vpc.id });\nconst pub = new aws.ec2.Subnet('public', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24' });\nconst pubRt = new aws.ec2.RouteTable('public', { vpcId: vpc.id, routes: [{ cidrBlock: '0.0.0.0/0', gatewayId: igw.id }] });\nnew aws.ec2.RouteTableAssociation('public', { subnetId: pub.id, routeTableId: pubRt.id });\nconst eip = new aws.ec2.Eip('nat', { domain: 'vpc' });\nexport const natId = new aws.ec2.NatGateway('nat', { subnetId: pub.id, allocationId: eip.id }).id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nigw = aws.ec2.InternetGateway("igw", vpc_id=vpc.id)\nsubnet = aws.ec2.Subnet("a", vpc_id=vpc.id, cidr_block="10.0.0.0/24")\neip = aws.ec2.Eip("nat", domain="vpc")\nnat = aws.ec2.NatGateway("nat", subnet_id=subnet.id, allocation_id=eip.id)\npulumi.export("nat_id", nat.id)\n`,
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-basics.html', 'https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-troubleshooting.html'],
    notes: 'Only NAT gateways in subnets of the program are judged, through the subnets\' explicit route table associations; a subnet without one uses the main route table and is not judged. "No internet gateway" needs the whole program to have been read. Private NAT gateways and regional ones are not reported.',
  },
  check(ctx) {
    for (const nat of ctx.resources()) {
      if (nat.args.open) continue;
      const connectivity = nat.args.props.get('connectivityType');
      const mode = nat.args.props.get('availabilityMode');
      if (!(isAbsent(connectivity) || str(connectivity) === 'public') || !(isAbsent(mode) || str(mode) === 'zonal')) continue;
      const subnet = referencedResource(ctx.model, arg(nat, 'subnetId'));
      if (!subnet || subnet.type !== SUBNET) continue;
      const bare = vpcWithoutInternetGateway(ctx.model, subnet);
      if (bare) ctx.report({ messageId: 'noGateway', data: { vpc: quotedName(bare) }, at: arg(nat, 'subnetId')?.at, resource: nat });
      else if (subnetRouting(ctx.model, subnet) === 'none') ctx.report({ messageId: 'private', data: { subnet: quotedName(subnet) }, at: arg(nat, 'subnetId')?.at, resource: nat });
    }
  },
});
