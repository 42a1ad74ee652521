import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const west = new aws.Provider('west', { region: 'us-west-2' });

// --- bad
const a = new aws.ec2.Vpc('a', { cidrBlock: '10.0.0.0/16' });
const b = new aws.ec2.Vpc('b', { cidrBlock: '10.0.0.0/16' });
new aws.ec2.VpcPeeringConnection('overlap', { vpcId: a.id, peerVpcId: b.id, autoAccept: true }); // error: [aws/vpc-peering-incomplete]

const primary = new aws.ec2.Vpc('primary', { cidrBlock: '10.10.0.0/16' });
const dr = new aws.ec2.Vpc('dr', { cidrBlock: '10.20.0.0/16' }, { provider: west });
const primaryRt = new aws.ec2.RouteTable('primary', { vpcId: primary.id });
const drRt = new aws.ec2.RouteTable('dr', { vpcId: dr.id }, { provider: west });
// Cross-region and never accepted.
const crossRegion = new aws.ec2.VpcPeeringConnection('cross-region', { vpcId: primary.id, peerVpcId: dr.id, peerRegion: 'us-west-2' }); // error: [aws/vpc-peering-incomplete]
new aws.ec2.Route('primary-to-dr', { routeTableId: primaryRt.id, destinationCidrBlock: '10.20.0.0/16', vpcPeeringConnectionId: crossRegion.id });
new aws.ec2.Route('dr-to-primary', { routeTableId: drRt.id, destinationCidrBlock: '10.10.0.0/16', vpcPeeringConnectionId: crossRegion.id }, { provider: west });
// Accepted, but routed from the primary side only.
const primary2 = new aws.ec2.Vpc('primary2', { cidrBlock: '10.11.0.0/16' });
const dr2 = new aws.ec2.Vpc('dr2', { cidrBlock: '10.21.0.0/16' }, { provider: west });
const oneWay = new aws.ec2.VpcPeeringConnection('one-way', { vpcId: primary2.id, peerVpcId: dr2.id, peerRegion: 'us-west-2' }); // error: [aws/vpc-peering-incomplete]
new aws.ec2.VpcPeeringConnectionAccepter('one-way', { vpcPeeringConnectionId: oneWay.id, autoAccept: true }, { provider: west });
new aws.ec2.RouteTable('primary2', { vpcId: primary2.id, routes: [{ cidrBlock: '10.21.0.0/16', vpcPeeringConnectionId: oneWay.id }] });

class Peering extends pulumi.ComponentResource {
  constructor(name: string, left: aws.ec2.Vpc, right: aws.ec2.Vpc, opts?: pulumi.ComponentResourceOptions) {
    super('tap:net:Peering', name, {}, opts);
    new aws.ec2.VpcPeeringConnection(`${name}-pcx`, { vpcId: left.id, peerVpcId: right.id, autoAccept: true }, { parent: this }); // error: [aws/vpc-peering-incomplete]
  }
}
const c = new aws.ec2.Vpc('c', { cidrBlock: '10.30.0.0/16' });
const d = new aws.ec2.Vpc('d', { cidrBlock: '10.40.0.0/16' });
new Peering('c-d', c, d);

const east = new aws.Provider('east', { region: 'us-east-1' });
const h = new aws.ec2.Vpc('h', { cidrBlock: '10.90.0.0/16' }, { provider: east });
const i = new aws.ec2.Vpc('i', { cidrBlock: '10.91.0.0/16' }, { provider: west });
new aws.ec2.VpcPeeringConnection('h-i', { vpcId: h.id, peerVpcId: i.id }, { provider: east }); // error: [aws/vpc-peering-incomplete]
new aws.ec2.VpcPeeringConnection('h-i-auto', { vpcId: h.id, peerVpcId: i.id, peerRegion: 'us-west-2', autoAccept: true }, { provider: east }); // error: [aws/vpc-peering-incomplete]

const apps = new aws.ec2.Vpc('apps', { cidrBlock: '10.30.0.0/16' });
const data = new aws.ec2.Vpc('data', { cidrBlock: '10.31.0.0/16' });
const appsData = new aws.ec2.VpcPeeringConnection('apps-data', { vpcId: apps.id, peerVpcId: data.id, autoAccept: true });
new aws.ec2.RouteTable('apps', { vpcId: apps.id, routes: [{ cidrBlock: '172.16.0.0/12', vpcPeeringConnectionId: appsData.id }] }); // error: [aws/vpc-peering-incomplete]
const dataRt = new aws.ec2.RouteTable('data', { vpcId: data.id });
new aws.ec2.Route('data-to-apps', { routeTableId: dataRt.id, destinationCidrBlock: '10.30.0.0/16', vpcPeeringConnectionId: appsData.id });

// --- clean
const e = new aws.ec2.Vpc('e', { cidrBlock: '10.50.0.0/16' });
const f = new aws.ec2.Vpc('f', { cidrBlock: '10.60.0.0/16' }, { provider: west });
const eRt = new aws.ec2.RouteTable('e', { vpcId: e.id });
const ef = new aws.ec2.VpcPeeringConnection('e-f', { vpcId: e.id, peerVpcId: f.id, peerRegion: 'us-west-2' });
const accepter = new aws.ec2.VpcPeeringConnectionAccepter('e-f', { vpcPeeringConnectionId: ef.id, autoAccept: true }, { provider: west });
new aws.ec2.Route('e-to-f', { routeTableId: eRt.id, destinationCidrBlock: '10.60.0.0/16', vpcPeeringConnectionId: ef.id });
new aws.ec2.RouteTable('f', { vpcId: f.id, routes: [{ cidrBlock: '10.50.0.0/16', vpcPeeringConnectionId: accepter.id }] }, { provider: west });
const wide = new aws.ec2.Vpc('wide', { cidrBlock: '10.70.0.0/16' });
new aws.ec2.VpcIpv4CidrBlockAssociation('wide-2', { vpcId: wide.id, cidrBlock: '10.71.0.0/16' });
const eWide = new aws.ec2.VpcPeeringConnection('e-wide', { vpcId: e.id, peerVpcId: wide.id, autoAccept: true });
new aws.ec2.Route('e-to-wide-2', { routeTableId: eRt.id, destinationCidrBlock: '10.71.0.0/16', vpcPeeringConnectionId: eWide.id });
new aws.ec2.RouteTable('wide', { vpcId: wide.id, routes: [{ cidrBlock: '10.50.0.0/16', vpcPeeringConnectionId: eWide.id }] });

// --- unknown
const g = new aws.ec2.Vpc('g', { cidrBlock: '10.70.0.0/16' });
const shared = new aws.ec2.VpcPeeringConnection('to-shared-2', { vpcId: g.id, peerVpcId: config.require('sharedVpcId'), autoAccept: true });
new aws.ec2.Route('g-to-shared', { routeTableId: config.require('routeTableId'), destinationCidrBlock: '10.80.0.0/16', vpcPeeringConnectionId: shared.id });
