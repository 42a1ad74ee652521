import { fix, FixingReporter, insertEntry, replaceValue } from '../_shared/fixes.js';
import { arg, bool, definitelyAbsent, str } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const SYMMETRIC_SPEC = 'SYMMETRIC_DEFAULT';
const ENABLE = 'Enable automatic key rotation';

export default defineRule({
  id: 'security/kms-key-rotation-disabled',
  class: 'KMS-KEY-ROTATION',
  severity: 'medium',
  category: 'security',
  resourceTypes: ['aws:kms/key:Key'],
  messages: {
    disabled: 'Symmetric KMS key has `enableKeyRotation: false`. Without rotation the same key material protects data for the key\'s whole life, which CIS and AWS Security Hub (KMS.4) flag; set `enableKeyRotation: true` (yearly, or `rotationPeriodInDays`).',
    missing: 'Symmetric KMS key does not set `enableKeyRotation`, and AWS leaves rotation off by default. Set `enableKeyRotation: true` so the key material is rotated automatically (CIS, Security Hub KMS.4).',
  },
  title: {
    disabled: 'Key rotation switched off on {{counted}}',
    missing: 'Key rotation not enabled on {{counted}}',
  },
  fixHint: 'Add `enableKeyRotation: true` (Python `enable_key_rotation=True`) to symmetric encryption keys.',
  fixable: true,
  docs: {
    summary: 'Symmetric customer managed KMS keys without automatic key rotation.',
    why: 'Automatic rotation replaces the key material every year (or at `rotationPeriodInDays`) without changing the key id, so nothing else in the program changes; compliance checks (CIS AWS 3.6/3.8, Security Hub KMS.4) expect it on every customer managed symmetric key. KMS does not enable it by default. Asymmetric and HMAC keys cannot be rotated automatically, so they are skipped.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.kms.Key('data', { description: 'data key', deletionWindowInDays: 7 });\n`,
      py: `import pulumi_aws as aws\naws.kms.Key("data", description="data key", enable_key_rotation=False)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.kms.Key('data', { description: 'data key', deletionWindowInDays: 7, enableKeyRotation: true });\nnew aws.kms.Key('signing', { keyUsage: 'SIGN_VERIFY', customerMasterKeySpec: 'RSA_2048' });\n`,
      py: `import pulumi_aws as aws\naws.kms.Key("data", description="data key", enable_key_rotation=True)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-4',
      'https://www.pulumi.com/registry/packages/aws/api-docs/kms/key/',
    ],
    notes: 'Keys whose usage is not ENCRYPT_DECRYPT, or whose `keySpec` / `customerMasterKeySpec` is not SYMMETRIC_DEFAULT, are skipped, as are keys whose spec or usage is not known. Imported key material (`aws.kms.ExternalKey`) cannot be rotated automatically and is not checked.',
    fix: '`enableKeyRotation: false` becomes `true`, and a key written without it gets `enableKeyRotation: true` (`enable_key_rotation=True`). Rotation keeps the key id, so nothing else changes. A `false` held in a variable, and a call that also creates keys that cannot rotate, are left as they are.',
  },
  check(ctx) {
    const out = new FixingReporter(ctx);
    for (const r of ctx.resources()) {
      if (!isSymmetricEncryptionKey(r)) continue;
      const v = arg(r, 'enableKeyRotation');
      if (bool(v) === false) out.report({ messageId: 'disabled', at: v?.at, resource: r }, fix(ENABLE, [replaceValue(ctx, r, r.args, 'enableKeyRotation', true)]));
      // A fragment may elide arguments, so an absence there proves nothing.
      else if (definitelyAbsent(r, 'enableKeyRotation') && !ctx.fileOf(r.at)?.snippet) {
        out.report({ messageId: 'missing', resource: r }, fix(ENABLE, [insertEntry(ctx, r, r.args, 'enableKeyRotation', true)]));
      }
    }
    out.flush();
  },
});

function isSymmetricEncryptionKey(r: Parameters<typeof arg>[0]): boolean {
  const usageOk = definitelyAbsent(r, 'keyUsage') || str(arg(r, 'keyUsage')) === 'ENCRYPT_DECRYPT';
  const specOk = ['keySpec', 'customerMasterKeySpec'].every((k) => definitelyAbsent(r, k) || str(arg(r, k)) === SYMMETRIC_SPEC);
  return usageOk && specOk;
}
