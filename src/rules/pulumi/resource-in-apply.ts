import { resourceLabel } from '../_shared/labels.js';
import { resourceById } from '../_shared/resource-refs.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'pulumi/resource-in-apply',
  class: 'PULUMI-OUTPUT-MISUSE',
  severity: 'medium',
  category: 'pulumi',
  resourceTypes: [],
  messages: {
    inApply: '{{name}} is created inside an `apply` callback on an Output of {{source}}: the callback only runs once that value is known, so on a first `pulumi preview` the resource is not shown at all, its own outputs cannot be used outside the callback except as nested Outputs, and Pulumi cannot plan its replacement or deletion with the rest of the stack. Create it outside the callback and pass that Output to it as an input.',
  },
  title: '{{counted}} created inside an apply on {{source}}',
  fixHint: 'new aws.ec2.Route("r", { routeTableId: table.id, natGatewayId: nat.id }) instead of nat.id.apply(id => new aws.ec2.Route("r", { natGatewayId: id, ... })).',
  docs: {
    summary: 'A resource constructed inside the `apply` (or `.then`) callback of another resource\'s Output.',
    why: 'Resource inputs accept Outputs directly; wrapping the constructor in `apply` to get at a plain value is a common mistake in generated code. The callback runs only when the Output resolves, which for a resource that does not exist yet is after the preview: `pulumi preview` shows nothing for it, the resource appears or disappears depending on whether values are known, and nothing outside the callback can depend on it cleanly. Pulumi documents this as an anti-pattern. Callbacks on data source results (`getAvailabilityZones().then(...)`) and configuration are not reported: those values are known during the preview.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nvpc.id.apply((id) => new aws.ec2.Subnet('app', { vpcId: id, cidrBlock: '10.0.1.0/24' }));\n`,
      py: `import pulumi_aws as aws\nbucket = aws.s3.BucketV2("data")\nbucket.arn.apply(lambda arn: aws.ssm.Parameter("bucket-arn", type="String", value=arn))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nnew aws.ec2.Subnet('app', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24' });\n`,
      py: `import pulumi_aws as aws\nbucket = aws.s3.BucketV2("data")\naws.ssm.Parameter("bucket-arn", type="String", value=bucket.arn)\n`,
    },
    references: [
      'https://www.pulumi.com/docs/iac/concepts/inputs-outputs/apply/',
      'https://github.com/pulumi/pulumi/issues/5294',
    ],
    notes: 'Only callbacks on Outputs built from resources of the program are considered (their values are unknown in a first preview). Each resource is reported where its constructor is.',
  },
  check(ctx) {
    for (const r of ctx.model.resources) {
      if (!r.inApply || !r.applyResources?.length) continue;
      const source = resourceById(ctx.model, r.applyResources[0]);
      if (!source) continue;
      ctx.report({ messageId: 'inApply', data: { name: resourceLabel(r), source: resourceLabel(source) }, resource: r });
    }
  },
});
