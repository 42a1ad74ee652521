import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });

// --- bad
const byId = { [vpc.id as unknown as string]: 'main' }; // error: [pulumi/output-as-dict-key]
export const lookup = byId;

// --- clean
export const lookup2 = vpc.id.apply((id) => ({ [id]: 'main' }));
const key = 'static';
export const lookup3 = { [key]: 'value' };

// --- unknown
const cfg = new pulumi.Config();
export const lookup4 = { [cfg.require('name')]: 'value' };
