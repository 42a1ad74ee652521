import type { Value } from '../../ir/values.js';
import type { ResourceModel } from '../../model/types.js';
import { resourceById } from '../_shared/resource-refs.js';
import { arg, keySpan } from '../_shared/values.js';
import { knownAbsent } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const TRAIL = 'aws:cloudtrail/trail:Trail';
const LOG_GROUP = 'aws:cloudwatch/logGroup:LogGroup';

export default defineRule({
  id: 'aws/cloudtrail-cloudwatch-logs-misconfigured',
  class: 'LOGGING-AUDIT-MISSING',
  severity: 'high',
  category: 'aws',
  resourceTypes: [TRAIL],
  messages: {
    wildcard: '`cloudWatchLogsGroupArn` is the log group\'s `arn`, which the provider returns without the `:*` suffix; CloudTrail requires the log-stream wildcard (`arn:...:log-group:<name>:*`), so creating the trail fails with InvalidCloudWatchLogsLogGroupArnException. Use `pulumi.interpolate`${logGroup.arn}:*``.',
    noRole: 'The trail sends events to a CloudWatch Logs group but has no `cloudWatchLogsRoleArn`: CloudTrail needs a role it can assume to write to the group, so creating the trail fails (InvalidCloudWatchLogsRoleArnException). Add a role trusted by cloudtrail.amazonaws.com with logs:CreateLogStream and logs:PutLogEvents on the group.',
    noGroup: 'The trail has a `cloudWatchLogsRoleArn` but no `cloudWatchLogsGroupArn`: CloudTrail rejects one without the other, so creating the trail fails. Set the log group ARN (with `:*`) as well, or drop the role.',
  },
  title: {
    wildcard: 'CloudTrail log group ARN without the `:*` suffix on {{counted}}',
    noRole: 'CloudTrail sends to CloudWatch Logs without a role ({{counted}})',
    noGroup: 'CloudTrail has a CloudWatch Logs role but no log group ({{counted}})',
  },
  fixHint: 'cloudWatchLogsGroupArn: pulumi.interpolate`${trailLogs.arn}:*`, cloudWatchLogsRoleArn: trailToLogsRole.arn.',
  docs: {
    summary: 'A CloudTrail trail whose CloudWatch Logs delivery is half-configured: the log group ARN without the `:*` wildcard, a log group without the delivery role, or a role without a log group.',
    why: 'CloudTrail delivers to CloudWatch Logs only with both a log group ARN that ends in `:*` and a role it can assume. The provider\'s `aws.cloudwatch.LogGroup.arn` has the `:*` suffix removed (other services reject it), so passing it as is fails trail creation; leaving out the role fails as well. The audit trail the stack promises is then not deployed at all.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst logs = new aws.cloudwatch.LogGroup('trail', { retentionInDays: 365 });\nconst bucket = new aws.s3.Bucket('trail-bucket');\nnew aws.cloudtrail.Trail('audit', {\n  s3BucketName: bucket.id,\n  cloudWatchLogsGroupArn: logs.arn,\n  cloudWatchLogsRoleArn: 'arn:aws:iam::123456789012:role/trail-to-logs',\n});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nlogs = aws.cloudwatch.LogGroup("trail", retention_in_days=365)\nbucket = aws.s3.Bucket("trail-bucket")\naws.cloudtrail.Trail("audit", s3_bucket_name=bucket.id, cloud_watch_logs_group_arn=logs.arn.apply(lambda arn: f"{arn}:*"))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst logs = new aws.cloudwatch.LogGroup('trail', { retentionInDays: 365 });\nconst bucket = new aws.s3.Bucket('trail-bucket');\nnew aws.cloudtrail.Trail('audit', {\n  s3BucketName: bucket.id,\n  cloudWatchLogsGroupArn: pulumi.interpolate\`\${logs.arn}:*\`,\n  cloudWatchLogsRoleArn: 'arn:aws:iam::123456789012:role/trail-to-logs',\n});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nlogs = aws.cloudwatch.LogGroup("trail", retention_in_days=365)\nbucket = aws.s3.Bucket("trail-bucket")\naws.cloudtrail.Trail("audit", s3_bucket_name=bucket.id, cloud_watch_logs_group_arn=logs.arn.apply(lambda arn: f"{arn}:*"),\n    cloud_watch_logs_role_arn="arn:aws:iam::123456789012:role/trail-to-logs")\n`,
    },
    references: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
      'https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_CreateTrail.html',
      'https://www.pulumi.com/registry/packages/aws/api-docs/cloudwatch/loggroup/#arn_nodejs',
    ],
    notes: 'The wildcard is judged when the value is the `arn` of a log group of the program, alone or followed by text that is not `:*`. The bucket policy a trail needs is s3-log-bucket-missing-policy\'s finding.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const group = arg(r, 'cloudWatchLogsGroupArn');
      const role = arg(r, 'cloudWatchLogsRoleArn');
      if (group && withoutWildcard(ctx.model, group)) ctx.report({ messageId: 'wildcard', at: group.at ?? keySpan(r.args, 'cloudWatchLogsGroupArn'), resource: r });
      if (group && !role && knownAbsent(ctx, r, 'cloudWatchLogsRoleArn')) ctx.report({ messageId: 'noRole', at: keySpan(r.args, 'cloudWatchLogsGroupArn') ?? group.at, resource: r });
      if (role && !group && knownAbsent(ctx, r, 'cloudWatchLogsGroupArn')) ctx.report({ messageId: 'noGroup', at: keySpan(r.args, 'cloudWatchLogsRoleArn') ?? role.at, resource: r });
    }
  },
});

/** The value is a log group's `arn`, alone or at the end of a string (so no `:*` follows it). */
function withoutWildcard(model: ResourceModel, v: Value): boolean {
  const last = v.kind === 'str' ? v.parts[v.parts.length - 1] : v;
  if (!last) return false;
  const ref = last.kind === 'output' && last.resource !== undefined ? { resource: last.resource, attr: last.attr } : last.kind === 'unknown' ? last.ref : undefined;
  return !!ref && ref.attr === 'arn' && resourceById(model, ref.resource)?.type === LOG_GROUP;
}
