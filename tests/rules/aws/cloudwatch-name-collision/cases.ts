import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const suffix = config.require('environmentSuffix');
const topic = new aws.sns.Topic('alerts');
const base = { namespace: 'AWS/Lambda', metricName: 'Errors', statistic: 'Sum', period: 60, evaluationPeriods: 1, threshold: 1, comparisonOperator: 'GreaterThanOrEqualToThreshold' };

// --- bad
for (const fn of ['api', 'worker']) {
  new aws.cloudwatch.MetricAlarm(`${fn}-errors`, {
    ...base,
    name: `lambda-errors-${suffix}`, // error: [aws/cloudwatch-name-collision]
    dimensions: { FunctionName: fn },
    alarmActions: [topic.arn],
  });
}
const cpu = new aws.cloudwatch.MetricAlarm('cpu', { ...base, name: `cpu-${suffix}` });
new aws.cloudwatch.MetricAlarm('cpu-actions', {
  ...base,
  name: cpu.name, // error: [aws/cloudwatch-name-collision]
  alarmActions: [topic.arn],
});
new aws.cloudwatch.Dashboard('main', { dashboardName: 'operations', dashboardBody: JSON.stringify({ widgets: [] }) });
new aws.cloudwatch.Dashboard('copy', { dashboardName: 'operations', dashboardBody: JSON.stringify({ widgets: [] }) }); // error: [aws/cloudwatch-name-collision]

// --- clean
for (const fn of ['api', 'worker']) {
  new aws.cloudwatch.MetricAlarm(`${fn}-throttles`, { ...base, metricName: 'Throttles', name: `${fn}-throttles-${suffix}`, dimensions: { FunctionName: fn }, alarmActions: [topic.arn] });
}
const west = new aws.Provider('west', { region: 'us-west-2' });
new aws.cloudwatch.MetricAlarm('east-db', { ...base, name: 'db-errors', alarmActions: [topic.arn] });
new aws.cloudwatch.MetricAlarm('west-db', { ...base, name: 'db-errors' }, { provider: west });
const logs = new aws.cloudwatch.LogGroup('a', { retentionInDays: 7 });
const other = new aws.cloudwatch.LogGroup('b', { retentionInDays: 7 });
new aws.cloudwatch.LogMetricFilter('a-errors', { name: 'errors', logGroupName: logs.name, pattern: 'ERROR', metricTransformation: { name: 'AErrors', namespace: 'App', value: '1' } });
new aws.cloudwatch.LogMetricFilter('b-errors', { name: 'errors', logGroupName: other.name, pattern: 'ERROR', metricTransformation: { name: 'BErrors', namespace: 'App', value: '1' } });

// --- unknown
const names = config.requireObject<string[]>('alarmNames');
for (const n of names) new aws.cloudwatch.MetricAlarm(`alarm-${n}`, { ...base, name: n, alarmActions: [topic.arn] });
