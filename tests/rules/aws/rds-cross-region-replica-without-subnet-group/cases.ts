import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const primaryRegion = new aws.Provider('primary', { region: 'us-east-1' });
const dr = new aws.Provider('dr', { region: 'us-west-2' });
const primary = new aws.rds.Instance('primary', {
  engine: 'postgres',
  instanceClass: 'db.t3.medium',
  allocatedStorage: 20,
  username: 'app',
  manageMasterUserPassword: true,
  backupRetentionPeriod: 7,
  skipFinalSnapshot: true,
}, { provider: primaryRegion });
const defaultPrimary = new aws.rds.Instance('default-primary', {
  engine: 'mysql',
  instanceClass: 'db.t3.medium',
  allocatedStorage: 20,
  username: 'app',
  manageMasterUserPassword: true,
  backupRetentionPeriod: 7,
  skipFinalSnapshot: true,
});
const drVpc = new aws.ec2.Vpc('dr', { cidrBlock: '10.1.0.0/16' }, { provider: dr });
const drSg = new aws.ec2.SecurityGroup('dr-db', { vpcId: drVpc.id }, { provider: dr });
const a = new aws.ec2.Subnet('dr-a', { vpcId: drVpc.id, cidrBlock: '10.1.1.0/24' }, { provider: dr });
const b = new aws.ec2.Subnet('dr-b', { vpcId: drVpc.id, cidrBlock: '10.1.2.0/24' }, { provider: dr });
const drSubnets = new aws.rds.SubnetGroup('dr-db', { subnetIds: [a.id, b.id] }, { provider: dr });

// --- bad
new aws.rds.Instance('replica', {
  replicateSourceDb: primary.arn,
  instanceClass: 'db.t3.medium',
  vpcSecurityGroupIds: [drSg.id], // error: [aws/rds-cross-region-replica-without-subnet-group]
  skipFinalSnapshot: true,
}, { provider: dr });
new aws.rds.Instance('replica-of-default', {
  replicateSourceDb: defaultPrimary.arn,
  instanceClass: 'db.t3.medium',
  vpcSecurityGroupIds: [drSg.id], // error: [aws/rds-cross-region-replica-without-subnet-group]
  skipFinalSnapshot: true,
}, { provider: dr });
new aws.rds.Instance('replica-of-arn', {
  replicateSourceDb: 'arn:aws:rds:eu-west-1:123456789012:db:orders',
  instanceClass: 'db.t3.medium',
  vpcSecurityGroupIds: [drSg.id], // error: [aws/rds-cross-region-replica-without-subnet-group]
  skipFinalSnapshot: true,
}, { provider: dr });

// --- clean
new aws.rds.Instance('replica-with-subnets', {
  replicateSourceDb: primary.arn,
  instanceClass: 'db.t3.medium',
  dbSubnetGroupName: drSubnets.name,
  vpcSecurityGroupIds: [drSg.id],
  skipFinalSnapshot: true,
}, { provider: dr });
const primaryVpc = new aws.ec2.Vpc('primary', { cidrBlock: '10.0.0.0/16' }, { provider: primaryRegion });
const primarySg = new aws.ec2.SecurityGroup('primary-db', { vpcId: primaryVpc.id }, { provider: primaryRegion });
new aws.rds.Instance('same-region-replica', {
  replicateSourceDb: primary.identifier,
  instanceClass: 'db.t3.medium',
  vpcSecurityGroupIds: [primarySg.id],
  skipFinalSnapshot: true,
}, { provider: primaryRegion });
const defaultVpcSg = new aws.ec2.SecurityGroup('default-vpc-db', {}, { provider: dr });
new aws.rds.Instance('replica-in-default-vpc', {
  replicateSourceDb: primary.arn,
  instanceClass: 'db.t3.medium',
  vpcSecurityGroupIds: [defaultVpcSg.id],
  skipFinalSnapshot: true,
}, { provider: dr });
new aws.rds.Instance('replica-same-arn-region', {
  replicateSourceDb: 'arn:aws:rds:us-west-2:123456789012:db:orders',
  instanceClass: 'db.t3.medium',
  vpcSecurityGroupIds: [drSg.id],
  skipFinalSnapshot: true,
}, { provider: dr });

// --- unknown
const configured = new aws.Provider('configured', { region: config.require('drRegion') });
new aws.rds.Instance('replica-configured-region', {
  replicateSourceDb: primary.arn,
  instanceClass: 'db.t3.medium',
  vpcSecurityGroupIds: [drSg.id],
  skipFinalSnapshot: true,
}, { provider: configured });
const lookedUp = aws.ec2.getVpcOutput({ tags: { Name: 'dr' } }, { provider: dr });
const lookedUpSg = new aws.ec2.SecurityGroup('looked-up', { vpcId: lookedUp.id }, { provider: dr });
new aws.rds.Instance('replica-looked-up-vpc', {
  replicateSourceDb: primary.arn,
  instanceClass: 'db.t3.medium',
  vpcSecurityGroupIds: [lookedUpSg.id],
  skipFinalSnapshot: true,
}, { provider: dr });
new aws.rds.Instance('replica-configured-subnets', {
  replicateSourceDb: primary.arn,
  instanceClass: 'db.t3.medium',
  dbSubnetGroupName: config.get('drSubnetGroup'),
  vpcSecurityGroupIds: [drSg.id],
  skipFinalSnapshot: true,
}, { provider: dr });
