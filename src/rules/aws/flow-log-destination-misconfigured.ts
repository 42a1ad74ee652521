import type { Value } from '../../ir/values.js';
import type { ResourceModel } from '../../model/types.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { arg, keySpan, str } from '../_shared/values.js';
import { knownAbsent } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const FLOW_LOG = 'aws:ec2/flowLog:FlowLog';
const BUCKETS = new Set(['aws:s3/bucket:Bucket', 'aws:s3/bucketV2:BucketV2']);
const LOG_GROUP = 'aws:cloudwatch/logGroup:LogGroup';

export default defineRule({
  id: 'aws/flow-log-destination-misconfigured',
  class: 'LOGGING-AUDIT-MISSING',
  severity: 'high',
  category: 'aws',
  resourceTypes: [FLOW_LOG],
  messages: {
    noRole: 'The flow log delivers to CloudWatch Logs but has no `iamRoleArn`: EC2 needs a role to publish to the log group (DeliverLogsPermissionArn), so creating the flow log fails. Add a role trusted by vpc-flow-logs.amazonaws.com with logs:CreateLogStream, logs:PutLogEvents and logs:DescribeLogStreams.',
    notArn: '`logDestination` is {{what}}, but the flow log needs the destination\'s ARN: creating it fails (InvalidParameter: LogDestination must be an ARN). Use `{{fix}}`.',
    noDestination: 'The flow log names no destination (`logDestination` or `logGroupName`): creating it fails. Point it at an S3 bucket ARN (`logDestinationType: "s3"`) or a log group ARN.',
  },
  title: {
    noRole: 'Flow log to CloudWatch Logs without a role ({{counted}})',
    notArn: 'Flow log destination is {{what}}, not an ARN',
    noDestination: 'Flow log without a destination ({{counted}})',
  },
  fixHint: 'S3: { logDestinationType: "s3", logDestination: bucket.arn }; CloudWatch Logs: { logDestination: logGroup.arn, iamRoleArn: flowLogsRole.arn }.',
  docs: {
    summary: 'A VPC flow log that cannot be created: CloudWatch Logs delivery without `iamRoleArn`, a destination given by name or id instead of ARN, or no destination at all.',
    why: 'Flow logs to CloudWatch Logs (the default destination type) need a role EC2 can assume to write the log streams; flow logs to S3 need the bucket ARN, not its name (`bucket.id` and `bucket.bucket` are names). Without them CreateFlowLogs fails, and the network logging the stack is meant to have is not deployed. Generated code mixes the two shapes (a bucket name with the S3 type, a log group without the role).',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('main', { cidrBlock: '10.0.0.0/16' });\nconst logs = new aws.cloudwatch.LogGroup('flow', { retentionInDays: 30 });\nnew aws.ec2.FlowLog('flow', { vpcId: vpc.id, trafficType: 'ALL', logDestination: logs.arn });\n`,
      py: `import pulumi_aws as aws\nvpc = aws.ec2.Vpc("main", cidr_block="10.0.0.0/16")\nbucket = aws.s3.Bucket("flow-logs")\naws.ec2.FlowLog("flow", vpc_id=vpc.id, traffic_type="ALL", log_destination_type="s3", log_destination=bucket.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('main', { cidrBlock: '10.0.0.0/16' });\nconst logs = new aws.cloudwatch.LogGroup('flow', { retentionInDays: 30 });\nnew aws.ec2.FlowLog('flow', { vpcId: vpc.id, trafficType: 'ALL', logDestination: logs.arn, iamRoleArn: 'arn:aws:iam::123456789012:role/flow-logs' });\n`,
      py: `import pulumi_aws as aws\nvpc = aws.ec2.Vpc("main", cidr_block="10.0.0.0/16")\nbucket = aws.s3.Bucket("flow-logs")\naws.ec2.FlowLog("flow", vpc_id=vpc.id, traffic_type="ALL", log_destination_type="s3", log_destination=bucket.arn)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-cwl.html',
      'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-s3.html',
      'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateFlowLogs.html',
    ],
    notes: 'Only flow logs written out in full are judged for missing arguments. Kinesis Data Firehose destinations are not judged for a role (they use a service-linked role).',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const typeV = arg(r, 'logDestinationType');
      const type = typeV ? str(typeV) : 'cloud-watch-logs';
      if (type === undefined) continue;
      const dest = arg(r, 'logDestination');
      const group = arg(r, 'logGroupName');
      if (!dest && !group) {
        if (knownAbsent(ctx, r, 'logDestination') && knownAbsent(ctx, r, 'logGroupName')) ctx.report({ messageId: 'noDestination', resource: r });
        continue;
      }
      if (dest) {
        const wrong = notArn(ctx.model, dest, type);
        if (wrong) ctx.report({ messageId: 'notArn', data: wrong, at: dest.at ?? keySpan(r.args, 'logDestination'), resource: r });
      }
      if (type === 'cloud-watch-logs' && knownAbsent(ctx, r, 'iamRoleArn') && knownAbsent(ctx, r, 'deliverCrossAccountRole')) {
        ctx.report({ messageId: 'noRole', at: keySpan(r.args, dest ? 'logDestination' : 'logGroupName') ?? r.at, resource: r });
      }
    }
  },
});

/** A destination given as a bucket or log group name, or a literal that is not an ARN. */
function notArn(model: ResourceModel, v: Value, type: string): { what: string; fix: string } | undefined {
  const s = str(v);
  if (s !== undefined) return s.startsWith('arn:') ? undefined : { what: `\`${s}\` (not an ARN)`, fix: type === 's3' ? 'arn:aws:s3:::<bucket>' : 'the log group ARN' };
  const src = referencedResource(model, v);
  const attr = v.kind === 'output' ? v.attr : undefined;
  if (!src || !attr || attr === 'arn') return undefined;
  if (BUCKETS.has(src.type) && (attr === 'id' || attr === 'bucket')) return { what: `the bucket's \`${attr}\` (its name)`, fix: 'bucket.arn' };
  if (src.type === LOG_GROUP && (attr === 'id' || attr === 'name')) return { what: `the log group's \`${attr}\` (its name)`, fix: 'logGroup.arn' };
  return undefined;
}
