import type { At } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { LAMBDA_RUNTIMES_AS_OF, runtimeStatus } from '../_shared/lambda-runtimes.js';
import { sdkV2Use } from '../_shared/lambda-sdk-v2.js';
import { arg, items, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const FUNCTION = 'aws:lambda/function:Function';
const LAYER = 'aws:lambda/layerVersion:LayerVersion';

export default defineRule({
  id: 'aws/lambda-runtime-deprecated',
  class: 'RUNTIME-DEPRECATED',
  severity: 'high',
  category: 'aws',
  resourceTypes: [FUNCTION, LAYER],
  messages: {
    blocked: 'Lambda runtime `{{runtime}}` was deprecated on {{deprecated}} and AWS has blocked creating functions with it since {{blocked}}: the deployment fails. Use `{{successor}}`.',
    deprecated: 'Lambda runtime `{{runtime}}` reached end of support on {{deprecated}}: it gets no security patches{{blockNote}}. Move to `{{successor}}`.',
    deprecating: 'Lambda runtime `{{runtime}}` reaches end of support on {{deprecated}} (within six months of {{asOf}}). Start on a runtime with a longer life, such as `{{successor}}`.',
    layer: 'The layer declares deprecated compatible runtimes ({{runtimes}}). Functions on those runtimes get no security patches and soon cannot be created or updated; build the layer for supported runtimes.',
    sdkV2Bundled: 'The handler{{file}} uses the AWS SDK for JavaScript v2 (`aws-sdk`), which reached end of support on 2025-09-08 and gets no more security fixes; the `{{runtime}}` runtime only provides v3. Move to the v3 clients (`@aws-sdk/client-*`).',
  },
  title: {
    blocked: 'Blocked Lambda runtime {{runtime:code}} on {{counted}}',
    deprecated: 'Unsupported Lambda runtime {{runtime:code}} on {{counted}}',
    deprecating: 'Lambda runtime {{runtime:code}} reaches end of support on {{deprecated}} ({{counted}})',
    layer: 'Lambda layer built for unsupported runtimes {{runtimes}}',
    sdkV2Bundled: 'Handler{{file}} uses AWS SDK v2, past its end of support ({{counted}})',
  },
  fixHint: 'Pick a supported runtime (nodejs22.x, python3.13, java21, provided.al2023); move Node.js handlers to the AWS SDK v3.',
  docs: {
    summary: 'A Lambda function or layer on a runtime AWS has deprecated (or blocks), and Node.js handlers that bring along the AWS SDK v2, which AWS no longer supports.',
    why: 'Deprecated runtimes get no security patches and are blocked in two steps: first no new functions can be created with them (the deployment fails), then existing functions can no longer be updated. Handlers that bundle the v2 SDK (`aws-sdk`) run on a library that gets no more security fixes. The dates come from the AWS Lambda runtimes page and are kept, with the date they describe, in `src/rules/_shared/lambda-runtimes.ts`.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst fn = new aws.lambda.Function('fn', {\n  runtime: aws.lambda.Runtime.NodeJS16dX,\n  handler: 'index.handler',\n  role: 'arn:aws:iam::123456789012:role/lambda',\n  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset('exports.handler = async () => 1;') }),\n});\nexport const name = fn.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("fn", runtime="go1.x", handler="main",\n    role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./build"))\npulumi.export("name", fn.name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst fn = new aws.lambda.Function('fn', {\n  runtime: aws.lambda.Runtime.NodeJS22dX,\n  handler: 'index.handler',\n  role: 'arn:aws:iam::123456789012:role/lambda',\n  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset('exports.handler = async () => 1;') }),\n});\nexport const name = fn.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("fn", runtime="provided.al2023", handler="bootstrap",\n    role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./build"))\npulumi.export("name", fn.name)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/lambda-nodejs.html',
      'https://github.com/aws-cloudformation/cfn-lint/pull/4532',
    ],
    notes: `Verdicts are computed against the table's date (${LAMBDA_RUNTIMES_AS_OF}), not the clock: "cannot be created" (critical) only where AWS publishes a block-create date before it; "deprecated" (high); deprecation within six months (medium). Runtimes from a config value or an unknown variable are not judged. The SDK check reads the handler file when the archive's content is known (inline StringAssets, answer files and directories); \`aws-sdk\` that may come from a layer, a vendored \`node_modules/aws-sdk\`, or a package.json the answer tells the reader to install in the code directory is reported as end-of-support (medium). A handler that needs \`aws-sdk\` and has no way to get it is reported by aws/lambda-sdk-not-in-runtime. The deprecated SDK constants (\`aws.lambda.Go1dxRuntime\`) count as the runtimes they name.`,
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === FUNCTION) checkFunction(ctx, r);
      else checkLayer(ctx, r);
    }
  },
});

function checkFunction(ctx: RuleContext, r: Resource): void {
  const runtimeV = arg(r, 'runtime');
  const runtime = str(runtimeV);
  if (runtime === undefined) return;
  const st = runtimeStatus(runtime);
  const at = runtimeV?.at;
  if (st && st.status !== 'supported') {
    const data = { runtime, deprecated: st.life.deprecated, successor: st.life.successor, asOf: LAMBDA_RUNTIMES_AS_OF };
    if (st.status === 'create-blocked') {
      ctx.report({ messageId: 'blocked', data: { ...data, blocked: st.life.blockCreate ?? '' }, at, resource: r, severity: 'critical' });
    } else if (st.status === 'deprecated') {
      const blockNote = st.life.blockCreate ? ` and AWS blocks creating functions with it from ${st.life.blockCreate}` : '';
      ctx.report({ messageId: 'deprecated', data: { ...data, blockNote }, at, resource: r });
    } else {
      ctx.report({ messageId: 'deprecating', data, at, resource: r, severity: 'medium' });
    }
  }
  // A handler that needs `aws-sdk` the runtime lacks is aws/lambda-sdk-not-in-runtime's; one that
  // brings it along still runs on an SDK past its end of support.
  const v2 = sdkV2Use(ctx, r);
  if (v2?.bundled) ctx.report({ messageId: 'sdkV2Bundled', data: { runtime: v2.runtime, file: v2.file }, at: v2.at, resource: r, severity: 'medium' });
}

function checkLayer(ctx: RuleContext, r: Resource): void {
  const old: { runtime: string; at: At | undefined }[] = [];
  for (const v of items(arg(r, 'compatibleRuntimes'))?.items ?? []) {
    const runtime = str(v);
    const st = runtime !== undefined ? runtimeStatus(runtime) : undefined;
    if (runtime && st && (st.status === 'create-blocked' || st.status === 'deprecated')) old.push({ runtime, at: v.at });
  }
  if (old.length === 0) return;
  const runtimes = old.map((o) => `\`${o.runtime}\``).join(', ');
  ctx.report({ messageId: 'layer', data: { runtimes }, at: old[0]!.at, resource: r, severity: 'medium' });
}
