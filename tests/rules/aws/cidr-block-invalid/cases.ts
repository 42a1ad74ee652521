import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

// --- bad
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.1.0/16' }); // error: [aws/cidr-block-invalid]
new aws.ec2.Vpc('huge', { cidrBlock: '10.0.0.0/8' }); // error: [aws/cidr-block-invalid]
new aws.ec2.Subnet('typo', { vpcId: vpc.id, cidrBlock: '10.0.256.0/24' }); // error: [aws/cidr-block-invalid]
new aws.ec2.Subnet('no-prefix', { vpcId: vpc.id, cidrBlock: '10.0.3.0' }); // error: [aws/cidr-block-invalid]
const base = '10.0.0.0/16'.split('/')[0].split('.').slice(0, 3).join('.');
[0, 1].forEach((i) => new aws.ec2.Subnet(`calc-${i}`, { vpcId: vpc.id, cidrBlock: `${base}.${(i + 1) * 16}/20` })); // error: [aws/cidr-block-invalid]
new aws.ec2.Subnet('tiny', { vpcId: vpc.id, cidrBlock: '10.0.9.0/29' }); // error: [aws/cidr-block-invalid]

// --- clean
const ok = new aws.ec2.Vpc('ok', { cidrBlock: '10.1.0.0/16' });
new aws.ec2.Subnet('ok-a', { vpcId: ok.id, cidrBlock: '10.1.16.0/20' });
new aws.ec2.VpcIpv4CidrBlockAssociation('ok-2', { vpcId: ok.id, cidrBlock: '10.2.0.0/16' });

// --- unknown
new aws.ec2.Vpc('cfg', { cidrBlock: config.require('cidr') });
new aws.ec2.Subnet('cfg-a', { vpcId: ok.id, cidrBlock: `10.1.${config.requireNumber('octet')}.0/24` });
