import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const queue = new aws.sqs.Queue('audit');

// --- bad
new aws.cloudwatch.EventRule('hourly-report', { scheduleExpression: 'rate(1 hour)' }); // error: [aws/event-rule-without-target]

class Watchers extends pulumi.ComponentResource {
  constructor(name: string, sources: string[]) {
    super('acme:events:Watchers', name, {}, {});
    for (const source of sources) {
      new aws.cloudwatch.EventRule(`${name}-${source}`, { eventPattern: JSON.stringify({ source: [`aws.${source}`] }) }, { parent: this }); // error: [aws/event-rule-without-target]
    }
  }
}
new Watchers('watch', ['ec2', 'rds']);

// --- clean
const audit = new aws.cloudwatch.EventRule('audit', { eventPattern: JSON.stringify({ source: ['aws.iam'] }) });
new aws.cloudwatch.EventTarget('audit', { rule: audit.name, arn: queue.arn });
new aws.cloudwatch.EventRule('named', { name: 'cleanup-nightly', scheduleExpression: 'cron(0 2 * * ? *)' });
new aws.cloudwatch.EventTarget('named', { rule: 'cleanup-nightly', arn: queue.arn });

// --- unknown
new aws.cloudwatch.EventRule('deploys', { name: `deploys-${config.require('env')}`, eventPattern: JSON.stringify({ source: ['aws.codedeploy'] }) });
new aws.cloudwatch.EventTarget('deploys', { rule: 'deploys-prod', arn: queue.arn });
