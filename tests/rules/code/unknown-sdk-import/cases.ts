import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

// --- bad
import * as logs from '@pulumi/aws/logs'; // error: [code/unknown-sdk-import]
import { elbv2 } from '@pulumi/aws'; // error: [code/unknown-sdk-import]
import { BucketV9 } from '@pulumi/aws/s3'; // error: [code/unknown-sdk-import]
import { interpolate, get_stack } from '@pulumi/pulumi'; // error: [code/unknown-sdk-import]
import * as classic from 'pulumi-aws'; // error: [code/unknown-sdk-import]
import core from '@pulumi/pulumi'; // error: [code/unknown-sdk-import]
import * as queueModule from '@pulumi/aws/sqs/Queue'; // error: [code/unknown-sdk-import]
import { random as rnd } from '@pulumi/pulumi'; // error: [code/unknown-sdk-import]

export class Logs extends pulumi.ComponentResource {
  constructor(name: string) {
    super('app:logs:Logs', name, {});
    for (const n of ['a', 'b']) new logs.LogGroup(`${name}-${n}`, {}, { parent: this });
    new elbv2.LoadBalancer(`${name}-lb`, {}, { parent: this });
    new BucketV9(`${name}-b`, {}, { parent: this });
  }
}
export const stack = get_stack();
export const url = interpolate`x`;
export const misc = [classic, core.getStack(), queueModule, rnd];

// --- clean
import { s3, cloudwatch } from '@pulumi/aws';
import { BucketV2, BucketV2Args } from '@pulumi/aws/s3';
import { ResourceOptions, Output } from '@pulumi/pulumi';
import type { input } from '@pulumi/aws/types';
import { FileArchive } from '@pulumi/pulumi/asset';
import * as random from '@pulumi/random';
import { Queue } from '@pulumi/aws/sqs';

function bucket(name: string, args: BucketV2Args, opts?: ResourceOptions): BucketV2 {
  return new BucketV2(name, args, opts);
}
export const b = bucket('b', {});
export const g = new cloudwatch.LogGroup('g');
export const t = new s3.BucketV2('t');
export const o: Output<string> = b.arn;
export const code = new FileArchive('./app');
export const rule: input.s3.BucketV2Versioning | undefined = undefined;
export const id = new aws.sqs.Queue('q').id;
export const jobs = new Queue('jobs').arn;
export const suffix = new random.RandomId('suffix', { byteLength: 4 }).hex;

// --- unknown
import { somethingNew } from '@pulumi/pulumi/runtime';
export const n = somethingNew;
import yaml from 'js-yaml';
export const parsed = yaml.load('a: 1');
