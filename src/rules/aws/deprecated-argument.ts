import type { Value } from '../../ir/values.js';
import type { EnumSchema, Kind } from '../../schema/index.js';
import { enumOf, pythonInitParam } from '../../schema/index.js';
import { type ArgSite, otherMajorProperty, schemaArgs, siteAt } from '../_shared/aws-schema-args.js';
import { replacementText, resourcePath, targetText } from '../_shared/aws-schema-names.js';
import { type Fix, fix, FixingReporter, renameKey, replaceValue } from '../_shared/fixes.js';
import { isAbsent } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

/**
 * Deprecated arguments whose replacement takes the same value with the same meaning, so renaming the
 * key is the whole fix (by type token, then argument). The schema names a replacement for more, but
 * often with another meaning (`securityGroups` names, `vpcSecurityGroupIds` ids) or another shape.
 */
const RENAMES: Record<string, Record<string, string>> = {
  'aws:rds/instance:Instance': { name: 'dbName' },
  'aws:directconnect/gatewayAssociation:GatewayAssociation': { vpnGatewayId: 'associatedGatewayId' },
  'aws:dms/s3Endpoint:S3Endpoint': { kmsKeyArn: 'serverSideEncryptionKmsKeyId' },
};

/** Deprecated arguments whose known value has one equivalent in the replacement (`vpc: true` is `domain: "vpc"`). */
const REWRITES: Record<string, Record<string, { from: boolean | string; key: string; to: string }>> = {
  'aws:ec2/eip:Eip': { vpc: { from: true, key: 'domain', to: 'vpc' } },
};

/** Deprecated runtimes are aws/lambda-runtime-deprecated's, with support dates. */
const OWNED_ELSEWHERE = new Set(['lambda.Runtime']);

const REMOVED_FAILS = {
  ts: 'TypeScript rejects it, and where it slips through the SDK drops it, so the setting never applies',
  py: 'Python raises TypeError (unexpected keyword argument), or the provider refuses the key',
};

export default defineRule({
  id: 'aws/deprecated-argument',
  class: 'DEPRECATED-API',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [],
  messages: {
    deprecated: '`{{path}}` of `{{owner}}` is deprecated in the AWS provider {{target}}: "{{message}}". It warns on every preview and goes away in a later major version; {{advice}}',
    removed: '`{{path}}` is no longer an argument of `{{owner}}` in the AWS provider 7.x{{notice}}, and this answer targets {{target}}: {{fails}}. {{advice}}',
    value: '`{{path}}` of `{{owner}}` is `{{value}}`, a deprecated value of `aws.{{enum}}` in the AWS provider {{target}}: "{{message}}".{{advice}}',
  },
  title: {
    deprecated: 'Deprecated {{path:arg:code}} on {{counted}}',
    removed: '{{path:arg:code}} no longer exists on {{counted}} in AWS provider 7.x',
    value: 'Deprecated value {{value:code}} of {{path:arg:code}} on {{counted}}',
  },
  fixHint: 'Do what the deprecation notice says: in 7.x, S3 bucket settings move to their own resources (aws.s3.BucketVersioning, BucketServerSideEncryptionConfiguration, BucketLifecycleConfiguration, ...); an Elastic IP takes `domain: "vpc"` instead of `vpc: true`.',
  fixable: true,
  docs: {
    summary: 'An argument (at any depth) or enum value that the AWS provider version the program targets marks `@deprecated` or has removed, with the SDK\'s own notice and replacement.',
    why: 'Deprecated arguments warn on every preview and are removed in the next major version, where the program stops compiling (TypeScript) or raises TypeError (Python). The common cases are the inline S3 bucket settings (`versioning`, `serverSideEncryptionConfiguration`, `lifecycleRules`, `acl`) and `vpc: true` on Elastic IPs. Deprecation depends on the major version: the inline settings of `aws.s3.Bucket` are deprecated in 7.x only, so the answer\'s version pin decides; without one the newest major is assumed.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst bucket = new aws.s3.Bucket('data', {\n  versioning: { enabled: true },\n});\nexport const bucketName = bucket.bucket;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\neip = aws.ec2.Eip("nat", vpc=True)\npulumi.export("ip", eip.public_ip)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst bucket = new aws.s3.Bucket('data', {});\nnew aws.s3.BucketVersioning('data-versioning', {\n  bucket: bucket.id,\n  versioningConfiguration: { status: 'Enabled' },\n});\nexport const bucketName = bucket.bucket;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\neip = aws.ec2.Eip("nat", domain="vpc")\npulumi.export("ip", eip.public_ip)\n`,
    },
    references: [
      'https://www.pulumi.com/registry/packages/aws/how-to-guides/7-0-migration/',
      'https://www.pulumi.com/registry/packages/aws/api-docs/s3/bucketversioning/',
      'https://www.pulumi.com/registry/packages/aws/api-docs/ec2/eip/',
    ],
    notes: 'Deprecated Lambda runtimes are left to aws/lambda-runtime-deprecated. An enum value counts as deprecated only when every member with that value is (a renamed member keeps its value valid). Arguments removed in 7.x are reported here, for answers that target 7.x, rather than by aws/unknown-argument.',
    fix: '`vpc: true` on an Elastic IP becomes `domain: "vpc"`, and an argument renamed with the same meaning gets its new name (`aws.rds.Instance` `name` → `dbName`, `aws.directconnect.GatewayAssociation` `vpnGatewayId` → `associatedGatewayId`, `aws.dms.S3Endpoint` `kmsKeyArn` → `serverSideEncryptionKmsKeyId`). Settings that move to resources of their own (the inline S3 bucket settings) and replacements with another meaning or shape are not fixed.',
  },
  check(ctx) {
    const out = new FixingReporter(ctx);
    check(ctx, out);
    out.flush();
  },
});

