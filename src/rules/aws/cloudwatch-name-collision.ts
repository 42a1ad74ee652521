import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { resourceLabel } from '../_shared/labels.js';
import { resourceById } from '../_shared/resource-refs.js';
import { arg } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const METRIC_ALARM = 'aws:cloudwatch/metricAlarm:MetricAlarm';
const COMPOSITE_ALARM = 'aws:cloudwatch/compositeAlarm:CompositeAlarm';
const DASHBOARD = 'aws:cloudwatch/dashboard:Dashboard';
const METRIC_FILTER = 'aws:cloudwatch/logMetricFilter:LogMetricFilter';

/**
 * CloudWatch objects whose create call overwrites an existing object of the same name instead of
 * failing: the argument that names them, the scope the name is unique in, and the attributes of the
 * resource that hold that name.
 */
const KINDS: Readonly<Record<string, { what: string; name: string; scope?: string; attrs: readonly string[]; family: string }>> = {
  [METRIC_ALARM]: { what: 'alarm', name: 'name', attrs: ['name', 'id'], family: 'alarm' },
  [COMPOSITE_ALARM]: { what: 'alarm', name: 'alarmName', attrs: ['alarmName', 'id'], family: 'alarm' },
  [DASHBOARD]: { what: 'dashboard', name: 'dashboardName', attrs: ['dashboardName', 'id'], family: 'dashboard' },
  [METRIC_FILTER]: { what: 'metric filter', name: 'name', scope: 'logGroupName', attrs: ['name', 'id'], family: 'filter' },
};

/** Provenances of unknown name parts that are the same value wherever they are read. */
const STABLE = /^(config:|env:|stack$|project$|name:)/;

