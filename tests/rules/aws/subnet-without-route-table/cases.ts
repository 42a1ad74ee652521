import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

// --- bad
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
const pub = new aws.ec2.Subnet('public', { vpcId: vpc.id, cidrBlock: '10.0.100.0/24' }); // error: [aws/subnet-without-route-table]
const nat = new aws.ec2.NatGateway('nat', { subnetId: pub.id, allocationId: 'eipalloc-0123' });
const privateRt = new aws.ec2.RouteTable('private', { vpcId: vpc.id, routes: [{ cidrBlock: '0.0.0.0/0', natGatewayId: nat.id }] });
const app = [0, 1].map((i) => new aws.ec2.Subnet(`app-${i}`, { vpcId: vpc.id, cidrBlock: `10.0.${i}.0/24` }));
app.forEach((s, i) => new aws.ec2.RouteTableAssociation(`app-${i}`, { subnetId: s.id, routeTableId: privateRt.id }));
// The data tier was left out of the associations.
const data = [0, 1].map((i) => new aws.ec2.Subnet(`data-${i}`, { vpcId: vpc.id, cidrBlock: `10.0.${i + 10}.0/24` })); // error: [aws/subnet-without-route-table]

class Isolated extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:net:Isolated', name, {}, opts);
    const v = new aws.ec2.Vpc(`${name}-vpc`, { cidrBlock: '10.1.0.0/16' }, { parent: this });
    new aws.ec2.Subnet(`${name}-a`, { vpcId: v.id, cidrBlock: '10.1.0.0/24' }, { parent: this }); // error: [aws/subnet-without-route-table]
  }
}
new Isolated('iso');

// --- clean
// An isolated tier in a VPC whose other tiers have route tables, without a NAT gateway to miss.
const tiers = new aws.ec2.Vpc('tiers', { cidrBlock: '10.3.0.0/16' });
const tiersRt = new aws.ec2.RouteTable('tiers-public', { vpcId: tiers.id });
const web = new aws.ec2.Subnet('tiers-web', { vpcId: tiers.id, cidrBlock: '10.3.0.0/24' });
new aws.ec2.RouteTableAssociation('tiers-web', { subnetId: web.id, routeTableId: tiersRt.id });
new aws.ec2.Subnet('tiers-db', { vpcId: tiers.id, cidrBlock: '10.3.1.0/24' });
const ok = new aws.ec2.Vpc('ok', { cidrBlock: '10.2.0.0/16' });
new aws.ec2.DefaultRouteTable('ok-main', { defaultRouteTableId: ok.defaultRouteTableId });
new aws.ec2.Subnet('ok-a', { vpcId: ok.id, cidrBlock: '10.2.0.0/24' });
new aws.ec2.Subnet('existing-vpc', { vpcId: 'vpc-0123456789abcdef0', cidrBlock: '172.31.99.0/24' });

// --- unknown
const cfg = new aws.ec2.Subnet('cfg', { vpcId: vpc.id, cidrBlock: '10.0.20.0/24' });
new aws.ec2.RouteTableAssociation('cfg', { subnetId: config.getBoolean('use') ? cfg.id : data[0].id, routeTableId: privateRt.id });
export const ids = data.map((s) => s.id);
