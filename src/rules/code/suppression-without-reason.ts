import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'code/suppression-without-reason',
  class: 'CODE-UNUSED-LINT',
  severity: 'low',
  category: 'code',
  resourceTypes: [],
  messages: {
    noReason: 'Suppression of {{ids}} gives no reason. Say why the finding does not apply: `stacklint-ignore <rule-id>: <reason>`.',
  },
  title: 'Suppression of {{ids}} without a reason',
  fixHint: 'Add `: <reason>` after the rule ids.',
  docs: {
    summary: 'A `stacklint-ignore` comment that does not say why the finding does not apply.',
    why: 'A suppression silences a check. Without a reason nobody can later tell a justified exception from a hidden problem.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\n// stacklint-ignore security/hardcoded-secret\nexport const p = new aws.ssm.Parameter('p', { type: 'String', value: 'v' }).arn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\n# stacklint-ignore security/hardcoded-secret\npulumi.export("p", aws.ssm.Parameter("p", type="String", value="v").arn)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nexport const p = new aws.ssm.Parameter('p', { type: 'String', value: 'v' }).arn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\npulumi.export("p", aws.ssm.Parameter("p", type="String", value="v").arn)\n`,
    },
    notes: 'Reported by the suppression stage that runs after all rules (see README, Suppressions); `check` has nothing to inspect in the model.',
  },
  check() {
    // Directives are matched against other rules' findings after every rule has run (src/rules/suppressions.ts).
  },
});
