import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
const publicSubnets = [0, 1].map((i) => new aws.ec2.Subnet(`public-${i}`, { vpcId: vpc.id, cidrBlock: `10.0.${i}.0/24`, mapPublicIpOnLaunch: true }));
const privateSubnets = [0, 1].map((i) => new aws.ec2.Subnet(`private-${i}`, { vpcId: vpc.id, cidrBlock: `10.0.${10 + i}.0/24` }));

// --- bad
new aws.rds.Instance('db', { engine: 'postgres', instanceClass: 'db.t3.micro', allocatedStorage: 20, publiclyAccessible: true }); // error: [security/public-network-exposure]
new aws.rds.ClusterInstance('writer', { clusterIdentifier: 'c', instanceClass: 'db.r6g.large', engine: 'aurora-postgresql', publiclyAccessible: true }); // error: [security/public-network-exposure]
new aws.rds.SubnetGroup('db-subnets', { subnetIds: [privateSubnets[0]!.id, publicSubnets[1]!.id] }); // error: [security/public-network-exposure]
new aws.lb.LoadBalancer('web', { loadBalancerType: 'application', subnets: privateSubnets.map((s) => s.id) }); // error: [security/public-network-exposure]
new aws.lb.LoadBalancer('half', { subnets: [publicSubnets[0]!.id, privateSubnets[1]!.id] }); // error: [security/public-network-exposure]
new aws.ecs.Service('api', {
  cluster: 'c',
  taskDefinition: 't',
  networkConfiguration: { subnets: privateSubnets.map((s) => s.id), assignPublicIp: true }, // error: [security/public-network-exposure]
});

// --- clean
new aws.rds.Instance('private-db', { engine: 'postgres', instanceClass: 'db.t3.micro', allocatedStorage: 20, publiclyAccessible: false });
new aws.rds.SubnetGroup('private-db-subnets', { subnetIds: privateSubnets.map((s) => s.id) });
new aws.elasticache.SubnetGroup('cache-subnets', { subnetIds: privateSubnets.map((s) => s.id) });
new aws.lb.LoadBalancer('public-web', { loadBalancerType: 'application', subnets: publicSubnets.map((s) => s.id) });
new aws.lb.LoadBalancer('internal-api', { internal: true, loadBalancerType: 'application', subnets: privateSubnets.map((s) => s.id) });

// --- unknown
new aws.rds.Instance('configured', { engine: 'postgres', instanceClass: 'db.t3.micro', publiclyAccessible: config.requireBoolean('public') });
new aws.rds.SubnetGroup('looked-up', { subnetIds: config.requireObject<string[]>('subnetIds') });
new aws.lb.LoadBalancer('configured-lb', { internal: config.requireBoolean('internal'), subnets: privateSubnets.map((s) => s.id) });
new aws.lb.LoadBalancer('mixed-sources', { subnets: [privateSubnets[0]!.id, config.require('subnetId')] });
