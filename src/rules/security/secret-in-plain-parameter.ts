import type { Value } from '../../ir/values.js';
import { arg, str, stringParts } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const PARAMETER = 'aws:ssm/parameter:Parameter';

/** A parameter path segment that names a credential (`/app/db-password`, `/ci/pulumi-token`). */
const SECRET_NAME = /(pass(word|wd)?|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credential|auth[_-]?key|signing[_-]?key)s?$/i;
/** Segments about a secret that are not the secret (`/app/db-password-arn`, `/secret-name`). */
const NOT_SECRET = /(arn|id|name|length|policy|rotation|ttl|url|expiry|expiration)$/i;

/** The last known segment of a parameter name (built names keep their literal tail). */
function lastSegment(v: Value | undefined): string | undefined {
  const parts = stringParts(v?.kind === 'output' && v.resource === undefined ? v.inner : v);
  const last = parts?.[parts.length - 1];
  if (typeof last !== 'string') return undefined;
  return last.split('/').filter(Boolean).pop();
}

export default defineRule({
  id: 'security/secret-in-plain-parameter',
  class: 'SECRETS-MGMT',
  severity: 'medium',
  category: 'security',
  resourceTypes: [PARAMETER],
  messages: {
    plain: 'SSM parameter `{{name}}` holds a credential but is of type `{{type}}`: the value is stored unencrypted, shown in the console and returned to anyone with `ssm:GetParameter`, and is not a secret in the Pulumi state. Use `type: "SecureString"` (with a KMS key), or Secrets Manager for credentials that rotate.',
  },
  title: 'Credential in plain `{{type}}` SSM parameter{{s}} {{name:code}}',
  fixHint: 'Store credentials as `SecureString` parameters (or in Secrets Manager) and set their value from a secret (`config.requireSecret`, a generated password), never as `String`.',
  docs: {
    summary: 'SSM parameters whose name says they hold a password, token or key, stored as plain `String` / `StringList`.',
    why: 'Only `SecureString` parameters are encrypted with KMS and hidden from readers without `kms:Decrypt`; a `String` parameter named `/app/db-password` is a clear-text credential that any principal with read access to Parameter Store (and the console) can see.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nnew aws.ssm.Parameter('db-password', { name: '/app/db-password', type: 'String', value: new pulumi.Config().requireSecret('dbPassword') });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\naws.ssm.Parameter("token", name=f"/codebuild/{pulumi.get_stack()}/pulumi-token", type="String", value=pulumi.Config().require_secret("token"))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nnew aws.ssm.Parameter('db-password', { name: '/app/db-password', type: 'SecureString', value: new pulumi.Config().requireSecret('dbPassword') });\nnew aws.ssm.Parameter('db-password-arn', { name: '/app/db-password-arn', type: 'String', value: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:db' });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\naws.ssm.Parameter("token", name=f"/codebuild/{pulumi.get_stack()}/pulumi-token", type="SecureString", value=pulumi.Config().require_secret("token"))\n`,
    },
    references: ['https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-securestring.html'],
    notes: 'The parameter is judged by the last segment of its `name` (or its logical name when `name` is not written). Names that refer to a secret (ending in arn, id, name, url, ...) are not reported. A literal value in the parameter is also reported by security/hardcoded-secret.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const typeValue = arg(r, 'type');
      const type = str(typeValue);
      if (type !== 'String' && type !== 'StringList') continue;
      const nameValue = arg(r, 'name') ?? r.name;
      const segment = lastSegment(nameValue);
      if (!segment || !SECRET_NAME.test(segment) || NOT_SECRET.test(segment)) continue;
      ctx.report({ messageId: 'plain', data: { name: segment, type }, at: typeValue?.at, resource: r });
    }
  },
});
