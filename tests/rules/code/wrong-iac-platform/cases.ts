// --- bad
import * as cdk from 'aws-cdk-lib'; // error: [code/wrong-iac-platform]
import { Construct } from 'constructs';
// --- clean
import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

export class Stack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new cdk.aws_s3.Bucket(this, 'bucket');
  }
}
export const bucket = new aws.s3.BucketV2('b').id;

// --- unknown
const config = new pulumi.Config();
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const plugin = require(config.require('pluginModule'));
