import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const topic = new aws.sns.Topic('alerts');
const metric = { namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', statistic: 'Maximum', period: 300, evaluationPeriods: 1, threshold: 1000, comparisonOperator: 'GreaterThanThreshold', dimensions: { QueueName: 'jobs' } };

// --- bad
new aws.cloudwatch.MetricAlarm('no-actions', { ...metric }); // error: [aws/alarm-without-actions]
new aws.cloudwatch.MetricAlarm('empty-actions', { ...metric, alarmActions: [], okActions: [] }); // error: [aws/alarm-without-actions]
new aws.cloudwatch.CompositeAlarm('composite', { alarmName: 'service-down', alarmRule: 'ALARM("service-latency") OR ALARM("service-errors")' }); // error: [aws/alarm-without-actions]

// --- clean
new aws.cloudwatch.MetricAlarm('notifies', { ...metric, alarmActions: [topic.arn] });
new aws.cloudwatch.MetricAlarm('recovers', { ...metric, okActions: [topic.arn] });
new aws.cloudwatch.MetricAlarm('silenced', { ...metric, actionsEnabled: false });
// Children of a composite alarm need no actions of their own.
const latency = new aws.cloudwatch.MetricAlarm('latency', { ...metric, name: 'service-latency' });
const errors = new aws.cloudwatch.MetricAlarm('errors', { ...metric });
new aws.cloudwatch.CompositeAlarm('service', {
  alarmName: 'service',
  alarmRule: pulumi.interpolate`ALARM("service-latency") OR ALARM(${errors.alarmName})`,
  alarmActions: [topic.arn],
});
void latency;

// --- unknown
new aws.cloudwatch.MetricAlarm('configured', { ...metric, alarmActions: config.requireObject<string[]>('alarmActions') });
const extra = config.requireObject<Record<string, unknown>>('alarmExtras');
new aws.cloudwatch.MetricAlarm('spread', { ...metric, ...extra });
