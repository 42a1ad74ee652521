import { arg, keySpan, num } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const LOG_GROUP = 'aws:cloudwatch/logGroup:LogGroup';

/** The values CloudWatch Logs accepts for a retention period (PutRetentionPolicy); 0 is the provider's "never expire". */
const ALLOWED = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

function nearest(days: number): number {
  return ALLOWED.reduce((best, v) => (Math.abs(v - days) < Math.abs(best - days) || (Math.abs(v - days) === Math.abs(best - days) && v > best) ? v : best), ALLOWED[0]!);
}

export default defineRule({
  id: 'aws/log-group-retention-invalid',
  class: 'LOG-RETENTION',
  severity: 'high',
  category: 'aws',
  resourceTypes: [LOG_GROUP],
  messages: {
    invalid: '`retentionInDays: {{days}}` is not a retention CloudWatch Logs accepts: creating the log group fails with "Value \'{{days}}\' at \'retentionInDays\' failed to satisfy constraint". Use one of the allowed values, e.g. {{nearest}}.',
  },
  title: 'Log retention of {{days}} days is not a value CloudWatch accepts ({{counted}})',
  fixHint: 'Allowed values: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 (7 years is 2557, not 2555).',
  docs: {
    summary: 'A CloudWatch log group whose `retentionInDays` is not one of the values the service accepts (e.g. 2555 for "7 years").',
    why: 'CloudWatch Logs only accepts a fixed list of retention periods. Answers compute a period from a requirement ("7 years" = 2555 days, "6 months" = 183) and the log group fails to deploy; the nearest allowed values are 2557 and 180.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.cloudwatch.LogGroup('audit', { name: '/app/audit', retentionInDays: 2555 });\n`,
      py: `import pulumi_aws as aws\naws.cloudwatch.LogGroup("audit", name="/app/audit", retention_in_days=45)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.cloudwatch.LogGroup('audit', { name: '/app/audit', retentionInDays: 2557 });\n`,
      py: `import pulumi_aws as aws\naws.cloudwatch.LogGroup("audit", name="/app/audit", retention_in_days=60)\n`,
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html'],
    notes: 'Only known numbers are judged; 0 (the provider\'s "never expire") is lifecycle/log-group-without-retention\'s finding.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const v = arg(r, 'retentionInDays');
      const days = num(v);
      if (days === undefined || days === 0 || ALLOWED.includes(days)) continue;
      ctx.report({ messageId: 'invalid', data: { days, nearest: nearest(days) }, at: v?.at ?? keySpan(r.args, 'retentionInDays'), resource: r });
    }
  },
});
