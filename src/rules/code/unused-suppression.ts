import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'code/unused-suppression',
  class: 'CODE-UNUSED-LINT',
  severity: 'low',
  category: 'code',
  resourceTypes: [],
  messages: {
    unused: 'Suppression of {{id}} suppresses nothing: the rule reports nothing on this line or the next. Remove it.',
    unknownRule: 'Suppression names {{id}}, which is not a stacklint rule (see `stacklint rules`). Fix the id or remove it.',
  },
  title: {
    unused: 'Suppression of {{id}} that suppresses nothing',
    unknownRule: 'Suppression names {{id}}, which is not a stacklint rule',
  },
  fixHint: 'Remove the suppression, or fix the rule id.',
  docs: {
    summary: 'A `stacklint-ignore` comment that suppresses no finding (or names a rule that does not exist).',
    why: 'Stale suppressions hide future findings on the same line and make readers distrust the rest. A misspelled rule id suppresses nothing at all.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\n// stacklint-ignore naming/no-such-rule: kept from an old version\nexport const t = new aws.sns.Topic('t').arn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\n# stacklint-ignore naming/no-such-rule: kept from an old version\npulumi.export("t", aws.sns.Topic("t").arn)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\n// stacklint-ignore security/hardcoded-secret: a public demo token, rotated daily\nexport const p = new aws.ssm.Parameter('p', { type: 'String', value: 'x', apiKey: 'demo-token-1234' } as any).arn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\npulumi.export("t", aws.sns.Topic("t").arn)\n`,
    },
    notes: 'Reported by the suppression stage that runs after all rules; a suppression applies to findings starting on its own line or the next one.',
  },
  check() {
    // Directives are matched against other rules' findings after every rule has run (src/rules/suppressions.ts).
  },
});
