import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'code/duplicate-declaration',
  class: 'CODE-TYPE-COMPILE',
  severity: 'high',
  category: 'code',
  resourceTypes: [],
  messages: { diagnostic: '{{message}}' },
  title: 'Variable declared twice in the same scope',
  fixHint: 'Give each declaration its own name, or reuse the first one instead of declaring it again.',
  docs: {
    summary: 'A name declared twice in one scope: `const`/`let`/`class`/import twice (or a function implemented twice) in TypeScript and JavaScript, a `def`/`class` defined twice in a Python module or class.',
    why: 'Models append a second version of a declaration (`export const repositoryArns = ...` written twice, a helper pasted again with changes). TypeScript refuses to compile such a file ("Cannot redeclare block-scoped variable"), and JavaScript rejects it when it loads, so nothing is deployed. Python accepts it and silently keeps the second definition, so the first is dead code and calls may not do what the code above them expects; pylint reports it (E0102 function-redefined).',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nexport const bucket = new aws.s3.BucketV2('data');\nexport const bucket = new aws.s3.BucketV2('logs');\n`,
      py: `import pulumi\nimport pulumi_aws as aws\n\ndef make_bucket(name):\n    return aws.s3.BucketV2(name)\n\ndef make_bucket(name):\n    return aws.s3.BucketV2(name, force_destroy=True)\n\npulumi.export("bucket", make_bucket("data").id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nexport const dataBucket = new aws.s3.BucketV2('data');\nexport const logBucket = new aws.s3.BucketV2('logs');\n`,
      py: `import pulumi\nimport pulumi_aws as aws\n\ndef make_bucket(name, force_destroy=False):\n    return aws.s3.BucketV2(name, force_destroy=force_destroy)\n\npulumi.export("bucket", make_bucket("data").id)\n`,
    },
    references: [
      'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Errors/Redeclared_parameter',
      'https://pylint.readthedocs.io/en/stable/user_guide/messages/error/function-redefined.html',
    ],
    notes: 'TypeScript/JavaScript: `let`, `const`, `class` and import bindings clash with any other declaration of the name in the same block, function body (parameters included), module or `switch`; two function implementations clash in TypeScript. `var` with `var`, overload signatures, `declare`d names and merging declarations (interfaces, namespaces, enums) are not reported. Python: `def` and `class` statements directly in a module or class body; decorated ones (property setters, overloads) and definitions inside `if`/`try` are not reported. Fragments, unnamed code blocks of Markdown answers and files with syntax errors are skipped (they are often side-by-side versions of the same code). The class of a Python finding is CODE-UNUSED-LINT: the program runs, the lint step fails.',
  },
  check(ctx) {
    // Unnamed blocks and files that do not parse are often side-by-side illustrations ("before" and
    // "after" of the same class), not one program file.
    const broken = new Set(ctx.model.diagnostics.filter((d) => d.code === 'parse/syntax-error').map((d) => d.file));
    for (const d of ctx.model.diagnostics) {
      if (d.code !== 'parse/redeclared' || d.file === undefined || broken.has(d.file)) continue;
      const at = { f: d.file, s: d.start ?? 0, e: d.end ?? d.start ?? 0 };
      if (ctx.model.input.kind === 'markdown' && ctx.fileOf(at)?.nameSource === 'unnamed') continue;
      ctx.report({ messageId: 'diagnostic', data: { message: d.message }, at, severity: d.severity, ...(d.class === 'CODE-UNUSED-LINT' ? { class: 'CODE-UNUSED-LINT' as const } : {}) });
    }
  },
});
