import { describe, type At, type ObjV, type Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { dashboardBody, metricRows, metricWidgets } from '../_shared/cloudwatch-dashboard.js';
import { NAMESPACES } from '../_shared/cloudwatch-dimensions.js';
import { resourceById } from '../_shared/resource-refs.js';
import { isObj, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const METRIC_ALARM = 'aws:cloudwatch/metricAlarm:MetricAlarm';
const DASHBOARD = 'aws:cloudwatch/dashboard:Dashboard';

/** One dimension of one metric, wherever it is written. */
interface DimensionUse {
  namespace: string;
  name: string;
  value: Value;
  at?: At;
  resource: Resource;
}

export default defineRule({
  id: 'aws/alarm-dimension-invalid',
  class: 'MONITORING-MISCONFIG',
  severity: 'high',
  category: 'aws',
  resourceTypes: [METRIC_ALARM, DASHBOARD],
  messages: {
    unknownDimension: '`{{name}}` is not a dimension of {{namespace}} metrics (it publishes {{known}}). No metric matches, so the alarm stays in INSUFFICIENT_DATA and the graph stays empty; use one of the documented dimensions.',
    wrongAttribute: 'The `{{name}}` dimension is given `{{resource}}.{{attr}}`, but {{namespace}} expects {{form}}. No metric has that value, so the alarm never sees data; use `{{resource}}.{{use}}`.',
    wrongResource: 'The `{{name}}` dimension is given an attribute of `{{resource}}`, but {{namespace}} expects {{form}}. No metric has that value, so the alarm never sees data; use the `{{use}}` of the right resource.',
  },
  title: {
    unknownDimension: 'Dimension {{name:code}} not published by {{namespace}} ({{counted}})',
    wrongAttribute: 'Dimension {{name:code}} given {{attr:code}} instead of {{form}} ({{counted}})',
    wrongResource: 'Dimension {{name:code}} given the wrong resource\'s attribute ({{counted}})',
  },
  fixHint: 'dimensions: { LoadBalancer: alb.arnSuffix, TargetGroup: tg.arnSuffix } / { FunctionName: fn.name } / { QueueName: queue.name }.',
  docs: {
    summary: 'A CloudWatch alarm or dashboard metric whose dimension name does not exist in its namespace, or whose value is the wrong attribute of the resource (an ARN where the name or `arnSuffix` is expected).',
    why: 'CloudWatch finds a metric by namespace, name and exact dimensions. `LoadBalancer: alb.arn` (instead of `alb.arnSuffix`), `FunctionName: fn.arn` or an invented dimension name select a metric that does not exist: nothing fails at deployment, but the alarm sits in INSUFFICIENT_DATA forever and never fires, and the dashboard graph stays empty.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst alb = new aws.lb.LoadBalancer('web', { loadBalancerType: 'application', subnets: ['subnet-a', 'subnet-b'] });\nconst topic = new aws.sns.Topic('alerts');\nnew aws.cloudwatch.MetricAlarm('5xx', {\n  namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_ELB_5XX_Count', statistic: 'Sum', period: 60,\n  evaluationPeriods: 1, threshold: 10, comparisonOperator: 'GreaterThanThreshold',\n  dimensions: { LoadBalancer: alb.arn },\n  alarmActions: [topic.arn],\n});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("fn", runtime="python3.13", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"))\ntopic = aws.sns.Topic("alerts")\naws.cloudwatch.MetricAlarm("errors", namespace="AWS/Lambda", metric_name="Errors", statistic="Sum", period=60,\n    evaluation_periods=1, threshold=1, comparison_operator="GreaterThanOrEqualToThreshold",\n    dimensions={"FunctionName": fn.arn}, alarm_actions=[topic.arn])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst alb = new aws.lb.LoadBalancer('web', { loadBalancerType: 'application', subnets: ['subnet-a', 'subnet-b'] });\nconst topic = new aws.sns.Topic('alerts');\nnew aws.cloudwatch.MetricAlarm('5xx', {\n  namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_ELB_5XX_Count', statistic: 'Sum', period: 60,\n  evaluationPeriods: 1, threshold: 10, comparisonOperator: 'GreaterThanThreshold',\n  dimensions: { LoadBalancer: alb.arnSuffix },\n  alarmActions: [topic.arn],\n});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("fn", runtime="python3.13", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"))\ntopic = aws.sns.Topic("alerts")\naws.cloudwatch.MetricAlarm("errors", namespace="AWS/Lambda", metric_name="Errors", statistic="Sum", period=60,\n    evaluation_periods=1, threshold=1, comparison_operator="GreaterThanOrEqualToThreshold",\n    dimensions={"FunctionName": fn.name}, alarm_actions=[topic.arn])\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Dimension',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-metrics-and-dimensions.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/dimensions.html',
    ],
    notes: 'Dimension names are checked for AWS/Lambda, AWS/SQS, AWS/DynamoDB, AWS/RDS, AWS/EC2, AWS/ApiGateway and the ELB namespaces (src/rules/_shared/cloudwatch-dimensions.ts lists them with their sources); values only when they are an attribute of a resource of the program. A value derived with `.apply(...)` (e.g. `alb.arn.apply(a => a.split(":").pop())`) is not judged: the model does not keep what the callback computes.',
  },
  check(ctx) {
    for (const use of dimensionUses(ctx)) judge(ctx, use);
  },
});

