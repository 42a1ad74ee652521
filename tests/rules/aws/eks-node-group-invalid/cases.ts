import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const base = { clusterName: 'app', nodeRoleArn: 'arn:aws:iam::123456789012:role/nodes', subnetIds: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'] };
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
const igw = new aws.ec2.InternetGateway('igw', { vpcId: vpc.id });
const publicRt = new aws.ec2.RouteTable('public', { vpcId: vpc.id, routes: [{ cidrBlock: '0.0.0.0/0', gatewayId: igw.id }] });
const publicSubnet = new aws.ec2.Subnet('public', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24' });
new aws.ec2.RouteTableAssociation('public', { subnetId: publicSubnet.id, routeTableId: publicRt.id });

// --- bad
new aws.eks.NodeGroup('graviton', { ...base, amiType: 'BOTTLEROCKET_x86_64', instanceTypes: ['m7g.large'], scalingConfig: { minSize: 1, desiredSize: 1, maxSize: 2 } }); // error: [aws/eks-node-group-invalid]
new aws.eks.NodeGroup('x86-on-arm', { ...base, amiType: 'AL2023_ARM_64_STANDARD', instanceTypes: ['t3.medium'], scalingConfig: { minSize: 1, desiredSize: 1, maxSize: 2 } }); // error: [aws/eks-node-group-invalid]
new aws.eks.NodeGroup('bounds', { ...base, scalingConfig: { minSize: 3, desiredSize: 3, maxSize: 2 } }); // error: [aws/eks-node-group-invalid]
new aws.eks.NodeGroup('template', {
  ...base, launchTemplate: { id: 'lt-0123456789abcdef0', version: '1' }, scalingConfig: { minSize: 1, desiredSize: 1, maxSize: 2 },
  diskSize: 50, // error: [aws/eks-node-group-invalid]
});
new aws.eks.FargateProfile('fargate', { clusterName: 'app', podExecutionRoleArn: 'arn:aws:iam::123456789012:role/pods', subnetIds: [publicSubnet.id], selectors: [{ namespace: 'default' }] }); // error: [aws/eks-node-group-invalid]

// --- clean
new aws.eks.NodeGroup('ok', { ...base, amiType: 'AL2023_ARM_64_STANDARD', instanceTypes: ['m7g.large', 'c7g.large'], scalingConfig: { minSize: 0, desiredSize: 1, maxSize: 3 } });
new aws.eks.NodeGroup('default-x86', { ...base, instanceTypes: ['m6i.large'], diskSize: 50, scalingConfig: { minSize: 1, desiredSize: 2, maxSize: 3 } });

// --- unknown
new aws.eks.NodeGroup('cfg', { ...base, amiType: config.get('amiType'), instanceTypes: config.requireObject<string[]>('instanceTypes'), scalingConfig: { minSize: config.requireNumber('min'), desiredSize: 2, maxSize: 3 } });
