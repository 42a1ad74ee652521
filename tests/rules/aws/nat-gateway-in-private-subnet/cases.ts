import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
const igw = new aws.ec2.InternetGateway('igw', { vpcId: vpc.id });
const publicRt = new aws.ec2.RouteTable('public', { vpcId: vpc.id, routes: [{ cidrBlock: '0.0.0.0/0', gatewayId: igw.id }] });
const publicSubnet = new aws.ec2.Subnet('public', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24' });
new aws.ec2.RouteTableAssociation('public', { subnetId: publicSubnet.id, routeTableId: publicRt.id });
const privateRt = new aws.ec2.RouteTable('private', { vpcId: vpc.id });
const privateSubnets = [1, 2].map((i) => new aws.ec2.Subnet(`private-${i}`, { vpcId: vpc.id, cidrBlock: `10.0.${i}.0/24` }));
privateSubnets.forEach((s, i) => new aws.ec2.RouteTableAssociation(`private-${i}`, { subnetId: s.id, routeTableId: privateRt.id }));

// --- bad
privateSubnets.forEach((s, i) => {
  const eip = new aws.ec2.Eip(`nat-${i}`, { domain: 'vpc' });
  new aws.ec2.NatGateway(`nat-${i}`, { subnetId: s.id, allocationId: eip.id }); // error: [aws/nat-gateway-in-private-subnet]
});
const bare = new aws.ec2.Vpc('bare', { cidrBlock: '10.1.0.0/16' });
const bareSubnet = new aws.ec2.Subnet('bare', { vpcId: bare.id, cidrBlock: '10.1.0.0/24' });
new aws.ec2.NatGateway('bare', { subnetId: bareSubnet.id, allocationId: 'eipalloc-123' }); // error: [aws/nat-gateway-in-private-subnet]

// --- clean
new aws.ec2.NatGateway('ok', { subnetId: publicSubnet.id, allocationId: 'eipalloc-456' });
new aws.ec2.NatGateway('private-nat', { subnetId: privateSubnets[0].id, connectivityType: 'private' });

// --- unknown
new aws.ec2.NatGateway('cfg', { subnetId: config.require('subnetId'), allocationId: 'eipalloc-789' });
const unassociated = new aws.ec2.Subnet('unassociated', { vpcId: vpc.id, cidrBlock: '10.0.9.0/24' });
new aws.ec2.NatGateway('main-table', { subnetId: unassociated.id, allocationId: 'eipalloc-000' });
