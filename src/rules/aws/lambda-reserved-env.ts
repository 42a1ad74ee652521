import { arg, keySpan } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

// Keys the Lambda runtime sets itself; CreateFunction/UpdateFunctionConfiguration reject a
// configuration that sets them ("Reserved keys used in this request: AWS_REGION"). From "Defined
// runtime environment variables" in the Lambda developer guide. TZ is listed there too but is left out:
// functions that set it are deployed in practice, so reporting it would not be a deployment error.
const RESERVED = new Set([
  '_HANDLER',
  '_X_AMZN_TRACE_ID',
  'AWS_DEFAULT_REGION',
  'AWS_REGION',
  'AWS_EXECUTION_ENV',
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
  'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_INITIALIZATION_TYPE',
  'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_ACCESS_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API',
  'LAMBDA_TASK_ROOT',
  'LAMBDA_RUNTIME_DIR',
]);

export default defineRule({
  id: 'aws/lambda-reserved-env',
  class: 'LAMBDA-RESERVED-ENV',
  severity: 'critical',
  category: 'aws',
  resourceTypes: ['aws:lambda/function:Function'],
  messages: {
    reserved: 'Environment variable `{{key}}` is reserved by the Lambda runtime: creating the function fails with "Reserved keys used in this request: {{key}}". Remove it; {{hint}}',
  },
  title: 'Reserved environment variable{{key:s}} {{key:code}} set on {{counted}}',
  fixHint: 'Drop the reserved key from `environment.variables`; the runtime already provides it (read AWS_REGION in the handler, use the execution role instead of access keys).',
  docs: {
    summary: 'A Lambda function whose `environment.variables` set a key that the Lambda runtime reserves (AWS_REGION, AWS_ACCESS_KEY_ID, _HANDLER, ...).',
    why: 'Lambda sets these variables itself and rejects function configurations that try to set them, so `pulumi up` fails on the function. LLM-written programs often pass `AWS_REGION` explicitly "for the SDK"; the runtime already provides it.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst fn = new aws.lambda.Function('fn', {\n  runtime: 'nodejs22.x',\n  handler: 'index.handler',\n  role: 'arn:aws:iam::123456789012:role/lambda',\n  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset('exports.handler = async () => 1;') }),\n  environment: { variables: { TABLE: 'orders', AWS_REGION: 'us-east-1' } },\n});\nexport const name = fn.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("fn", runtime="python3.13", handler="index.handler",\n    role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"),\n    environment={"variables": {"TABLE": "orders", "AWS_REGION": "us-east-1"}})\npulumi.export("name", fn.name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst fn = new aws.lambda.Function('fn', {\n  runtime: 'nodejs22.x',\n  handler: 'index.handler',\n  role: 'arn:aws:iam::123456789012:role/lambda',\n  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset('exports.handler = async () => 1;') }),\n  environment: { variables: { TABLE: 'orders', APP_REGION: 'us-east-1' } },\n});\nexport const name = fn.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("fn", runtime="python3.13", handler="index.handler",\n    role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"),\n    environment={"variables": {"TABLE": "orders"}})\npulumi.export("name", fn.name)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime',
    ],
    notes: 'Only keys written literally are checked. `TZ` is documented as reserved but is not reported (it is accepted in practice); unreserved variables such as `LANG`, `PATH`, `NODE_OPTIONS` or `AWS_LAMBDA_EXEC_WRAPPER` are fine.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const vars = arg(r, 'environment.variables');
      if (!vars || vars.kind !== 'obj') continue;
      for (const key of vars.props.keys()) {
        if (!RESERVED.has(key)) continue;
        const hint = /REGION/.test(key) ? 'the runtime sets it to the function\'s region.' : /KEY|TOKEN/.test(key) ? 'credentials come from the execution role.' : 'the runtime sets it.';
        ctx.report({ messageId: 'reserved', data: { key, hint }, at: keySpan(vars, key) ?? vars.props.get(key)?.at ?? vars.at, resource: r });
      }
    }
  },
});
