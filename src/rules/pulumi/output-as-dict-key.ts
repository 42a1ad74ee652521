import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'pulumi/output-as-dict-key',
  class: 'PULUMI-OUTPUT-MISUSE',
  severity: 'high',
  category: 'pulumi',
  resourceTypes: [],
  messages: {
    key: 'Output `{{source}}` is used as a dictionary/object key. Keys must be plain strings: the key becomes a placeholder (or raises TypeError). Build the mapping inside `.apply()`.',
  },
  title: 'Output {{source:code}} used as a dictionary key',
  fixHint: 'Build the dictionary inside x.id.apply(lambda id: {id: ...}) / pulumi.all(...).apply(...).',
  docs: {
    summary: 'An Output used as the key of a dict / computed object key.',
    why: 'Tags, environment maps and lookup tables need known string keys. An Output key is not its value; Python raises `TypeError: unhashable type` or produces a placeholder key, TypeScript produces the text "[object Object]".',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst tags = { [vpc.id as any]: 'main' };\nexport const t = tags;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nlookup = {vpc.id: "main"}\npulumi.export("vpc", vpc.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nexport const lookup = vpc.id.apply((id) => ({ [id]: 'main' }));\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\npulumi.export("lookup", vpc.id.apply(lambda i: {i: "main"}))\n`,
    },
  },
  check(ctx) {
    for (const e of ctx.model.events) if (e.kind === 'output-as-key') ctx.report({ messageId: 'key', data: { source: e.source ?? 'output' }, at: e.at });
  },
});
