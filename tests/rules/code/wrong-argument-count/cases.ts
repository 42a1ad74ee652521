import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

function makeBucket(name: string, versioned: boolean, tags?: Record<string, string>) {
  return new aws.s3.BucketV2(name, { tags: { ...tags, Versioned: String(versioned) } });
}

interface StorageArgs {
  prefix: string;
}

class Storage extends pulumi.ComponentResource {
  constructor(name: string, args: StorageArgs, opts?: pulumi.ComponentResourceOptions) {
    super('app:storage:Storage', name, {}, opts);
    for (const n of ['a', 'b']) makeBucket(`${args.prefix}-${n}`, true, {}, { parent: this }); // error: [code/wrong-argument-count]
  }
  topic(name: string) {
    return new aws.sns.Topic(name, {}, { parent: this });
  }
}

// --- bad
export const data = makeBucket('data').bucket; // error: [code/wrong-argument-count]
const storage = new Storage('store'); // error: [code/wrong-argument-count]
storage.topic('alerts', 'extra'); // error: [code/wrong-argument-count]

// --- clean
export const logs = makeBucket('logs', false).bucket;
export const tagged = makeBucket('tagged', true, { Team: 'data' }).bucket;
const other = new Storage('other', { prefix: 'o' });
other.topic('events');
const withDefault = (name: string, size = 10) => new aws.sqs.Queue(name, { delaySeconds: size });
withDefault('q');

// --- unknown
const parts: [string, boolean] = ['spread', true];
makeBucket(...parts);
