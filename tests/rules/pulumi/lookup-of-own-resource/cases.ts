import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const suffix = config.require('environmentSuffix');
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16', tags: { Name: `main-${suffix}` } });
const azs = ['us-east-1a', 'us-east-1b'];
const tables = azs.map((az) => new aws.ec2.RouteTable(`private-${az}`, { vpcId: vpc.id, tags: { Name: `private-${az}-rt-${suffix}` } }));

// --- bad
new aws.ec2.VpcEndpoint('s3', {
  vpcId: vpc.id,
  serviceName: 'com.amazonaws.us-east-1.s3',
  routeTableIds: azs.map((az) =>
    pulumi.output(aws.ec2.getRouteTable({ filters: [{ name: 'tag:Name', values: [`private-${az}-rt-${suffix}`] }] })).apply((rt) => rt.id), // error: [pulumi/lookup-of-own-resource]
  ),
});
export const vpcLookup = aws.ec2.getVpcOutput({ tags: { Name: `main-${suffix}` } }).id; // error: [pulumi/lookup-of-own-resource]

// --- clean
new aws.ec2.VpcEndpoint('s3-ok', { vpcId: vpc.id, serviceName: 'com.amazonaws.us-east-1.s3', routeTableIds: tables.map((t) => t.id) });
export const defaultVpc = aws.ec2.getVpcOutput({ default: true }).id;
export const sameVpc = aws.ec2.getVpcOutput({ id: vpc.id }).cidrBlock;

// --- unknown
export const other = aws.ec2.getVpcOutput({ tags: { Name: config.require('sharedVpcName') } }).id;