export default defineRule({
  id: 'aws/cloudwatch-name-collision',
  class: 'MONITORING-MISCONFIG',
  severity: 'high',
  category: 'aws',
  resourceTypes: Object.keys(KINDS),
  messages: {
    same: 'This {{what}} has the same name as {{other}} ({{name}}): CloudWatch does not fail on a second {{what}} with that name, it overwrites the first, so the two resources keep replacing each other\'s definition and destroying either one deletes the {{what}} of both. Give each its own name{{loop}}.',
    copies: 'This {{what}} takes its name from {{other}} (`{{attr}}`): it is the same CloudWatch {{what}}, so this resource overwrites that one\'s definition (and drops what only that one sets), and destroying either deletes both. Set the extra options on the original resource instead of declaring it twice.',
  },
  title: {
    same: 'Two CloudWatch {{what}}s named {{name}}: the second overwrites {{other}}',
    copies: 'CloudWatch {{what}} takes its name from {{other}} and overwrites it',
  },
  fixHint: 'One resource per alarm/dashboard/metric filter; names that include what differs (`${fn}-errors-${suffix}`), and options such as alarmActions set on the resource that defines the alarm.',
  docs: {
    summary: 'Two CloudWatch alarms, dashboards or metric filters (of one log group) with the same name, or one whose name is copied from another, so that both resources manage the same CloudWatch object.',
    why: 'PutMetricAlarm, PutCompositeAlarm, PutDashboard and PutMetricFilter create or replace: a second resource with the same name deploys without error and silently overwrites the first one\'s definition. The two resources then undo each other on every update, the alarm ends up with whichever definition was written last (often without its metric or actions), and destroying one of them deletes the object for both. Generated code does this when a loop gives every alarm the same name, or when it "adds" actions to an alarm by declaring a second MetricAlarm with `name=alarm.name`.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst topic = new aws.sns.Topic('alerts');\nfor (const fn of ['api', 'worker']) {\n  new aws.cloudwatch.MetricAlarm(\`\${fn}-errors\`, {\n    name: 'lambda-errors',\n    namespace: 'AWS/Lambda', metricName: 'Errors', statistic: 'Sum', period: 60,\n    evaluationPeriods: 1, threshold: 1, comparisonOperator: 'GreaterThanOrEqualToThreshold',\n    dimensions: { FunctionName: fn }, alarmActions: [topic.arn],\n  });\n}\n`,
      py: `import pulumi_aws as aws\ntopic = aws.sns.Topic("alerts")\nerrors = aws.cloudwatch.MetricAlarm("errors", name="lambda-errors", namespace="AWS/Lambda", metric_name="Errors",\n    statistic="Sum", period=60, evaluation_periods=1, threshold=1, comparison_operator="GreaterThanOrEqualToThreshold",\n    dimensions={"FunctionName": "api"})\naws.cloudwatch.MetricAlarm("errors-actions", name=errors.name, alarm_actions=[topic.arn],\n    comparison_operator="GreaterThanOrEqualToThreshold", evaluation_periods=1)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst topic = new aws.sns.Topic('alerts');\nfor (const fn of ['api', 'worker']) {\n  new aws.cloudwatch.MetricAlarm(\`\${fn}-errors\`, {\n    name: \`\${fn}-errors\`,\n    namespace: 'AWS/Lambda', metricName: 'Errors', statistic: 'Sum', period: 60,\n    evaluationPeriods: 1, threshold: 1, comparisonOperator: 'GreaterThanOrEqualToThreshold',\n    dimensions: { FunctionName: fn }, alarmActions: [topic.arn],\n  });\n}\n`,
      py: `import pulumi_aws as aws\ntopic = aws.sns.Topic("alerts")\naws.cloudwatch.MetricAlarm("errors", name="lambda-errors", namespace="AWS/Lambda", metric_name="Errors",\n    statistic="Sum", period=60, evaluation_periods=1, threshold=1, comparison_operator="GreaterThanOrEqualToThreshold",\n    dimensions={"FunctionName": "api"}, alarm_actions=[topic.arn])\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html',
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutDashboard.html',
      'https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutMetricFilter.html',
    ],
    notes: 'Names are compared when they are known, or built from the same configuration values (`alarm-${suffix}` twice); names with other unknown parts are not compared. Resources with different explicit providers (regions) do not collide, and resources in different branches of a condition are not compared.',
  },
  check(ctx) {
    const seen = new Map<string, Resource>();
    for (const r of ctx.resources()) {
      const kind = KINDS[r.type]!;
      const v = arg(r, kind.name);
      if (!v) continue;
      const copied = copiedFrom(ctx.model, v, kind.family, r);
      if (copied) {
        ctx.report({ messageId: 'copies', data: { what: kind.what, other: resourceLabel(copied.resource), attr: copied.attr }, at: v.at, resource: r });
        continue;
      }
      const text = nameKey(v);
      const scope = kind.scope ? nameKey(arg(r, kind.scope)) : '';
      if (text === undefined || scope === undefined || r.provider === 'unknown') continue;
      const key = `${kind.family}\u0000${r.provider ?? 'default'}\u0000${scope}\u0000${text}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, r);
        continue;
      }
      if (first.conditional && r.conditional) continue;
      const loop = r.inLoop && first.at.s === r.at.s ? ' (a name built from the loop variable)' : '';
      ctx.report({ messageId: 'same', data: { what: kind.what, other: first.at.s === r.at.s ? 'the one created by the previous iteration' : resourceLabel(first), name: `\`${display(v)}\``, loop }, at: v.at, resource: r });
    }
  },
});

/** The other resource of the same family whose name attribute the value is (`name=alarm.name`). */
function copiedFrom(model: ResourceModel, v: Value, family: string, self: Resource): { resource: Resource; attr: string } | undefined {
  // At preview a resource's own input can come back linked to the resource itself: not a copy.
  if (v.kind !== 'output' || v.resource === undefined || v.resource === self.id || !v.attr) return undefined;
  const src = resourceById(model, v.resource);
  const kind = src && KINDS[src.type];
  if (!src || !kind || kind.family !== family || !kind.attrs.includes(v.attr)) return undefined;
  return { resource: src, attr: v.attr };
}

/** A comparable text of a name: known parts, and stable unknown parts by their provenance. */
function nameKey(v: Value | undefined): string | undefined {
  if (!v) return '';
  if (v.kind === 'known') return typeof v.value === 'string' ? v.value : undefined;
  if (v.kind === 'unknown') return STABLE.test(v.why) ? `\${${v.why}}` : undefined;
  if (v.kind !== 'str') return undefined;
  let out = '';
  for (const p of v.parts) {
    const k = nameKey(p);
    if (k === undefined) return undefined;
    out += k;
  }
  return out;
}

function display(v: Value): string {
  const k = nameKey(v) ?? '';
  return k.replace(/\$\{(config:|env:)?([^}]*)\}/g, '${$2}');
}
