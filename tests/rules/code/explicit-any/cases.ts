import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

// --- bad
function tagsFor(env: any): Record<string, string> { // error: [code/explicit-any]
  return { Environment: String(env) };
}
export class Stack extends pulumi.ComponentResource {
  constructor(name: string, args: Record<string, any>) {
    super('app:stack:Stack', name, {});
    for (const n of ['a', 'b']) new aws.s3.BucketV2(`${name}-${n}`, { tags: tagsFor(args.env as any) }, { parent: this });
  }
}

// --- clean
export const stack = new Stack('s', { env: 'dev' });
export const value: unknown = stack;

// --- unknown
export const anyName = 'any';
