import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
const other = new aws.ec2.Vpc('other', { cidrBlock: '10.1.0.0/16' });
const subnets = [0, 1].map((i) => new aws.ec2.Subnet(`private-${i}`, { vpcId: vpc.id, cidrBlock: `10.0.${i}.0/24` }));
const otherSubnet = new aws.ec2.Subnet('other-a', { vpcId: other.id, cidrBlock: '10.1.0.0/24' });
const rt = new aws.ec2.RouteTable('private', { vpcId: vpc.id });
const sg = new aws.ec2.SecurityGroup('app', { vpcId: vpc.id });
const otherSg = new aws.ec2.SecurityGroup('other', { vpcId: other.id });

// --- bad
subnets.forEach((s, i) => new aws.ec2.RouteTableAssociation(`assoc-${i}`, { subnetId: s.id, routeTableId: s.id })); // error: [aws/network-wrong-reference]
new aws.ec2.Route('to-peer', { routeTableId: rt.id, destinationCidrBlock: '10.1.0.0/16', vpcPeeringConnectionId: other.id }); // error: [aws/network-wrong-reference]
new aws.lambda.Function('fn', {
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  role: 'arn:aws:iam::123456789012:role/fn',
  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset('exports.handler = async () => {};') }),
  vpcConfig: { subnetIds: subnets.map((s) => s.id), securityGroupIds: [otherSg.id] }, // error: [aws/network-wrong-reference]
});
new aws.rds.SubnetGroup('db', { subnetIds: [subnets[0].id, otherSubnet.id] }); // error: [aws/network-wrong-reference]
new aws.ec2.RouteTableAssociation('cross', { subnetId: otherSubnet.id, routeTableId: rt.id }); // error: [aws/network-wrong-reference]
new aws.lb.LoadBalancer('alb', { subnets: subnets.map((s) => s.arn) }); // error: [aws/network-wrong-reference]

class Tier extends pulumi.ComponentResource {
  constructor(name: string, v: aws.ec2.Vpc, opts?: pulumi.ComponentResourceOptions) {
    super('tap:net:Tier', name, {}, opts);
    new aws.ec2.SecurityGroup(`${name}-sg`, { vpcId: rt.id }, { parent: this }); // error: [aws/network-wrong-reference]
  }
}
new Tier('tier', vpc);

// --- clean
subnets.forEach((s, i) => new aws.ec2.RouteTableAssociation(`ok-${i}`, { subnetId: s.id, routeTableId: rt.id }));
new aws.ec2.Route('main', { routeTableId: vpc.mainRouteTableId, destinationCidrBlock: '10.9.0.0/16', gatewayId: 'local' });
new aws.ecs.Service('svc', { cluster: 'c', taskDefinition: 't', networkConfiguration: { subnets: subnets.map((s) => s.id), securityGroups: [sg.id, vpc.defaultSecurityGroupId] } });
new aws.ec2.SecurityGroup('same-vpc', { vpcId: subnets[0].vpcId });

// --- unknown
new aws.ec2.RouteTableAssociation('cfg', { subnetId: config.require('subnetId'), routeTableId: rt.id });
new aws.rds.SubnetGroup('cfg-db', { subnetIds: config.requireObject<string[]>('subnetIds') });
