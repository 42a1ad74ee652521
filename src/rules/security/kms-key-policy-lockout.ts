import type { Resource } from '../../model/types.js';
import { parsePolicy, type PolicyStatement } from '../_shared/iam-policy.js';
import { shownName } from '../_shared/name-display.js';
import { actionMatches } from '../_shared/role-grants.js';
import { arg, bool } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const KEY = 'aws:kms/key:Key';
const KEY_POLICY = 'aws:kms/keyPolicy:KeyPolicy';

/**
 * Could this statement let an IAM identity of the account (the one deploying, whoever that is) change
 * the key policy later? Any AWS principal counts (a role named in it may be the deployer's), and so
 * do actions or principals that are not known.
 */
function mayLetManage(st: PolicyStatement): boolean {
  if (st.effect !== 'Allow') return false;
  if (st.notActions.present) return true;
  const principal = st.principals.open || st.principals.entries.some((p) => p.type === 'AWS' || p.type === '*' || p.entry.text === undefined);
  if (!principal) return false;
  return st.actions.open || st.actions.entries.some((a) => a.text === undefined || actionMatches(a.text, 'kms:PutKeyPolicy'));
}

export default defineRule({
  id: 'security/kms-key-policy-lockout',
  class: 'KMS-KEY-POLICY',
  severity: 'high',
  category: 'security',
  resourceTypes: [KEY, KEY_POLICY],
  messages: {
    lockout: 'The key policy of {{what}} lets no IAM principal of the account change it (no statement allows `kms:PutKeyPolicy` to the account root or another AWS principal): KMS refuses such a policy with MalformedPolicyDocumentException ("The new key policy will not allow you to update the key policy in the future"), so the deployment fails at this key. Add the default statement that allows the account root `kms:*` (`arn:aws:iam::<account id>:root`), then the service statements.',
  },
  title: 'Key policy of {{counted}} would lock everyone out',
  fixHint: 'Start the key policy with `{ Sid: "EnableRootAccess", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: "kms:*", Resource: "*" }` (account id from aws.getCallerIdentity()), then add the service principals\' statements.',
  docs: {
    summary: 'KMS key policies that give no IAM principal of the account the right to change the policy (`kms:PutKeyPolicy`), which KMS rejects at creation.',
    why: 'When a key is created or its policy replaced, KMS runs a policy lockout safety check: the new policy must allow the principal making the request to call `PutKeyPolicy` afterwards. A policy that only grants service principals (logs, SNS, CloudTrail) or only grants encrypt/decrypt actions to roles fails that check with MalformedPolicyDocumentException, and the key (and everything that uses it) is never created. The default key policy allows the account root `kms:*`, which delegates key administration to IAM policies; generated key policies often drop that statement while adding the service ones.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.kms.Key('logs', {\n  enableKeyRotation: true,\n  policy: JSON.stringify({\n    Version: '2012-10-17',\n    Statement: [{ Effect: 'Allow', Principal: { Service: 'logs.us-east-1.amazonaws.com' }, Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'], Resource: '*' }],\n  }),\n});\n`,
      py: `import json\nimport pulumi_aws as aws\naws.kms.Key("logs", enable_key_rotation=True, policy=json.dumps({\n    "Version": "2012-10-17",\n    "Statement": [{"Effect": "Allow", "Principal": {"Service": "logs.us-east-1.amazonaws.com"},\n                   "Action": ["kms:Encrypt*", "kms:Decrypt*", "kms:GenerateDataKey*"], "Resource": "*"}],\n}))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst account = aws.getCallerIdentityOutput().accountId;\nnew aws.kms.Key('logs', {\n  enableKeyRotation: true,\n  policy: pulumi.jsonStringify({\n    Version: '2012-10-17',\n    Statement: [\n      { Sid: 'EnableRootAccess', Effect: 'Allow', Principal: { AWS: pulumi.interpolate\`arn:aws:iam::\${account}:root\` }, Action: 'kms:*', Resource: '*' },\n      { Effect: 'Allow', Principal: { Service: 'logs.us-east-1.amazonaws.com' }, Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'], Resource: '*' },\n    ],\n  }),\n});\n`,
      py: `import json\nimport pulumi_aws as aws\naccount = aws.get_caller_identity().account_id\naws.kms.Key("logs", enable_key_rotation=True, policy=json.dumps({\n    "Version": "2012-10-17",\n    "Statement": [\n        {"Sid": "EnableRootAccess", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{account}:root"}, "Action": "kms:*", "Resource": "*"},\n        {"Effect": "Allow", "Principal": {"Service": "logs.us-east-1.amazonaws.com"},\n         "Action": ["kms:Encrypt*", "kms:Decrypt*", "kms:GenerateDataKey*"], "Resource": "*"},\n    ],\n}))\n`,
    },
    references: [
      'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#prevent-unmanageable-key',
      'https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateKey.html#KMS-CreateKey-request-BypassPolicyLockoutSafetyCheck',
    ],
    notes: 'Reported only when every statement is known and none could let an IAM principal change the policy. Any statement with an AWS principal (a role may be the one deploying), an unknown principal or action, or `NotAction` counts as possibly enough. Keys with `bypassPolicyLockoutSafetyCheck` set (or not known) are skipped.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const bypass = arg(r, 'bypassPolicyLockoutSafetyCheck');
      if (bypass !== undefined && bool(bypass) !== false) continue;
      const policy = arg(r, 'policy');
      const doc = policy ? parsePolicy(policy) : undefined;
      if (!doc || doc.open || doc.statements.length === 0) continue;
      if (doc.statements.some((st) => st.effect === undefined || mayLetManage(st))) continue;
      ctx.report({ messageId: 'lockout', data: { what: describe(r) }, at: policy!.at, resource: r });
    }
  },
});

function describe(r: Resource): string {
  return `${r.typePath} \`${shownName(r.name, 60)}\``;
}
