import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });

// --- bad
const app = new aws.ec2.SecurityGroup('app', {
  vpcId: vpc.id,
  ingress: [
    { protocol: 'tcp', fromPort: 8443, toPort: 443, cidrBlocks: ['10.0.0.0/16'] }, // error: [security/sg-rule-misconfig]
    { protocol: '-1', fromPort: 443, toPort: 443, securityGroups: [] }, // error: [security/sg-rule-misconfig]
  ],
  egress: [{ protocol: 'tcp', fromPort: 0, toPort: 0, cidrBlocks: ['0.0.0.0/0'] }], // error: [security/sg-rule-misconfig]
});
new aws.ec2.SecurityGroupRule('extra', { type: 'ingress', securityGroupId: app.id, protocol: 'tcp', fromPort: 8080, toPort: 8080, cidrBlocks: ['10.0.0.0/16'] }); // error: [security/sg-rule-misconfig]
new aws.vpc.SecurityGroupEgressRule('more', { securityGroupId: app.id, ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: '0.0.0.0/0' }); // error: [security/sg-rule-misconfig]

new aws.ec2.SecurityGroup('endpoints', {
  vpcId: vpc.id,
  ingress: [{ protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: [vpc.cidrBlock, '10.0.0.0/16'] }], // error: [security/sg-rule-misconfig]
});

// --- clean
const lb = new aws.ec2.SecurityGroup('lb', { vpcId: vpc.id });
new aws.vpc.SecurityGroupIngressRule('https', { securityGroupId: lb.id, ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: '0.0.0.0/0' });
new aws.vpc.SecurityGroupEgressRule('all-out', { securityGroupId: lb.id, ipProtocol: '-1', cidrIpv4: '0.0.0.0/0' });
new aws.ec2.SecurityGroup('cluster', {
  vpcId: vpc.id,
  ingress: [
    { protocol: '-1', fromPort: 0, toPort: 0, self: true },
    { protocol: 'icmp', fromPort: 8, toPort: 0, cidrBlocks: ['10.0.0.0/16'] },
    { protocol: 'tcp', fromPort: 5432, toPort: 5432, securityGroups: [lb.id] },
  ],
  egress: [{ protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: ['0.0.0.0/0'] }],
});

// --- unknown
new aws.ec2.SecurityGroup('configured', {
  vpcId: vpc.id,
  ingress: [{ protocol: 'tcp', fromPort: config.requireNumber('from'), toPort: 443, cidrBlocks: ['10.0.0.0/16'] }],
});
new aws.ec2.SecurityGroupRule('elsewhere', { type: 'ingress', securityGroupId: config.require('sgId'), protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['10.0.0.0/16'] });
