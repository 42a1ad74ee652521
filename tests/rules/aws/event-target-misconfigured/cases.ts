import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const eventsRole = 'arn:aws:iam::123456789012:role/events';
const bus = new aws.cloudwatch.EventBus('orders');
const busRule = new aws.cloudwatch.EventRule('placed', { eventBusName: bus.name, eventPattern: JSON.stringify({ source: ['app.orders'] }) });
const defaultRule = new aws.cloudwatch.EventRule('stopped', { eventPattern: JSON.stringify({ source: ['aws.ec2'] }) });
const machine = new aws.sfn.StateMachine('fulfil', { roleArn: 'arn:aws:iam::123456789012:role/sfn', definition: '{}' });
const stream = new aws.kinesis.Stream('events', { shardCount: 1 });
const auditLogs = new aws.cloudwatch.LogGroup('audit', { retentionInDays: 30 });
const cluster = new aws.ecs.Cluster('jobs');

// --- bad
new aws.cloudwatch.EventTarget('fulfil', { rule: busRule.name, eventBusName: bus.name, arn: machine.arn }); // error: [aws/event-target-misconfigured]
new aws.cloudwatch.EventTarget('audit', { rule: defaultRule.name, arn: auditLogs.arn, roleArn: eventsRole }); // error: [aws/event-target-misconfigured]
new aws.cloudwatch.EventTarget('on-default', { rule: busRule.name, arn: stream.arn, roleArn: eventsRole }); // error: [aws/event-target-misconfigured]
new aws.cloudwatch.EventTarget('ecs', { rule: defaultRule.name, arn: cluster.arn, ecsTarget: { taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/job:1' } }); // error: [aws/event-target-misconfigured]
new aws.cloudwatch.EventBus('app', { eventSourceName: 'tap.application.dev' }); // error: [aws/event-target-misconfigured]

class Pipeline extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('app:events:Pipeline', name, {}, opts);
    const rule = new aws.cloudwatch.EventRule(`${name}-rule`, { eventBusName: 'orders-bus', eventPattern: JSON.stringify({ source: ['app.orders'] }) }, { parent: this });
    for (const s of ['a', 'b']) {
      const q = new aws.kinesis.Stream(`${name}-${s}`, { shardCount: 1 }, { parent: this });
      new aws.cloudwatch.EventTarget(`${name}-${s}`, { rule: rule.name, arn: q.arn, roleArn: eventsRole }, { parent: this }); // error: [aws/event-target-misconfigured]
    }
    this.registerOutputs({});
  }
}
new Pipeline('orders');

// --- clean
new aws.cloudwatch.EventTarget('fulfil-ok', { rule: busRule.name, eventBusName: bus.name, arn: machine.arn, roleArn: eventsRole });
new aws.cloudwatch.EventTarget('audit-ok', { rule: defaultRule.name, arn: auditLogs.arn });
new aws.cloudwatch.EventTarget('stream-ok', { rule: busRule.name, eventBusName: busRule.eventBusName, arn: stream.arn, roleArn: eventsRole });
new aws.cloudwatch.EventTarget('cluster-arn-only', { rule: defaultRule.name, arn: 'arn:aws:sns:us-east-1:123456789012:alerts' });
new aws.cloudwatch.EventBus('partner', { eventSourceName: 'aws.partner/example.com/123/events' });
const named = new aws.cloudwatch.EventBus('named', { name: 'orders-bus' });
new aws.cloudwatch.EventTarget('by-name', { rule: new aws.cloudwatch.EventRule('named-rule', { eventBusName: 'orders-bus', eventPattern: '{"source": ["x"]}' }).name, eventBusName: named.name, arn: stream.arn, roleArn: eventsRole });

// --- unknown
new aws.cloudwatch.EventTarget('configured', { rule: busRule.name, eventBusName: config.require('bus'), arn: config.require('targetArn') });
new aws.cloudwatch.EventTarget('role-from-config', { rule: defaultRule.name, arn: machine.arn, roleArn: config.get('eventsRole') });
new aws.cloudwatch.EventBus('from-config', { eventSourceName: config.get('partnerSource') });

export const busName = bus.name;
