import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const topic = new aws.sns.Topic('alerts');
const metric = { namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: { FunctionName: 'api' } };

// --- bad
new aws.cloudwatch.MetricAlarm('avg', {
  ...metric, period: 60, evaluationPeriods: 1, threshold: 1, comparisonOperator: 'GreaterThanThreshold', alarmActions: [topic.arn],
  statistic: 'avg', // error: [aws/metric-alarm-definition-invalid]
});
new aws.cloudwatch.MetricAlarm('odd-period', {
  ...metric, statistic: 'Sum', evaluationPeriods: 1, threshold: 1, comparisonOperator: 'GreaterThanThreshold', alarmActions: [topic.arn],
  period: 90, // error: [aws/metric-alarm-definition-invalid]
});
new aws.cloudwatch.MetricAlarm('datapoints', {
  ...metric, statistic: 'Sum', period: 60, evaluationPeriods: 2, threshold: 1, comparisonOperator: 'GreaterThanThreshold', alarmActions: [topic.arn],
  datapointsToAlarm: 3, // error: [aws/metric-alarm-definition-invalid]
});
new aws.cloudwatch.MetricAlarm('operator', {
  ...metric, statistic: 'Sum', period: 60, evaluationPeriods: 1, threshold: 1, alarmActions: [topic.arn],
  comparisonOperator: 'GreaterThan', // error: [aws/metric-alarm-definition-invalid]
});
new aws.cloudwatch.MetricAlarm('topic-name', {
  ...metric, statistic: 'Sum', period: 60, evaluationPeriods: 1, threshold: 1, comparisonOperator: 'GreaterThanThreshold',
  alarmActions: [topic.name], // error: [aws/metric-alarm-definition-invalid]
});
function rateAlarm(name: string) {
  return new aws.cloudwatch.MetricAlarm(name, {
    evaluationPeriods: 1, threshold: 5, comparisonOperator: 'GreaterThanThreshold', alarmActions: [topic.arn],
    metricQueries: [
      { id: 'Errors', returnData: false, metric: { namespace: 'AWS/Lambda', metricName: 'Errors', period: 60, stat: 'Sum', dimensions: { FunctionName: name } } }, // error: [aws/metric-alarm-definition-invalid]
      { id: 'invocations', returnData: true, metric: { namespace: 'AWS/Lambda', metricName: 'Invocations', period: 60, stat: 'Sum', dimensions: { FunctionName: name } } },
      { id: 'rate', expression: '100 * Errors / invocations', returnData: true }, // error: [aws/metric-alarm-definition-invalid]
    ],
  });
}
rateAlarm('api');

// --- clean
new aws.cloudwatch.MetricAlarm('ok', { ...metric, statistic: 'Sum', period: 60, evaluationPeriods: 5, datapointsToAlarm: 3, threshold: 1, comparisonOperator: 'GreaterThanOrEqualToThreshold', treatMissingData: 'notBreaching', alarmActions: [topic.arn] });
new aws.cloudwatch.MetricAlarm('p99', { ...metric, metricName: 'Duration', extendedStatistic: 'p99', period: 300, evaluationPeriods: 3, threshold: 1000, comparisonOperator: 'GreaterThanThreshold', alarmActions: [topic.arn] });
new aws.cloudwatch.MetricAlarm('band', {
  evaluationPeriods: 2, comparisonOperator: 'GreaterThanUpperThreshold', thresholdMetricId: 'ad1', alarmActions: [topic.arn],
  metricQueries: [
    { id: 'm1', returnData: true, metric: { namespace: 'AWS/Lambda', metricName: 'Duration', period: 300, stat: 'p90' } },
    { id: 'ad1', expression: 'ANOMALY_DETECTION_BAND(m1, 2)', label: 'band' },
  ],
});

// --- unknown
new aws.cloudwatch.MetricAlarm('configured', { ...metric, statistic: config.require('statistic'), period: config.requireNumber('period'), evaluationPeriods: 1, threshold: 1, comparisonOperator: 'GreaterThanThreshold', alarmActions: [config.require('actionArn')] });
const extra = config.requireObject<Record<string, string>>('alarm');
new aws.cloudwatch.MetricAlarm('spread', { ...metric, ...extra, period: 60, evaluationPeriods: 1, comparisonOperator: 'GreaterThanThreshold' });
