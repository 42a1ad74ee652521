import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const YEARS = 7;

// --- bad
new aws.cloudwatch.LogGroup('audit', { name: '/app/audit', retentionInDays: YEARS * 365 }); // error: [aws/log-group-retention-invalid]
for (const [name, days] of [['api', 30], ['jobs', 45]] as const) { // error: [aws/log-group-retention-invalid]
  new aws.cloudwatch.LogGroup(name, { name: `/app/${name}`, retentionInDays: days });
}

// --- clean
new aws.cloudwatch.LogGroup('ok', { name: '/app/ok', retentionInDays: 2557 });
new aws.cloudwatch.LogGroup('never', { name: '/app/never', retentionInDays: 0 });

// --- unknown
new aws.cloudwatch.LogGroup('configured', { name: '/app/configured', retentionInDays: config.requireNumber('days') });
