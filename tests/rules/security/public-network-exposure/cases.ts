import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
const publicSubnets = [0, 1].map((i) => new aws.ec2.Subnet(`public-${i}`, { vpcId: vpc.id, cidrBlock: `10.0.${i}.0/24`, mapPublicIpOnLaunch: true }));
const privateSubnets = [0, 1].map((i) => new aws.ec2.Subnet(`private-${i}`, { vpcId: vpc.id, cidrBlock: `10.0.${10 + i}.0/24` }));

// Routing: public subnets (not flagged with mapPublicIpOnLaunch) routed to the internet gateway,
// app subnets routed only through a NAT gateway.
const igw = new aws.ec2.InternetGateway('igw', { vpcId: vpc.id });
const eip = new aws.ec2.Eip('nat-eip', { domain: 'vpc' });
const nat = new aws.ec2.NatGateway('nat', { subnetId: publicSubnets[0]!.id, allocationId: eip.id });
const publicRt = new aws.ec2.RouteTable('public-rt', { vpcId: vpc.id, routes: [{ cidrBlock: '0.0.0.0/0', gatewayId: igw.id }] });
const appRt = new aws.ec2.RouteTable('app-rt', { vpcId: vpc.id });
new aws.ec2.Route('app-default', { routeTableId: appRt.id, destinationCidrBlock: '0.0.0.0/0', natGatewayId: nat.id });
const routedSubnets = [0, 1].map((i) => new aws.ec2.Subnet(`routed-${i}`, { vpcId: vpc.id, cidrBlock: `10.0.${20 + i}.0/24` }));
const appSubnets = [0, 1].map((i) => new aws.ec2.Subnet(`app-${i}`, { vpcId: vpc.id, cidrBlock: `10.0.${30 + i}.0/24`, mapPublicIpOnLaunch: true }));
routedSubnets.forEach((s, i) => new aws.ec2.RouteTableAssociation(`routed-${i}`, { subnetId: s.id, routeTableId: publicRt.id }));
appSubnets.forEach((s, i) => new aws.ec2.RouteTableAssociation(`app-${i}`, { subnetId: s.id, routeTableId: appRt.id }));
const mainOnly = new aws.ec2.Subnet('main-only', { vpcId: vpc.id, cidrBlock: '10.0.40.0/24', mapPublicIpOnLaunch: true });
const configRt = new aws.ec2.RouteTable('config-rt', { vpcId: vpc.id, routes: [{ cidrBlock: '0.0.0.0/0', gatewayId: config.require('gatewayId') }] });
const configRouted = new aws.ec2.Subnet('config-routed', { vpcId: vpc.id, cidrBlock: '10.0.41.0/24', mapPublicIpOnLaunch: true });
new aws.ec2.RouteTableAssociation('config-routed', { subnetId: configRouted.id, routeTableId: configRt.id });
// A VPC to which the program attaches no internet gateway at all.
const isolatedVpc = new aws.ec2.Vpc('isolated', { cidrBlock: '10.1.0.0/16' });
const isolatedSubnets = [0, 1].map((i) => new aws.ec2.Subnet(`isolated-${i}`, { vpcId: isolatedVpc.id, cidrBlock: `10.1.${i}.0/24` }));
// A VPC whose gateway is attached to a VPC id from config: it may be this one.
const maybeVpc = new aws.ec2.Vpc('maybe', { cidrBlock: '10.2.0.0/16' });
const maybeSubnets = [0, 1].map((i) => new aws.ec2.Subnet(`maybe-${i}`, { vpcId: maybeVpc.id, cidrBlock: `10.2.${i}.0/24`, mapPublicIpOnLaunch: true }));
const detachedIgw = new aws.ec2.InternetGateway('detached');
new aws.ec2.InternetGatewayAttachment('attach', { internetGatewayId: detachedIgw.id, vpcId: config.require('vpcId') });

