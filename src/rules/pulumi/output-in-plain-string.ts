import type { Fix } from '../_shared/fixes.js';
import { outputStringFix, spanKey } from '../_shared/output-string-fixes.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'pulumi/output-in-plain-string',
  class: 'PULUMI-OUTPUT-MISUSE',
  severity: 'high',
  category: 'pulumi',
  resourceTypes: [],
  messages: {
    'output-in-template': 'Output `{{source}}` is interpolated into a plain template string / f-string. An Output is not its value: the string will contain a placeholder ("Calling [toString] on an [Output<T>] is not supported"), not the ARN or name. Use `pulumi.interpolate` / `Output.concat`, or build the string inside `.apply()`.',
    'output-in-concat': 'Output `{{source}}` is concatenated with `+` into a plain string, which yields a placeholder text instead of its value. Use `pulumi.concat` / `Output.concat`, or `.apply()`.',
    'promise-in-string': '`{{source}}` is a Promise (the result of a plain invoke such as `aws.getCallerIdentity()`), not a value, and it is formatted into a plain string: the text is "[object Promise]", or "undefined" for a property read on the Promise (which TypeScript rejects). Use the invoke\'s Output form (`getCallerIdentityOutput()`) with `pulumi.interpolate`, or `.then()` / `await`.',
    'output-to-string': 'Output `{{source}}` is converted with str()/String(), which gives a placeholder text, not its value. Use `.apply()` to work with the resolved value.',
  },
  title: {
    'output-in-template': 'Output {{source:code}} formatted into a plain string',
    'output-in-concat': 'Output {{source:code}} concatenated into a plain string',
    'promise-in-string': 'Promise {{source:code}} formatted into a plain string',
    'output-to-string': 'Output {{source:code}} converted with str()/String()',
  },
  fixable: true,
  fixHint: 'TypeScript: pulumi.interpolate`arn:${x.arn}` or x.arn.apply(a => `...${a}`); Python: pulumi.Output.concat("...", x.arn) or x.arn.apply(lambda a: f"...{a}").',
  docs: {
    summary: 'An Output (resource attribute, secret config) used in a plain template literal, f-string, `+` concatenation or str().',
    why: 'Outputs resolve after deployment. Formatting one as a string does not wait for it: the result is a fixed warning text, so names, policies, environment variables and URLs built this way are wrong at deploy time, usually without an error. It is among the most common Pulumi mistakes in model-written code.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst fn = new aws.lambda.Function('fn', { runtime: 'nodejs20.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/r', code: undefined as any });\nconst logs = new aws.cloudwatch.LogGroup('fn-logs', { name: \`/aws/lambda/\${fn.name}\`, retentionInDays: 14 });\nexport const logGroup = logs.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("data")\nparam = aws.ssm.Parameter("bucket-arn", type="String", value=f"arn is {bucket.arn}")\npulumi.export("param", param.name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst fn = new aws.lambda.Function('fn', { runtime: 'nodejs20.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/r', code: undefined as any });\nconst logs = new aws.cloudwatch.LogGroup('fn-logs', { name: pulumi.interpolate\`/aws/lambda/\${fn.name}\`, retentionInDays: 14 });\nexport const logGroup = logs.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("data")\nparam = aws.ssm.Parameter("bucket-arn", type="String", value=bucket.arn.apply(lambda a: f"arn is {a}"))\npulumi.export("param", param.name)\n`,
    },
    references: ['https://www.pulumi.com/docs/concepts/inputs-outputs/'],
    fix: 'where the string is written as a resource argument or a stack export\'s value and the file imports the Pulumi SDK as a module (`import * as pulumi` / `import pulumi`; its alias is used): a TypeScript template literal gets `pulumi.interpolate` in front; `a + b` becomes `pulumi.concat(a, b)` (`pulumi.Output.concat(a, b)`); a Python f-string becomes `pulumi.Output.format(...)` with the same text and the expressions as its arguments (formatted as the f-string formats them, conversions and format specs included), and `"...".format(args)` becomes `pulumi.Output.format("...", args)`. A string used anywhere else (a logical name, a function argument, a JSON document) is left alone: there it has to be built inside `.apply()`. So is `str()` / `String()` of an Output.',
  },
  check(ctx) {
    const concats = new Map(ctx.model.events.filter((e) => e.kind === 'output-in-concat').map((e) => [spanKey(e.at), e]));
    // The `+` nested in a longer chain is fixed with the chain.
    const nested = new Set([...concats.values()].flatMap((e) => (e.operands ?? []).map(spanKey)).filter((k) => concats.has(k)));
    // One fix per written expression, however many times it runs (a loop, a helper called twice).
    const fixes = new Map<string, Fix | undefined>();
    for (const e of ctx.model.events) {
      if (e.kind !== 'output-in-template' && e.kind !== 'output-in-concat' && e.kind !== 'output-to-string') continue;
      const messageId = e.promise && e.kind !== 'output-to-string' ? 'promise-in-string' : e.kind;
      const k = spanKey(e.at);
      // `a + out + b` is one mistake: the chain is reported, not each `+` in it.
      if (e.kind === 'output-in-concat' && nested.has(k)) continue;
      const first = !fixes.has(k);
      if (first) fixes.set(k, e.kind === 'output-to-string' || nested.has(k) ? undefined : outputStringFix(ctx, e, concats));
      const fix = first ? fixes.get(k) : undefined;
      ctx.report({ messageId, data: { source: e.source ?? 'output' }, at: e.at, ...(fix ? { fix } : {}) });
    }
  },
});
