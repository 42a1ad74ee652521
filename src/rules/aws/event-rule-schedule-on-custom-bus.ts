import { busLabel, busOf } from '../_shared/event-bus.js';
import { arg, isAbsent, keySpan } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const EVENT_RULE = 'aws:cloudwatch/eventRule:EventRule';

export default defineRule({
  id: 'aws/event-rule-schedule-on-custom-bus',
  class: 'EVENT-WIRING',
  severity: 'high',
  category: 'aws',
  resourceTypes: [EVENT_RULE],
  messages: {
    custom: 'This rule has a `scheduleExpression` but is put on the custom event bus {{bus}}: EventBridge only runs scheduled rules on the default bus, so creating the rule fails ("ScheduleExpression is supported only on the default event bus"). Drop `eventBusName` for the scheduled rule (or use EventBridge Scheduler), and keep custom buses for event patterns.',
  },
  title: 'Scheduled rule on the custom event bus {{bus}}',
  fixHint: 'new aws.cloudwatch.EventRule("nightly", { scheduleExpression: "rate(1 day)" }) (no eventBusName), or aws.scheduler.Schedule for schedules that target other services.',
  docs: {
    summary: 'An EventBridge rule with a schedule expression on a custom event bus.',
    why: 'Scheduled rules exist only on the default event bus of an account and region; a custom bus receives events that applications put on it and matches them with event patterns. Generated stacks that create a custom bus often put every rule on it, including the scheduled ones, which EventBridge rejects at deployment.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst bus = new aws.cloudwatch.EventBus('orders');\nnew aws.cloudwatch.EventRule('nightly', { eventBusName: bus.name, scheduleExpression: 'rate(1 day)' });\n`,
      py: `import pulumi_aws as aws\naws.cloudwatch.EventRule("poll", event_bus_name="orders-bus", schedule_expression="rate(5 minutes)")\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst bus = new aws.cloudwatch.EventBus('orders');\nnew aws.cloudwatch.EventRule('nightly', { scheduleExpression: 'rate(1 day)' });\nnew aws.cloudwatch.EventRule('placed', { eventBusName: bus.name, eventPattern: JSON.stringify({ source: ['app.orders'] }) });\n`,
      py: `import pulumi_aws as aws\naws.cloudwatch.EventRule("poll", event_bus_name="default", schedule_expression="rate(5 minutes)")\n`,
    },
    references: [
      'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-rule-schedule.html',
      'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html',
    ],
    notes: 'Reported when the bus is known not to be the default one: an `aws.cloudwatch.EventBus` of the program, or a literal name or ARN other than `default`.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const schedule = arg(r, 'scheduleExpression');
      const bus = arg(r, 'eventBusName');
      if (!schedule || isAbsent(schedule) || !bus) continue;
      const b = busOf(ctx.model, bus);
      if (b.kind !== 'custom') continue;
      ctx.report({ messageId: 'custom', data: { bus: busLabel(b) }, at: keySpan(r.args, 'eventBusName') ?? bus.at, resource: r });
    }
  },
});
