import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const topic = new aws.sns.Topic('alerts');
const alb = new aws.lb.LoadBalancer('web', { loadBalancerType: 'application', subnets: ['subnet-a', 'subnet-b'] });
const tg = new aws.lb.TargetGroup('web', { port: 80, protocol: 'HTTP', vpcId: 'vpc-123', targetType: 'ip' });
const table = new aws.dynamodb.Table('orders', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }], billingMode: 'PAY_PER_REQUEST' });
const httpApi = new aws.apigatewayv2.Api('http', { protocolType: 'HTTP' });
const base = { statistic: 'Sum', period: 60, evaluationPeriods: 1, threshold: 1, comparisonOperator: 'GreaterThanOrEqualToThreshold', alarmActions: [topic.arn] };

// --- bad
new aws.cloudwatch.MetricAlarm('healthy', {
  ...base, namespace: 'AWS/ApplicationELB',
  metricName: 'HealthyHostCount', // error: [aws/alarm-metric-not-published]
  dimensions: { LoadBalancer: alb.arnSuffix },
});
new aws.cloudwatch.MetricAlarm('alb-error-rate', {
  ...base, namespace: 'AWS/ApplicationELB',
  metricName: 'ErrorRate', // error: [aws/alarm-metric-not-published]
  dimensions: { LoadBalancer: alb.arnSuffix },
});
new aws.cloudwatch.MetricAlarm('http-5xx', {
  ...base, namespace: 'AWS/ApiGateway',
  metricName: '5XXError', // error: [aws/alarm-metric-not-published]
  dimensions: { ApiId: httpApi.id },
});
new aws.cloudwatch.MetricAlarm('lambda-typo', {
  ...base, namespace: 'AWS/Lambda',
  metricName: 'errors', // error: [aws/alarm-metric-not-published]
  dimensions: { FunctionName: 'api' },
});

class TableAlarms extends pulumi.ComponentResource {
  constructor(name: string, tableName: pulumi.Input<string>) {
    super('app:monitoring:TableAlarms', name);
    for (const metric of ['UserErrors', 'ThrottledRequests']) { // error: [aws/alarm-metric-not-published]
      new aws.cloudwatch.MetricAlarm(`${name}-${metric}`, {
        ...base, namespace: 'AWS/DynamoDB',
        metricName: metric,
        dimensions: { TableName: tableName },
      }, { parent: this });
    }
  }
}
new TableAlarms('orders', table.name);

new aws.cloudwatch.Dashboard('ops', {
  dashboardName: 'ops',
  dashboardBody: JSON.stringify({
    widgets: [{
      type: 'metric',
      properties: {
        region: 'us-east-1',
        metrics: [
          ['AWS/EC2', 'MemoryUtilization', 'InstanceId', 'i-0123456789abcdef0'], // error: [aws/alarm-metric-not-published]
          ['AWS/S3', 'BucketSizeBytes', 'BucketName', 'logs'], // error: [aws/alarm-metric-not-published]
        ],
      },
    }],
  }),
});

// --- clean
new aws.cloudwatch.MetricAlarm('healthy-ok', {
  ...base, namespace: 'AWS/ApplicationELB', metricName: 'HealthyHostCount',
  dimensions: { LoadBalancer: alb.arnSuffix, TargetGroup: tg.arnSuffix },
});
new aws.cloudwatch.MetricAlarm('http-5xx-ok', { ...base, namespace: 'AWS/ApiGateway', metricName: '5xx', dimensions: { ApiId: httpApi.id } });
new aws.cloudwatch.MetricAlarm('throttles-ok', { ...base, namespace: 'AWS/DynamoDB', metricName: 'WriteThrottleEvents', dimensions: { TableName: table.name } });
new aws.cloudwatch.MetricAlarm('user-errors-ok', { ...base, namespace: 'AWS/DynamoDB', metricName: 'UserErrors' });
new aws.cloudwatch.MetricAlarm('custom', { ...base, namespace: 'App/Orders', metricName: 'ErrorRate' });
new aws.cloudwatch.MetricAlarm('rds', { ...base, namespace: 'AWS/RDS', metricName: 'ServerlessDatabaseCapacity', dimensions: { DBClusterIdentifier: 'db' } });

// --- unknown
new aws.cloudwatch.MetricAlarm('configured', { ...base, namespace: 'AWS/ApplicationELB', metricName: config.require('metric'), dimensions: { LoadBalancer: alb.arnSuffix } });
new aws.cloudwatch.MetricAlarm('dims', { ...base, namespace: 'AWS/ApplicationELB', metricName: 'HealthyHostCount', dimensions: config.requireObject<Record<string, string>>('dims') });
