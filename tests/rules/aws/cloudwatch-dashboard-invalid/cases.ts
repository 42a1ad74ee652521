import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const queue = new aws.sqs.Queue('jobs');
const table = new aws.dynamodb.Table('orders', { attributes: [{ name: 'id', type: 'S' }], hashKey: 'id', billingMode: 'PAY_PER_REQUEST' });

// --- bad
// Dimensions written as an object, the way the alarm API takes them.
new aws.cloudwatch.Dashboard('dims-object', {
  dashboardBody: queue.name.apply((name) =>
    JSON.stringify({
      widgets: [
        {
          type: 'metric',
          properties: {
            region: 'us-east-1',
            metrics: [
              ['AWS/SQS', 'NumberOfMessagesSent', { stat: 'Sum', dimensions: { QueueName: name } }], // error: [aws/cloudwatch-dashboard-invalid]
              ['.', 'NumberOfMessagesReceived', { stat: 'Sum', dimensions: { QueueName: name } }],
            ],
          },
        },
      ],
    }),
  ),
});

// A dimension name used as a rendering property, and a second options object.
new aws.cloudwatch.Dashboard('dims-as-options', {
  dashboardBody: pulumi.jsonStringify({
    widgets: [
      {
        type: 'metric',
        properties: {
          region: 'us-east-1',
          metrics: [
            ['AWS/DynamoDB', 'ConsumedReadCapacityUnits', { TableName: table.name, stat: 'Sum' }], // error: [aws/cloudwatch-dashboard-invalid]
            ['Custom/App', 'Orders', { stat: 'Sum' }, { id: 'm1' }], // error: [aws/cloudwatch-dashboard-invalid]
            ['Custom/App', 'Refunds', 'Channel'], // error: [aws/cloudwatch-dashboard-invalid]
          ],
        },
      },
    ],
  }),
});

// A metric widget without a region, and a duplicated key.
new aws.cloudwatch.Dashboard('no-region', {
  dashboardBody: JSON.stringify({
    widgets: [
      { type: 'metric', properties: { title: 'Orders', metrics: [['Custom/App', 'Orders']] } }, // error: [aws/cloudwatch-dashboard-invalid]
      {
        type: 'metric',
        properties: {
          region: 'us-east-1',
          metrics: [['Custom/App', 'Latency', { stat: 'Average', period: 300, period: 3600 }]], // error: [aws/cloudwatch-dashboard-invalid]
        },
      },
    ],
  }),
});

// Not JSON at all, and no widgets array.
new aws.cloudwatch.Dashboard('not-json', { dashboardBody: "{ widgets: [] }" }); // error: [aws/cloudwatch-dashboard-invalid]
new aws.cloudwatch.Dashboard('no-widgets', { dashboardBody: JSON.stringify({ start: '-PT6H' }) }); // error: [aws/cloudwatch-dashboard-invalid]

// A widget that looks for the queue's metrics in another region than the queue's provider.
const west = new aws.Provider('west', { region: 'us-west-2' });
const westQueue = new aws.sqs.Queue('west-jobs', {}, { provider: west });
new aws.cloudwatch.Dashboard('wrong-region', {
  dashboardBody: pulumi.jsonStringify({
    widgets: [{
      type: 'metric',
      properties: {
        region: 'us-east-1', // error: [aws/cloudwatch-dashboard-invalid]
        metrics: [['AWS/SQS', 'NumberOfMessagesSent', 'QueueName', westQueue.name]],
      },
    }],
  }),
}, { provider: west });

// JSON written as a template: the holes sit inside strings, so the structure is known.
new aws.cloudwatch.Dashboard('templated-no-region', { dashboardBody: pulumi.interpolate`{"widgets": [{"type": "metric", "properties": {"metrics": [["AWS/SQS", "NumberOfMessagesSent", "QueueName", "${queue.name}"]]}}]}` }); // error: [aws/cloudwatch-dashboard-invalid]

// --- clean
new aws.cloudwatch.Dashboard('right-region', {
  dashboardBody: pulumi.jsonStringify({
    widgets: [{ type: 'metric', properties: { region: 'us-west-2', metrics: [['AWS/SQS', 'NumberOfMessagesSent', 'QueueName', westQueue.name]] } }],
  }),
}, { provider: west });
new aws.cloudwatch.Dashboard('ok', {
  dashboardBody: pulumi.all([queue.name, table.name]).apply(([q, t]) =>
    JSON.stringify({
      widgets: [
        {
          type: 'metric',
          properties: {
            region: 'us-east-1',
            title: 'Queue',
            metrics: [
              ['AWS/SQS', 'NumberOfMessagesSent', 'QueueName', q, { stat: 'Sum', label: 'Sent' }],
              ['.', 'NumberOfMessagesReceived', '.', '.', { stat: 'Sum' }],
              ['...', { color: '#d62728', yAxis: 'right', visible: false, id: 'm3' }],
              [{ expression: 'm1 - m3', label: 'Backlog', id: 'e1' }],
            ],
          },
        },
        { type: 'metric', properties: { region: 'eu-west-1', metrics: [['AWS/DynamoDB', 'ConsumedReadCapacityUnits', 'TableName', t]] } },
        { type: 'text', properties: { markdown: '# Orders' } },
        { type: 'alarm', properties: { title: 'Alarms', alarms: ['arn:aws:cloudwatch:us-east-1:123456789012:alarm:orders'] } },
      ],
    }),
  ),
});
new aws.cloudwatch.Dashboard('empty', { dashboardBody: '{"widgets": []}' });

new aws.cloudwatch.Dashboard('templated', { dashboardBody: pulumi.interpolate`{"widgets": [{"type": "metric", "properties": {"region": "us-east-1", "metrics": [["AWS/SQS", "NumberOfMessagesSent", "QueueName", "${queue.name}"]]}}]}` });

// --- unknown
new aws.cloudwatch.Dashboard('from-config', { dashboardBody: config.require('dashboardBody') });
const widgets = config.requireObject<unknown[]>('widgets');
new aws.cloudwatch.Dashboard('spread', { dashboardBody: JSON.stringify({ widgets }) });
// A hole outside the JSON strings: the structure is not known.
new aws.cloudwatch.Dashboard('templated', { dashboardBody: pulumi.interpolate`{"widgets": ${queue.name}}` });
