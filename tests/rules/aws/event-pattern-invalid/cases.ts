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
new aws.cloudwatch.EventRule('every-minute', { scheduleExpression: 'rate(1 minutes)' }); // error: [aws/event-pattern-invalid]
new aws.cloudwatch.EventRule('every-five', { scheduleExpression: 'rate(5 minute)' }); // error: [aws/event-pattern-invalid]
new aws.cloudwatch.EventRule('nightly', { scheduleExpression: 'cron(0 2 * * *)' }); // error: [aws/event-pattern-invalid]
new aws.cloudwatch.EventRule('weekdays', { scheduleExpression: 'cron(0 9 * * MON-FRI *)' }); // error: [aws/event-pattern-invalid]
new aws.cloudwatch.EventRule('hourly-ish', { scheduleExpression: 'rate(1 hr)' }); // error: [aws/event-pattern-invalid]

new aws.cloudwatch.EventRule('contains', { eventPattern: JSON.stringify({ source: ['aws.s3'], detail: { object: { key: [{ contains: 'tmp' }] } } }) }); // error: [aws/event-pattern-invalid]
new aws.cloudwatch.EventRule('empty-source', { eventPattern: JSON.stringify({ source: [], 'detail-type': ['Object Created'] }) }); // error: [aws/event-pattern-invalid]
new aws.cloudwatch.EventRule('empty', { eventPattern: JSON.stringify({}) }); // error: [aws/event-pattern-invalid]
new aws.cloudwatch.EventRule('both-unset', { scheduleExpression: 'cron(0 12 ? * ? *)' }); // error: [aws/event-pattern-invalid]
new aws.cloudwatch.EventRule('no-trigger', { description: 'processes orders' }); // error: [aws/event-pattern-invalid]
new aws.cloudwatch.EventRule('object-pattern', { eventPattern: { source: ['aws.ec2'] } as any }); // error: [aws/event-pattern-invalid]
for (const env of ['dev', 'prod']) {
  new aws.cloudwatch.EventRule(`not-${env}`, { eventPattern: JSON.stringify({ source: ['app'], detail: { env: [{ anything_but: env }] } }) }); // error: [aws/event-pattern-invalid]
}

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

new aws.cloudwatch.EventRule('matchers', { eventPattern: JSON.stringify({ source: ['aws.s3'], detail: { key: [{ suffix: { 'equals-ignore-case': '.png' } }, { 'anything-but': { prefix: 'tmp/' } }, { wildcard: 'a*' }] } }) });

// --- unknown
new aws.cloudwatch.EventRule('configured', { eventPattern: config.require('pattern'), scheduleExpression: config.get('schedule') });
new aws.cloudwatch.EventRule('templated', { scheduleExpression: `rate(${config.requireNumber('minutes')} minutes)` });
declare const sources: string[];
new aws.cloudwatch.EventRule('spread-sources', { eventPattern: JSON.stringify({ source: [...sources] }) });
declare const ruleArgs: aws.cloudwatch.EventRuleArgs;
new aws.cloudwatch.EventRule('spread-args', { ...ruleArgs });
