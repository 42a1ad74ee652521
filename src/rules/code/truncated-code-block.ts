import { reportDiagnostics } from '../_shared/diagnostics.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'code/truncated-code-block',
  class: 'INCOMPLETE-TRUNCATED',
  severity: 'medium',
  category: 'code',
  resourceTypes: [],
  messages: { diagnostic: '{{message}}' },
  title: 'Code block cut off without its closing fence',
  fixHint: 'Complete the file and close the code block.',
  docs: {
    summary: 'The answer was cut off: a code block has no closing fence, or a file stops inside an open bracket, block or string.',
    why: 'Answers generated under a length limit often stop mid-file, sometimes with the fence closed after the cut (`aws.cloudwatch.MetricAlarm("errors",` and then nothing). The code after the cut is missing, so the program cannot run as given, and the files meant to follow are missing too. A test or handler block cut off at the end of the answer is reported as well: the deliverable is incomplete even when the program files are whole.',
    bad: {
      md: '## File: index.ts\n\n```typescript\nimport * as aws from \'@pulumi/aws\';\nconst bucket = new aws.s3.BucketV2(\'logs\', {\n  forceDestroy: true,\n',
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nexport const id = new aws.sns.Topic('t').id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\npulumi.export("id", aws.sns.Topic("t").id)\n`,
    },
    notes: 'A file that ends inside an open construct is reported here instead of by code/syntax-error, once per file; when its fence is open too, the fence finding stands for both. A brace missing in the middle of a file also leaves a block open at the end and is reported here: the file as given stops before its code does.',
  },
  check(ctx) {
    const fenceOpen = new Set(ctx.model.diagnostics.filter((d) => d.code === 'load/unterminated-fence').map((d) => d.file));
    reportDiagnostics(ctx, ['load/unterminated-fence', 'load/unterminated-fence-nonprogram']);
    // A file cut off mid-construct: reported once, by its open fence when it has one.
    reportDiagnostics(ctx, ['parse/syntax-error'], (d) => d.class === 'INCOMPLETE-TRUNCATED' && !fenceOpen.has(d.file));
  },
});
