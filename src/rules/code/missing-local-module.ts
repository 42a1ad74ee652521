import { answerHasModule, moduleName, otherImports, unresolvedModules } from '../_shared/local-modules.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'code/missing-local-module',
  class: 'INCOMPLETE-TRUNCATED',
  severity: 'high',
  category: 'code',
  resourceTypes: [],
  messages: {
    missing: 'The program imports `{{module}}`, but the answer never gives that module (no file named `{{name}}`): the answer is incomplete, and the program stops at this import ("Cannot find module" / ModuleNotFoundError) before creating anything. Write the module out, or drop the import and what uses it.{{others}}',
  },
  title: 'Imported module{{module:s}} {{module:code}} not in the answer',
  fixHint: 'Give every module the program imports as a file of the answer, at the path the import names.',
  docs: {
    summary: 'An import of one of the program\'s own modules that the answer never writes: the answer outlines a module and leaves it out, or was cut off before it.',
    why: 'Answers split a stack into modules (`./vpc`, `./database`, `components.monitoring`) and then give only some of them, or stop before the last ones. The program cannot start without them, so nothing is deployed, and whatever they were meant to create is missing from the answer. Modules that the answer does give, under another path, are reported by code/unresolved-local-import.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport { createNetwork } from './network';\nconst net = createNetwork();\nexport const vpcId = net.vpc.id;\nexport const bucket = new aws.s3.BucketV2('b').id;\n`,
      py: `import pulumi\nfrom .network import create_network\nnet = create_network()\npulumi.export("vpc_id", net.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nexport const bucket = new aws.s3.BucketV2('b').id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("b")\npulumi.export("bucket", bucket.id)\n`,
    },
    references: ['https://www.typescriptlang.org/docs/handbook/modules/reference.html#relative-and-non-relative-module-names', 'https://docs.python.org/3/reference/import.html'],
    notes: 'Imports in fragments (elided code blocks of Markdown answers) are not reported: excerpts do not claim to be complete. When the answer has as many unnamed code blocks as missing modules, they may be those modules and nothing is reported. Python imports count as local when they are relative or name a package of the program itself; other names are external packages (see code/undeclared-dependency). A module imported by several statements of one file is reported once, at the first of them.',
  },
  check(ctx) {
    for (const { event: e, imports } of unresolvedModules(ctx)) {
      const python = ctx.fileOf(e.at)?.language === 'python';
      const name = moduleName(e.detail ?? '', python) || (e.detail ?? '?');
      if (answerHasModule(ctx.model, name, python)) continue;
      ctx.report({ messageId: 'missing', data: { module: e.detail ?? '?', name, others: otherImports(imports) }, at: e.at });
    }
  },
});
