import { reportDiagnostics } from '../_shared/diagnostics.js';
import { defineRule } from '../define-rule.js';

const DEEP = 401;

export default defineRule({
  id: 'code/file-not-analysed',
  class: 'INCOMPLETE-TRUNCATED',
  severity: 'medium',
  category: 'code',
  resourceTypes: [],
  messages: { diagnostic: '{{message}}' },
  title: 'Program file left out of the analysis (too large, binary, too deep or failed)',
  fixHint:
    'Check the file: keep program files under 5 MB and in UTF-8 text, make them readable, and flatten generated code that nests hundreds of levels deep. Its resources are missing from every other finding.',
  docs: {
    summary:
      'A file of the input was not analysed, or not to the end: it is over the 5 MB limit, binary, unreadable, nested deeper than stacklint analyses (400 levels of brackets or indentation, or 500 chained operators), holds more than the 300,000 tokens stacklint parses in one file (then it is analysed up to a statement after them), its analysis passed the time limit, or stacklint failed on it.',
    why: 'Whatever the file defines is missing from the analysis, so the absence of other findings says nothing about it. Files this large, binary or deep are almost never hand-written Pulumi programs: they are build output, vendored bundles or generated code that should not be reviewed as the program.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nexport const matrix = ${'['.repeat(DEEP)}0${']'.repeat(DEEP)};\n`,
      py: `import pulumi\nmatrix = ${'['.repeat(DEEP)}0${']'.repeat(DEEP)}\npulumi.export("matrix", matrix)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nexport const matrix = [[0, 1], [1, 0]];\n`,
      py: `import pulumi\nmatrix = [[0, 1], [1, 0]]\npulumi.export("matrix", matrix)\n`,
    },
    notes:
      'The other files of the input are analysed normally. A file skipped inside a directory gets one finding each; a skipped file given on its own is the whole input. An input analyses at most 5,000 program files: one finding at the first file left out says how many were not analysed (what other files import from them is unknown). The time limit is 5 s per MB of input, and 5 s for any smaller input (`--time-limit SECONDS`, `timeLimit` in the configuration). When stacklint itself fails on a file or in one check, the failure is reported here, for that file, and everything else is still analysed and reported.',
  },
  check(ctx) {
    reportDiagnostics(ctx, ['load/skipped', 'load/file-count', 'parse/too-deep', 'parse/file-budget', 'eval/time-limit', 'eval/internal-error', 'rule/internal-error']);
  },
});
