import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
const nat = new aws.ec2.NatGateway('nat', { subnetId: 'subnet-123', allocationId: 'eipalloc-123' });
const subnets = [0, 1].map((i) => new aws.ec2.Subnet(`private-${i}`, { vpcId: vpc.id, cidrBlock: `10.0.${i}.0/24` }));

// --- bad
// One table per AZ, with the NAT route, but the association loop was forgotten.
subnets.forEach((_, i) => {
  const rt = new aws.ec2.RouteTable(`private-${i}`, { vpcId: vpc.id }); // error: [aws/route-table-not-associated]
  new aws.ec2.Route(`private-${i}-default`, { routeTableId: rt.id, destinationCidrBlock: '0.0.0.0/0', natGatewayId: nat.id });
});
new aws.ec2.RouteTable('spare', { vpcId: vpc.id }); // error: [aws/route-table-not-associated]

// --- clean
const used = new aws.ec2.RouteTable('used', { vpcId: vpc.id, routes: [{ cidrBlock: '0.0.0.0/0', natGatewayId: nat.id }] });
subnets.forEach((s, i) => new aws.ec2.RouteTableAssociation(`used-${i}`, { subnetId: s.id, routeTableId: used.id }));
const main = new aws.ec2.RouteTable('main', { vpcId: vpc.id });
new aws.ec2.MainRouteTableAssociation('main', { vpcId: vpc.id, routeTableId: main.id });
const edge = new aws.ec2.RouteTable('edge', { vpcId: vpc.id });
new aws.ec2.RouteTableAssociation('edge', { gatewayId: 'igw-123', routeTableId: edge.id });

// --- unknown
const maybe = new aws.ec2.RouteTable('maybe', { vpcId: vpc.id });
for (const id of config.requireObject<string[]>('subnetIds')) {
  new aws.ec2.RouteTableAssociation(`maybe-${id}`, { subnetId: id, routeTableId: config.getBoolean('useMaybe') ? maybe.id : used.id });
}
