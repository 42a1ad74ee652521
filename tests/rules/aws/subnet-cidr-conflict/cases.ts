import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const azs = ['us-east-1a', 'us-east-1b'];

// --- bad
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
azs.forEach((az, i) => new aws.ec2.Subnet(`public-${i}`, { vpcId: vpc.id, availabilityZone: az, cidrBlock: `10.0.${i}.0/24` }));
azs.forEach((az, i) => new aws.ec2.Subnet(`private-${i}`, { vpcId: vpc.id, availabilityZone: az, cidrBlock: `10.0.${i + 1}.0/24` })); // error: [aws/subnet-cidr-conflict]
new aws.ec2.Subnet('outside', { vpcId: vpc.id, cidrBlock: '10.1.0.0/24' }); // error: [aws/subnet-cidr-conflict]

class Network extends pulumi.ComponentResource {
  constructor(name: string, cidr: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:net:Network', name, {}, opts);
    const v = new aws.ec2.Vpc(`${name}-vpc`, { cidrBlock: cidr }, { parent: this });
    this.subnet(name, v, 'a', '10.20.0.0/20');
    this.subnet(name, v, 'b', '10.20.8.0/24'); // error: [aws/subnet-cidr-conflict]
  }
  private subnet(name: string, v: aws.ec2.Vpc, suffix: string, cidr: string) {
    return new aws.ec2.Subnet(`${name}-${suffix}`, { vpcId: v.id, cidrBlock: cidr }, { parent: this });
  }
}
new Network('net', '10.20.0.0/16');

// A VPC block from configuration: the subnets still cannot share one /16.
const configured = new aws.ec2.Vpc('configured', { cidrBlock: config.require('vpcCidr') });
[0, 1, 2].forEach((i) => new aws.ec2.Subnet(`spread-${i}`, { vpcId: configured.id, cidrBlock: `10.${i}.1.0/24` })); // error: [aws/subnet-cidr-conflict]

// --- clean
const ok = new aws.ec2.Vpc('ok', { cidrBlock: '10.30.0.0/16' });
azs.forEach((az, i) => new aws.ec2.Subnet(`ok-public-${i}`, { vpcId: ok.id, availabilityZone: az, cidrBlock: `10.30.${i}.0/24` }));
azs.forEach((az, i) => new aws.ec2.Subnet(`ok-private-${i}`, { vpcId: ok.id, availabilityZone: az, cidrBlock: `10.30.${i + 10}.0/24` }));
const grown = new aws.ec2.Vpc('grown', { cidrBlock: '10.40.0.0/16' });
new aws.ec2.VpcIpv4CidrBlockAssociation('grown-2', { vpcId: grown.id, cidrBlock: '10.41.0.0/16' });
new aws.ec2.Subnet('grown-a', { vpcId: grown.id, cidrBlock: '10.41.0.0/24' });
// Same ranges in different VPCs are fine.
const other = new aws.ec2.Vpc('other', { cidrBlock: '10.0.0.0/16' });
new aws.ec2.Subnet('other-a', { vpcId: other.id, cidrBlock: '10.0.0.0/24' });

// --- unknown
const fromConfig = new aws.ec2.Vpc('from-config', { cidrBlock: config.require('cidr') });
new aws.ec2.Subnet('cfg-a', { vpcId: fromConfig.id, cidrBlock: '10.50.0.0/24' });
new aws.ec2.Subnet('cfg-b', { vpcId: fromConfig.id, cidrBlock: config.require('subnetCidr') });
if (config.getBoolean('extra')) new aws.ec2.Subnet('maybe', { vpcId: ok.id, cidrBlock: '10.30.0.0/24' });
const secondary = new aws.ec2.Vpc('secondary', { cidrBlock: '10.60.0.0/16' });
new aws.ec2.VpcIpv4CidrBlockAssociation('secondary-2', { vpcId: secondary.id, cidrBlock: config.require('extraCidr') });
new aws.ec2.Subnet('secondary-a', { vpcId: secondary.id, cidrBlock: '10.99.0.0/24' });
