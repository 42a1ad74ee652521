import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'pulumi/output-as-object',
  class: 'PULUMI-OUTPUT-MISUSE',
  severity: 'high',
  category: 'pulumi',
  resourceTypes: [],
  messages: {
    spread: 'Output `{{source}}` is spread into an object literal or dict. Spreading an Output copies the Output object\'s own fields, not the value it will hold (Python raises TypeError: \'Output\' object is not a mapping), so the tags or properties silently disappear. Merge inside an apply: `pulumi.output(x).apply(v => ({ ...v, ...extra }))` / `x.apply(lambda v: {**v, **extra})`.',
    enumerate: 'Output `{{source}}` is passed to `{{how}}`. That enumerates the Output object\'s own fields, not the value it will hold, so the loop sees nothing useful. Enumerate inside an apply: `x.apply(v => Object.entries(v).map(...))`.',
  },
  title: {
    spread: 'Output {{source:code}} spread into an object',
    enumerate: 'Output {{source:code}} enumerated with {{how}}',
  },
  fixHint: 'Use the value inside .apply(): pulumi.output(tags).apply(t => ({ ...t, Name: n })) / tags.apply(lambda t: {**t, "Name": n}).',
  docs: {
    summary: 'An Output spread into an object literal or dict, or given to Object.keys/values/entries, as if it were the value it holds.',
    why: 'An Output is a promise-like wrapper. `{ ...output }` copies the wrapper\'s own enumerable fields (internal resources and promises) instead of the resolved value, and `Object.entries(output)` lists those fields; in Python `{**output}` raises `TypeError`. The typical case is merging tags: `{ ...pulumi.output(tags).apply(t => t), Name: "x" }` yields an object with only `Name`, so every other tag is silently dropped.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst tags = new pulumi.Config().requireObject<Record<string, string>>('tags');\nconst bucket = new aws.s3.BucketV2('data', { tags: { ...pulumi.output(tags).apply((t) => t), Name: 'data' } });\nexport const name = bucket.bucket;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbase = aws.s3.BucketV2("base", tags={"Team": "data"})\nbucket = aws.s3.BucketV2("data", tags={**base.tags, "Name": "data"})\npulumi.export("name", bucket.bucket)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst tags = new pulumi.Config().requireObject<Record<string, string>>('tags');\nconst bucket = new aws.s3.BucketV2('data', { tags: { ...tags, Name: 'data' } });\nexport const name = bucket.bucket;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbase = aws.s3.BucketV2("base", tags={"Team": "data"})\nbucket = aws.s3.BucketV2("data", tags=base.tags.apply(lambda t: {**(t or {}), "Name": "data"}))\npulumi.export("name", bucket.bucket)\n`,
    },
    references: [
      'https://www.pulumi.com/docs/iac/concepts/inputs-outputs/',
      'https://www.pulumi.com/docs/iac/concepts/inputs-outputs/apply/',
    ],
    notes: 'Reported from the model\'s `output-as-object` events: the value spread or enumerated must be known to be an Output (a resource attribute, `pulumi.output(...)`, an `apply` result, a secret). Spreads in Python calls (`f(**output)`) are not recorded yet.',
  },
  check(ctx) {
    for (const e of ctx.model.events) {
      if (e.kind !== 'output-as-object') continue;
      const source = e.source ?? 'output';
      if (e.detail === 'spread') ctx.report({ messageId: 'spread', data: { source }, at: e.at });
      else ctx.report({ messageId: 'enumerate', data: { source, how: `${e.detail ?? 'Object.entries'}()` }, at: e.at });
    }
  },
});
