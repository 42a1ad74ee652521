import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const logs = new aws.cloudwatch.LogGroup('fn-logs', { name: '/aws/lambda/fn', retentionInDays: 14 });

// --- bad
new aws.sqs.Queue('q-snake', {}, { ignore_changes: ['tags'] } as pulumi.CustomResourceOptions); // error: [pulumi/unknown-resource-option]
new aws.sqs.Queue('q-invented', {}, { deletionPolicy: 'Retain' } as pulumi.CustomResourceOptions); // error: [pulumi/unknown-resource-option]
const west = new aws.Provider('west', { region: 'us-west-2' });
for (const n of ['a', 'b']) {
  new aws.sqs.Queue(`q-${n}`, {}, { provider: west, region: 'us-west-2' } as pulumi.CustomResourceOptions); // error: [pulumi/unknown-resource-option]
}
class Queues extends pulumi.ComponentResource {
  constructor(name: string) {
    super('app:q:Queues', name, {}, { protected: true } as pulumi.ComponentResourceOptions); // error: [pulumi/unknown-resource-option]
    new aws.sqs.Queue(`${name}-q`, {}, { parent: this, deleteBeforeReplace: true });
    this.registerOutputs({});
  }
}
new Queues('queues');

// --- clean
new aws.sqs.Queue('q2', { visibilityTimeoutSeconds: 60 }, { dependsOn: [logs], protect: false, ignoreChanges: ['tags'], retainOnDelete: true });
new aws.sqs.Queue('q3', {}, { customTimeouts: { create: '5m' }, aliases: [{ name: 'old-q3' }], replaceOnChanges: ['name'], deletedWith: logs });
// A misspelt dependsOn belongs to pulumi/depends-on-in-args.
new aws.sqs.Queue('q4', {}, { depends_on: [logs] } as pulumi.CustomResourceOptions);

// --- unknown
export function queueWith(opts: pulumi.CustomResourceOptions) {
  return new aws.sqs.Queue('q5', {}, { ...opts, protect: config.getBoolean('protect') });
}
