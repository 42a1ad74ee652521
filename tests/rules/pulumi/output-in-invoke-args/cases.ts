import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
const defaultVpc = aws.ec2.getVpc({ default: true });

// --- bad
export const a = aws.ec2.getSubnets({ filters: [{ name: 'vpc-id', values: [vpc.id as any] }] }); // error: [pulumi/output-in-invoke-args]
const defaultVpcId = defaultVpc.then((v) => v.id);
export const b = aws.ec2.getSubnets({ filters: [{ name: 'vpc-id', values: [defaultVpcId as any] }] }); // error: [pulumi/output-in-invoke-args]

// --- clean
export const c = aws.ec2.getSubnetsOutput({ filters: [{ name: 'vpc-id', values: [vpc.id] }] });
export const d = vpc.id.apply((id) => aws.ec2.getSubnets({ filters: [{ name: 'vpc-id', values: [id] }] }));
export const e = aws.ec2.getSubnets({ filters: [{ name: 'vpc-id', values: ['vpc-0123456789abcdef0'] }] });

// --- unknown
const cfg = new pulumi.Config();
export const f = aws.ec2.getSubnets({ filters: [{ name: 'vpc-id', values: [cfg.require('vpcId')] }] });
