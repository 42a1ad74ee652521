import type { At, Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { closestName } from '../_shared/aws-schema-names.js';
import { dashboardBody, metricRows, metricWidgets } from '../_shared/cloudwatch-dashboard.js';
import { APIGW_ONLY, METRICS, S3_REQUEST_METRICS } from '../_shared/cloudwatch-metrics.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { isObj, str } from '../_shared/values.js';
import { inFragment, programIsComplete } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const METRIC_ALARM = 'aws:cloudwatch/metricAlarm:MetricAlarm';
const DASHBOARD = 'aws:cloudwatch/dashboard:Dashboard';
const BUCKET_METRIC = 'aws:s3/bucketMetric:BucketMetric';
const REST_API = 'aws:apigateway/restApi:RestApi';

/** One metric an alarm or a graph reads: namespace, name and (when known in full) its dimension names. */
interface MetricUse {
  namespace: string;
  metric: string;
  /** Dimension names; undefined when the dimensions are not known in full. */
  dims?: string[];
  at?: At;
  resource: Resource;
  where: 'alarm' | 'graph';
  /** The type of the resource the `ApiId` dimension's value is an attribute of, when known. */
  apiIdOf?: string;
}

export default defineRule({
  id: 'aws/alarm-metric-not-published',
  class: 'MONITORING-MISCONFIG',
  severity: 'high',
  category: 'aws',
  resourceTypes: [METRIC_ALARM, DASHBOARD],
  messages: {
    noMetric: '{{namespace}} has no metric `{{metric}}`{{suggestion}}: the {{where}} matches no data, so {{effect}}. Use a metric the service publishes.',
    hinted: '{{namespace}} has no metric `{{metric}}`: {{hint}}. The {{where}} matches no data, so {{effect}}.',
    dimensions: '{{namespace}} publishes `{{metric}}` only {{expected}}, but the {{where}} uses {{given}}: it matches no data, so {{effect}}. {{fix}}',
    apiKind: '`{{metric}}` is a metric of {{kind}} APIs, but the {{where}} selects {{other}} (dimension `{{dimension}}`): it matches no data, so {{effect}}. {{fix}}',
    s3Requests: 'S3 publishes `{{metric}}` only for buckets with a request-metrics configuration (`aws.s3.BucketMetric`, whose name is the FilterId), and the program creates none: the {{where}} never receives data, so {{effect}}. Add an `aws.s3.BucketMetric` for the bucket and use its name as FilterId.',
  },
  title: {
    noMetric: '{{namespace}} has no metric {{metric:code}} ({{counted}} watch nothing)',
    hinted: '{{namespace}} has no metric {{metric:code}} ({{counted}} watch nothing)',
    dimensions: '{{namespace}} {{metric:code}} selected by {{given}} on {{counted}}, matching no data',
    apiKind: '{{metric:code}} of {{kind}} APIs selected for {{other}} on {{counted}}, matching no data',
    s3Requests: 'S3 {{metric:code}} watched without a request-metrics configuration ({{counted}})',
  },
  fixHint: 'Match the service\'s metric table: e.g. HealthyHostCount with { TargetGroup: tg.arnSuffix, LoadBalancer: alb.arnSuffix }, DynamoDB ThrottledRequests with TableName and Operation (or ReadThrottleEvents/WriteThrottleEvents per table), REST API 5XXError with ApiName.',
  docs: {
    summary: 'A CloudWatch alarm or dashboard graph on a metric the AWS service does not publish: a metric name the namespace does not have (`ErrorRate` in AWS/ApplicationELB, `MemoryUtilization` in AWS/EC2, a REST API metric on an HTTP API), or a dimension combination the metric is never published with (HealthyHostCount per load balancer, DynamoDB UserErrors per table, ThrottledRequests without Operation, S3 request metrics without a metrics configuration).',
    why: 'A metric is identified by namespace, name and the exact set of dimensions. An alarm on a combination the service never publishes deploys without error and never sees a data point: it stays in INSUFFICIENT_DATA and never notifies (or, with `treatMissingData: "breaching"`, is always in alarm). Generated monitoring often invents metric names, copies REST API metric names to HTTP APIs, or drops the target group from load balancer health alarms.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst alb = new aws.lb.LoadBalancer('web', { loadBalancerType: 'application', subnets: ['subnet-a', 'subnet-b'] });\nconst topic = new aws.sns.Topic('alerts');\nnew aws.cloudwatch.MetricAlarm('healthy-hosts', {\n  namespace: 'AWS/ApplicationELB', metricName: 'HealthyHostCount', statistic: 'Minimum', period: 60,\n  evaluationPeriods: 2, threshold: 1, comparisonOperator: 'LessThanThreshold',\n  dimensions: { LoadBalancer: alb.arnSuffix },\n  alarmActions: [topic.arn],\n});\n`,
      py: `import pulumi_aws as aws\ntable = aws.dynamodb.Table("orders", hash_key="id", attributes=[{"name": "id", "type": "S"}], billing_mode="PAY_PER_REQUEST")\ntopic = aws.sns.Topic("alerts")\naws.cloudwatch.MetricAlarm("throttles", namespace="AWS/DynamoDB", metric_name="UserErrors", statistic="Sum", period=300,\n    evaluation_periods=1, threshold=10, comparison_operator="GreaterThanThreshold",\n    dimensions={"TableName": table.name}, alarm_actions=[topic.arn])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst alb = new aws.lb.LoadBalancer('web', { loadBalancerType: 'application', subnets: ['subnet-a', 'subnet-b'] });\nconst tg = new aws.lb.TargetGroup('web', { port: 80, protocol: 'HTTP', vpcId: 'vpc-123', targetType: 'ip' });\nconst topic = new aws.sns.Topic('alerts');\nnew aws.cloudwatch.MetricAlarm('healthy-hosts', {\n  namespace: 'AWS/ApplicationELB', metricName: 'HealthyHostCount', statistic: 'Minimum', period: 60,\n  evaluationPeriods: 2, threshold: 1, comparisonOperator: 'LessThanThreshold',\n  dimensions: { LoadBalancer: alb.arnSuffix, TargetGroup: tg.arnSuffix },\n  alarmActions: [topic.arn],\n});\n`,
      py: `import pulumi_aws as aws\ntable = aws.dynamodb.Table("orders", hash_key="id", attributes=[{"name": "id", "type": "S"}], billing_mode="PAY_PER_REQUEST")\ntopic = aws.sns.Topic("alerts")\naws.cloudwatch.MetricAlarm("throttles", namespace="AWS/DynamoDB", metric_name="WriteThrottleEvents", statistic="Sum", period=300,\n    evaluation_periods=1, threshold=10, comparison_operator="GreaterThanThreshold",\n    dimensions={"TableName": table.name}, alarm_actions=[topic.arn])\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Dimension',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/metrics-dimensions.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/metrics-configurations.html',
    ],
    notes: 'Namespaces judged: AWS/Lambda, AWS/SQS, AWS/SNS, AWS/DynamoDB, AWS/ApiGateway, AWS/ApplicationELB, AWS/EC2, AWS/ECS, AWS/S3 (metric tables as of late 2025); other namespaces, custom metrics and metric math are not. Dimension combinations are judged only for metrics whose published combinations are listed, and only when the dimensions are known in full. Invalid dimension names and dimension values of the wrong attribute are aws/alarm-dimension-invalid\'s findings.',
  },
  check(ctx) {
    const uses = metricUses(ctx);
    const bucketMetrics = ctx.model.resources.some((r) => r.type === BUCKET_METRIC);
    const complete = programIsComplete(ctx.model);
    for (const u of uses) judge(ctx, u, !bucketMetrics && complete);
  },
});

function effect(u: MetricUse): string {
  return u.where === 'alarm' ? 'the alarm stays in INSUFFICIENT_DATA and never notifies' : 'the graph stays empty';
}

function judge(ctx: RuleContext, u: MetricUse, noBucketMetrics: boolean): void {
  const ns = METRICS[u.namespace];
  if (!ns) return;
  const base = { namespace: u.namespace, metric: u.metric, where: u.where === 'alarm' ? 'alarm' : 'graph', effect: effect(u) };
  const report = (messageId: string, data: Record<string, string>) => ctx.report({ messageId, data: { ...base, ...data }, at: u.at, resource: u.resource });
  const spec = ns.metrics[u.metric];
  if (!spec) {
    const hint = ns.hint?.[u.metric];
    if (hint) return report('hinted', { hint });
    const names = Object.keys(ns.metrics);
    const sameCase = names.find((n) => n.toLowerCase() === u.metric.toLowerCase());
    const near = sameCase ?? closestName(u.metric, names);
    if (!ns.complete && !sameCase) return;
    return report('noMetric', { suggestion: near ? ` (did you mean \`${near}\`? metric names are case-sensitive)` : '' });
  }
  if (u.namespace === 'AWS/ApiGateway' && u.dims) {
    const kind = APIGW_ONLY[u.metric];
    if (kind === 'rest' && u.dims.includes('ApiId')) {
      // The id of a REST API given as ApiId: the metric is right, the dimension is not.
      const fix = u.apiIdOf === REST_API ? 'REST APIs are selected by `ApiName` (the API\'s name) and `Stage`, not by their id.' : 'HTTP APIs publish `5xx` and `4xx` (lower case) under ApiId.';
      return report('apiKind', { kind: 'REST', other: 'an HTTP or WebSocket API', dimension: 'ApiId', fix });
    }
    if (kind === 'http' && u.dims.includes('ApiName')) {
      return report('apiKind', { kind: 'HTTP', other: 'a REST API', dimension: 'ApiName', fix: 'REST APIs publish `5XXError` and `4XXError` under ApiName.' });
    }
  }
  if (spec.dims && u.dims) {
    const given = [...u.dims].sort();
    if (!spec.dims.some((s) => s.length === given.length && s.every((d, i) => d === given[i]))) {
      const accountWide = spec.dims.length === 1 && spec.dims[0]!.length === 0;
      const expected = accountWide ? 'as one Region-wide metric, without dimensions' : `with the dimensions ${spec.dims.map(dimText).join(' or ')}`;
      const fix = accountWide ? 'Remove the dimensions (the metric cannot be split per resource).' : `Use ${spec.dims.length === 1 ? 'that set' : 'one of those sets'}, exactly.`;
      return report('dimensions', { expected, given: given.length === 0 ? 'no dimensions' : dimText(given), fix });
    }
  }
  if (u.namespace === 'AWS/S3' && S3_REQUEST_METRICS.has(u.metric) && noBucketMetrics) report('s3Requests', {});
}

function dimText(d: readonly string[]): string {
  return d.length === 0 ? 'none' : `{ ${d.join(', ')} }`;
}

function metricUses(ctx: RuleContext): MetricUse[] {
  const out: MetricUse[] = [];
  for (const r of ctx.resources()) {
    if (inFragment(ctx, r)) continue;
    if (r.type === METRIC_ALARM) {
      const p = r.args.props;
      alarmMetric(ctx, r, p.get('namespace'), p.get('metricName'), p.get('dimensions'), !r.args.open, out);
      const queries = p.get('metricQueries');
      for (const q of queries?.kind === 'list' ? queries.items : []) {
        const m = isObj(q) ? q.props.get('metric') : undefined;
        if (isObj(m)) alarmMetric(ctx, r, m.props.get('namespace'), m.props.get('metricName'), m.props.get('dimensions'), !m.open, out);
      }
      continue;
    }
    const body = dashboardBody(r);
    for (const { metrics } of body ? metricWidgets(body) : []) {
      for (const row of metrics ? metricRows(metrics) : []) {
        // Dimensions written as an options object are aws/cloudwatch-dashboard-invalid's finding.
        if (row.namespace === undefined || row.metric === undefined || row.entry.items.some((x) => isObj(x) && x.props.has('dimensions'))) continue;
        const u: MetricUse = { namespace: row.namespace, metric: row.metric, resource: r, where: 'graph' };
        if (row.dimensions) u.dims = row.dimensions.map((d) => d.name);
        const at = row.entry.items[1]?.at ?? row.entry.at;
        if (at) u.at = at;
        out.push(u);
      }
    }
  }
  return out;
}

function alarmMetric(ctx: RuleContext, r: Resource, namespace: Value | undefined, metricName: Value | undefined, dimensions: Value | undefined, closed: boolean, out: MetricUse[]): void {
  const ns = str(namespace);
  const metric = str(metricName);
  if (ns === undefined || metric === undefined) return;
  const u: MetricUse = { namespace: ns, metric, resource: r, where: 'alarm' };
  if (metricName?.at) u.at = metricName.at;
  if (dimensions === undefined || dimensions.kind === 'absent' || (dimensions.kind === 'known' && dimensions.value === null)) {
    if (closed) u.dims = [];
  } else if (isObj(dimensions) && !dimensions.open) {
    u.dims = [...dimensions.props.keys()];
    const api = referencedResource(ctx.model, dimensions.props.get('ApiId'));
    if (api) u.apiIdOf = api.type;
  }
  out.push(u);
}
