import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'pulumi/output-in-invoke-args',
  class: 'PULUMI-OUTPUT-MISUSE',
  severity: 'high',
  category: 'pulumi',
  resourceTypes: [],
  messages: {
    invoke: '`{{fn}}` receives an Output or Promise (`{{source}}`) but takes plain values: TypeScript does not compile, and at run time the argument holds a placeholder, not the value. Use the Output form (`{{fn}}Output`), which accepts Outputs, or call it inside `.apply()`.',
    invokePy: '`{{fn}}` receives an Output (`{{source}}`) but takes plain values: a plain invoke cannot wait for an Output, so the call fails when the program runs. Use the Output form (`{{fn}}_output`), which accepts Outputs, or call it inside `.apply()`.',
  },
  title: '{{fn:code}} called with the Output {{source:code}}',
  fixHint: 'aws.ec2.getSubnetsOutput({ filters: [{ name: "vpc-id", values: [vpc.id] }] }) / aws.ec2.get_subnets_output(...).',
  docs: {
    summary: 'An Output or Promise passed to a data-source function that only takes plain values (not its `...Output` form).',
    why: 'Plain invokes (`aws.ec2.getSubnets`, `aws.ec2.get_subnets`) run before Outputs resolve; their arguments are not `Input`s. A resource attribute or a Promise from another invoke in their arguments is a type error in TypeScript and a wrong value at run time. The `Output` variants exist for exactly this.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nexport const subnets = aws.ec2.getSubnets({ filters: [{ name: 'vpc-id', values: [vpc.id as any] }] }).then((s) => s.ids);\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nsubnets = aws.ec2.get_subnets(filters=[aws.ec2.GetSubnetsFilterArgs(name="vpc-id", values=[vpc.id])])\npulumi.export("subnets", subnets.ids)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nexport const subnets = aws.ec2.getSubnetsOutput({ filters: [{ name: 'vpc-id', values: [vpc.id] }] }).ids;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nsubnets = aws.ec2.get_subnets_output(filters=[aws.ec2.GetSubnetsFilterArgs(name="vpc-id", values=[vpc.id])])\npulumi.export("subnets", subnets.ids)\n`,
    },
    references: ['https://www.pulumi.com/docs/iac/concepts/functions/provider-functions/', 'https://github.com/pulumi/pulumi/issues/5176'],
  },
  check(ctx) {
    for (const e of ctx.model.events) {
      if (e.kind !== 'output-in-invoke-args') continue;
      const py = ctx.fileOf(e.at)?.language === 'python';
      const fn = e.detail ?? 'the function';
      // The model names functions by their TypeScript member names; Python spells them snake_case.
      const shown = py ? fn.replace(/[^.]+$/, (m) => m.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)) : fn;
      ctx.report({ messageId: py ? 'invokePy' : 'invoke', data: { fn: shown, source: e.source ?? 'output' }, at: e.at });
    }
  },
});
