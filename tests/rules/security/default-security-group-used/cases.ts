import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const subnets = new aws.rds.SubnetGroup('db', { subnetIds: ['subnet-1', 'subnet-2'] });
const sg = new aws.ec2.SecurityGroup('sg', { vpcId: 'vpc-1' });

// --- bad
new aws.rds.Instance('db', { // error: [security/default-security-group-used]
  engine: 'postgres',
  instanceClass: 'db.t3.micro',
  allocatedStorage: 20,
  username: 'app',
  manageMasterUserPassword: true,
  dbSubnetGroupName: subnets.name,
});
const cacheSubnets = new aws.elasticache.SubnetGroup('cache', { subnetIds: ['subnet-1'] });
new aws.elasticache.ReplicationGroup('cache', { description: 'cache', nodeType: 'cache.t3.micro', subnetGroupName: cacheSubnets.name }); // error: [security/default-security-group-used]
new aws.ec2.VpcEndpoint('ssm', { vpcId: 'vpc-1', serviceName: 'com.amazonaws.us-east-1.ssm', vpcEndpointType: 'Interface', subnetIds: ['subnet-1'] }); // error: [security/default-security-group-used]

// --- clean
new aws.rds.Instance('db-sg', { engine: 'postgres', instanceClass: 'db.t3.micro', dbSubnetGroupName: subnets.name, vpcSecurityGroupIds: [sg.id] });
new aws.rds.Instance('aurora-member', { engine: 'aurora-postgresql', instanceClass: 'db.r6g.large', clusterIdentifier: 'c', dbSubnetGroupName: subnets.name });
new aws.ec2.VpcEndpoint('s3', { vpcId: 'vpc-1', serviceName: 'com.amazonaws.us-east-1.s3', vpcEndpointType: 'Gateway' });

// --- unknown
new aws.rds.Instance('spread', { ...config.requireObject<aws.rds.InstanceArgs>('db'), dbSubnetGroupName: subnets.name });

// --- bad: the VPC's default group looked up by name
const defaultSg = aws.ec2.getSecurityGroupOutput({ name: 'default', vpcId: 'vpc-1' });
new aws.rds.Instance('db-default-sg', { engine: 'postgres', instanceClass: 'db.t3.micro', dbSubnetGroupName: subnets.name, vpcSecurityGroupIds: [defaultSg.id] }); // error: [security/default-security-group-used]

// --- clean: a looked-up group that is not the default one
const appSg = aws.ec2.getSecurityGroupOutput({ name: 'app-db', vpcId: 'vpc-1' });
new aws.rds.Instance('db-named-sg', { engine: 'postgres', instanceClass: 'db.t3.micro', dbSubnetGroupName: subnets.name, vpcSecurityGroupIds: [appSg.id] });
