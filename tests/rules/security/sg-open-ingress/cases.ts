import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });

// --- bad
const db = new aws.ec2.SecurityGroup('db', {
  vpcId: vpc.id,
  ingress: [
    { protocol: 'tcp', fromPort: 3306, toPort: 3306, cidrBlocks: ['0.0.0.0/0'] }, // error: [security/sg-open-ingress]
    { protocol: '-1', fromPort: 0, toPort: 0, ipv6CidrBlocks: ['::/0'] }, // error: [security/sg-open-ingress]
  ],
});

new aws.ec2.SecurityGroupRule('ssh', { type: 'ingress', securityGroupId: db.id, protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: ['0.0.0.0/0'] }); // error: [security/sg-open-ingress]
new aws.ec2.SecurityGroupRule('range', {
  type: 'ingress',
  securityGroupId: db.id,
  protocol: aws.ec2.ProtocolType.TCP,
  fromPort: 1024,
  toPort: 10000,
  cidrBlocks: ['10.0.0.0/8', '0.0.0.0/0'], // error: [security/sg-open-ingress]
});
const cache = new aws.ec2.SecurityGroup('cache', { vpcId: vpc.id });
new aws.vpc.SecurityGroupIngressRule('redis', { securityGroupId: cache.id, ipProtocol: 'tcp', fromPort: 6379, toPort: 6379, cidrIpv4: '0.0.0.0/0' }); // error: [security/sg-open-ingress]
new aws.vpc.SecurityGroupIngressRule('everything', { securityGroupId: cache.id, ipProtocol: '-1', cidrIpv4: '0.0.0.0/0' }); // error: [security/sg-open-ingress]

// --- clean
const alb = new aws.ec2.SecurityGroup('alb', {
  vpcId: vpc.id,
  ingress: [
    { protocol: 'tcp', fromPort: 80, toPort: 80, cidrBlocks: ['0.0.0.0/0'] },
    { protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'], ipv6CidrBlocks: ['::/0'] },
  ],
  egress: [{ protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: ['0.0.0.0/0'] }],
});
new aws.ec2.SecurityGroup('app', {
  vpcId: vpc.id,
  ingress: [
    { protocol: 'tcp', fromPort: 5432, toPort: 5432, securityGroups: [alb.id] },
    { protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: ['203.0.113.10/32'] },
    { protocol: 'icmp', fromPort: -1, toPort: -1, cidrBlocks: ['0.0.0.0/0'] },
  ],
});

// --- unknown
new aws.ec2.SecurityGroup('configured', {
  vpcId: vpc.id,
  ingress: [
    { protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: [config.require('adminCidr')] },
    { protocol: 'tcp', fromPort: config.requireNumber('port'), toPort: config.requireNumber('port'), cidrBlocks: ['0.0.0.0/0'] },
  ],
});
