import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
const igw = new aws.ec2.InternetGateway('igw', { vpcId: vpc.id });
const publicSubnets = [0, 1].map((i) => new aws.ec2.Subnet(`public-${i}`, { vpcId: vpc.id, cidrBlock: `10.0.${i}.0/24` }));

// --- bad
// One NAT gateway per AZ, but the private route table sends everything to the internet gateway.
publicSubnets.forEach((s, i) => {
  const eip = new aws.ec2.Eip(`nat-${i}`, { domain: 'vpc' });
  new aws.ec2.NatGateway(`nat-${i}`, { subnetId: s.id, allocationId: eip.id }); // error: [aws/nat-gateway-unrouted]
});
new aws.ec2.RouteTable('private', { vpcId: vpc.id, routes: [{ cidrBlock: '0.0.0.0/0', gatewayId: igw.id }] });

// --- clean
const eip = new aws.ec2.Eip('nat-ok', { domain: 'vpc' });
const natOk = new aws.ec2.NatGateway('nat-ok', { subnetId: publicSubnets[0].id, allocationId: eip.id });
const rt = new aws.ec2.RouteTable('private-ok', { vpcId: vpc.id });
new aws.ec2.Route('private-ok-default', { routeTableId: rt.id, destinationCidrBlock: '0.0.0.0/0', natGatewayId: natOk.id });

// --- unknown
if (config.getBoolean('nat')) {
  new aws.ec2.NatGateway('maybe', { subnetId: publicSubnets[1].id, allocationId: eip.id });
}
