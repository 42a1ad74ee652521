import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { providerRegion } from '../_shared/regions.js';
import { resourceWhere } from '../_shared/resource-refs.js';
import { arg, str, stringParts } from '../_shared/values.js';
import { knownAbsent } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const KEY = 'aws:kms/key:Key';
const ALIAS = 'aws:kms/alias:Alias';

/** The value names a KMS alias: `alias/...`, an alias ARN (also inside an interpolated string), or an aws.kms.Alias attribute. */
function aliasShown(model: ResourceModel, v: Value): string | undefined {
  // `pulumi.interpolate` / `Output.concat` wrap the string they build in an Output.
  const parts = stringParts(v.kind === 'output' && v.resource === undefined ? v.inner : v);
  if (parts) {
    const literal = parts.map((p) => p ?? '${…}').join('');
    if (/^alias\//.test(literal) || /:alias\//.test(literal)) return literal;
  }
  if (v.kind === 'output' && v.resource !== undefined) {
    const alias = resourceWhere(model, v.resource, (r) => r.type === ALIAS);
    if (alias) return `${alias.typePath}.${v.attr ?? 'arn'}`;
  }
  return undefined;
}

function keyOf(model: ResourceModel, v: Value): Resource | undefined {
  if (v.kind !== 'output' || v.resource === undefined) return undefined;
  return resourceWhere(model, v.resource, (r) => r.type === KEY);
}

/** What is wrong with a KMS key of the program as a DNSSEC signing key, if that is known. */
function keyProblems(ctx: RuleContext, key: Resource): string[] {
  const out: string[] = [];
  const spec = str(arg(key, 'customerMasterKeySpec')) ?? (knownAbsent(ctx, key, 'customerMasterKeySpec') ? 'SYMMETRIC_DEFAULT' : undefined);
  if (spec !== undefined && spec !== 'ECC_NIST_P256') out.push(`its key spec is \`${spec}\`, not \`ECC_NIST_P256\``);
  const usage = str(arg(key, 'keyUsage')) ?? (knownAbsent(ctx, key, 'keyUsage') ? 'ENCRYPT_DECRYPT' : undefined);
  if (usage !== undefined && usage !== 'SIGN_VERIFY') out.push(`its key usage is \`${usage}\`, not \`SIGN_VERIFY\``);
  const region = providerRegion(ctx.model, key)?.region;
  if (region !== undefined && region !== 'us-east-1') out.push(`it is created in ${region}, not us-east-1`);
  return out;
}

export default defineRule({
  id: 'aws/dnssec-ksk-key-invalid',
  class: 'CDN-DNS-EDGE',
  severity: 'high',
  category: 'aws',
  resourceTypes: ['aws:route53/keySigningKey:KeySigningKey'],
  messages: {
    alias: 'The DNSSEC key-signing key uses the KMS alias `{{alias}}`, but Route 53 needs the ARN of a customer managed key (there is no AWS managed key for DNSSEC, so `alias/aws/route53` does not exist): creating the KSK fails. Create an asymmetric `ECC_NIST_P256` / `SIGN_VERIFY` key in us-east-1 and pass its `.arn`.',
    key: 'The DNSSEC key-signing key uses `{{key}}`, but {{problems}}: Route 53 only signs with an asymmetric `ECC_NIST_P256` key for `SIGN_VERIFY` in us-east-1, so creating the KSK fails.',
  },
  title: {
    alias: 'DNSSEC key-signing key uses the KMS alias {{alias:code}}',
    key: 'DNSSEC key-signing key uses an unsuitable KMS key {{key:code}}',
  },
  fixHint: 'new aws.kms.Key("dnssec", { customerMasterKeySpec: "ECC_NIST_P256", keyUsage: "SIGN_VERIFY", policy: <allows dnssec-route53.amazonaws.com> }, { provider: usEast1 }) and keyManagementServiceArn: key.arn.',
  docs: {
    summary: 'A Route 53 DNSSEC key-signing key whose KMS key is an alias, or a key of the program that is not an asymmetric ECC_NIST_P256 signing key in us-east-1.',
    why: 'Route 53 creates a key-signing key only from a customer managed KMS key that is asymmetric with the `ECC_NIST_P256` key spec, used for `SIGN_VERIFY`, and in US East (N. Virginia). Generated code often passes an alias (commonly the non-existent `alias/aws/route53`) or a default symmetric key created in the stack\'s region; DNSSEC signing then never gets enabled and the deployment fails at the KSK.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst zone = new aws.route53.Zone('zone', { name: 'shop.acme-corp.io' });\nconst key = new aws.kms.Key('dnssec', { description: 'DNSSEC' });\nnew aws.route53.KeySigningKey('ksk', { hostedZoneId: zone.id, keyManagementServiceArn: key.arn, name: 'ksk' });\n`,
      py: `import pulumi_aws as aws\nzone = aws.route53.Zone("zone", name="shop.acme-corp.io")\naws.route53.KeySigningKey("ksk", hosted_zone_id=zone.id, name="ksk",\n    key_management_service_arn="arn:aws:kms:us-east-1:123456789012:alias/aws/route53")\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst usEast1 = new aws.Provider('us-east-1', { region: 'us-east-1' });\nconst zone = new aws.route53.Zone('zone', { name: 'shop.acme-corp.io' });\nconst key = new aws.kms.Key('dnssec', { customerMasterKeySpec: 'ECC_NIST_P256', keyUsage: 'SIGN_VERIFY', deletionWindowInDays: 7 }, { provider: usEast1 });\nnew aws.route53.KeySigningKey('ksk', { hostedZoneId: zone.id, keyManagementServiceArn: key.arn, name: 'ksk' });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nus_east_1 = aws.Provider("us-east-1", region="us-east-1")\nzone = aws.route53.Zone("zone", name="shop.acme-corp.io")\nkey = aws.kms.Key("dnssec", customer_master_key_spec="ECC_NIST_P256", key_usage="SIGN_VERIFY",\n    opts=pulumi.ResourceOptions(provider=us_east_1))\naws.route53.KeySigningKey("ksk", hosted_zone_id=zone.id, name="ksk", key_management_service_arn=key.arn)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-configuring-dnssec-cmk-requirements.html',
      'https://www.pulumi.com/registry/packages/aws/api-docs/route53/keysigningkey/',
    ],
    notes: 'A key given by a literal key ARN, or created with unknown arguments, is not judged. The key policy (Route 53 needs `dnssec-route53.amazonaws.com` to be allowed) is not checked here. A key without an explicit provider is not judged on its region: the stack\'s region may be us-east-1.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const v = arg(r, 'keyManagementServiceArn');
      if (!v) continue;
      const alias = aliasShown(ctx.model, v);
      if (alias) {
        ctx.report({ messageId: 'alias', data: { alias }, at: v.at, resource: r });
        continue;
      }
      const key = keyOf(ctx.model, v);
      const problems = key ? keyProblems(ctx, key) : [];
      if (key && problems.length) ctx.report({ messageId: 'key', data: { key: `${key.typePath}.arn`, problems: problems.join(', and ') }, at: v.at, resource: r });
    }
  },
});
