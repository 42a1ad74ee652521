import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

const vpc0 = new aws.ec2.Vpc('vpc0', { cidrBlock: '10.1.0.0/16' });
const subnet0 = new aws.ec2.Subnet('subnet0', { vpcId: vpc0.id, cidrBlock: '10.1.1.0/24' });

// --- bad
// Other EC2-style ids: a prefix list, a snapshot, a file system.
new aws.ec2.SecurityGroupRule('to-s3', {
  type: 'egress',
  fromPort: 443,
  toPort: 443,
  protocol: 'tcp',
  securityGroupId: vpc0.defaultSecurityGroupId,
  prefixListIds: ['pl-63a5400a'], // error: [aws/hardcoded-resource-id]
});
new aws.ebs.Volume('restored', { availabilityZone: 'us-east-1a', snapshotId: 'snap-0b5f3c9a7d2e41f68' }); // error: [aws/hardcoded-resource-id]
new aws.efs.MountTarget('mt', { fileSystemId: 'fs-7d1e4a92', subnetId: subnet0.id }); // error: [aws/hardcoded-resource-id]

new aws.ec2.Instance('web', {
  ami: 'ami-0c55b159cbfafe1f0', // error: [aws/hardcoded-resource-id]
  instanceType: 't3.micro',
  subnetId: 'subnet-0123456789abcdef0', // error: [aws/hardcoded-resource-id]
  vpcSecurityGroupIds: ['sg-0a1b2c3d4e5f60718'], // error: [aws/hardcoded-resource-id]
});
new aws.route53.Record('www', {
  zoneId: 'Z0123456789ABCDEFGHIJ', // error: [aws/hardcoded-resource-id]
  name: 'www',
  type: 'CNAME',
  ttl: 300,
  records: ['origin.internal'],
});
new aws.ec2.VpcEndpoint('s3', {
  vpcId: 'vpc-0abcdef1234567890', // error: [aws/hardcoded-resource-id]
  serviceName: config.require('s3ServiceName'),
});

export const sharedVpcCidr = aws.ec2.getVpcOutput({ id: 'vpc-0123456789abcdef0' }).cidrBlock; // error: [aws/hardcoded-resource-id]
export const sharedSubnets = aws.ec2.getSubnetsOutput({
  filters: [{ name: 'vpc-id', values: ['vpc-0fedcba9876543210'] }], // error: [aws/hardcoded-resource-id]
}).ids;

// A made-up fallback of a configured value.
new aws.ec2.SecurityGroup('app', { vpcId: config.get('vpcId') || 'vpc-0123456789abcdef0' }); // error: [aws/hardcoded-resource-id]

// KMS keys: the documentation's example key id is made up; a real-looking key id or key ARN with a
// computed account exists in one account and region only.
new aws.sqs.Queue('jobs', { kmsMasterKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' }); // error: [aws/hardcoded-resource-id]
new aws.sns.Topic('alerts', { kmsMasterKeyId: '3f9c2d7e-8b41-4a6f-9e2d-5c7b1a0e4f83' }); // error: [aws/hardcoded-resource-id]
const caller = aws.getCallerIdentityOutput();
new aws.cloudwatch.LogGroup('app-logs', { kmsKeyId: pulumi.interpolate`arn:aws:kms:us-east-1:${caller.accountId}:key/3f9c2d7e-8b41-4a6f-9e2d-5c7b1a0e4f83` }); // error: [aws/hardcoded-resource-id]

// --- clean
const ami = aws.ec2.getAmiOutput({ mostRecent: true, owners: ['amazon'], filters: [{ name: 'name', values: ['al2023-ami-*'] }] });
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
const subnet = new aws.ec2.Subnet('subnet', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24' });
new aws.ec2.Instance('app', { ami: ami.id, instanceType: 't3.micro', subnetId: subnet.id });
new aws.route53.Record('apex', {
  zoneId: config.require('zoneId'),
  name: 'app',
  type: 'A',
  aliases: [{ name: 'd111111abcdef8.cloudfront.net', zoneId: 'Z2FDTNDATAQYW2', evaluateTargetHealth: false }],
});
const east = new aws.Provider('east', { region: 'us-east-1' });
new aws.ec2.VpcEndpoint('dynamodb', { vpcId: vpc.id, serviceName: 'com.amazonaws.us-east-1.dynamodb' }, { provider: east });
new aws.ec2.SecurityGroup('named', { name: 'sg-0123456789abcdef0-web', vpcId: vpc.id });

export const ownSubnets = aws.ec2.getSubnetsOutput({ filters: [{ name: 'vpc-id', values: [vpc.id] }] }).ids;
export const taggedVpc = aws.ec2.getVpcOutput({ tags: { Name: 'shared-vpc' } }).id;

const s3List = aws.ec2.getManagedPrefixListOutput({ name: 'com.amazonaws.us-east-1.s3' });
new aws.ec2.SecurityGroupRule('to-s3-lookup', { type: 'egress', fromPort: 443, toPort: 443, protocol: 'tcp', securityGroupId: vpc0.defaultSecurityGroupId, prefixListIds: [s3List.id] });

const dataKey = new aws.kms.Key('data', { enableKeyRotation: true });
new aws.sqs.Queue('orders', { kmsMasterKeyId: dataKey.id });
new aws.sqs.Queue('events', { kmsMasterKeyId: 'alias/aws/sqs' });
new aws.ssm.Parameter('trace', { type: 'String', value: '3f9c2d7e-8b41-4a6f-9e2d-5c7b1a0e4f83' });

// --- unknown
new aws.sqs.Queue('audit', { kmsMasterKeyId: config.require('kmsKeyId') });
new aws.efs.MountTarget('configured-mt', { fileSystemId: config.require('fileSystemId'), subnetId: subnet0.id });
new aws.ec2.Instance('configured', { ami: config.require('amiId'), instanceType: 't3.micro' });
export const configuredVpc = aws.ec2.getVpcOutput({ id: config.get('vpcId') || 'vpc-0123456789abcdef0' }).id;
new aws.ec2.SecurityGroup('configured-sg', { vpcId: config.get('vpcId') || 'vpc-0c55b159cbfafe1f0' });