// --- bad
new aws.rds.Instance('db', { engine: 'postgres', instanceClass: 'db.t3.micro', allocatedStorage: 20, publiclyAccessible: true }); // error: [security/public-network-exposure]
new aws.rds.ClusterInstance('writer', { clusterIdentifier: 'c', instanceClass: 'db.r6g.large', engine: 'aurora-postgresql', publiclyAccessible: true }); // error: [security/public-network-exposure]
new aws.rds.SubnetGroup('db-subnets', { subnetIds: [privateSubnets[0]!.id, publicSubnets[1]!.id] }); // error: [security/public-network-exposure]
new aws.lb.LoadBalancer('web', { loadBalancerType: 'application', subnets: privateSubnets.map((s) => s.id) }); // error: [security/public-network-exposure]
new aws.lb.LoadBalancer('half', { subnets: [publicSubnets[0]!.id, privateSubnets[1]!.id] }); // error: [security/public-network-exposure]
// Subnets whose route tables only reach a NAT gateway, whatever their public IP flag.
new aws.lb.LoadBalancer('nat-only', { loadBalancerType: 'application', internal: false, subnets: appSubnets.map((s) => s.id) }); // error: [security/public-network-exposure]
new aws.lb.LoadBalancer('nlb-nat-only', {
  loadBalancerType: 'network',
  subnetMappings: appSubnets.map((s) => ({ subnetId: s.id })), // error: [security/public-network-exposure]
});
new aws.lb.LoadBalancer('isolated-alb', { subnets: isolatedSubnets.map((s) => s.id) }); // error: [security/public-network-exposure]
new aws.ecs.Service('api', {
  cluster: 'c',
  taskDefinition: 't',
  networkConfiguration: { subnets: privateSubnets.map((s) => s.id), assignPublicIp: true }, // error: [security/public-network-exposure]
});

new aws.lambda.FunctionUrl('hook', {
  functionName: 'webhook',
  authorizationType: 'NONE', // error: [security/public-network-exposure]
  cors: { allowOrigins: ['*'] },
});

// --- clean
new aws.lambda.FunctionUrl('signed', { functionName: 'api', authorizationType: 'AWS_IAM' });
new aws.rds.Instance('private-db', { engine: 'postgres', instanceClass: 'db.t3.micro', allocatedStorage: 20, publiclyAccessible: false });
new aws.rds.SubnetGroup('private-db-subnets', { subnetIds: privateSubnets.map((s) => s.id) });
new aws.elasticache.SubnetGroup('cache-subnets', { subnetIds: privateSubnets.map((s) => s.id) });
new aws.lb.LoadBalancer('public-web', { loadBalancerType: 'application', subnets: publicSubnets.map((s) => s.id) });
new aws.lb.LoadBalancer('internal-api', { internal: true, loadBalancerType: 'application', subnets: privateSubnets.map((s) => s.id) });
// Public by their route table even without mapPublicIpOnLaunch.
new aws.lb.LoadBalancer('routed-web', { loadBalancerType: 'application', subnets: routedSubnets.map((s) => s.id) });
new aws.lb.LoadBalancer('internal-nat-only', { internal: true, subnets: appSubnets.map((s) => s.id) });
new aws.lb.LoadBalancer('gwlb', { loadBalancerType: 'gateway', subnets: appSubnets.map((s) => s.id) });

// --- unknown
new aws.lambda.FunctionUrl('configured', { functionName: 'api', authorizationType: config.require('auth') });
new aws.rds.Instance('configured', { engine: 'postgres', instanceClass: 'db.t3.micro', publiclyAccessible: config.requireBoolean('public') });
new aws.rds.SubnetGroup('looked-up', { subnetIds: config.requireObject<string[]>('subnetIds') });
new aws.lb.LoadBalancer('configured-lb', { internal: config.requireBoolean('internal'), subnets: privateSubnets.map((s) => s.id) });
new aws.lb.LoadBalancer('mixed-sources', { subnets: [privateSubnets[0]!.id, config.require('subnetId')] });
// The main route table (no explicit association) and a gateway id from config are not judged.
new aws.lb.LoadBalancer('main-table', { subnets: [appSubnets[0]!.id, mainOnly.id] });
new aws.lb.LoadBalancer('config-gateway', { subnets: [appSubnets[0]!.id, configRouted.id] });
new aws.lb.LoadBalancer('maybe-attached', { subnets: maybeSubnets.map((s) => s.id) });
new aws.lb.LoadBalancer('configured-type', { loadBalancerType: config.require('lbType'), subnets: appSubnets.map((s) => s.id) });
