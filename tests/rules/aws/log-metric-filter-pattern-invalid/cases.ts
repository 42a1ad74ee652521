import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const logs = new aws.cloudwatch.LogGroup('app', { retentionInDays: 14 });
const count = { name: 'Errors', namespace: 'App', value: '1' };

// --- bad
new aws.cloudwatch.LogMetricFilter('bare', {
  logGroupName: logs.name,
  pattern: '[ERROR, Exception]', // error: [aws/log-metric-filter-pattern-invalid]
  metricTransformation: count,
});
new aws.cloudwatch.LogMetricFilter('unclosed', {
  logGroupName: logs.name,
  pattern: '{ $.level = "ERROR"', // error: [aws/log-metric-filter-pattern-invalid]
  metricTransformation: count,
});
new aws.cloudwatch.LogMetricFilter('no-selector', {
  logGroupName: logs.name,
  pattern: '{ level = "ERROR" }', // error: [aws/log-metric-filter-pattern-invalid]
  metricTransformation: count,
});
new aws.cloudwatch.LogMetricFilter('value', {
  logGroupName: logs.name,
  pattern: 'ERROR',
  metricTransformation: { name: 'Errors', namespace: 'App', value: 'one' }, // error: [aws/log-metric-filter-pattern-invalid]
});
new aws.cloudwatch.LogMetricFilter('default-with-dims', {
  logGroupName: logs.name,
  pattern: '{ $.level = "ERROR" }',
  metricTransformation: { name: 'Errors', namespace: 'App', value: '1', defaultValue: '0', dimensions: { Service: '$.service' } }, // error: [aws/log-metric-filter-pattern-invalid]
});

// --- clean
new aws.cloudwatch.LogMetricFilter('terms', { logGroupName: logs.name, pattern: '?ERROR ?Exception', metricTransformation: count });
new aws.cloudwatch.LogMetricFilter('json', { logGroupName: logs.name, pattern: '{ ($.level = "ERROR") && ($.service = "api") }', metricTransformation: count });
new aws.cloudwatch.LogMetricFilter('fields', { logGroupName: logs.name, pattern: '[ip, user, ..., status = 5*, bytes]', metricTransformation: count });
new aws.cloudwatch.LogMetricFilter('extract', { logGroupName: logs.name, pattern: '[ip, user, bytes]', metricTransformation: { name: 'Bytes', namespace: 'App', value: '$bytes' } });
new aws.cloudwatch.LogMetricFilter('quoted', { logGroupName: logs.name, pattern: '"Task timed out"', metricTransformation: count });

// --- unknown
new aws.cloudwatch.LogMetricFilter('configured', { logGroupName: logs.name, pattern: config.require('pattern'), metricTransformation: count });
