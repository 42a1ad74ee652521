import { reportDiagnostics } from '../_shared/diagnostics.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'code/keyword-module-name',
  class: 'CODE-IMPORT-MODULE',
  severity: 'high',
  category: 'code',
  resourceTypes: [],
  messages: { diagnostic: '{{message}}' },
  title: 'Module named by a Python keyword',
  fixHint: 'Name Python modules and packages with identifiers that are not keywords (`lambda_functions.py`, not `lambda.py`).',
  docs: {
    summary: 'A Python import whose module path contains a keyword (`from infrastructure.lambda import create_function`): the module cannot be imported under that name.',
    why: 'AWS programs often get a `lambda.py` module or a `lambda/` package. Python cannot name it in an import statement (`lambda` is a keyword), so the program stops with a SyntaxError before anything is deployed; the fix is renaming the module, not the import.',
    bad: {
      py: `import pulumi\nfrom infrastructure.lambda import create_function\n\nfn = create_function("api")\npulumi.export("arn", fn.arn)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nexport const arn = new aws.sns.Topic('t').arn;\n`,
      py: `import pulumi\nfrom infrastructure.lambda_functions import create_function\n\nfn = create_function("api")\npulumi.export("arn", fn.arn)\n`,
    },
    references: ['https://docs.python.org/3/reference/lexical_analysis.html#keywords'],
    notes: 'Reported instead of code/syntax-error for the import line; other syntax errors of the file are still reported there. TypeScript has no such restriction on module paths.',
  },
  check(ctx) {
    reportDiagnostics(ctx, ['parse/syntax-error'], (d) => d.class === 'CODE-IMPORT-MODULE');
  },
});
