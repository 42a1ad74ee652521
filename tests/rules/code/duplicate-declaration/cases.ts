import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { tags } from './tags';

// --- bad
export const bucket = new aws.s3.BucketV2('data');
export const bucket = new aws.s3.BucketV2('logs'); // error: [code/duplicate-declaration]
const tags = { Team: 'data' }; // error: [code/duplicate-declaration]

function makeQueue(name: string) {
  return new aws.sqs.Queue(name);
}
function makeQueue(name: string) { // error: [code/duplicate-declaration]
  return new aws.sqs.Queue(name, { delaySeconds: 5 });
}

export class Storage extends pulumi.ComponentResource {
  constructor(name: string) {
    super('app:storage:Storage', name, {});
    for (const n of ['a', 'b']) {
      const topic = new aws.sns.Topic(`${name}-${n}`, {}, { parent: this });
      const topic = new aws.sns.Topic(`${name}-${n}-dlq`, {}, { parent: this }); // error: [code/duplicate-declaration]
      void topic;
    }
  }
}

function withParam(name: string) {
  let name = 'x'; // error: [code/duplicate-declaration]
  return name;
}

// --- clean
var counter = 1;
var counter = 2;
function overloaded(x: string): string;
function overloaded(x: number): number;
function overloaded(x: string | number) {
  return x;
}
interface Settings { a: string }
interface Settings { b: string }
export const settings: Settings = { a: 'a', b: 'b' };
for (const n of [1, 2]) {
  const q = makeQueue(`q${n}`);
  void q;
}
{
  const bucket = 'shadows the outer one in its own block';
  void bucket;
}
export const used = [counter, overloaded('x'), withParam('p'), tags];

// --- unknown
declare const injected: string;
export const injectedName = injected;
