import { resourceById } from '../_shared/resource-refs.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'code/unused-variable',
  class: 'CODE-UNUSED-LINT',
  severity: 'low',
  category: 'code',
  resourceTypes: [],
  messages: {
    resource: '`{{name}}` holds a {{type}} and is never read. The resource is still created, but the unused name fails ESLint no-unused-vars / pylint unused-variable; create it without binding a name, or use it (export it, pass it on).',
    value: '`{{name}}` is assigned and never read. Remove it or use it; unused variables fail the lint step.',
  },
  title: {
    resource: 'Variable{{s}} {{name:code}} never read (holding {{counted}})',
    value: 'Variable{{s}} {{name:code}} assigned and never read',
  },
  fixHint: 'Drop the variable (`new aws.x.Y(...)` without `const z =`) or use it.',
  docs: {
    summary: 'A variable that is assigned and never read; most often a resource bound to a name that nothing uses.',
    why: 'Unused variables fail the lint step (`npm run lint` / pylint in CI). For resources the name is not needed: a resource is created whether or not it is bound.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst key = new aws.kms.Key('key', { enableKeyRotation: true });\nconst alias = new aws.kms.Alias('alias', { name: 'alias/app', targetKeyId: key.keyId });\nexport const keyArn = key.arn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ndef build():\n    key = aws.kms.Key("key", enable_key_rotation=True)\n    alias = aws.kms.Alias("alias", name="alias/app", target_key_id=key.key_id)\n    return key\npulumi.export("key", build().arn)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst key = new aws.kms.Key('key', { enableKeyRotation: true });\nnew aws.kms.Alias('alias', { name: 'alias/app', targetKeyId: key.keyId });\nexport const keyArn = key.arn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ndef build():\n    key = aws.kms.Key("key", enable_key_rotation=True)\n    aws.kms.Alias("alias", name="alias/app", target_key_id=key.key_id)\n    return key\npulumi.export("key", build().arn)\n`,
    },
    notes: 'TypeScript: every non-exported declaration. Python: local variables of functions and methods (module-level names may be imported by other files, as pylint assumes). Names starting with `_` are intentionally unused and skipped. Fragments of Markdown answers are skipped.',
  },
  check(ctx) {
    for (const u of ctx.model.unused) {
      if (u.kind === 'import' || ctx.fileOf(u.at)?.snippet) continue;
      const res = u.resource !== undefined ? resourceById(ctx.model, u.resource) : undefined;
      if (res) ctx.report({ messageId: 'resource', data: { name: u.name, type: res.typePath }, at: u.at, resource: res });
      else ctx.report({ messageId: 'value', data: { name: u.name }, at: u.at });
    }
  },
});
