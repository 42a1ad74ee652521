import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'pulumi/await-output',
  class: 'PULUMI-OUTPUT-MISUSE',
  severity: 'high',
  category: 'pulumi',
  resourceTypes: [],
  messages: {
    awaited: '`await` is applied to the Output `{{source}}`. An Output is not a Promise: `await` returns the Output itself without waiting, so the code after it still holds an unresolved value (and Python raises TypeError). Use `.apply(v => ...)` / `pulumi.all(...)`, or pass the Output directly as a resource input.',
  },
  title: '`await` on the Output {{source:code}}',
  fixHint: 'Replace `const v = await res.attr` with `res.attr.apply(v => ...)`, or pass `res.attr` as an input; only invoke results (aws.getX()) are Promises.',
  docs: {
    summary: '`await` on a Pulumi Output (a resource attribute), which does not wait for its value.',
    why: 'Outputs resolve during the deployment, after the program has registered its resources; they are not Promises. `await output` in TypeScript yields the same Output object (the code then treats it as a plain string and produces `[object Object]` or an Output-toString warning), and `await` on an Output in Python fails. Data-source invokes (`aws.getCallerIdentity()`) return Promises and may be awaited; resource attributes must go through `apply`.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst bucket = new aws.s3.BucketV2('data');\nasync function main() {\n  const name = await bucket.bucket;\n  return new aws.ssm.Parameter('bucket-name', { type: 'String', value: name });\n}\nmain();\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("data")\nasync def main():\n    name = await bucket.bucket\n    return aws.ssm.Parameter("bucket-name", type="String", value=name)\npulumi.export("param", main())\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst bucket = new aws.s3.BucketV2('data');\nasync function main() {\n  const identity = await aws.getCallerIdentity();\n  return new aws.ssm.Parameter('bucket-name', { type: 'String', value: bucket.bucket, description: identity.accountId });\n}\nmain();\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("data")\nparam = aws.ssm.Parameter("bucket-name", type="String", value=bucket.bucket)\npulumi.export("param", param.name)\n`,
    },
    references: ['https://www.pulumi.com/docs/iac/concepts/inputs-outputs/', 'https://www.pulumi.com/docs/iac/concepts/inputs-outputs/apply/'],
    notes: 'Awaiting an invoke result (a Promise) is fine and not reported.',
  },
  check(ctx) {
    for (const e of ctx.model.events) if (e.kind === 'output-awaited') ctx.report({ messageId: 'awaited', data: { source: e.source ?? 'output' }, at: e.at });
  },
});
