import type { Value } from '../../ir/values.js';
import { arg, keySpan, num } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const FUNCTION = 'aws:lambda/function:Function';

/** Limits of the Lambda API (CreateFunction): the value range and the unit, per argument. */
const LIMITS: { path: string; name: string; min: number; max: number; unit: string }[] = [
  { path: 'timeout', name: 'timeout', min: 1, max: 900, unit: 'seconds (15 minutes)' },
  { path: 'memorySize', name: 'memorySize', min: 128, max: 10240, unit: 'MB' },
  { path: 'ephemeralStorage.size', name: 'ephemeralStorage.size', min: 512, max: 10240, unit: 'MB' },
];

export default defineRule({
  id: 'aws/lambda-sizing-out-of-range',
  class: 'LAMBDA-SIZING',
  severity: 'high',
  category: 'aws',
  resourceTypes: [FUNCTION],
  messages: {
    range: '`{{name}}: {{value}}` is outside what Lambda accepts ({{min}} to {{max}} {{unit}}): creating the function fails with a validation error. {{hint}}',
  },
  title: '{{name:arg:code}} {{value}} outside {{min}}–{{max}} {{unit}} on {{counted}}',
  fixHint: 'Lambda timeouts are 1-900 seconds; memory and ephemeral storage 128/512-10240 MB. Longer jobs belong in Step Functions, ECS or Batch.',
  docs: {
    summary: 'A Lambda function whose timeout, memory size or ephemeral storage is outside the range the Lambda API accepts.',
    why: 'Lambda rejects a function with a timeout above 900 seconds, memory below 128 MB or above 10,240 MB, or ephemeral storage outside 512-10,240 MB, so the deployment fails. Answers translate "30 minutes" or "16 GB" from a request into values the service does not allow.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nnew aws.lambda.Function('etl', { runtime: 'python3.12', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda', code: new pulumi.asset.FileArchive('./etl'), timeout: 1800 });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\naws.lambda_.Function("etl", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./etl"), memory_size=16384)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nnew aws.lambda.Function('etl', { runtime: 'python3.12', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda', code: new pulumi.asset.FileArchive('./etl'), timeout: 900 });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\naws.lambda_.Function("etl", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./etl"), memory_size=10240)\n`,
    },
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html', 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html'],
    notes: 'Only known numbers are judged. Values inside the range but unsuited to the workload are a question of the request (LAMBDA-SIZING with PROMPT.md).',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const l of LIMITS) {
        const v: Value | undefined = arg(r, l.path);
        const value = num(v);
        if (value === undefined || (value >= l.min && value <= l.max)) continue;
        const hint = l.path === 'timeout' && value > l.max ? 'Work that runs longer than 15 minutes needs Step Functions, ECS or Batch.' : `Use a value between ${l.min} and ${l.max}.`;
        ctx.report({ messageId: 'range', data: { name: l.name, value, min: l.min, max: l.max, unit: l.unit, hint }, at: v?.at ?? keySpan(r.args, l.path.split('.')[0]!), resource: r });
      }
    }
  },
});
