import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
const region = aws.getRegionOutput().name;

// --- bad
const dbSubnet = new aws.ec2.Subnet('db', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24', availabilityZone: 'us-east-1a' });
new aws.rds.SubnetGroup('db', { subnetIds: [dbSubnet.id] }); // error: [aws/subnet-group-single-az]
const sameZone = [2, 3].map((i) => new aws.ec2.Subnet(`same-${i}`, { vpcId: vpc.id, cidrBlock: `10.0.${i}.0/24`, availabilityZone: 'us-east-1b' }));
new aws.eks.Cluster('eks', { roleArn: 'arn:aws:iam::123456789012:role/eks', vpcConfig: { subnetIds: sameZone.map((s) => s.id) } }); // error: [aws/subnet-group-single-az]
class Data extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:data:Data', name, {}, opts);
    const subnets = [4, 5].map((i) => new aws.ec2.Subnet(`${name}-${i}`, { vpcId: vpc.id, cidrBlock: `10.0.${i}.0/24`, availabilityZone: pulumi.interpolate`${region}a` }, { parent: this }));
    new aws.docdb.SubnetGroup(`${name}-docdb`, { subnetIds: subnets.map((s) => s.id) }, { parent: this }); // error: [aws/subnet-group-single-az]
  }
}
new Data('data');

// --- clean
const zones = ['us-east-1a', 'us-east-1b'];
const ok = zones.map((az, i) => new aws.ec2.Subnet(`ok-${i}`, { vpcId: vpc.id, cidrBlock: `10.0.${10 + i}.0/24`, availabilityZone: az }));
new aws.rds.SubnetGroup('ok', { subnetIds: ok.map((s) => s.id) });
new aws.elasticache.SubnetGroup('cache', { subnetIds: [dbSubnet.id] });

// --- unknown
const azs = aws.getAvailabilityZonesOutput({ state: 'available' });
const looked = [0, 1].map((i) => new aws.ec2.Subnet(`az-${i}`, { vpcId: vpc.id, cidrBlock: `10.0.${20 + i}.0/24`, availabilityZone: azs.names[i] }));
new aws.rds.SubnetGroup('looked', { subnetIds: looked.map((s) => s.id) });
new aws.rds.SubnetGroup('cfg', { subnetIds: config.requireObject<string[]>('subnetIds') });