function judge(ctx: RuleContext, u: DimensionUse): void {
  const ns = NAMESPACES[u.namespace];
  if (!ns) return;
  if (ns.names && !ns.names.includes(u.name)) {
    ctx.report({ messageId: 'unknownDimension', data: { name: u.name, namespace: u.namespace, known: ns.names.join(', ') }, at: u.at, resource: u.resource });
    return;
  }
  const target = ns.targets[u.name];
  const ref = attributeOf(u.value);
  const src = ref && resourceById(ctx.model, ref.resource);
  if (!target || !ref || !src) return;
  const data = { name: u.name, namespace: u.namespace, form: target.form, use: target.use, resource: label(src), attr: ref.attr };
  if (target.types.includes(src.type)) {
    if (target.wrong.includes(ref.attr)) ctx.report({ messageId: 'wrongAttribute', data, at: u.at, resource: u.resource });
  } else if (target.notTypes?.includes(src.type)) {
    ctx.report({ messageId: 'wrongResource', data, at: u.at, resource: u.resource });
  }
}

/**
 * The resource attribute a value is: an Output of it (`alb.arn`), or, inside a body serialised in an
 * `apply`, the callback's placeholder for it.
 */
function attributeOf(v: Value): { resource: number; attr: string } | undefined {
  if (v.kind === 'output' && v.resource !== undefined && v.attr) return { resource: v.resource, attr: v.attr };
  if (v.kind === 'unknown' && v.ref) return v.ref;
  return undefined;
}

function label(r: Resource): string {
  return `${r.typePath}(${describe(r.name)})`;
}

function dimensionUses(ctx: RuleContext): DimensionUse[] {
  const out: DimensionUse[] = [];
  for (const r of ctx.resources()) {
    if (r.type === METRIC_ALARM) {
      alarmDimensions(r, r.args.props.get('namespace'), r.args.props.get('dimensions'), out);
      const queries = r.args.props.get('metricQueries');
      for (const q of queries?.kind === 'list' ? queries.items : []) {
        const metric = isObj(q) ? q.props.get('metric') : undefined;
        if (isObj(metric)) alarmDimensions(r, metric.props.get('namespace'), metric.props.get('dimensions'), out);
      }
    } else {
      const body = dashboardBody(r);
      if (body) dashboardDimensions(r, body, out);
    }
  }
  return out;
}

function alarmDimensions(r: Resource, namespace: Value | undefined, dims: Value | undefined, out: DimensionUse[]): void {
  const ns = str(namespace);
  if (ns === undefined || !isObj(dims)) return;
  // Located where the dimension is written, rather than where its value was computed.
  for (const [name, value] of dims.props) out.push(dimensionUse(r, ns, name, value, dims.keys?.get(name)?.at ?? value.at));
}

function dashboardDimensions(r: Resource, body: ObjV, out: DimensionUse[]): void {
  for (const { metrics } of metricWidgets(body)) {
    for (const row of metrics ? metricRows(metrics) : []) {
      if (row.namespace === undefined || !row.dimensions) continue;
      for (const d of row.dimensions) out.push(dimensionUse(r, row.namespace, d.name, d.value, d.at ?? row.entry.at));
    }
  }
}

function dimensionUse(resource: Resource, namespace: string, name: string, value: Value, at: At | undefined): DimensionUse {
  return at ? { namespace, name, value, at, resource } : { namespace, name, value, resource };
}
