import type { Resource } from '../../model/types.js';
import type { RuleContext } from '../context.js';
import { refersTo } from '../_shared/resource-refs.js';
import { arg } from '../_shared/values.js';
import { programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const VPCS = ['aws:ec2/vpc:Vpc', 'awsx:ec2:Vpc'];
const FLOW_LOG = 'aws:ec2/flowLog:FlowLog';

/**
 * Could this flow log cover the VPC? Only a flow log whose target (`vpcId`, or the older
 * `resourceId`) provably names something else cannot; one on a subnet or interface counts as covering.
 */
function mayCover(ctx: RuleContext, flowLog: Resource, vpc: Resource): boolean {
  if (flowLog.args.open || !flowLog.argsKnown) return true;
  const targets = ['vpcId', 'resourceId'].map((k) => arg(flowLog, k)).filter((v) => v !== undefined);
  return targets.length === 0 || targets.some((t) => refersTo(ctx.model, t, vpc) !== 'no');
}

export default defineRule({
  id: 'aws/vpc-without-flow-logs',
  class: 'LOGGING-AUDIT-MISSING',
  severity: 'low',
  category: 'aws',
  resourceTypes: VPCS,
  messages: {
    vpcFlowLogs: 'VPC without flow logs: nothing in the program creates an `aws.ec2.FlowLog` for it, so accepted and rejected traffic is not recorded for incident response or troubleshooting. Add a flow log to CloudWatch Logs or S3 (`trafficType: "ALL"`).',
  },
  title: 'No flow logs for {{counted}}',
  fixHint: 'Add `new aws.ec2.FlowLog(..., { vpcId: vpc.id, trafficType: "ALL", logDestination: ..., iamRoleArn: ... })`.',
  docs: {
    summary: 'A VPC for which the program creates no flow log.',
    why: 'VPC flow logs are the network audit trail of production infrastructure (AWS Foundational Security Best Practices EC2.6): without them an incident cannot be traced to the connections that carried it. A VPC records no traffic unless a flow log is created for it.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('main', { cidrBlock: '10.0.0.0/16' });\nexport const id = vpc.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("main", cidr_block="10.0.0.0/16")\npulumi.export("id", vpc.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('main', { cidrBlock: '10.0.0.0/16' });\nconst logs = new aws.cloudwatch.LogGroup('flow-logs', { retentionInDays: 30 });\nnew aws.ec2.FlowLog('main-flow-logs', {\n  vpcId: vpc.id,\n  trafficType: 'ALL',\n  logDestination: logs.arn,\n  iamRoleArn: 'arn:aws:iam::123456789012:role/flow-logs',\n});\nexport const id = vpc.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("main", cidr_block="10.0.0.0/16")\naws.ec2.FlowLog("main-flow-logs", vpc_id=vpc.id, traffic_type="ALL",\n    log_destination="arn:aws:logs:us-east-1:123456789012:log-group:flow")\npulumi.export("id", vpc.id)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-6',
    ],
    notes: 'The check is about something absent from the whole program, so it stays silent unless the model saw all of it (no missing modules, fragments or cut-off answers), and when any flow log might cover the VPC (its `vpcId`/`resourceId` cannot be resolved, or it is attached to a subnet or interface).',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    const flowLogs = ctx.model.resources.filter((r) => r.type === FLOW_LOG);
    for (const r of ctx.resources()) {
      if (!flowLogs.some((f) => mayCover(ctx, f, r))) ctx.report({ messageId: 'vpcFlowLogs', resource: r });
    }
  },
});
