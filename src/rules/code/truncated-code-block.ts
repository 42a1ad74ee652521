import { reportDiagnostics } from '../_shared/diagnostics.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'code/truncated-code-block',
  class: 'INCOMPLETE-TRUNCATED',
  severity: 'medium',
  category: 'code',
  resourceTypes: [],
  messages: { diagnostic: '{{message}}' },
  fixHint: 'Complete the file and close the code block.',
  docs: {
    summary: 'A code block of a Markdown answer has no closing fence: the answer was cut off.',
    why: 'Answers generated under a length limit often stop mid-file. The code after the cut is missing, so the program cannot run as given.',
    bad: {
      md: '## File: index.ts\n\n```typescript\nimport * as aws from \'@pulumi/aws\';\nconst bucket = new aws.s3.BucketV2(\'logs\', {\n  forceDestroy: true,\n',
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nexport const id = new aws.sns.Topic('t').id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\npulumi.export("id", aws.sns.Topic("t").id)\n`,
    },
  },
  check(ctx) {
    reportDiagnostics(ctx, ['load/unterminated-fence']);
  },
});
