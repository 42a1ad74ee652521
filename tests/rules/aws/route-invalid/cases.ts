import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
const igw = new aws.ec2.InternetGateway('igw', { vpcId: vpc.id });
const peering = new aws.ec2.VpcPeeringConnection('peer', { vpcId: vpc.id, peerVpcId: 'vpc-0123456789abcdef0', autoAccept: true });
const azs = ['us-east-1a', 'us-east-1b'];
const publicSubnets = azs.map((az, i) => new aws.ec2.Subnet(`public-${i}`, { vpcId: vpc.id, availabilityZone: az, cidrBlock: `10.0.${i}.0/24` }));
const privateSubnets = azs.map((az, i) => new aws.ec2.Subnet(`private-${i}`, { vpcId: vpc.id, availabilityZone: az, cidrBlock: `10.0.${10 + i}.0/24` }));

// --- bad
const edge = new aws.ec2.RouteTable('edge', {
  vpcId: vpc.id,
  routes: [{ cidrBlock: '0.0.0.0/0', gatewayId: igw.id }], // error: [aws/route-invalid]
});
new aws.ec2.Route('edge-peer', { routeTableId: edge.id, destinationCidrBlock: '172.16.0.0/16', vpcPeeringConnectionId: peering.id });
const privateTable = new aws.ec2.RouteTable('private', { vpcId: vpc.id });
publicSubnets.forEach((s, i) => {
  const nat = new aws.ec2.NatGateway(`nat-${i}`, { subnetId: s.id, allocationId: `eipalloc-${i}` });
  new aws.ec2.Route(`private-default-${i}`, { routeTableId: privateTable.id, destinationCidrBlock: '0.0.0.0/0', natGatewayId: nat.id }); // error: [aws/route-invalid]
});
new aws.ec2.RouteTable('peered', {
  vpcId: vpc.id,
  routes: [{ cidrBlock: '10.0.0.0/16', vpcPeeringConnectionId: peering.id }], // error: [aws/route-invalid]
});
const publicTable = new aws.ec2.RouteTable('public', { vpcId: vpc.id, routes: [{ cidrBlock: '0.0.0.0/0', gatewayId: igw.id }] }); // error: [aws/route-invalid]
new aws.ec2.Route('public-default', { routeTableId: publicTable.id, destinationCidrBlock: '0.0.0.0/0', gatewayId: igw.id }); // error: [aws/route-invalid]
new aws.ec2.RouteTableAssociation('public-0', { subnetId: publicSubnets[0].id, routeTableId: publicTable.id });
new aws.ec2.RouteTableAssociation('public-0-again', { subnetId: publicSubnets[0].id, routeTableId: privateTable.id }); // error: [aws/route-invalid]

// --- clean
const inlineOnly = new aws.ec2.RouteTable('inline-only', { vpcId: vpc.id, routes: [{ cidrBlock: '0.0.0.0/0', gatewayId: igw.id }] });
azs.forEach((az, i) => {
  const table = new aws.ec2.RouteTable(`private-${az}`, { vpcId: vpc.id });
  new aws.ec2.Route(`private-${az}-default`, { routeTableId: table.id, destinationCidrBlock: '0.0.0.0/0', gatewayId: igw.id });
  new aws.ec2.RouteTableAssociation(`private-${i}`, { subnetId: privateSubnets[i].id, routeTableId: table.id });
});
new aws.ec2.RouteTable('peered-ok', { vpcId: vpc.id, routes: [{ cidrBlock: '10.1.0.0/16', vpcPeeringConnectionId: peering.id }, { cidrBlock: '10.0.0.0/16', gatewayId: 'local' }] });
const inspected = new aws.ec2.RouteTable('inspected', { vpcId: vpc.id });
new aws.ec2.Route('to-appliance', { routeTableId: inspected.id, destinationCidrBlock: '10.0.10.0/24', networkInterfaceId: 'eni-0123456789abcdef0' });
new aws.ec2.RouteTableAssociation('public-1', { subnetId: publicSubnets[1].id, routeTableId: publicTable.id });

// --- unknown
new aws.ec2.Route('configured', { routeTableId: publicTable.id, destinationCidrBlock: config.require('peerCidr'), vpcPeeringConnectionId: peering.id });
if (config.getBoolean('extra')) {
  new aws.ec2.Route('maybe-default', { routeTableId: inspected.id, destinationCidrBlock: '0.0.0.0/0', gatewayId: igw.id });
} else {
  new aws.ec2.Route('maybe-default-2', { routeTableId: inspected.id, destinationCidrBlock: '0.0.0.0/0', gatewayId: igw.id });
}
// Filled inside an apply callback, which runs after this code: the array is empty when it is read
// below, and what it will hold is unknown here.
const zonalSubnets: aws.ec2.Subnet[] = [];
pulumi.output(aws.getAvailabilityZones()).apply((zones) =>
  zones.names.forEach((az, i) => zonalSubnets.push(new aws.ec2.Subnet(`zonal-${i}`, { vpcId: vpc.id, availabilityZone: az, cidrBlock: `10.0.${20 + i}.0/24` }))),
);
zonalSubnets.forEach((s, i) => new aws.ec2.RouteTableAssociation(`zonal-${i}`, { subnetId: s.id, routeTableId: publicTable.id }));
for (let i = 0; i < 2; i++) new aws.ec2.RouteTableAssociation(`zonal-again-${i}`, { subnetId: zonalSubnets[i].id, routeTableId: inspected.id });

export const vpcId = vpc.id;
