// --- bad
import * as aws from '@pulumi/aws';
import { Output } from '@pulumi/pulumi'; // error: [code/unused-import]

// --- clean
import * as pulumi from '@pulumi/pulumi';
import type { Input } from '@pulumi/pulumi';

export const topic: Output<string> = new aws.sns.Topic('alerts').arn;
export function name(x: Input<string>) {
  return pulumi.output(x);
}

// --- unknown
// (an import is either used or not; nothing here is unknown)
