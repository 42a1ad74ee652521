import { defineRule } from '../define-rule.js';
import { removeImport } from '../_shared/fixes.js';
import { PYTHON_STDLIB } from '../_shared/python-stdlib.js';

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
  fixable: true,
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
    fix: 'a one-line top-level import loses the unused name, or the whole statement when that was its only name. In Python only imports of the standard library and the Pulumi SDKs are fixed: importing a module of the program (or a package that registers something) can have effects; imports written over several lines are not fixed.',
    notes: 'Names used only in type annotations count as used. Imports in Python `__init__.py` files (re-exports) and in fragments of Markdown answers are not reported.',
  },
  check(ctx) {
    for (const u of ctx.model.unused) {
      if (u.kind !== 'import' || ctx.fileOf(u.at)?.snippet) continue;
      const edit = removeImport(ctx, u.at, u.name, (m) => PYTHON_STDLIB.has(m) || m === 'pulumi' || m.startsWith('pulumi_'));
      ctx.report({ messageId: 'unused', data: { name: u.name }, at: u.at, ...(edit ? { fix: { description: `Remove the unused import \`${u.name}\``, edits: [edit] } } : {}) });
    }
  },
});
