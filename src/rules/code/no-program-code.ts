import { reportDiagnostics } from '../_shared/diagnostics.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'code/no-program-code',
  class: 'INCOMPLETE-TRUNCATED',
  severity: 'high',
  category: 'code',
  resourceTypes: [],
  messages: { diagnostic: '{{message}}' },
  title: 'Answer contains no program code',
  fixHint: 'Provide the Pulumi program in TypeScript, JavaScript or Python: its files (or project directory) on the command line, or fenced code blocks in a Markdown answer.',
  docs: {
    summary: 'The input (usually a Markdown answer) contains no TypeScript, JavaScript or Python program code.',
    why: 'An answer without program code delivers no infrastructure: it only describes it. Nothing can be deployed, tested or reviewed as code.',
    bad: {
      md: `# Solution\n\nCreate an S3 bucket with versioning and a KMS key, then export its name.\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nexport const topic = new aws.sns.Topic('alerts').arn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\npulumi.export("topic", aws.sns.Topic("alerts").arn)\n`,
    },
    notes: 'An answer whose only code is a CI pipeline definition (GitHub Actions, GitLab CI, a CodeBuild buildspec) gets this finding at low severity: its request may have asked for the pipeline alone, which the answer cannot show.',
  },
  check(ctx) {
    reportDiagnostics(ctx, ['load/no-code']);
  },
});
