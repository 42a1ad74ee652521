import { reportDiagnostics } from '../_shared/diagnostics.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'code/explicit-any',
  class: 'CODE-TYPE-COMPILE',
  severity: 'low',
  category: 'code',
  resourceTypes: [],
  messages: { diagnostic: '{{message}}' },
  title: 'Explicit `any` types in the TypeScript code',
  fixHint: 'Type the values: `pulumi.Input<string>`, `aws.ec2.Vpc`, an interface for component arguments, or `unknown` where the type is genuinely open.',
  docs: {
    summary: 'A TypeScript file (program or Lambda handler) that writes the `any` type (annotations, `as any`, `any[]`, `Record<string, any>`); one finding per file.',
    why: 'With `any` the compiler checks nothing about such values, so a wrong property or an Output used as a string goes through unnoticed, and typescript-eslint\'s recommended configuration (no-explicit-any) fails the lint step the projects run.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nfunction tagsFor(env: any): any {\n  return { Environment: env };\n}\nexport const bucket = new aws.s3.BucketV2('data', { tags: tagsFor('dev') }).bucket;\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nfunction tagsFor(env: string): Record<string, string> {\n  return { Environment: env };\n}\nexport const bucket = new aws.s3.BucketV2('data', { tags: tagsFor('dev') }).bucket;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfrom typing import Any\n\ndef tags_for(env: Any) -> dict:\n    return {"Environment": env}\n\npulumi.export("bucket", aws.s3.BucketV2("data", tags=tags_for("dev")).bucket)\n`,
    },
    references: ['https://typescript-eslint.io/rules/no-explicit-any/'],
    notes: 'TypeScript files only (JavaScript has no types; Python\'s `Any` is not reported). Lambda handler files shipped as assets are read too: they are not evaluated, but the project compiles and lints them (a handler needs no imports, so only handler excerpts with elided code or without a path are skipped). Other fragments are skipped. One finding per file, at the first `any`, with the count.',
  },
  check(ctx) {
    reportDiagnostics(ctx, ['parse/explicit-any']);
  },
});
