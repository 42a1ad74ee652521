import * as aws from '@pulumi/aws';
import { ComponentResource } from '@pulumi/pulumi';

// --- bad
export interface BucketArgs {
  name: pulumi.Input<string>; // error: [code/type-not-imported]
  kmsKeyArn?: Output<string>; // error: [code/type-not-imported]
}

export class Storage extends ComponentResource {
  public readonly bucket: aws.s3.BucketV2;
  constructor(name: string, args: BucketArgs, opts?: ComponentResourceOptions) { // error: [code/type-not-imported]
    super('app:storage:Storage', name, {}, opts);
    this.bucket = new aws.s3.BucketV2(name, { bucket: args.name }, { parent: this });
  }
}

// --- clean
export interface Tagged {
  tags: Record<string, string>;
  ids: Array<aws.ec2.Subnet>;
}

export function pick<T>(items: T[]): T | undefined {
  return items[0];
}

export type Lookup = Partial<Tagged> & { region: string };

// --- unknown
export interface Later {
  handler: NodeJS.Timeout;
  when: Date;
  queue: WorkQueue;
}
