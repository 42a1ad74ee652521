import { jsMissingNames, type MissingName, pythonMissingNames } from '../_shared/handler-code.js';
import type { HandlerLang } from '../_shared/lambda-archive.js';
import { handlerTexts } from '../_shared/lambda-code.js';
import { defineRule } from '../define-rule.js';

const FUNCTION = 'aws:lambda/function:Function';

function missingNames(text: string, lang: HandlerLang): MissingName[] {
  return lang === 'py' ? pythonMissingNames(text) : jsMissingNames(text);
}

function dataOf(m: MissingName, lang: HandlerLang, where: string): Record<string, string> {
  return lang === 'py'
    ? { name: m.name, where, error: `NameError: name '${m.name}' is not defined`, fix: m.fix }
    : { name: m.name, where, error: `ReferenceError: ${m.name} is not defined`, fix: m.fix };
}

export default defineRule({
  id: 'aws/lambda-code-undefined-name',
  class: 'LAMBDA-CODE-BUGS',
  severity: 'high',
  category: 'aws',
  resourceTypes: [FUNCTION],
  messages: {
    missing: 'The Lambda code{{where}} uses `{{name}}` but never imports or creates it: when this line runs the function fails with "{{error}}". Add `{{fix}}`.',
  },
  title: 'Lambda code{{where}} uses {{name:code}} without importing it',
  fixHint: 'Import every module the handler uses (`import time`, `from boto3.dynamodb.conditions import Key`) and create each SDK client before calling it.',
  docs: {
    summary: 'Lambda handler code that uses a module, an SDK name or a client it never imports or creates (`time.sleep` without `import time`, `Key(...)` without its import, `AWS.S3` without requiring the SDK, `client.send(...)` with no client).',
    why: 'Handler code is not type-checked or run by `pulumi up`: a forgotten import only shows when the function runs, as a NameError/ReferenceError on every invocation that reaches the line (on every cold start when the line is at module level). Generated handlers often use `json`, `os`, `time`, `datetime` or boto3\'s `Key` without importing them, or call a client under a name they never defined.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nnew aws.lambda.Function('fn', {\n  runtime: 'nodejs22.x',\n  handler: 'index.handler',\n  role: 'arn:aws:iam::123456789012:role/lambda',\n  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset("exports.handler = async () => new AWS.S3().listBuckets().promise();\\n") }),\n});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\naws.lambda_.Function("fn", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda",\n    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("import json\\n\\ndef handler(event, context):\\n    time.sleep(1)\\n    return json.dumps(event)\\n")}))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nnew aws.lambda.Function('fn', {\n  runtime: 'nodejs22.x',\n  handler: 'index.handler',\n  role: 'arn:aws:iam::123456789012:role/lambda',\n  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset("const { S3Client, ListBucketsCommand } = require('@aws-sdk/client-s3');\\nconst s3 = new S3Client({});\\nexports.handler = async () => s3.send(new ListBucketsCommand({}));\\n") }),\n});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\naws.lambda_.Function("fn", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda",\n    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("import json\\nimport time\\n\\ndef handler(event, context):\\n    time.sleep(1)\\n    return json.dumps(event)\\n")}))\n`,
    },
    references: ['https://docs.python.org/3/library/exceptions.html#NameError', 'https://docs.aws.amazon.com/lambda/latest/dg/python-handler.html', 'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html'],
    notes: 'Reads the Lambda code files of the answer (files the loader recognises as handler code, not fragments) and the inline StringAsset code of functions. Only a fixed list of names is judged: standard-library and SDK modules used as `module.attr` (Python), the boto3/botocore/decimal/datetime names handlers import (`Key`, `Attr`, `ClientError`, `Decimal`, `timedelta`), and in Node.js the `AWS` namespace, `*Client` / `*Command` classes and `.send(new ...)` receivers. A file with `import *`, `eval` or `exec` is not judged.',
  },
  check(ctx) {
    // Inline code: one finding per name and archive member, however often the name is used.
    const seen = new Set<string>();
    for (const h of handlerTexts(ctx.model, ctx.resources())) {
      for (const m of missingNames(h.text, h.lang)) {
        const at = h.at(m.at, m.name.length);
        if (h.resource) {
          const key = `${at?.f}:${at?.s}:${m.name}`;
          if (seen.has(key)) continue;
          seen.add(key);
        }
        ctx.report({ messageId: 'missing', data: dataOf(m, h.lang, ` ${h.name}`), at, ...(h.resource ? { resource: h.resource } : {}) });
      }
    }
  },
});
