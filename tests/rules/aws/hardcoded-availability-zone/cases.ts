import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });

// --- bad
new aws.ec2.Subnet('a', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24', availabilityZone: 'us-east-1a' }); // error: [aws/hardcoded-availability-zone]
const zones = ['us-east-1a', 'us-east-1b']; // error: [aws/hardcoded-availability-zone]
zones.forEach((az, i) => new aws.ec2.Subnet(`z${i}`, { vpcId: vpc.id, cidrBlock: `10.0.${10 + i}.0/24`, availabilityZone: az }));
const eu = new aws.Provider('eu', { region: 'eu-west-1' });
new aws.ebs.Volume('data', { availabilityZone: 'us-east-1a', size: 10 }, { provider: eu }); // error: [aws/hardcoded-availability-zone]
new aws.rds.Cluster('db', {
  engine: 'aurora-postgresql',
  availabilityZones: ['us-west-2a', 'us-west-2b'], // error: [aws/hardcoded-availability-zone]
  masterUsername: 'app',
  manageMasterUserPassword: true,
});
const nats = [new aws.ec2.NatGateway('nat-0', { subnetId: 'subnet-1', allocationId: 'eipalloc-1' })];
for (let i = 0; i < 2; i++) {
  new aws.ec2.Route(`r${i}`, { routeTableId: 'rtb-1', destinationCidrBlock: '0.0.0.0/0', natGatewayId: nats[i].id }); // todo-error: [aws/hardcoded-availability-zone]
}
class Network extends pulumi.ComponentResource {
  constructor(name: string, region: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:net:Network', name, {}, opts);
    const availabilityZones = [`${region}a`, `${region}b`]; // error: [aws/hardcoded-availability-zone]
    availabilityZones.forEach((az, i) => new aws.ec2.Subnet(`${name}-${i}`, { vpcId: vpc.id, cidrBlock: `10.1.${i}.0/24`, availabilityZone: az }, { parent: this }));
  }
}
new Network('net', config.get('region') || 'us-east-1');

// --- clean
const azs = aws.getAvailabilityZonesOutput({ state: 'available' });
new aws.ec2.Subnet('b', { vpcId: vpc.id, cidrBlock: '10.0.2.0/24', availabilityZone: azs.names[0] });
new aws.ec2.Subnet('id', { vpcId: vpc.id, cidrBlock: '10.0.3.0/24', availabilityZoneId: 'use1-az1' });

// --- unknown
new aws.ec2.Subnet('c', { vpcId: vpc.id, cidrBlock: '10.0.4.0/24', availabilityZone: config.require('az') });
