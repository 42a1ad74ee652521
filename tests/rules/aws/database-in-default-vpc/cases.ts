import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpc = new aws.ec2.Vpc('app', { cidrBlock: '10.0.0.0/16' });
const subnets = ['10.0.1.0/24', '10.0.2.0/24'].map((cidr, i) => new aws.ec2.Subnet(`private-${i}`, { vpcId: vpc.id, cidrBlock: cidr }));
const dbSubnets = new aws.rds.SubnetGroup('db', { subnetIds: subnets.map((s) => s.id) });
const dbSg = new aws.ec2.SecurityGroup('db', { vpcId: vpc.id });

// --- bad
new aws.rds.Instance('orders', { // error: [aws/database-in-default-vpc]
  engine: 'postgres',
  instanceClass: 'db.t3.micro',
  allocatedStorage: 20,
  username: 'app',
  manageMasterUserPassword: true,
});
new aws.rds.Cluster('aurora', { engine: 'aurora-postgresql', masterUsername: 'app', manageMasterUserPassword: true, vpcSecurityGroupIds: [dbSg.id] }); // error: [aws/database-in-default-vpc]
class Cache extends pulumi.ComponentResource {
  constructor(name: string) {
    super('app:Cache', name);
    new aws.elasticache.ReplicationGroup(`${name}-redis`, { description: 'sessions', nodeType: 'cache.t3.micro' }, { parent: this }); // error: [aws/database-in-default-vpc]
  }
}
new Cache('sessions');

// --- clean
new aws.rds.Instance('placed', { engine: 'postgres', instanceClass: 'db.t3.micro', dbSubnetGroupName: dbSubnets.name, vpcSecurityGroupIds: [dbSg.id] });
const member = new aws.rds.Cluster('members', { engine: 'aurora-mysql', masterUsername: 'app', manageMasterUserPassword: true, dbSubnetGroupName: dbSubnets.name, vpcSecurityGroupIds: [dbSg.id] });
new aws.rds.ClusterInstance('member-1', { clusterIdentifier: member.id, engine: 'aurora-mysql', instanceClass: 'db.r6g.large' });
new aws.rds.Instance('replica', { replicateSourceDb: 'orders', instanceClass: 'db.t3.micro' });

// --- unknown
new aws.rds.Instance('configured', { engine: 'postgres', instanceClass: 'db.t3.micro', ...config.requireObject<Record<string, string>>('network') });
