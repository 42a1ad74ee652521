import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const bus = new aws.cloudwatch.EventBus('orders');

// --- bad
new aws.cloudwatch.EventRule('nightly', { eventBusName: bus.name, scheduleExpression: 'rate(1 day)' }); // error: [aws/event-rule-schedule-on-custom-bus]
class Jobs extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('app:jobs:Jobs', name, {}, opts);
    for (const every of ['5 minutes', '1 hour']) {
      new aws.cloudwatch.EventRule(`${name}-${every.replace(' ', '-')}`, {
        eventBusName: 'jobs-bus', // error: [aws/event-rule-schedule-on-custom-bus]
        scheduleExpression: `rate(${every})`,
      }, { parent: this });
    }
    this.registerOutputs({});
  }
}
new Jobs('jobs');

// --- clean
new aws.cloudwatch.EventRule('hourly', { scheduleExpression: 'rate(1 hour)' });
new aws.cloudwatch.EventRule('default-bus', { eventBusName: 'default', scheduleExpression: 'rate(1 hour)' });
new aws.cloudwatch.EventRule('placed', { eventBusName: bus.name, eventPattern: JSON.stringify({ source: ['app.orders'] }) });

// --- unknown
new aws.cloudwatch.EventRule('configured', { eventBusName: config.require('bus'), scheduleExpression: 'rate(1 hour)' });

export const busName = bus.name;
