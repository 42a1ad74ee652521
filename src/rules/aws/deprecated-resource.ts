import type { Lang } from '../../core/ir.js';
import type { Resource } from '../../model/types.js';
import type { Deprecation } from '../../schema/index.js';
import { awsResourceSchema, schemaArgs } from '../_shared/aws-schema-args.js';
import { otherSchema, replacementText, resourcePath, targetText } from '../_shared/aws-schema-names.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const REMOVED_FAILS: Record<Lang, string> = {
  ts: 'TypeScript rejects it and nothing deploys',
  py: 'Python raises AttributeError and nothing deploys',
};

export default defineRule({
  id: 'aws/deprecated-resource',
  class: 'DEPRECATED-API',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [],
  messages: {
    deprecated: '`{{path}}` is deprecated in the AWS provider {{target}}: "{{message}}". Deprecated resources warn on every preview and are removed in a later major version; use `{{replacement}}`.',
    deprecatedNoReplacement: '`{{path}}` is deprecated in the AWS provider {{target}}: "{{message}}". Deprecated resources warn on every preview and are removed in a later major version; move to the resource the notice names.',
    removed: '`{{path}}` was removed in the AWS provider 7.x{{notice}}, and this answer targets {{target}}: {{fails}}. {{advice}}',
  },
  title: {
    deprecated: 'Resource type {{path:code}} deprecated',
    deprecatedNoReplacement: 'Resource type {{path:code}} deprecated, with no replacement',
    removed: 'Resource type {{path:code}} no longer exists in AWS provider 7.x',
  },
  fixHint: 'Use the replacement the deprecation notice names (in 7.x: `aws.s3.Bucket` for `aws.s3.BucketV2`, `aws.s3.BucketVersioning` for `BucketVersioningV2`, ...), or pin the provider major version the code was written for.',
  docs: {
    summary: 'A resource class that the AWS provider version the program targets marks `@deprecated` (or has removed), with the SDK\'s own notice and its replacement.',
    why: 'Deprecated resources print warnings on every preview and disappear in the next major version, where the program stops working (the S3 `...V2` classes in provider 7.x, classic resources replaced by newer services). Whether a class is deprecated depends on the provider major version: `aws.s3.BucketV2` is the recommended bucket in 6.x and deprecated in 7.x, so the answer\'s own version pin (package.json, requirements.txt) decides; without one, the newest major is assumed.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst bucket = new aws.s3.BucketV2('reports', { forceDestroy: true });\nexport const bucketName = bucket.bucket;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("reports", force_destroy=True)\npulumi.export("bucket", bucket.bucket)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst bucket = new aws.s3.Bucket('reports', { forceDestroy: true });\nexport const bucketName = bucket.bucket;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.Bucket("reports", force_destroy=True)\npulumi.export("bucket", bucket.bucket)\n`,
    },
    references: [
      'https://www.pulumi.com/registry/packages/aws/how-to-guides/7-0-migration/',
      'https://www.pulumi.com/registry/packages/aws/api-docs/s3/bucketv2/',
    ],
    notes: 'The notices come from the `@deprecated` tags of the pinned @pulumi/aws 6.x and 7.x declarations (src/schema). A class deprecated only in 7.x is not reported for an answer pinned to 6.x.',
  },
  check(ctx) {
    for (const { resource, schema } of schemaArgs(ctx.model).resources) {
      if (schema.deprecated) reportDeprecated(ctx, resource, schema.deprecated);
    }
    if (ctx.model.aws.major === 7) for (const r of ctx.model.resources) checkRemoved(ctx, r);
  },
});

function reportDeprecated(ctx: RuleContext, r: Resource, d: Deprecation): void {
  const replacement = replacementText(ctx.model, d, r.lang);
  const data = { path: resourcePath(r), target: targetText(ctx.model), message: d.message.replace(/\.$/, ''), replacement: replacement ?? '' };
  ctx.report({ messageId: replacement ? 'deprecated' : 'deprecatedNoReplacement', data, resource: r });
}

/** A class 6.x has and 7.x does not: the program was written against 6.x and no longer runs. */
function checkRemoved(ctx: RuleContext, r: Resource): void {
  if (r.pkg !== 'aws' || r.isProvider || awsResourceSchema(ctx.model, r)) return;
  const old = otherSchema(ctx.model).resourceByPath(r.typePath);
  if (!old) return;
  const notice = old.deprecated ? ` (6.x said: "${old.deprecated.message}")` : '';
  const replacement = old.deprecated ? replacementText(ctx.model, old.deprecated, r.lang) : undefined;
  const advice = replacement ? `Use \`${replacement}\`.` : 'Remove it, or pin `@pulumi/aws` / `pulumi-aws` to 6.x; the 7.0 migration guide says what replaced it, if anything.';
  ctx.report({ messageId: 'removed', data: { path: resourcePath(r), notice, target: targetText(ctx.model), fails: REMOVED_FAILS[r.lang], advice }, resource: r, severity: 'critical' });
}
