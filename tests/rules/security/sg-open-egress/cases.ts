import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
const app = new aws.ec2.SecurityGroup('app', { vpcId: vpc.id });

// --- bad
new aws.ec2.SecurityGroup('open-egress', {
  vpcId: vpc.id,
  ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'] }],
  egress: [
    { protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: ['0.0.0.0/0'] }, // error: [security/sg-open-egress]
    { protocol: 'all', fromPort: 0, toPort: 0, ipv6CidrBlocks: ['::/0'] }, // error: [security/sg-open-egress]
  ],
});
new aws.ec2.SecurityGroupRule('all-out', { type: 'egress', securityGroupId: app.id, protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: ['0.0.0.0/0'] }); // error: [security/sg-open-egress]
new aws.vpc.SecurityGroupEgressRule('all-out-v6', { securityGroupId: app.id, ipProtocol: '-1', cidrIpv6: '::/0' }); // error: [security/sg-open-egress]
new aws.ec2.SecurityGroup('enum-egress', {
  vpcId: vpc.id,
  egress: [{ protocol: aws.ec2.ProtocolType.All, fromPort: 0, toPort: 0, cidrBlocks: ['10.0.0.0/8', '0.0.0.0/0'] }], // error: [security/sg-open-egress]
});

// --- clean
new aws.ec2.SecurityGroup('https-egress', {
  vpcId: vpc.id,
  egress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'] }],
});
new aws.ec2.SecurityGroupRule('vpc-out', { type: 'egress', securityGroupId: app.id, protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: ['10.0.0.0/16'] });
new aws.vpc.SecurityGroupEgressRule('to-app', { securityGroupId: app.id, ipProtocol: '-1', referencedSecurityGroupId: app.id });
// All-protocol ingress is security/sg-open-ingress's finding, not this rule's.
new aws.vpc.SecurityGroupIngressRule('all-in', { securityGroupId: app.id, ipProtocol: '-1', cidrIpv4: '0.0.0.0/0' });

// --- unknown
new aws.ec2.SecurityGroup('configured', {
  vpcId: vpc.id,
  egress: [
    { protocol: config.require('egressProtocol'), fromPort: 0, toPort: 0, cidrBlocks: ['0.0.0.0/0'] },
    { protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: [config.require('egressCidr')] },
  ],
});
new aws.ec2.SecurityGroupRule('configured-direction', { type: config.require('direction'), securityGroupId: app.id, protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: ['0.0.0.0/0'] });
