import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const bucket = new aws.s3.BucketV2('uploads');

// --- bad
new aws.cloudwatch.EventRule('api-calls', {
  eventPattern: JSON.stringify({
    source: ['aws.s3'],
    detailType: ['AWS API Call via CloudTrail'], // error: [aws/event-pattern-invalid]
  }),
});
new aws.cloudwatch.EventRule('state-change', {
  eventPattern: JSON.stringify({
    source: 'aws.ec2', // error: [aws/event-pattern-invalid]
    'detail-type': ['EC2 Instance State-change Notification'],
    detail: {
      state: 'stopped', // error: [aws/event-pattern-invalid]
      'instance-id': { exists: true }, // error: [aws/event-pattern-invalid]
    },
  }),
});
new aws.cloudwatch.EventRule('every-minute', { scheduleExpression: 'rate(1 minute)' }); // error: [aws/event-pattern-invalid]
new aws.cloudwatch.EventRule('every-five', { scheduleExpression: 'rate(5 minutes)' }); // error: [aws/event-pattern-invalid]
new aws.cloudwatch.EventRule('nightly', { scheduleExpression: 'cron(0 2 * * *)' }); // error: [aws/event-pattern-invalid]
new aws.cloudwatch.EventRule('weekdays', { scheduleExpression: 'cron(0 9 * * MON-FRI *)' }); // error: [aws/event-pattern-invalid]
new aws.cloudwatch.EventRule('hourly-ish', { scheduleExpression: 'rate(1 hr)' }); // error: [aws/event-pattern-invalid]

// --- clean
new aws.cloudwatch.EventRule('uploads', {
  eventPattern: pulumi.jsonStringify({
    source: ['aws.s3'],
    'detail-type': ['Object Created'],
    detail: {
      bucket: { name: [bucket.bucket] },
      object: { key: [{ prefix: 'incoming/' }], size: [{ numeric: ['>', 0] }] },
      reason: [{ exists: true }],
    },
  }),
});
new aws.cloudwatch.EventRule('either', { eventPattern: JSON.stringify({ source: ['aws.ec2'], $or: [{ 'detail-type': ['A'] }, { detail: { state: ['stopped'] } }] }) });
new aws.cloudwatch.EventRule('literal', { eventPattern: '{"source": ["aws.ec2"], "account": ["123456789012"], "resources": [{"prefix": "arn:aws:ec2"}]}' });
new aws.cloudwatch.EventRule('rate-ok', { scheduleExpression: 'rate(1 minute)' });
new aws.cloudwatch.EventRule('rate-plural', { scheduleExpression: 'rate(12 hours)' });
new aws.cloudwatch.EventRule('cron-ok', { scheduleExpression: 'cron(0 9 ? * MON-FRI *)' });

// --- unknown
new aws.cloudwatch.EventRule('configured', { eventPattern: config.require('pattern'), scheduleExpression: config.get('schedule') });
new aws.cloudwatch.EventRule('templated', { scheduleExpression: `rate(${config.requireNumber('minutes')} minutes)` });
