import { describe, type At, type Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { LAMBDA_FUNCTION } from '../_shared/lambda-permissions.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { bool, str } from '../_shared/values.js';
import { knownAbsent } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const PROVISIONED = 'aws:lambda/provisionedConcurrencyConfig:ProvisionedConcurrencyConfig';
const ALIAS = 'aws:lambda/alias:Alias';

/** Why a qualifier or alias version means `$LATEST`, and where that is written. */
interface Latest {
  how: string;
  at?: At;
}

export default defineRule({
  id: 'aws/provisioned-concurrency-on-latest',
  class: 'LAMBDA-CONFIG-OTHER',
  severity: 'high',
  category: 'aws',
  resourceTypes: [PROVISIONED],
  messages: {
    qualifier: 'Provisioned concurrency is configured on `$LATEST` ({{how}}). Lambda only allows it on a published version or an alias that points to one ("Provisioned Concurrency Configs cannot be applied to unpublished function versions"), so the deployment fails; set `publish: true` on the function and use its `version`, or an alias of that version.',
    alias: 'Alias `{{alias}}` points to `$LATEST` ({{how}}) and carries provisioned concurrency. Lambda only allows provisioned concurrency on published versions, so the deployment fails; set `publish: true` on the function and give the alias `functionVersion: fn.version`.',
  },
  title: {
    qualifier: 'Provisioned concurrency on `$LATEST` ({{counted}})',
    alias: 'Provisioned concurrency on alias {{alias:code}} of `$LATEST`',
  },
  fixHint: 'new aws.lambda.Function(..., { publish: true }); new aws.lambda.Alias("live", { functionName: fn.name, functionVersion: fn.version }); qualifier: alias.name.',
  docs: {
    summary: 'Lambda provisioned concurrency configured on `$LATEST`: directly, through the `version` of an unpublished function, or through an alias that points to `$LATEST`.',
    why: 'Provisioned concurrency keeps initialised execution environments for one immutable function version. `$LATEST` is not a version, so Lambda rejects the configuration and `pulumi up` fails. An unpublished function (no `publish: true`) reports `$LATEST` as its `version`, which makes `qualifier: fn.version` and `functionVersion: fn.version` fail the same way.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst fn = new aws.lambda.Function('api', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda', code: new pulumi.asset.FileArchive('./app') });\nnew aws.lambda.ProvisionedConcurrencyConfig('warm', { functionName: fn.name, qualifier: '$LATEST', provisionedConcurrentExecutions: 2 });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("api", runtime="python3.13", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"))\nlive = aws.lambda_.Alias("live", function_name=fn.name, function_version=fn.version)\naws.lambda_.ProvisionedConcurrencyConfig("warm", function_name=fn.name, qualifier=live.name, provisioned_concurrent_executions=2)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst fn = new aws.lambda.Function('api', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda', code: new pulumi.asset.FileArchive('./app'), publish: true });\nnew aws.lambda.ProvisionedConcurrencyConfig('warm', { functionName: fn.name, qualifier: fn.version, provisionedConcurrentExecutions: 2 });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("api", runtime="python3.13", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"), publish=True)\nlive = aws.lambda_.Alias("live", function_name=fn.name, function_version=fn.version)\naws.lambda_.ProvisionedConcurrencyConfig("warm", function_name=fn.name, qualifier=live.name, provisioned_concurrent_executions=2)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html',
      'https://www.pulumi.com/registry/packages/aws/api-docs/lambda/function/#version_nodejs',
    ],
    notes: 'A function whose `publish` argument is unknown, or a qualifier that is not a literal, a function `version` or an alias of the program, is not judged.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const q = r.args.props.get('qualifier');
      const direct = latestVersion(ctx, q);
      if (direct) {
        ctx.report({ messageId: 'qualifier', data: { how: direct.how }, at: direct.at ?? q?.at, resource: r });
        continue;
      }
      const alias = referencedResource(ctx.model, q);
      if (alias?.type !== ALIAS) continue;
      const version = alias.args.props.get('functionVersion');
      const latest = latestVersion(ctx, version);
      if (latest) ctx.report({ messageId: 'alias', data: { alias: str(alias.args.props.get('name')) ?? describeName(alias), how: latest.how }, at: latest.at ?? version?.at, resource: alias });
    }
  },
});

/** Does a version value mean `$LATEST`: the literal, or the `version` of an unpublished function? */
function latestVersion(ctx: RuleContext, v: Value | undefined): Latest | undefined {
  if (str(v) === '$LATEST') return withAt({ how: 'the literal `$LATEST`' }, v?.at);
  const fn = referencedResource(ctx.model, v);
  if (!fn || fn.type !== LAMBDA_FUNCTION || v?.kind !== 'output' || v.attr !== 'version') return undefined;
  if (unpublished(ctx, fn)) return withAt({ how: `the \`version\` of a function that is not published, which is \`$LATEST\`` }, v.at);
  return undefined;
}

function unpublished(ctx: RuleContext, fn: Resource): boolean {
  const publish = fn.args.props.get('publish');
  if (publish && publish.kind !== 'absent') return bool(publish) === false;
  return knownAbsent(ctx, fn, 'publish');
}

function describeName(r: Resource): string {
  return describe(r.name).replace(/^"|"$/g, '');
}

function withAt(l: Latest, at: At | undefined): Latest {
  if (at) l.at = at;
  return l;
}
