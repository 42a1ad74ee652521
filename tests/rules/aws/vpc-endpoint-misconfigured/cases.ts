import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const region = 'us-east-1';
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16', enableDnsHostnames: true, enableDnsSupport: true });
const subnets = [0, 1].map((i) => new aws.ec2.Subnet(`private-${i}`, { vpcId: vpc.id, cidrBlock: `10.0.${i}.0/24` }));
const tables = subnets.map((s, i) => new aws.ec2.RouteTable(`private-${i}`, { vpcId: vpc.id }));
const endpointSg = new aws.ec2.SecurityGroup('endpoints', { vpcId: vpc.id, ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['10.0.0.0/16'] }] });
const sshOnly = new aws.ec2.SecurityGroup('ssh-only', { vpcId: vpc.id, ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: ['10.0.0.0/16'] }] });
const west = new aws.Provider('west', { region: 'us-west-2' });

// --- bad
new aws.ec2.VpcEndpoint('s3', { vpcId: vpc.id, serviceName: `com.amazonaws.${region}.s3`, vpcEndpointType: 'Gateway', routeTableIds: subnets.map((s) => s.id) }); // error: [aws/vpc-endpoint-misconfigured]
new aws.ec2.VpcEndpoint('dynamodb', { vpcId: vpc.id, serviceName: `com.amazonaws.${region}.dynamodb`, routeTableIds: [] }); // error: [aws/vpc-endpoint-misconfigured]
new aws.ec2.VpcEndpoint('sqs', { vpcId: vpc.id, serviceName: `com.amazonaws.${region}.sqs`, subnetIds: subnets.map((s) => s.id) }); // error: [aws/vpc-endpoint-misconfigured]
['logs', 'kms'].forEach((svc) =>
  new aws.ec2.VpcEndpoint(`${svc}-endpoint`, { // error: [aws/vpc-endpoint-misconfigured]
    vpcId: vpc.id,
    serviceName: `com.amazonaws.${region}.${svc}`,
    vpcEndpointType: 'Interface',
    subnetIds: subnets.map((s) => s.id),
    securityGroupIds: [endpointSg.id],
  }),
);
new aws.ec2.VpcEndpoint('ecr', { vpcId: vpc.id, serviceName: `com.amazonaws.${region}.ecr.api`, vpcEndpointType: 'Interface', subnetIds: [], securityGroupIds: [endpointSg.id], privateDnsEnabled: true }); // error: [aws/vpc-endpoint-misconfigured]
new aws.ec2.VpcEndpoint('sns', { vpcId: vpc.id, serviceName: `com.amazonaws.${region}.sns`, vpcEndpointType: 'Interface', subnetIds: subnets.map((s) => s.id), securityGroupIds: [], privateDnsEnabled: true }); // error: [aws/vpc-endpoint-misconfigured]
new aws.ec2.VpcEndpoint('ssm', { vpcId: vpc.id, serviceName: `com.amazonaws.${region}.ssm`, vpcEndpointType: 'Interface', subnetIds: subnets.map((s) => s.id), securityGroupIds: [sshOnly.id], privateDnsEnabled: true }); // error: [aws/vpc-endpoint-misconfigured]
new aws.ec2.VpcEndpoint('west-s3', { vpcId: vpc.id, serviceName: 'com.amazonaws.us-east-1.s3', routeTableIds: tables.map((t) => t.id) }, { provider: west }); // error: [aws/vpc-endpoint-misconfigured]
const noDns = new aws.ec2.Vpc('no-dns', { cidrBlock: '10.1.0.0/16' });
class Endpoints extends pulumi.ComponentResource {
  constructor(name: string, v: aws.ec2.Vpc, opts?: pulumi.ComponentResourceOptions) {
    super('tap:net:Endpoints', name, {}, opts);
    new aws.ec2.VpcEndpoint(`${name}-sts`, {
      vpcId: v.id,
      serviceName: `com.amazonaws.${region}.sts`,
      vpcEndpointType: 'Interface',
      subnetIds: ['subnet-0123456789abcdef0'],
      securityGroupIds: ['sg-0123456789abcdef0'],
      privateDnsEnabled: true, // error: [aws/vpc-endpoint-misconfigured]
    }, { parent: this });
  }
}
new Endpoints('ep', noDns);

// --- clean
new aws.ec2.VpcEndpoint('s3-ok', { vpcId: vpc.id, serviceName: `com.amazonaws.${region}.s3`, vpcEndpointType: 'Gateway', routeTableIds: tables.map((t) => t.id) });
const ddb = new aws.ec2.VpcEndpoint('ddb-ok', { vpcId: vpc.id, serviceName: `com.amazonaws.${region}.dynamodb` });
tables.forEach((t, i) => new aws.ec2.VpcEndpointRouteTableAssociation(`ddb-${i}`, { vpcEndpointId: ddb.id, routeTableId: t.id }));
new aws.ec2.VpcEndpoint('sqs-ok', { vpcId: vpc.id, serviceName: `com.amazonaws.${region}.sqs`, vpcEndpointType: 'Interface', subnetIds: subnets.map((s) => s.id), securityGroupIds: [endpointSg.id], privateDnsEnabled: true });

// --- unknown
new aws.ec2.VpcEndpoint('cfg', { vpcId: vpc.id, serviceName: config.require('serviceName'), vpcEndpointType: config.require('endpointType'), routeTableIds: [] });
new aws.ec2.VpcEndpoint('cfg-sg', { vpcId: vpc.id, serviceName: `com.amazonaws.${region}.sqs`, vpcEndpointType: 'Interface', subnetIds: subnets.map((s) => s.id), securityGroupIds: config.requireObject<string[]>('sgs'), privateDnsEnabled: true });
