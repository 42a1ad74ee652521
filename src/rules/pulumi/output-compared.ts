import { defineRule } from '../define-rule.js';

const EQUALITY = new Set(['==', '===', '!=', '!==']);

export default defineRule({
  id: 'pulumi/output-compared',
  class: 'PULUMI-OUTPUT-MISUSE',
  severity: 'medium',
  category: 'pulumi',
  resourceTypes: [],
  messages: {
    equality: 'Output `{{source}}` is compared (`{{op}}`) with a plain value: the comparison tests the Output object, not the value it will hold, so it is always {{always}} and the code it decides never depends on the actual value. Compare inside `.apply(v => ...)`, or compare the configuration value the Output was made from.',
    ordering: 'Output `{{source}}` is compared (`{{op}}`) with a plain value: an Output is not a number or string, so the comparison does not test the value it will hold (TypeScript rejects it, Python raises TypeError). Compare inside `.apply(v => ...)`.',
  },
  title: {
    equality: 'Output {{source:code}} compared with `{{op}}` to a plain value',
    ordering: 'Output {{source:code}} compared with `{{op}}` to a plain value',
  },
  fixHint: 'const isProd = stack.apply((s) => s === "prod"); or compare the plain config value (config.require("env") === "prod") instead of an Output.',
  docs: {
    summary: 'A Pulumi Output (resource attribute, secret, stack reference output, apply result) compared with `==`, `===`, `!=`, `<`, … to a plain value.',
    why: 'An Output is a wrapper whose value is known only during the deployment. `bucket.bucket === "logs"` or `if env_output == "prod":` compares the wrapper with a string, which is never equal, so the branch is fixed when the program runs and silently ignores the real value. Conditions must use plain values (configuration, literals) or be evaluated inside `apply`.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst bucket = new aws.s3.BucketV2('data', { bucket: 'data-prod' });\nexport const isProd = bucket.bucket === 'data-prod' ? 'yes' : 'no';\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nqueue = aws.sqs.Queue("jobs", fifo_queue=True)\nif queue.fifo_queue == True:\n    pulumi.export("kind", "fifo")\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst bucket = new aws.s3.BucketV2('data', { bucket: 'data-prod' });\nexport const isProd = bucket.bucket.apply((b) => (b === 'data-prod' ? 'yes' : 'no'));\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nqueue = aws.sqs.Queue("jobs", fifo_queue=True)\npulumi.export("kind", queue.fifo_queue.apply(lambda f: "fifo" if f else "standard"))\n`,
    },
    references: ['https://www.pulumi.com/docs/iac/concepts/inputs-outputs/'],
    notes: 'Comparisons with `null`/`None`/`undefined` (presence checks) are not reported.',
  },
  check(ctx) {
    for (const e of ctx.model.events) {
      if (e.kind !== 'output-compared') continue;
      const op = e.detail ?? '==';
      const equality = EQUALITY.has(op);
      ctx.report({ messageId: equality ? 'equality' : 'ordering', data: { source: e.source ?? 'output', op, always: op.startsWith('!') ? 'true' : 'false' }, at: e.at });
    }
  },
});
