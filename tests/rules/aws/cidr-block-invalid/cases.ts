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
const igw = new aws.ec2.InternetGateway('igw', { vpcId: vpc.id });
const rt = new aws.ec2.RouteTable('rt', { vpcId: vpc.id });
new aws.ec2.Route('default', { routeTableId: rt.id, destinationCidrBlock: '0.0.0.0', gatewayId: igw.id }); // error: [aws/cidr-block-invalid]
new aws.ec2.Route('office', { routeTableId: rt.id, destinationCidrBlock: '192.168.1.5/24', gatewayId: igw.id }); // error: [aws/cidr-block-invalid]
new aws.ec2.RouteTable('inline', { vpcId: vpc.id, routes: [{ cidrBlock: '0.0.0.0/33', gatewayId: igw.id }] }); // error: [aws/cidr-block-invalid]
new aws.ec2.NetworkAclRule('nacl-in', { networkAclId: vpc.defaultNetworkAclId, ruleNumber: 100, protocol: 'tcp', ruleAction: 'allow', cidrBlock: '10.0.0.1/16', fromPort: 443, toPort: 443 }); // error: [aws/cidr-block-invalid]

// --- clean
const ok = new aws.ec2.Vpc('ok', { cidrBlock: '10.1.0.0/16' });
new aws.ec2.Subnet('ok-a', { vpcId: ok.id, cidrBlock: '10.1.16.0/20' });
new aws.ec2.VpcIpv4CidrBlockAssociation('ok-2', { vpcId: ok.id, cidrBlock: '10.2.0.0/16' });
const okRt = new aws.ec2.RouteTable('ok-rt', { vpcId: ok.id, routes: [{ cidrBlock: '0.0.0.0/0', gatewayId: igw.id }] });
new aws.ec2.Route('ok-host', { routeTableId: okRt.id, destinationCidrBlock: '192.168.7.9/32', gatewayId: igw.id });
new aws.ec2.NetworkAcl('ok-acl', { vpcId: ok.id, ingress: [{ protocol: '-1', ruleNo: 100, action: 'allow', cidrBlock: '0.0.0.0/0', fromPort: 0, toPort: 0 }] });

// --- unknown
new aws.ec2.Vpc('cfg', { cidrBlock: config.require('cidr') });
new aws.ec2.Subnet('cfg-a', { vpcId: ok.id, cidrBlock: `10.1.${config.requireNumber('octet')}.0/24` });
new aws.ec2.Route('cfg-route', { routeTableId: okRt.id, destinationCidrBlock: config.require('peerCidr'), gatewayId: igw.id });
