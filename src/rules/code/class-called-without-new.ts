import { textOf } from '../_shared/fixes.js';
import { spanKey } from '../_shared/spans.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'code/class-called-without-new',
  class: 'CODE-TYPE-COMPILE',
  severity: 'high',
  category: 'code',
  resourceTypes: [],
  messages: {
    typescript: '`{{name}}` is a class and is called here without `new`: TypeScript does not compile the program ("Value of type \'typeof {{short}}\' is not callable. Did you mean to include \'new\'?"), and at run time the call throws "Class constructor {{short}} cannot be invoked without \'new\'", so nothing is deployed. Write `new {{name}}(...)`.',
    javascript: '`{{name}}` is a class and is called here without `new`: the call throws "Class constructor {{short}} cannot be invoked without \'new\'" when this line runs, and the deployment stops. Write `new {{name}}(...)`.',
  },
  title: {
    typescript: 'Class {{name:code}} called without new',
    javascript: 'Class {{name:code}} called without new',
  },
  fixHint: 'Put `new` before the class: `new aws.s3.Bucket("name", {...})`, `new pulumi.Config()`.',
  fixable: true,
  docs: {
    summary: 'A TypeScript or JavaScript program calls a class like a function: a resource class (`aws.s3.Bucket("b", {...})`), an SDK class (`pulumi.Config()`, `pulumi.asset.FileArchive("./app")`) or one of the program\'s own classes, without `new`.',
    why: 'In Python a class is constructed by calling it, and answers carry the habit into TypeScript. TypeScript refuses the call (TS2348 "Value of type \'typeof Bucket\' is not callable. Did you mean to include \'new\'?"), and JavaScript throws a TypeError ("Class constructor Bucket cannot be invoked without \'new\'"), so nothing is deployed.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = pulumi.Config();\nconst queue = aws.sqs.Queue('jobs', { visibilityTimeoutSeconds: config.getNumber('timeout') ?? 30 });\nexport const url = queue.url;\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = new pulumi.Config();\nconst queue = new aws.sqs.Queue('jobs', { visibilityTimeoutSeconds: config.getNumber('timeout') ?? 30 });\nexport const url = queue.url;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nconfig = pulumi.Config()\nqueue = aws.sqs.Queue("jobs", visibility_timeout_seconds=config.get_int("timeout") or 30)\npulumi.export("url", queue.url)\n`,
    },
    references: ['https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Errors/Cant_call_class_constructor_without_new', 'https://www.pulumi.com/docs/iac/concepts/resources/'],
    notes: 'Judged: calls whose callee is known to be a class: a resource class of a provider package, `pulumi.Config`, `pulumi.StackReference`, `pulumi.ComponentResource`, the `pulumi.asset` classes, or a class the program declares. Python files are not judged (calling the class is how Python constructs). Callees whose value is unknown (a parameter, a factory) are not judged.',
    fix: 'inserts `new ` before the call; the arguments are left as they are.',
  },
  check(ctx) {
    const seen = new Set<string>();
    for (const e of ctx.model.events) {
      if (e.kind !== 'class-without-new' || !e.detail) continue;
      const file = ctx.fileOf(e.at);
      if (!file || file.language === 'python') continue;
      const key = spanKey(e.at);
      if (seen.has(key)) continue;
      seen.add(key);
      const short = e.detail.slice(e.detail.lastIndexOf('.') + 1);
      const text = textOf(ctx, e.at);
      const edits = text !== undefined && /^[A-Za-z_$][\w$]*(\s*\.\s*[A-Za-z_$][\w$]*)*\s*\(/.test(text) ? [{ at: { f: e.at.f, s: e.at.s, e: e.at.s }, text: 'new ' }] : undefined;
      const fix = edits && { description: `Add \`new\` before \`${short}\``, edits };
      ctx.report({ messageId: file.language === 'javascript' ? 'javascript' : 'typescript', data: { name: e.detail, short }, at: e.at, ...(fix ? { fix } : {}) });
    }
  },
});
