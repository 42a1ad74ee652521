import { req, type Fixture } from '../helpers.js';

export const fixtures: Fixture[] = [
  {
    name: 'log-retention',
    req: req('log-retention', { days: 30 }, 'Configure 30-day retention for all log groups'),
    ts: {
      pass: `new aws.cloudwatch.LogGroup('g', { retentionInDays: 30 });`,
      fail: `new aws.cloudwatch.LogGroup('g', { retentionInDays: 7 });`,
      unknown: `new aws.cloudwatch.LogGroup('g', { retentionInDays: config.requireNumber('days') });`,
    },
    py: {
      pass: `aws.cloudwatch.LogGroup("g", retention_in_days=30)`,
      fail: `aws.cloudwatch.LogGroup("g")`,
      unknown: `aws.cloudwatch.LogGroup("g", retention_in_days=config.require_int("days"))`,
    },
  },
  {
    name: 'log-retention without log groups',
    req: req('log-retention', { min: 7, max: 14 }, 'Set appropriate retention periods (7-14 days)'),
    ts: {
      pass: `new aws.cloudwatch.LogGroup('g', { retentionInDays: 14 });`,
      fail: `new aws.lambda.Function('f', { runtime: 'nodejs20.x', handler: 'index.handler', role: 'r', code: new pulumi.asset.AssetArchive({}) });`,
      unknown: `new aws.s3.BucketV2('b');`,
    },
    py: {
      pass: `aws.cloudwatch.LogGroup("g", retention_in_days=7)`,
      fail: `aws.lambda_.Function("f", runtime="python3.12", handler="index.handler", role="r")`,
      unknown: `aws.s3.BucketV2("b")`,
    },
  },
  {
    name: 'service-logging',
    req: req('service-logging', { service: 'codebuild' }, 'Enable CloudWatch Logs for CodeBuild project'),
    ts: {
      pass: `new aws.codebuild.Project('p', { serviceRole: 'r', artifacts: { type: 'NO_ARTIFACTS' }, environment: { computeType: 'BUILD_GENERAL1_SMALL', image: 'i', type: 'LINUX_CONTAINER' }, source: { type: 'NO_SOURCE' }, logsConfig: { cloudwatchLogs: { status: 'ENABLED' } } });`,
      fail: `new aws.codebuild.Project('p', { serviceRole: 'r', artifacts: { type: 'NO_ARTIFACTS' }, environment: { computeType: 'BUILD_GENERAL1_SMALL', image: 'i', type: 'LINUX_CONTAINER' }, source: { type: 'NO_SOURCE' } });`,
      unknown: `new aws.codebuild.Project('p', { serviceRole: 'r', artifacts: { type: 'NO_ARTIFACTS' }, environment: { computeType: 'BUILD_GENERAL1_SMALL', image: 'i', type: 'LINUX_CONTAINER' }, source: { type: 'NO_SOURCE' }, logsConfig: { cloudwatchLogs: { status: config.require('logs') } } });`,
    },
    py: {
      pass: `aws.codebuild.Project("p", service_role="r", logs_config={"cloudwatch_logs": {"status": "ENABLED"}})`,
      fail: `aws.codebuild.Project("p", service_role="r", logs_config={"cloudwatch_logs": {"status": "DISABLED"}})`,
      unknown: `aws.codebuild.Project("p", service_role="r", logs_config={"cloudwatch_logs": {"status": config.require("logs")}})`,
    },
  },
  {
    name: 'xray',
    req: req('xray', { services: ['lambda'] }, 'Enable X-Ray tracing on all Lambda functions'),
    ts: {
      pass: `new aws.lambda.Function('f', { runtime: 'nodejs20.x', handler: 'h', role: 'r', tracingConfig: { mode: 'Active' } });`,
      fail: `new aws.lambda.Function('f', { runtime: 'nodejs20.x', handler: 'h', role: 'r' });`,
      unknown: `new aws.lambda.Function('f', { runtime: 'nodejs20.x', handler: 'h', role: 'r', tracingConfig: { mode: config.require('mode') } });`,
    },
    py: {
      pass: `aws.lambda_.Function("f", runtime="python3.12", handler="h", role="r", tracing_config=aws.lambda_.FunctionTracingConfigArgs(mode="Active"))`,
      fail: `aws.lambda_.Function("f", runtime="python3.12", handler="h", role="r", tracing_config={"mode": "PassThrough"})`,
      unknown: `aws.lambda_.Function("f", runtime="python3.12", handler="h", role="r", tracing_config={"mode": config.require("mode")})`,
    },
  },
  {
    name: 'alarm-error-rate',
    req: req('alarm-error-rate', { percent: 1, service: 'lambda' }, 'Set up CloudWatch alarms for Lambda errors exceeding 1% error rate'),
    ts: {
      pass: `new aws.cloudwatch.MetricAlarm('rate', { comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 1, threshold: 1, metricQueries: [\n  { id: 'e', metric: { namespace: 'AWS/Lambda', metricName: 'Errors', period: 300, stat: 'Sum' } },\n  { id: 'i', metric: { namespace: 'AWS/Lambda', metricName: 'Invocations', period: 300, stat: 'Sum' } },\n  { id: 'rate', expression: '100 * e / i', returnData: true },\n] });`,
      fail: `for (const fn of ['a', 'b']) {\n  new aws.cloudwatch.MetricAlarm(\`errors-\${fn}\`, { comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 1, namespace: 'AWS/Lambda', metricName: 'Errors', statistic: 'Sum', period: 300, threshold: 1 });\n}`,
      unknown: `new aws.cloudwatch.MetricAlarm('errors', { comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 1, namespace: 'AWS/Lambda', metricName: config.require('metric'), statistic: 'Sum', period: 300, threshold: 1 });`,
    },
    py: {
      pass: `aws.cloudwatch.MetricAlarm("errors", comparison_operator="GreaterThanThreshold", evaluation_periods=1, namespace="AWS/Lambda", metric_name="Errors", statistic="Average", period=300, threshold=0.01)`,
      fail: `def alarm(name):\n    return aws.cloudwatch.MetricAlarm(name, comparison_operator="GreaterThanThreshold", evaluation_periods=1, namespace="AWS/Lambda", metric_name="Errors", statistic="Sum", period=300, threshold=1)\n\nalarm("errors")`,
      unknown: `aws.cloudwatch.MetricAlarm("errors", comparison_operator="GreaterThanThreshold", evaluation_periods=1, metric_queries=config.require_object("queries"), threshold=1)`,
    },
  },
  {
    name: 'container-insights',
    req: req('container-insights', {}, 'Enable Container Insights for ECS monitoring'),
    ts: {
      pass: `new aws.ecs.Cluster('c', { settings: [{ name: 'containerInsights', value: 'enabled' }] });`,
      fail: `new aws.ecs.Cluster('c');`,
      unknown: `new aws.ecs.Cluster('c', { settings: [{ name: 'containerInsights', value: config.require('insights') }] });`,
    },
    py: {
      pass: `aws.ecs.AccountSettingDefault("d", name="containerInsights", value="enabled")\naws.ecs.Cluster("c")`,
      fail: `aws.ecs.Cluster("c", settings=[{"name": "containerInsights", "value": "disabled"}])`,
      unknown: `aws.ecs.Cluster("c", settings=config.require_object("settings"))`,
    },
  },
  {
    name: 'alarm-metrics',
    req: req('alarm-metrics', { metrics: ['replication-lag', 'cpu'] }, 'Create CloudWatch alarms for replication lag exceeding 60 seconds and CPU utilization'),
    ts: {
      pass: `for (const [name, metric] of [['lag', 'ReplicaLag'], ['cpu', 'CPUUtilization']]) {\n  new aws.cloudwatch.MetricAlarm(name, { comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 1, namespace: 'AWS/RDS', metricName: metric, statistic: 'Average', period: 60, threshold: 60 });\n}`,
      fail: `new aws.cloudwatch.MetricAlarm('cpu', { comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 1, namespace: 'AWS/RDS', metricName: 'CPUUtilization', statistic: 'Average', period: 60, threshold: 80 });`,
      unknown: `new aws.cloudwatch.MetricAlarm('cpu', { comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 1, namespace: 'AWS/RDS', metricName: 'CPUUtilization', statistic: 'Average', period: 60, threshold: 80 });\nnew aws.cloudwatch.MetricAlarm('other', { comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 1, namespace: 'AWS/RDS', metricName: config.require('metric'), statistic: 'Average', period: 60, threshold: 1 });`,
    },
    py: {
      pass: `class Monitoring(pulumi.ComponentResource):\n    def __init__(self, name):\n        super().__init__("app:Monitoring", name)\n        for metric in ["ReplicaLag", "CPUUtilization"]:\n            aws.cloudwatch.MetricAlarm(f"{name}-{metric}", comparison_operator="GreaterThanThreshold", evaluation_periods=1, namespace="AWS/RDS", metric_name=metric, statistic="Average", period=60, threshold=60, opts=pulumi.ResourceOptions(parent=self))\n\nMonitoring("m")`,
      fail: `aws.cloudwatch.MetricAlarm("lag", comparison_operator="GreaterThanThreshold", evaluation_periods=1, namespace="AWS/RDS", metric_name="ReplicaLag", statistic="Average", period=60, threshold=60)`,
      unknown: `aws.s3.BucketV2("b")`,
    },
  },
];