function check(ctx: RuleContext, out: FixingReporter): void {
  // Keys inside a deprecated argument go with it (`objectLockConfiguration.objectLockEnabled`).
  const deprecatedPaths = new Map<number, string[]>();
  const inside = (site: ArgSite) => (deprecatedPaths.get(site.resource.id) ?? []).some((p) => site.path.startsWith(`${p}.`) || site.path.startsWith(`${p}[]`));
  for (const site of schemaArgs(ctx.model).args) {
    if (isAbsent(site.value) || inside(site)) continue;
    if (site.prop?.deprecated) {
      reportDeprecated(ctx, out, site);
      const paths = deprecatedPaths.get(site.resource.id) ?? [];
      paths.push(site.path);
      deprecatedPaths.set(site.resource.id, paths);
    } else if (site.prop) checkValue(ctx, out, site, site.value, site.prop.kind);
    else if (!site.misspelled && ctx.model.aws.major === 7) checkRemoved(ctx, out, site);
  }
}

/** The fix of a deprecated or removed top-level argument that has an exact equivalent. */
function equivalent(ctx: RuleContext, site: ArgSite): Fix | undefined {
  const r = site.resource;
  if (!site.topLevel || site.holder !== r.args) return undefined;
  const spell = (name: string) => (r.lang === 'py' ? pythonInitParam(name) : name);
  const to = RENAMES[r.type]?.[site.key];
  if (to) return r.args.props.has(to) ? undefined : fix(`Rename it to \`${spell(to)}\``, [renameKey(ctx, r, r.args, site.key, spell(to))]);
  const rewrite = REWRITES[r.type]?.[site.key];
  const v = site.value;
  if (!rewrite || r.args.props.has(rewrite.key) || v.kind !== 'known' || v.value !== rewrite.from) return undefined;
  return fix(`Write \`${spell(rewrite.key)}\` instead`, [renameKey(ctx, r, r.args, site.key, spell(rewrite.key)), replaceValue(ctx, r, r.args, site.key, rewrite.to)]);
}

function reportDeprecated(ctx: RuleContext, out: FixingReporter, site: ArgSite): void {
  const d = site.prop!.deprecated!;
  const r = site.resource;
  const replacement = replacementText(ctx.model, d, r.lang);
  const advice = !replacement ? 'follow the notice.' : replacement.startsWith('aws.') ? `manage it with \`${replacement}\` instead.` : `use \`${replacement}\` instead.`;
  const data = { path: site.path, owner: resourcePath(r), target: targetText(ctx.model), message: d.message.replace(/\.$/, ''), advice };
  out.report({ messageId: 'deprecated', data, at: siteAt(site), resource: r }, equivalent(ctx, site));
}

function checkRemoved(ctx: RuleContext, out: FixingReporter, site: ArgSite): void {
  const old = otherMajorProperty(ctx.model, site);
  if (!old) return;
  const r = site.resource;
  const notice = old.deprecated ? ` (6.x said: "${old.deprecated.message}")` : '';
  const replacement = old.deprecated ? replacementText(ctx.model, old.deprecated, r.lang) : undefined;
  const advice = replacement ? `Use \`${replacement}\` instead.` : 'See the 7.0 migration guide for its replacement, or pin the provider to 6.x.';
  const data = { path: site.path, owner: resourcePath(r), notice, target: targetText(ctx.model), fails: REMOVED_FAILS[r.lang], advice };
  out.report({ messageId: 'removed', data, at: siteAt(site), resource: r, severity: 'critical' }, equivalent(ctx, site));
}

/** A known value whose every enum member is deprecated (`aws.ec2.InstanceType.Hs1_8XLarge` in 6.x). */
function checkValue(ctx: RuleContext, out: FixingReporter, site: ArgSite, v: Value, kind: Kind): void {
  if (v.kind === 'list') {
    const item = kind.kind === 'array' ? kind.of : undefined;
    if (item) for (const x of v.items) checkValue(ctx, out, site, x, item);
    return;
  }
  if (v.kind !== 'known' || typeof v.value !== 'string') return;
  const e = enumOf(kind);
  const schema = e && !OWNED_ELSEWHERE.has(e.enum) ? ctx.model.aws.schema.enum(e.enum) : undefined;
  const notice = schema && deprecatedValue(schema, v.value);
  if (!e || !notice) return;
  const r = site.resource;
  const replacement = notice.replacement ? schema!.members.get(notice.replacement) : undefined;
  const data = { path: site.path, owner: resourcePath(r), value: v.value, enum: e.enum, target: targetText(ctx.model), message: notice.message.replace(/\.$/, ''), advice: replacement ? ` Use \`${replacement}\`.` : '' };
  out.report({ messageId: 'value', data, at: v.at ?? siteAt(site), resource: r });
}

function deprecatedValue(e: EnumSchema, value: string): { message: string; replacement?: string } | undefined {
  let notice: { message: string; replacement?: string } | undefined;
  for (const [member, v] of e.members) {
    if (v !== value) continue;
    const d = e.deprecation(member);
    if (!d) return undefined;
    notice ??= d;
  }
  return notice;
}
