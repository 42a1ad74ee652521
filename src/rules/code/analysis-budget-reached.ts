import { reportDiagnostics } from '../_shared/diagnostics.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'code/analysis-budget-reached',
  class: 'INCOMPLETE-TRUNCATED',
  severity: 'low',
  category: 'code',
  resourceTypes: [],
  messages: { diagnostic: '{{message}}' },
  title: 'Analysis stopped at its time budget',
  fixHint:
    'Look at the loop or recursion that builds the value: a string or list that doubles on every pass is almost always a mistake. Values Pulumi sends to AWS are at most a few hundred kilobytes; data of megabytes written into the program belongs in a file it reads.',
  docs: {
    summary:
      'A file builds values larger than stacklint evaluates (a string over 1,000,000 characters, a list or object of over 100,000 elements or nested parts), runs longer than the evaluation step budget, or writes a literal, argument list or block too large to parse (over 100,000 tokens); those values are treated as unknown.',
    why: 'Such values are not configuration: a string doubled in a loop reaches gigabytes in a few dozen iterations and would exhaust the memory of `pulumi up` too. stacklint stops building the value, treats it as unknown and goes on, so checks that depend on it stay silent; this note says where that happened.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nlet name = 'logs';\nfor (let i = 0; i < 40; i++) name = name + name;\nexport const bucket = new aws.s3.BucketV2('logs', { bucket: name }).id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nname = "logs"\nfor i in range(40):\n    name = name + name\npulumi.export("bucket", aws.s3.BucketV2("logs", bucket=name).id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst name = ['logs', 'archive'].join('-');\nexport const bucket = new aws.s3.BucketV2('logs', { bucket: name }).id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nname = "-".join(["logs", "archive"])\npulumi.export("bucket", aws.s3.BucketV2("logs", bucket=name).id)\n`,
    },
    notes:
      'One note per file for the values cut while evaluating, at the first place a value was cut, and one for the regions left out of the parse, at the first of them. The rest of the program is analysed normally, at its own positions. Budgets: 1,000,000 characters per string, 100,000 elements per list or object, 100,000 parts per value counting shared parts at each place, 64,000,000 characters and elements per program; 100,000 tokens per bracketed region (a list, dict, object or array literal, an argument list, a block) and 300,000 tokens per file, past which the largest regions are left out until the file fits. A rule lists at most 1,000 findings per input; past that one note at the first finding left out says how many more it found.',
  },
  check(ctx) {
    reportDiagnostics(ctx, ['parse/budget', 'eval/value-budget', 'eval/budget']);
  },
});
