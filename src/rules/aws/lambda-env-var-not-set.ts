import type { Resource } from '../../model/types.js';
import { envReads, handlerRegions, setByRuntime, within } from '../_shared/handler-code.js';
import { handlerSource } from '../_shared/lambda-archive.js';
import { arg, isAbsent, keySpan } from '../_shared/values.js';
import { inFileWithSyntaxError } from '../_shared/syntax.js';
import { inFragment } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const FUNCTION = 'aws:lambda/function:Function';

/** The variable names the function sets, or undefined when they are not all known. */
function setVariables(r: Resource): Set<string> | undefined {
  if (r.args.open || !r.argsKnown) return undefined;
  const env = r.args.props.get('environment');
  if (isAbsent(env)) return new Set();
  if (env!.kind !== 'obj' || env!.open) return undefined;
  const vars = env!.props.get('variables');
  if (isAbsent(vars)) return new Set();
  if (vars!.kind !== 'obj' || vars!.open) return undefined;
  return new Set(vars!.props.keys());
}

export default defineRule({
  id: 'aws/lambda-env-var-not-set',
  class: 'LAMBDA-CODE-BUGS',
  severity: 'high',
  category: 'aws',
  resourceTypes: [FUNCTION],
  messages: {
    keyError: 'The handler `{{file}}` reads `os.environ["{{name}}"]`, but the function does not set `{{name}}` in `environment.variables`: {{when}} fails with KeyError. Set the variable on the function (e.g. to the table or queue it names), or read it with a default.',
    unset: 'The handler `{{file}}` reads the environment variable `{{name}}` without a fallback, but the function does not set it in `environment.variables`: the code gets {{empty}} where it expects a value (a table name, a queue URL) and its AWS calls fail at run time. Set the variable on the function.',
  },
  title: {
    keyError: 'Handler {{file:code}} reads {{name:code}}, which {{counted}} does not set (KeyError)',
    unset: 'Handler {{file:code}} reads {{name:code}}, which {{counted}} does not set',
  },
  fixHint: 'environment: { variables: { TABLE_NAME: table.name } } on the function, for every variable the handler reads.',
  docs: {
    summary: 'A Lambda handler that reads an environment variable the function never sets.',
    why: 'The handler and the function configuration are written separately and drift: the code reads `TABLE_NAME` while the function sets `DYNAMODB_TABLE`, or sets nothing at all. In Python `os.environ["X"]` raises KeyError (at module level on every cold start); elsewhere the value is None/undefined and the first AWS call with it fails. Nothing catches this before the function runs.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst table = new aws.dynamodb.Table('orders', { attributes: [{ name: 'id', type: 'S' }], hashKey: 'id', billingMode: 'PAY_PER_REQUEST' });\nnew aws.lambda.Function('fn', {\n  runtime: 'nodejs22.x',\n  handler: 'index.handler',\n  role: 'arn:aws:iam::123456789012:role/lambda',\n  environment: { variables: { DYNAMODB_TABLE: table.name } },\n  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset("const table = process.env.TABLE_NAME;\\nexports.handler = async () => ({ table });\\n") }),\n});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\naws.lambda_.Function("fn", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda",\n    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("import os\\nTABLE = os.environ['TABLE_NAME']\\n\\ndef handler(event, context):\\n    return TABLE\\n")}))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst table = new aws.dynamodb.Table('orders', { attributes: [{ name: 'id', type: 'S' }], hashKey: 'id', billingMode: 'PAY_PER_REQUEST' });\nnew aws.lambda.Function('fn', {\n  runtime: 'nodejs22.x',\n  handler: 'index.handler',\n  role: 'arn:aws:iam::123456789012:role/lambda',\n  environment: { variables: { TABLE_NAME: table.name } },\n  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset("const table = process.env.TABLE_NAME;\\nexports.handler = async () => ({ table, region: process.env.AWS_REGION });\\n") }),\n});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\naws.lambda_.Function("fn", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda",\n    environment={"variables": {"TABLE_NAME": "orders"}},\n    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("import os\\nTABLE = os.environ['TABLE_NAME']\\nLEVEL = os.environ.get('LOG_LEVEL', 'INFO')\\n\\ndef handler(event, context):\\n    return TABLE\\n")}))\n`,
    },
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html'],
    notes: 'Judged when the handler code is known (inline StringAssets, or answer files of the archive) and every variable the function sets is known (no spread or unknown object, not in a file with syntax errors). Only reads at module level and in the handler function itself are considered (helpers and other handlers of the same file may never run); reads with a default or inside a test (`os.environ.get("X", "d")`, `process.env.X || "d"`, `if (process.env.X)`) and the variables the Lambda runtime sets (`AWS_REGION`, `AWS_LAMBDA_FUNCTION_NAME`, ...) are never reported.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (inFragment(ctx, r) || inFileWithSyntaxError(ctx, r)) continue;
      const set = setVariables(r);
      const src = set && handlerSource(ctx, r);
      if (!set || !src) continue;
      const regions = handlerRegions(src.text, src.lang, src.fn);
      if (!regions) continue;
      const reported = new Set<string>();
      for (const read of envReads(src.text, src.lang)) {
        if (read.optional || set.has(read.name) || setByRuntime(read.name) || reported.has(read.name) || !within(regions, read.at)) continue;
        reported.add(read.name);
        const vars = arg(r, 'environment.variables');
        const at = keySpan(r.args, 'environment') ?? vars?.at;
        const moduleLevel = !within([regions[regions.length - 1]!], read.at);
        const when = moduleLevel ? 'every cold start' : 'every invocation';
        if (read.hard) ctx.report({ messageId: 'keyError', data: { file: src.file, name: read.name, when }, at, resource: r });
        else ctx.report({ messageId: 'unset', data: { file: src.file, name: read.name, empty: src.lang === 'py' ? 'None' : 'undefined' }, at, resource: r, severity: 'medium' });
      }
    }
  },
});

