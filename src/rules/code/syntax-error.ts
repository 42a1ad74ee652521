import { reportDiagnostics } from '../_shared/diagnostics.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'code/syntax-error',
  class: 'CODE-TYPE-COMPILE',
  severity: 'high',
  category: 'code',
  resourceTypes: [],
  messages: { diagnostic: '{{message}}' },
  title: 'Code that does not parse',
  fixHint: 'Fix the syntax at the marked position; a truncated answer usually needs the rest of the file.',
  docs: {
    summary: 'A program file does not parse (TypeScript/JavaScript or Python syntax error).',
    why: 'A program that does not parse cannot be run by `pulumi up` at all: nothing is deployed. stacklint still analyses what it could recover, so later findings may concern code that never runs.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst bucket = new aws.s3.BucketV2('logs', {\n  forceDestroy: true,\n}));\nexport const name = bucket.bucket;\n`,
      py: `import pulumi_aws as aws\nbucket = aws.s3.BucketV2("logs",\n    force_destroy=True\n\naws.sns.Topic("alerts")\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst bucket = new aws.s3.BucketV2('logs', { forceDestroy: true });\nexport const name = bucket.bucket;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("logs", force_destroy=True)\npulumi.export("name", bucket.bucket)\n`,
    },
    notes: 'Fragments (elided code blocks in Markdown answers) are not checked: their syntax is incomplete on purpose. A file that stops inside an open bracket or block was cut off and is reported by code/truncated-code-block; an import path broken by a Python keyword by code/keyword-module-name.',
  },
  check(ctx) {
    // Files cut off mid-construct are code/truncated-code-block's (the same diagnostic code, another class).
    reportDiagnostics(ctx, ['parse/syntax-error'], (d) => d.class === 'CODE-TYPE-COMPILE');
  },
});
