import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const base = { namespace: 'AWS/Lambda', metricName: 'Errors', statistic: 'Sum', period: 60, evaluationPeriods: 1, threshold: 1, comparisonOperator: 'GreaterThanOrEqualToThreshold' };

// --- bad
class Monitoring extends pulumi.ComponentResource {
  constructor(name: string, functions: string[]) {
    super('app:monitoring:Monitoring', name);
    const topic = new aws.sns.Topic(`${name}-alerts`, {}, { parent: this }); // error: [aws/alarm-topic-without-subscription]
    new aws.sns.TopicPolicy(`${name}-alerts-policy`, { arn: topic.arn, policy: topic.arn.apply((arn) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: 'sns:Publish', Resource: arn }] })) }, { parent: this });
    for (const fn of functions) {
      new aws.cloudwatch.MetricAlarm(`${name}-${fn}-errors`, { ...base, dimensions: { FunctionName: fn }, alarmActions: [topic.arn] }, { parent: this });
    }
  }
}
new Monitoring('app', ['api', 'worker']);

// --- clean
const subscribed = new aws.sns.Topic('subscribed');
new aws.sns.TopicSubscription('oncall', { topic: subscribed.arn, protocol: 'email', endpoint: config.require('alertEmail') });
new aws.cloudwatch.MetricAlarm('subscribed-errors', { ...base, alarmActions: [subscribed.arn] });
const forwarded = new aws.sns.Topic('forwarded');
new aws.cloudwatch.MetricAlarm('forwarded-errors', { ...base, alarmActions: [forwarded.arn] });
export const alertTopicArn = forwarded.arn;

// --- unknown
const external = new aws.sns.Topic('external', config.requireObject<aws.sns.TopicArgs>('topicArgs'));
new aws.cloudwatch.MetricAlarm('external-errors', { ...base, alarmActions: [external.arn] });
