import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
const publicA = new aws.ec2.Subnet('public-a', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24', availabilityZone: 'us-east-1a', mapPublicIpOnLaunch: true });
const publicA2 = new aws.ec2.Subnet('public-a2', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24', availabilityZone: 'us-east-1a', mapPublicIpOnLaunch: true });
const privateB = new aws.ec2.Subnet('private-b', { vpcId: vpc.id, cidrBlock: '10.0.2.0/24', availabilityZone: 'us-east-1b' });
const publicB = new aws.ec2.Subnet('public-b', { vpcId: vpc.id, cidrBlock: '10.0.3.0/24', availabilityZone: 'us-east-1b', mapPublicIpOnLaunch: true });

// --- bad
new aws.lb.LoadBalancer('one', { loadBalancerType: 'application', subnets: [publicA.id] }); // error: [aws/load-balancer-subnets]
new aws.lb.LoadBalancer('same-zone', { subnets: [publicA.id, publicA2.id] }); // error: [aws/load-balancer-subnets]
new aws.lb.LoadBalancer('mixed', { internal: false, subnets: [publicA.id, privateB.id] }); // error: [aws/load-balancer-subnets]

// --- clean
new aws.lb.LoadBalancer('two-zones', { loadBalancerType: 'application', subnets: [publicA.id, publicB.id] });
new aws.lb.LoadBalancer('internal', { internal: true, subnets: [publicA.id, privateB.id] });
new aws.lb.LoadBalancer('nlb', { loadBalancerType: 'network', subnets: [publicA.id] });

// --- unknown
new aws.lb.LoadBalancer('configured', { subnets: config.requireObject<string[]>('subnetIds') });
const azs: string[] = config.requireObject('azs');
const loopSubnets: aws.ec2.Subnet[] = [];
for (const az of azs) loopSubnets.push(new aws.ec2.Subnet(`s-${az}`, { vpcId: vpc.id, cidrBlock: '10.0.9.0/24', availabilityZone: az }));
new aws.lb.LoadBalancer('from-loop', { subnets: loopSubnets.map((s) => s.id) });
