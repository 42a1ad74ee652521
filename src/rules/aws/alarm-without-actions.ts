import { describe, type Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { bool, isAbsent, str } from '../_shared/values.js';
import { inFragment } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { forEachRef } from '../_shared/value-refs.js';
import { defineRule } from '../define-rule.js';

const METRIC_ALARM = 'aws:cloudwatch/metricAlarm:MetricAlarm';
const COMPOSITE_ALARM = 'aws:cloudwatch/compositeAlarm:CompositeAlarm';
const ACTIONS = ['alarmActions', 'okActions', 'insufficientDataActions'];

export default defineRule({
  id: 'aws/alarm-without-actions',
  class: 'MONITORING-MISSING',
  severity: 'low',
  category: 'aws',
  resourceTypes: [METRIC_ALARM, COMPOSITE_ALARM],
  messages: {
    noActions: 'Alarm `{{name}}` has no `alarmActions`, `okActions` or `insufficientDataActions`: when it changes state nobody is notified and nothing reacts. Add `alarmActions: [topic.arn]` (an SNS topic with a subscription) or the scaling/recovery action it is meant to trigger.',
  },
  title: 'No alarm actions on {{counted}}: state changes notify nobody',
  fixHint: 'alarmActions: [alertsTopic.arn] (and okActions to be told when it recovers).',
  docs: {
    summary: 'A CloudWatch metric or composite alarm with no actions at all.',
    why: 'An alarm only changes a state shown in the console; its actions (an SNS notification, an Auto Scaling policy, an EC2 action) are what make it useful. Generated stacks often create the alarms a requirement asks for but never wire them to the SNS topic they also create, so the monitoring silently does nothing. Alarms that only feed a composite alarm or a deployment rollback are legitimately action-less and are not reported.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.cloudwatch.MetricAlarm('queue-depth', {\n  namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', statistic: 'Maximum', period: 300,\n  evaluationPeriods: 1, threshold: 1000, comparisonOperator: 'GreaterThanThreshold',\n  dimensions: { QueueName: 'jobs' },\n});\n`,
      py: `import pulumi_aws as aws\naws.cloudwatch.MetricAlarm("queue-depth", namespace="AWS/SQS", metric_name="ApproximateNumberOfMessagesVisible",\n    statistic="Maximum", period=300, evaluation_periods=1, threshold=1000,\n    comparison_operator="GreaterThanThreshold", dimensions={"QueueName": "jobs"}, alarm_actions=[])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst topic = new aws.sns.Topic('alerts');\nnew aws.cloudwatch.MetricAlarm('queue-depth', {\n  namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', statistic: 'Maximum', period: 300,\n  evaluationPeriods: 1, threshold: 1000, comparisonOperator: 'GreaterThanThreshold',\n  dimensions: { QueueName: 'jobs' },\n  alarmActions: [topic.arn],\n});\n`,
      py: `import pulumi_aws as aws\ntopic = aws.sns.Topic("alerts")\naws.cloudwatch.MetricAlarm("queue-depth", namespace="AWS/SQS", metric_name="ApproximateNumberOfMessagesVisible",\n    statistic="Maximum", period=300, evaluation_periods=1, threshold=1000,\n    comparison_operator="GreaterThanThreshold", dimensions={"QueueName": "jobs"}, alarm_actions=[topic.arn])\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-actions',
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Create_Composite_Alarm.html',
    ],
    notes: 'Alarms with `actionsEnabled: false` (deliberately silent), alarms another resource refers to (a composite alarm rule, a CodeDeploy rollback, a Route 53 health check) and alarms named in a composite alarm rule are skipped, and so is every alarm when some resource refers to alarms in a way that cannot be resolved. Action lists built from unknown values are not reported.',
  },
  check(ctx) {
    const used = usedAlarms(ctx);
    if (used === 'unknown') return;
    for (const r of ctx.resources()) {
      if (!r.argsKnown || r.args.open || inFragment(ctx, r) || used.has(r.id)) continue;
      if (bool(r.args.props.get('actionsEnabled')) === false) continue;
      if (!ACTIONS.every((a) => noAction(r.args.props.get(a)))) continue;
      ctx.report({ messageId: 'noActions', data: { name: nameOf(r) }, resource: r });
    }
  },
});

/** Absent, or a known empty list. */
function noAction(v: Value | undefined): boolean {
  if (isAbsent(v)) return true;
  return v!.kind === 'list' && v!.items.length === 0 && !v!.open;
}

function nameOf(r: Resource): string {
  return str(r.args.props.get('name')) ?? str(r.args.props.get('alarmName')) ?? describe(r.name).replace(/^"|"$/g, '');
}

/**
 * Ids of alarms another resource refers to (by an attribute, or by name in a composite alarm rule);
 * 'unknown' when a composite alarm rule cannot be read, since it may name any alarm.
 */
function usedAlarms(ctx: RuleContext): Set<number> | 'unknown' {
  const alarms = ctx.resources();
  const ids = new Set(alarms.map((a) => a.id));
  const used = new Set<number>();
  for (const r of ctx.model.resources) {
    forEachRef(r.args, (id) => {
      if (id !== r.id && ids.has(id)) used.add(id);
    });
    if (r.type !== COMPOSITE_ALARM) continue;
    const rule = r.args.props.get('alarmRule');
    const text = ruleText(rule);
    if (text === undefined) return 'unknown';
    for (const a of alarms) {
      const name = str(a.args.props.get('name')) ?? str(a.args.props.get('alarmName'));
      if (name !== undefined && text.includes(name)) used.add(a.id);
    }
  }
  return used;
}

/**
 * The text of an alarm rule with the attributes of resources left out (those are found as
 * references); undefined when it is not known, or has a part that could name any alarm.
 */
function ruleText(v: Value | undefined): string | undefined {
  if (!v) return undefined;
  if (v.kind === 'known') return typeof v.value === 'string' ? v.value : undefined;
  if (v.kind === 'output') return ruleText(v.inner);
  if (v.kind !== 'str') return undefined;
  let text = '';
  for (const p of v.parts) {
    if (p.kind === 'known') text += String(p.value);
    else if (!(p.kind === 'unknown' && p.ref) && !(p.kind === 'output' && p.resource !== undefined)) return undefined;
  }
  return text;
}
