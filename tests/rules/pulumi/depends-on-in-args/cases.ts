import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const logs = new aws.cloudwatch.LogGroup('fn-logs', { name: '/aws/lambda/fn', retentionInDays: 14 });
const sg = new aws.ec2.SecurityGroup('sg', { vpcId: config.require('vpcId') });

// --- bad
// Not fixed: the comment after it would be left describing another argument.
new aws.sqs.Queue('q', {
  visibilityTimeoutSeconds: 60,
  dependsOn: [logs], // error: [pulumi/depends-on-in-args]
} as aws.sqs.QueueArgs);
// Not fixed: the arguments are a variable's value.
const instanceArgs: any = { instanceType: 't3.micro', ami: 'ami-placeholder', dependsOn: [sg] }; // error: [pulumi/depends-on-in-args]
new aws.ec2.Instance('web', instanceArgs);
new aws.sqs.Queue('q-snake', { depends_on: [logs] } as any); // error: [pulumi/depends-on-in-args]
new aws.sqs.Queue('q-opt', {}, { depends_on: [logs] } as any); // error: [pulumi/depends-on-in-args]
new aws.sqs.Queue('q-opts', { dependsOn: [logs], delaySeconds: 5 } as aws.sqs.QueueArgs, { protect: false }); // error: [pulumi/depends-on-in-args]
// Not fixed: the options name dependencies already, and merging them is the author's call.
new aws.sqs.Queue('q-both', { dependsOn: [sg] } as aws.sqs.QueueArgs, { dependsOn: [logs] }); // error: [pulumi/depends-on-in-args]
class Queues extends pulumi.ComponentResource {
  constructor(name: string) {
    super('app:q:Queues', name, {}, { dependson: [logs] } as any); // error: [pulumi/depends-on-in-args]
    new aws.sqs.Queue(`${name}-q`, {}, { parent: this });
    this.registerOutputs({});
  }
}
new Queues('queues');

// --- clean
new aws.sqs.Queue('q2', { visibilityTimeoutSeconds: 60 }, { dependsOn: [logs] });
new aws.ecs.TaskDefinition('td', {
  family: 'app',
  containerDefinitions: JSON.stringify([{ name: 'app', image: 'nginx', dependsOn: [{ containerName: 'init', condition: 'SUCCESS' }] }]),
});

// --- unknown
export function queueWith(args: aws.sqs.QueueArgs) {
  return new aws.sqs.Queue('q3', { ...args });
}
