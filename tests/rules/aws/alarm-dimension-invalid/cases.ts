import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const topic = new aws.sns.Topic('alerts');
const alb = new aws.lb.LoadBalancer('web', { loadBalancerType: 'application', subnets: ['subnet-a', 'subnet-b'] });
const tg = new aws.lb.TargetGroup('web', { port: 80, protocol: 'HTTP', vpcId: 'vpc-123' });
const fn = new aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda', code: new pulumi.asset.FileArchive('./app') });
const queue = new aws.sqs.Queue('jobs');
const api = new aws.apigateway.RestApi('api', { name: 'orders-api' });
const alarm = { period: 60, evaluationPeriods: 1, threshold: 1, comparisonOperator: 'GreaterThanThreshold', statistic: 'Sum', alarmActions: [topic.arn] };

// --- bad
new aws.cloudwatch.MetricAlarm('alb-5xx', {
  ...alarm,
  namespace: 'AWS/ApplicationELB',
  metricName: 'HTTPCode_ELB_5XX_Count',
  dimensions: {
    LoadBalancer: alb.arn, // error: [aws/alarm-dimension-invalid]
    TargetGroup: alb.arnSuffix, // error: [aws/alarm-dimension-invalid]
  },
});
new aws.cloudwatch.MetricAlarm('fn-errors', { ...alarm, namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: { FunctionName: fn.arn } }); // error: [aws/alarm-dimension-invalid]
new aws.cloudwatch.MetricAlarm('queue-depth', {
  ...alarm,
  namespace: 'AWS/SQS',
  metricName: 'ApproximateNumberOfMessagesVisible',
  dimensions: { QueueUrl: queue.url }, // error: [aws/alarm-dimension-invalid]
});
new aws.cloudwatch.MetricAlarm('api-5xx', { ...alarm, namespace: 'AWS/ApiGateway', metricName: '5XXError', dimensions: { ApiId: api.id, Stage: 'prod' } }); // error: [aws/alarm-dimension-invalid]
new aws.cloudwatch.MetricAlarm('error-rate', {
  ...alarm,
  statistic: undefined,
  metricQueries: [
    { id: 'e1', expression: 'm1 / 100', returnData: true },
    { id: 'm1', metric: { namespace: 'AWS/Lambda', metricName: 'Errors', period: 60, stat: 'Sum', dimensions: { FunctionName: fn.invokeArn } } }, // error: [aws/alarm-dimension-invalid]
  ],
});
new aws.cloudwatch.Dashboard('ops', {
  dashboardBody: pulumi.all([alb.arn, fn.name]).apply(([albArn, name]) =>
    JSON.stringify({
      widgets: [
        {
          type: 'metric',
          properties: {
            region: 'us-east-1',
            metrics: [
              ['AWS/ApplicationELB', 'RequestCount', 'LoadBalancer', albArn], // error: [aws/alarm-dimension-invalid]
              ['AWS/Lambda', 'Invocations', 'Function', name], // error: [aws/alarm-dimension-invalid]
            ],
          },
        },
      ],
    }),
  ),
});

// --- clean
new aws.cloudwatch.MetricAlarm('alb-ok', { ...alarm, namespace: 'AWS/ApplicationELB', metricName: 'UnHealthyHostCount', dimensions: { LoadBalancer: alb.arnSuffix, TargetGroup: tg.arnSuffix } });
new aws.cloudwatch.MetricAlarm('fn-ok', { ...alarm, namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: { FunctionName: fn.name } });
new aws.cloudwatch.MetricAlarm('api-ok', { ...alarm, namespace: 'AWS/ApiGateway', metricName: '5XXError', dimensions: { ApiName: api.name, Stage: 'prod' } });
new aws.cloudwatch.MetricAlarm('custom', { ...alarm, namespace: 'Orders/Service', metricName: 'Failures', dimensions: { Anything: fn.arn } });
new aws.cloudwatch.Dashboard('ops-ok', {
  dashboardBody: pulumi.all([alb.arnSuffix, fn.name]).apply(([suffix, name]) =>
    JSON.stringify({
      widgets: [
        {
          type: 'metric',
          properties: {
            region: 'us-east-1',
            metrics: [
              ['AWS/ApplicationELB', 'RequestCount', 'LoadBalancer', suffix],
              ['.', 'TargetResponseTime', '.', '.'],
              ['AWS/Lambda', 'Invocations', 'FunctionName', name, 'Resource', name],
            ],
          },
        },
      ],
    }),
  ),
});

// --- unknown
new aws.cloudwatch.MetricAlarm('from-config', { ...alarm, namespace: config.require('namespace'), metricName: 'Errors', dimensions: { Function: fn.name } });
new aws.cloudwatch.MetricAlarm('external', { ...alarm, namespace: 'AWS/ApplicationELB', metricName: 'RequestCount', dimensions: { LoadBalancer: config.require('albSuffix') } });
// An ARN turned into a dimension value inside apply: what the callback computes is not known.
const albTail = alb.arn.apply((arn) => arn.split(':').pop()!);
new aws.cloudwatch.MetricAlarm('derived', { ...alarm, namespace: 'AWS/ApplicationELB', metricName: 'RequestCount', dimensions: { LoadBalancer: albTail } }); // todo-error: [aws/alarm-dimension-invalid]
