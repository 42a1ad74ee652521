import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
// --- bad
import { createNetwork } from './network'; // error: [code/missing-local-module]
export { tags } from './shared/tags'; // error: [code/missing-local-module]
// --- clean
import * as random from '@pulumi/random';
// The same missing module imported again is the same problem, reported once at its first import.
import { createSubnets } from './network';

const net = createNetwork();
createSubnets(net);
export const vpcId = net.vpc.id;
export const bucket = new aws.s3.BucketV2('b').id;
export const suffix = new random.RandomString('s', { length: 6 }).result;

// --- unknown
const config = new pulumi.Config();
export const plugin = import(config.require('pluginModule'));
