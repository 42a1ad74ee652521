import type { At, ObjV, Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { fileIntact } from '../_shared/aws-schema-args.js';
import { bool, isAbsent, isObj, keySpan, num, str } from '../_shared/values.js';
import { inFragment } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const METRIC_ALARM = 'aws:cloudwatch/metricAlarm:MetricAlarm';

const STATISTICS = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'];
const STATIC_OPERATORS = ['GreaterThanOrEqualToThreshold', 'GreaterThanThreshold', 'LessThanThreshold', 'LessThanOrEqualToThreshold'];
const BAND_OPERATORS = ['LessThanLowerOrGreaterThanUpperThreshold', 'LessThanLowerThreshold', 'GreaterThanUpperThreshold'];
const MISSING_DATA = ['missing', 'ignore', 'breaching', 'notBreaching'];
/** Longest evaluation range CloudWatch accepts (EvaluationPeriods × Period), in seconds: seven days. */
const MAX_RANGE = 7 * 24 * 3600;

export default defineRule({
  id: 'aws/metric-alarm-definition-invalid',
  class: 'MONITORING-MISCONFIG',
  severity: 'high',
  category: 'aws',
  resourceTypes: [METRIC_ALARM],
  messages: {
    statistic: '`statistic` is `{{value}}`, which CloudWatch does not have: PutMetricAlarm fails with a validation error, so the deployment fails. Use one of SampleCount, Average, Sum, Minimum, Maximum{{percentile}}.',
    bothStatistics: 'The alarm sets both `statistic` and `extendedStatistic`: CloudWatch accepts exactly one, so PutMetricAlarm fails and the deployment fails. Keep one of them.',
    noStatistic: 'The alarm names metric `{{metric}}` but sets neither `statistic` nor `extendedStatistic`: CloudWatch needs one to evaluate the metric, so the deployment fails. Add `statistic` (e.g. "Sum" or "Average").',
    metricAndQueries: 'The alarm sets both `metricName` and `metricQueries`: an alarm watches either one metric or a metric-math query list, so PutMetricAlarm fails. Move the metric into `metricQueries` or drop the queries.',
    period: '`period` is {{value}} seconds: CloudWatch accepts 10, 20, 30 or a multiple of 60, so PutMetricAlarm fails and the deployment fails. Use e.g. 60 or 300.',
    range: 'The alarm evaluates {{periods}} periods of {{period}} seconds ({{days}} days): CloudWatch limits EvaluationPeriods × Period to 7 days, so the deployment fails. Lower `evaluationPeriods` or `period`.',
    datapoints: '`datapointsToAlarm` ({{datapoints}}) is larger than `evaluationPeriods` ({{periods}}): CloudWatch rejects it (DatapointsToAlarm must be at most EvaluationPeriods), so the deployment fails. Make it at most {{periods}}.',
    operator: '`comparisonOperator` is `{{value}}`, which CloudWatch does not have: the deployment fails. Use one of {{allowed}}.',
    bandWithoutModel: '`{{value}}` compares against an anomaly-detection band, which needs `thresholdMetricId` naming an ANOMALY_DETECTION_BAND query: without it the deployment fails. Add the band to `metricQueries` and set `thresholdMetricId`, or use a static operator with `threshold`.',
    noThreshold: 'The alarm has a static `comparisonOperator` but no `threshold`: CloudWatch needs a threshold to compare with, so the deployment fails. Set `threshold`.',
    missingData: '`treatMissingData` is `{{value}}`: CloudWatch accepts missing, ignore, breaching and notBreaching, so the deployment fails. Use one of them (values are case-sensitive).',
    queryId: 'Metric query id `{{value}}` is invalid: ids must start with a lower-case letter and contain only letters, digits and underscores, so PutMetricAlarm fails. Rename it (e.g. `m1`, `errorRate`).',
    returnData: '{{count}} metric queries set `returnData: true`: an alarm must take its value from exactly one query, so PutMetricAlarm fails ("exactly one element of the metrics list should return data"). Set it only on the final expression.',
    queryShape: 'Metric query `{{id}}` {{problem}}: each query is either a `metric` or an `expression`, so PutMetricAlarm fails. {{fix}}',
    action: 'Alarm action `{{value}}` is not an ARN: CloudWatch accepts SNS topic, Auto Scaling policy, Lambda function, Systems Manager and EC2 action ARNs only, so the deployment fails. Use the resource\'s `arn`.',
  },
  title: {
    statistic: 'Unknown alarm statistic {{value:code}} on {{counted}}',
    bothStatistics: 'Both statistic and extendedStatistic on {{counted}}',
    noStatistic: 'No statistic for metric {{metric:code}} on {{counted}}',
    metricAndQueries: 'Both a metric and metric queries on {{counted}}',
    period: 'Alarm period {{value}} s not accepted ({{counted}})',
    range: 'Alarm evaluates {{days}} days, over the 7-day limit ({{counted}})',
    datapoints: '`datapointsToAlarm` {{datapoints}} over evaluationPeriods {{periods}} on {{counted}}',
    operator: 'Unknown comparison operator {{value:code}} on {{counted}}',
    bandWithoutModel: 'Anomaly band comparison {{value:code}} without a band query on {{counted}}',
    noThreshold: 'Static comparison without a threshold on {{counted}}',
    missingData: 'Invalid treatMissingData {{value:code}} on {{counted}}',
    queryId: 'Invalid metric query id {{value:code}} on {{counted}}',
    returnData: '{{count}} metric queries return data on {{counted}}',
    queryShape: 'Metric query {{id:code}} {{problem:full}}',
    action: 'Alarm action {{value:code}} is not an ARN',
  },
  fixHint: 'One metric: namespace, metricName, statistic (or extendedStatistic), period (10, 20, 30 or a multiple of 60), evaluationPeriods, threshold, comparisonOperator; metric math: metricQueries with lower-case ids and exactly one returnData: true.',
  docs: {
    summary: 'A CloudWatch metric alarm that PutMetricAlarm rejects: an unknown statistic, comparison operator or treatMissingData value, both or neither statistic kinds, a metric and metric queries at once, a period that is not 10, 20, 30 or a multiple of 60, an evaluation range over 7 days, more datapoints than periods, a static alarm without threshold, a band operator without thresholdMetricId, malformed metric queries, or actions that are not ARNs.',
    why: 'These are validated when the alarm is created, so one wrong value fails the whole deployment. Generated alarms use statistic names from other tools (`avg`, `p99` in `statistic`), periods like 90 or 45, `datapointsToAlarm` larger than `evaluationPeriods`, query ids such as `M1` or `error-rate`, and alarm actions given a topic name instead of its ARN.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst topic = new aws.sns.Topic('alerts');\nnew aws.cloudwatch.MetricAlarm('latency', {\n  namespace: 'AWS/Lambda', metricName: 'Duration', statistic: 'p99', period: 90,\n  evaluationPeriods: 3, datapointsToAlarm: 5, threshold: 1000, comparisonOperator: 'GreaterThanThreshold',\n  dimensions: { FunctionName: 'api' },\n  alarmActions: [topic.arn],\n});\n`,
      py: `import pulumi_aws as aws\ntopic = aws.sns.Topic("alerts")\naws.cloudwatch.MetricAlarm("errors", namespace="AWS/Lambda", metric_name="Errors", statistic="Sum", period=60,\n    evaluation_periods=1, threshold=1, comparison_operator="GreaterThanOrEqualToThreshold",\n    dimensions={"FunctionName": "api"}, alarm_actions=[topic.name])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst topic = new aws.sns.Topic('alerts');\nnew aws.cloudwatch.MetricAlarm('latency', {\n  namespace: 'AWS/Lambda', metricName: 'Duration', extendedStatistic: 'p99', period: 60,\n  evaluationPeriods: 5, datapointsToAlarm: 3, threshold: 1000, comparisonOperator: 'GreaterThanThreshold',\n  dimensions: { FunctionName: 'api' },\n  alarmActions: [topic.arn],\n});\n`,
      py: `import pulumi_aws as aws\ntopic = aws.sns.Topic("alerts")\naws.cloudwatch.MetricAlarm("errors", namespace="AWS/Lambda", metric_name="Errors", statistic="Sum", period=60,\n    evaluation_periods=1, threshold=1, comparison_operator="GreaterThanOrEqualToThreshold",\n    dimensions={"FunctionName": "api"}, alarm_actions=[topic.arn])\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html',
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDataQuery.html',
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html',
    ],
    notes: 'Only known values are judged; an alarm built from an unknown spread is not judged for what it lacks. `returnData` is judged only when several queries set it explicitly to true. Alarm actions are judged when they are literal strings or the `name` of a resource.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (inFragment(ctx, r) || !fileIntact(ctx.model, r)) continue;
      checkStatistics(ctx, r);
      checkPeriods(ctx, r);
      checkThreshold(ctx, r);
      checkQueries(ctx, r);
      checkActions(ctx, r);
    }
  },
});

function prop(o: ObjV, key: string): Value | undefined {
  const v = o.props.get(key);
  return isAbsent(v) ? undefined : v;
}

/** The key is certainly not given (the object is closed and written out). */
function lacks(r: Resource, o: ObjV, key: string): boolean {
  return r.argsKnown && !o.open && prop(o, key) === undefined;
}

function at(o: ObjV, key: string): At | undefined {
  return o.props.get(key)?.at ?? keySpan(o, key);
}

function checkStatistics(ctx: RuleContext, r: Resource): void {
  const a = r.args;
  const stat = prop(a, 'statistic');
  const ext = prop(a, 'extendedStatistic');
  const s = str(stat);
  if (s !== undefined && !STATISTICS.includes(s)) {
    const percentile = /^p\d/i.test(s) ? ' (percentiles such as p99 go in `extendedStatistic`)' : '';
    ctx.report({ messageId: 'statistic', data: { value: s, percentile }, at: stat!.at, resource: r });
  }
  if (stat && ext) ctx.report({ messageId: 'bothStatistics', at: at(a, 'extendedStatistic'), resource: r });
  const metric = str(prop(a, 'metricName'));
  if (metric !== undefined && lacks(r, a, 'statistic') && lacks(r, a, 'extendedStatistic')) {
    ctx.report({ messageId: 'noStatistic', data: { metric }, at: at(a, 'metricName'), resource: r });
  }
  if (prop(a, 'metricName') && prop(a, 'metricQueries')) ctx.report({ messageId: 'metricAndQueries', at: at(a, 'metricQueries'), resource: r });
  const missing = prop(a, 'treatMissingData');
  const m = str(missing);
  if (m !== undefined && !MISSING_DATA.includes(m)) ctx.report({ messageId: 'missingData', data: { value: m }, at: missing!.at, resource: r });
}

function validPeriod(p: number): boolean {
  return p === 10 || p === 20 || p === 30 || (p > 0 && p % 60 === 0);
}

function checkPeriods(ctx: RuleContext, r: Resource): void {
  const a = r.args;
  const periodV = prop(a, 'period');
  const period = num(periodV);
  if (period !== undefined && !validPeriod(period)) ctx.report({ messageId: 'period', data: { value: period }, at: periodV!.at, resource: r });
  const periodsV = prop(a, 'evaluationPeriods');
  const periods = num(periodsV);
  if (period !== undefined && periods !== undefined && validPeriod(period) && period * periods > MAX_RANGE) {
    ctx.report({ messageId: 'range', data: { periods, period, days: Math.round((period * periods) / 8640) / 10 }, at: periodsV!.at, resource: r });
  }
  const datapointsV = prop(a, 'datapointsToAlarm');
  const datapoints = num(datapointsV);
  if (datapoints !== undefined && periods !== undefined && datapoints > periods) {
    ctx.report({ messageId: 'datapoints', data: { datapoints, periods }, at: datapointsV!.at, resource: r });
  }
}

function checkThreshold(ctx: RuleContext, r: Resource): void {
  const a = r.args;
  const opV = prop(a, 'comparisonOperator');
  const op = str(opV);
  if (op === undefined) return;
  if (!STATIC_OPERATORS.includes(op) && !BAND_OPERATORS.includes(op)) {
    ctx.report({ messageId: 'operator', data: { value: op, allowed: [...STATIC_OPERATORS, ...BAND_OPERATORS].join(', ') }, at: opV!.at, resource: r });
    return;
  }
  if (BAND_OPERATORS.includes(op) && lacks(r, a, 'thresholdMetricId')) {
    ctx.report({ messageId: 'bandWithoutModel', data: { value: op }, at: opV!.at, resource: r });
  }
  if (STATIC_OPERATORS.includes(op) && lacks(r, a, 'threshold') && lacks(r, a, 'thresholdMetricId')) {
    ctx.report({ messageId: 'noThreshold', at: opV!.at, resource: r });
  }
}

function checkQueries(ctx: RuleContext, r: Resource): void {
  const queries = prop(r.args, 'metricQueries');
  if (!queries || queries.kind !== 'list') return;
  const returning: ObjV[] = [];
  for (const q of queries.items) {
    if (!isObj(q)) continue;
    const idV = prop(q, 'id');
    const id = str(idV);
    if (id !== undefined && !/^[a-z][a-zA-Z0-9_]*$/.test(id)) ctx.report({ messageId: 'queryId', data: { value: id }, at: idV!.at, resource: r });
    if (bool(prop(q, 'returnData')) === true) returning.push(q);
    const metric = prop(q, 'metric');
    const expression = prop(q, 'expression');
    if (metric && expression) {
      ctx.report({ messageId: 'queryShape', data: { id: id ?? '?', problem: 'has both `metric` and `expression`', fix: 'Split it into a metric query and an expression query.' }, at: q.at, resource: r });
    } else if (!metric && !expression && !q.open) {
      ctx.report({ messageId: 'queryShape', data: { id: id ?? '?', problem: 'has neither `metric` nor `expression`', fix: 'Give it a `metric` block or an `expression`.' }, at: q.at, resource: r });
    }
    if (isObj(metric)) {
      const p = prop(metric, 'period');
      const n = num(p);
      if (n !== undefined && !validPeriod(n)) ctx.report({ messageId: 'period', data: { value: n }, at: p!.at, resource: r });
      const stat = str(prop(metric, 'stat'));
      if (stat !== undefined && !STATISTICS.includes(stat) && !/^(p|tm|tc|ts|wm|pr)\d/i.test(stat) && !/^(TM|TC|TS|WM|PR)\(/.test(stat) && stat !== 'IQM') {
        ctx.report({ messageId: 'statistic', data: { value: stat, percentile: ', or a percentile such as p99' }, at: prop(metric, 'stat')!.at, resource: r });
      }
    }
  }
  if (returning.length > 1) ctx.report({ messageId: 'returnData', data: { count: returning.length }, at: at(returning[1]!, 'returnData'), resource: r });
}

function checkActions(ctx: RuleContext, r: Resource): void {
  for (const key of ['alarmActions', 'okActions', 'insufficientDataActions']) {
    const list = prop(r.args, key);
    for (const v of list?.kind === 'list' ? list.items : []) {
      const s = str(v);
      const named = v.kind === 'output' && v.attr === 'name' ? 'the resource name' : undefined;
      if ((s !== undefined && !s.startsWith('arn:')) || named) {
        ctx.report({ messageId: 'action', data: { value: s ?? named! }, at: v.at, resource: r });
      }
    }
  }
}
