import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'code/unused-import',
  class: 'CODE-UNUSED-LINT',
  severity: 'low',
  category: 'code',
  resourceTypes: [],
  messages: {
    unused: '`{{name}}` is imported but never used. Linters (ESLint no-unused-vars, pylint unused-import) fail on it; remove the import.',
  },
  title: 'Import{{s}} {{name:code}} never used',
  fixHint: 'Remove the unused import.',
  docs: {
    summary: 'An imported name (module, package or member) that the file never uses.',
    why: 'Unused imports fail the lint step of the CI pipelines these programs run in, and often reveal a planned feature that was never built (an imported `@pulumi/random` whose password was never created).',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as random from '@pulumi/random';\nexport const topic = new aws.sns.Topic('alerts').arn;\n`,
      py: `import json\nimport pulumi\nimport pulumi_aws as aws\npulumi.export("topic", aws.sns.Topic("alerts").arn)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport type { Output } from '@pulumi/pulumi';\nexport const topic: Output<string> = new aws.sns.Topic('alerts').arn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\npulumi.export("topic", aws.sns.Topic("alerts").arn)\n`,
    },
    notes: 'Names used only in type annotations count as used. Imports in Python `__init__.py` files (re-exports) and in fragments of Markdown answers are not reported.',
  },
  check(ctx) {
    for (const u of ctx.model.unused) {
      if (u.kind !== 'import' || ctx.fileOf(u.at)?.snippet) continue;
      ctx.report({ messageId: 'unused', data: { name: u.name }, at: u.at });
    }
  },
});
