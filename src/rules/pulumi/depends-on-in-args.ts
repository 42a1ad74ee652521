import { keySpan } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'pulumi/depends-on-in-args',
  class: 'PULUMI-DEPENDS-ON',
  severity: 'high',
  category: 'pulumi',
  resourceTypes: [],
  messages: {
    inArgs: '`{{written}}` is passed among the resource arguments of this {{type}}, not in its options. No resource has such an argument: TypeScript rejects the object literal and Python raises TypeError (unexpected keyword argument), and even where it slips through the dependency is ignored. Move it to the options: `{ dependsOn: [...] }` / `opts=ResourceOptions(depends_on=[...])`.',
  },
  fixHint: "new aws.x.Y(name, { ...args }, { dependsOn: [other] }) / aws.x.Y(name, ..., opts=pulumi.ResourceOptions(depends_on=[other]))",
  docs: {
    summary: '`dependsOn` / `depends_on` written among the resource arguments instead of the resource options.',
    why: '`dependsOn` is a resource option, the third constructor argument in TypeScript and `opts=ResourceOptions(...)` in Python. Written in the arguments object or as a keyword argument it is not an option: TypeScript reports an excess property, Python fails with `TypeError: __init__() got an unexpected keyword argument \'depends_on\'`, and the ordering the author wanted (log group before function, permission before notification) never exists.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst logs = new aws.cloudwatch.LogGroup('fn-logs', { name: '/aws/lambda/fn', retentionInDays: 14 });\nconst queue = new aws.sqs.Queue('q', { dependsOn: [logs] } as any);\nexport const url = queue.url;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nlogs = aws.cloudwatch.LogGroup("fn-logs", name="/aws/lambda/fn", retention_in_days=14)\nqueue = aws.sqs.Queue("q", visibility_timeout_seconds=60, depends_on=[logs])\npulumi.export("url", queue.url)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst logs = new aws.cloudwatch.LogGroup('fn-logs', { name: '/aws/lambda/fn', retentionInDays: 14 });\nconst queue = new aws.sqs.Queue('q', {}, { dependsOn: [logs] });\nexport const url = queue.url;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nlogs = aws.cloudwatch.LogGroup("fn-logs", name="/aws/lambda/fn", retention_in_days=14)\nqueue = aws.sqs.Queue("q", visibility_timeout_seconds=60, opts=pulumi.ResourceOptions(depends_on=[logs]))\npulumi.export("url", queue.url)\n`,
    },
    references: ['https://www.pulumi.com/docs/iac/concepts/resources/options/dependson/'],
    notes: 'No AWS resource has a top-level `dependsOn` argument (ECS container definitions have one, nested inside the JSON), so the key is always misplaced.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      // A name that is an object means the call lost an argument (`new X(..., {...}, opts)` in an
      // excerpt): the options were read as the arguments.
      if (r.isProvider || !r.args.props.has('dependsOn') || r.name.kind === 'obj' || r.name.kind === 'list') continue;
      const written = r.args.keys?.get('dependsOn')?.written ?? 'dependsOn';
      ctx.report({ messageId: 'inArgs', data: { written, type: r.typePath }, at: keySpan(r.args, 'dependsOn') ?? r.args.props.get('dependsOn')?.at, resource: r });
    }
  },
});
