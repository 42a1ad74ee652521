import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'code/unresolved-local-import',
  class: 'CODE-IMPORT-MODULE',
  severity: 'high',
  category: 'code',
  resourceTypes: [],
  messages: {
    missing: 'The program imports `{{module}}`, but no file of the answer provides it: the program stops at this import ("Cannot find module" / ModuleNotFoundError) before creating anything. Include the module, or fix the import path.',
  },
  fixHint: 'Provide every local module the program imports, at the path the import names (relative to the importing file in TypeScript, to the project root or package in Python).',
  docs: {
    summary: 'An import of a local module (a relative TypeScript path, a Python module of the program\'s own packages) that is not among the program\'s files.',
    why: 'Answers often split a stack into modules and then leave some of them out, or import them under another name than the one they are given. The program fails at start-up, so nothing is deployed. The evaluator already resolves an import to a unique file with the same base name when the path is only slightly off; what remains is really missing.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport { createNetwork } from './network';\nconst net = createNetwork();\nexport const vpcId = net.vpc.id;\nexport const bucket = new aws.s3.BucketV2('b').id;\n`,
      py: `import pulumi\nfrom .network import create_network\nnet = create_network()\npulumi.export("vpc_id", net.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nexport const bucket = new aws.s3.BucketV2('b').id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("b")\npulumi.export("bucket", bucket.id)\n`,
    },
    references: ['https://www.typescriptlang.org/docs/handbook/modules/reference.html#relative-and-non-relative-module-names', 'https://docs.python.org/3/reference/import.html'],
    notes: 'Imports in fragments (elided code blocks of Markdown answers) are not reported: excerpts do not claim to be complete. When the answer has as many unnamed code blocks as missing modules, they may be those modules and nothing is reported. Python imports are only treated as local when they name a package of the program itself; other names are external packages.',
  },
  check(ctx) {
    const missing = ctx.model.events.filter((e) => e.kind === 'unresolved-import' && !ctx.fileOf(e.at)?.snippet);
    // Code blocks the answer did not name may be the modules it imports (saved under the imported
    // name by whoever uses the answer); when there are enough of them, nothing is known to be missing.
    const unnamed = ctx.model.input.files.filter((f) => f.role === 'program' && !f.snippet && f.nameSource === 'unnamed').length;
    if (unnamed >= new Set(missing.map((e) => e.detail)).size) return;
    for (const e of missing) {
      ctx.report({ messageId: 'missing', data: { module: e.detail ?? '?' }, at: e.at });
    }
  },
});
