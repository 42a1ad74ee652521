import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
const pub = new aws.ec2.Subnet('pub', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24' });
const rt = new aws.ec2.RouteTable('private', { vpcId: vpc.id });

// --- bad
new aws.ec2.NatGateway('nat', { subnetId: pub.id }); // error: [aws/nat-gateway-without-eip]
new aws.ec2.NatGateway('nat-public', { subnetId: pub.id, connectivityType: 'public' }); // error: [aws/nat-gateway-without-eip]
new aws.ec2.Route('default', { routeTableId: rt.id, destinationCidrBlock: '0.0.0.0/0' }); // error: [aws/nat-gateway-without-eip]
new aws.ec2.RouteTable('inline', {
  vpcId: vpc.id,
  routes: [{ cidrBlock: '0.0.0.0/0' }], // error: [aws/nat-gateway-without-eip]
});

// --- clean
const eip = new aws.ec2.Eip('nat', { domain: 'vpc' });
const nat = new aws.ec2.NatGateway('nat-ok', { subnetId: pub.id, allocationId: eip.id });
new aws.ec2.NatGateway('private-nat', { subnetId: pub.id, connectivityType: 'private' });
new aws.ec2.NatGateway('regional', { vpcId: vpc.id, availabilityMode: 'regional' });
new aws.ec2.Route('to-nat', { routeTableId: rt.id, destinationCidrBlock: '0.0.0.0/0', natGatewayId: nat.id });
new aws.ec2.Route('local-range', { routeTableId: rt.id, destinationCidrBlock: '10.1.0.0/16' });

// --- unknown
new aws.ec2.NatGateway('nat-config', { subnetId: pub.id, allocationId: config.get('eipAllocationId') });
new aws.ec2.Route('spread', { routeTableId: rt.id, destinationCidrBlock: '0.0.0.0/0', ...config.requireObject<Record<string, string>>('target') });
