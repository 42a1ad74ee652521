import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const azs = ['us-east-1a', 'us-east-1b'];

// --- bad
// The public route table never got its default route.
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
new aws.ec2.InternetGateway('igw', { vpcId: vpc.id });
const publicRt = new aws.ec2.RouteTable('public', { vpcId: vpc.id });
azs.forEach((az, i) => {
  const s = new aws.ec2.Subnet(`public-${i}`, { vpcId: vpc.id, cidrBlock: `10.0.${i}.0/24`, availabilityZone: az, mapPublicIpOnLaunch: true }); // error: [aws/public-subnet-without-internet-route]
  new aws.ec2.RouteTableAssociation(`public-${i}`, { subnetId: s.id, routeTableId: publicRt.id });
});

// A VPC without any internet gateway.
class Isolated extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:net:Isolated', name, {}, opts);
    const v = new aws.ec2.Vpc(`${name}-vpc`, { cidrBlock: '10.1.0.0/16' }, { parent: this });
    new aws.ec2.Subnet(`${name}-public`, { vpcId: v.id, cidrBlock: '10.1.0.0/24', mapPublicIpOnLaunch: true }, { parent: this }); // error: [aws/public-subnet-without-internet-route]
  }
}
new Isolated('iso');

// The gateway exists but no route leads to it (the subnets use the main route table).
const vpc2 = new aws.ec2.Vpc('vpc2', { cidrBlock: '10.2.0.0/16' });
new aws.ec2.InternetGateway('igw2', { vpcId: vpc2.id }); // error: [aws/public-subnet-without-internet-route]
new aws.ec2.Subnet('vpc2-public', { vpcId: vpc2.id, cidrBlock: '10.2.0.0/24', mapPublicIpOnLaunch: true });

// --- clean
const ok = new aws.ec2.Vpc('ok', { cidrBlock: '10.3.0.0/16' });
const okIgw = new aws.ec2.InternetGateway('ok-igw', { vpcId: ok.id });
const okRt = new aws.ec2.RouteTable('ok-public', { vpcId: ok.id });
new aws.ec2.Route('ok-default', { routeTableId: okRt.id, destinationCidrBlock: '0.0.0.0/0', gatewayId: okIgw.id });
const okSubnet = new aws.ec2.Subnet('ok-public', { vpcId: ok.id, cidrBlock: '10.3.0.0/24', mapPublicIpOnLaunch: true });
new aws.ec2.RouteTableAssociation('ok-public', { subnetId: okSubnet.id, routeTableId: okRt.id });
// A private subnet without internet route is fine.
new aws.ec2.Subnet('ok-private', { vpcId: ok.id, cidrBlock: '10.3.1.0/24' });
// A detached gateway attached separately.
const detached = new aws.ec2.InternetGateway('detached');
new aws.ec2.InternetGatewayAttachment('detached', { vpcId: ok.id, internetGatewayId: detached.id });
new aws.ec2.RouteTable('ok-second', { vpcId: ok.id, routes: [{ cidrBlock: '0.0.0.0/0', gatewayId: detached.id }] });

// --- unknown
if (config.getBoolean('igw')) new aws.ec2.InternetGateway('maybe-igw', { vpcId: vpc2.id });
const cfgRt = new aws.ec2.RouteTable('cfg-rt', { vpcId: ok.id, routes: config.requireObject<aws.types.input.ec2.RouteTableRoute[]>('routes') });
const cfgSubnet = new aws.ec2.Subnet('cfg-public', { vpcId: ok.id, cidrBlock: '10.3.2.0/24', mapPublicIpOnLaunch: true });
new aws.ec2.RouteTableAssociation('cfg-public', { subnetId: cfgSubnet.id, routeTableId: cfgRt.id });
