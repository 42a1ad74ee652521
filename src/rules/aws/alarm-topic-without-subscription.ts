import { describe } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { programIsComplete } from '../_shared/whole-program.js';
import { forEachRef } from '../_shared/value-refs.js';
import { defineRule } from '../define-rule.js';

const TOPIC = 'aws:sns/topic:Topic';
const ALARMS = new Set(['aws:cloudwatch/metricAlarm:MetricAlarm', 'aws:cloudwatch/compositeAlarm:CompositeAlarm']);
/** Resources that refer to a topic without delivering its messages to anyone. */
const NOT_DELIVERY = new Set([...ALARMS, 'aws:sns/topicPolicy:TopicPolicy', 'aws:sns/topicDataProtectionPolicy:TopicDataProtectionPolicy']);
const ACTIONS = ['alarmActions', 'okActions', 'insufficientDataActions'];

export default defineRule({
  id: 'aws/alarm-topic-without-subscription',
  class: 'MONITORING-MISSING',
  severity: 'low',
  category: 'aws',
  resourceTypes: [TOPIC],
  messages: {
    noSubscription: 'Alarm{{s}} {{alarms}} notif{{ies}} topic {{topic}}, but the program subscribes nothing to it (no `aws.sns.TopicSubscription`, no other consumer): when an alarm fires, the message reaches nobody. Subscribe the on-call address or endpoint to the topic.',
  },
  title: 'Alarm topic {{topic}} has no subscription, so alarms {{alarms}} notify nobody',
  fixHint: 'new aws.sns.TopicSubscription("oncall", { topic: alerts.arn, protocol: "email", endpoint: config.require("alertEmail") }).',
  docs: {
    summary: 'An SNS topic that CloudWatch alarms notify but that has no subscription and no other consumer in the program.',
    why: 'An alarm action only publishes to the topic; someone sees the alarm only if the topic delivers it (an email or SMS subscription, a Lambda, a chat integration). Generated stacks often create the topic and wire every alarm to it, but never subscribe anyone, so the monitoring the request asked for notifies nobody.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst topic = new aws.sns.Topic('alerts');\nnew aws.cloudwatch.MetricAlarm('errors', {\n  namespace: 'AWS/Lambda', metricName: 'Errors', statistic: 'Sum', period: 60,\n  evaluationPeriods: 1, threshold: 1, comparisonOperator: 'GreaterThanOrEqualToThreshold',\n  dimensions: { FunctionName: 'api' },\n  alarmActions: [topic.arn],\n});\n`,
      py: `import pulumi_aws as aws\ntopic = aws.sns.Topic("alerts")\naws.cloudwatch.MetricAlarm("errors", namespace="AWS/Lambda", metric_name="Errors", statistic="Sum", period=60,\n    evaluation_periods=1, threshold=1, comparison_operator="GreaterThanOrEqualToThreshold",\n    dimensions={"FunctionName": "api"}, alarm_actions=[topic.arn])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = new pulumi.Config();\nconst topic = new aws.sns.Topic('alerts');\nnew aws.sns.TopicSubscription('oncall', { topic: topic.arn, protocol: 'email', endpoint: config.require('alertEmail') });\nnew aws.cloudwatch.MetricAlarm('errors', {\n  namespace: 'AWS/Lambda', metricName: 'Errors', statistic: 'Sum', period: 60,\n  evaluationPeriods: 1, threshold: 1, comparisonOperator: 'GreaterThanOrEqualToThreshold',\n  dimensions: { FunctionName: 'api' },\n  alarmActions: [topic.arn],\n});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nconfig = pulumi.Config()\ntopic = aws.sns.Topic("alerts")\naws.sns.TopicSubscription("oncall", topic=topic.arn, protocol="email", endpoint=config.require("alert_email"))\naws.cloudwatch.MetricAlarm("errors", namespace="AWS/Lambda", metric_name="Errors", statistic="Sum", period=60,\n    evaluation_periods=1, threshold=1, comparison_operator="GreaterThanOrEqualToThreshold",\n    dimensions={"FunctionName": "api"}, alarm_actions=[topic.arn])\n`,
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Notify_Users_Alarm_Changes.html', 'https://docs.aws.amazon.com/sns/latest/dg/sns-create-subscribe-endpoint-to-topic.html'],
    notes: 'Reported only when the whole program was analysed and nothing but alarms and topic policies refers to the topic: any other resource that uses the topic (a subscription, a Lambda, a chat integration, an export) counts as a consumer. Subscriptions made outside the stack cannot be seen; the finding is low severity for that reason.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    const topics = new Map(ctx.resources().filter((t) => t.reached && !t.conditional).map((t) => [t.id, { topic: t, alarms: [] as Resource[], consumed: false }]));
    if (topics.size === 0) return;
    for (const r of ctx.model.resources) {
      if (topics.has(r.id)) continue;
      const alarm = ALARMS.has(r.type);
      for (const [key, v] of r.args.props) {
        forEachRef(v, (id) => {
          const t = topics.get(id);
          if (!t) return;
          if (alarm && ACTIONS.includes(key)) {
            if (!t.alarms.includes(r)) t.alarms.push(r);
          } else if (!NOT_DELIVERY.has(r.type)) t.consumed = true;
        });
      }
    }
    for (const e of ctx.model.exports) forEachRef(e.value, (id) => { const t = topics.get(id); if (t) t.consumed = true; });
    for (const [, t] of topics) {
      // A topic whose subscriptions are given inline or that any non-alarm resource reads is consumed.
      if (t.consumed || t.alarms.length === 0 || t.topic.args.open) continue;
      const names = t.alarms.slice(0, 3).map(label).join(', ') + (t.alarms.length > 3 ? ` and ${t.alarms.length - 3} more` : '');
      const one = t.alarms.length === 1;
      ctx.report({ messageId: 'noSubscription', data: { s: one ? '' : 's', ies: one ? 'ies' : 'y', alarms: names, topic: label(t.topic) }, resource: t.topic });
    }
  },
});

/** A resource by its logical name as written (`${env}-errors`), or its type when the name is not a string. */
function label(r: Resource): string {
  if (r.name.kind === 'known' && typeof r.name.value === 'string') return `\`${r.name.value}\``;
  return r.name.kind === 'str' ? `\`${describe(r.name)}\`` : r.typePath;
}
