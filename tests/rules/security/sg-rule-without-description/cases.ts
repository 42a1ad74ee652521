import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

// --- bad
const web = new aws.ec2.SecurityGroup('web', {
  vpcId: 'vpc-1',
  description: 'Web tier',
  ingress: [
    { protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'] }, // error: [security/sg-rule-without-description]
    { protocol: 'tcp', fromPort: 80, toPort: 80, cidrBlocks: ['0.0.0.0/0'] },
  ],
  egress: [{ description: 'All outbound', protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: ['0.0.0.0/0'] }],
});
const db = new aws.ec2.SecurityGroup('db', { vpcId: 'vpc-1', description: 'Database tier' });
new aws.vpc.SecurityGroupIngressRule('db-in', { securityGroupId: db.id, ipProtocol: 'tcp', fromPort: 5432, toPort: 5432, referencedSecurityGroupId: web.id }); // error: [security/sg-rule-without-description]
new aws.vpc.SecurityGroupIngressRule('db-in-2', { securityGroupId: db.id, ipProtocol: 'tcp', fromPort: 5433, toPort: 5433, referencedSecurityGroupId: web.id });

// --- clean
new aws.ec2.SecurityGroup('described', {
  vpcId: 'vpc-1',
  ingress: [{ description: 'HTTPS from anywhere', protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'] }],
});
new aws.ec2.SecurityGroupRule('described-rule', { type: 'ingress', securityGroupId: db.id, protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: ['10.0.0.0/16'], description: 'SSH from the VPC' });

// --- unknown
const base = config.requireObject<aws.types.input.ec2.SecurityGroupIngress>('rule');
new aws.ec2.SecurityGroup('spread', { vpcId: 'vpc-1', ingress: [{ ...base, protocol: 'tcp', fromPort: 8080, toPort: 8080 }] });
