import { builtinModules } from 'node:module';
import type { Resource } from '../../model/types.js';
import { type Archive, functionArchive, handlerFile, instructedInDirs, runsCommands } from '../_shared/lambda-archive.js';
import { PYTHON_STDLIB } from '../_shared/python-stdlib.js';
import { arg, definitelyAbsent, keySpan, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const FUNCTION = 'aws:lambda/function:Function';

/** What the Lambda Python runtimes ship besides the standard library: boto3 and its dependencies. */
const PYTHON_PROVIDED = new Set(['boto3', 'botocore', 's3transfer', 'jmespath', 'dateutil', 'urllib3', 'six', 'awslambdaric']);

/**
 * Does the answer tell the reader to install dependencies into one of these directories before
 * deploying (`cd lambda && npm install`, `pip install -r requirements.txt -t lambda/`)? Then the
 * archive holds them at `pulumi up` time.
 */
function installedByInstructions(ctx: RuleContext, dirs: readonly string[]): boolean {
  return instructedInDirs(ctx.model, dirs, '(?:npm|yarn|pnpm)\\s+(?:install|ci|i|add)\\b|pip3?\\s+install', 'npm\\s+(?:install|ci)\\b[^\\n]*--prefix|pip3?\\s+install\\b[^\\n]*(?:-t|--target)');
}

/** Top-level imports of a Python module: module-level `import x` / `from x import y` (not inside try, not relative). */
function pythonImports(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/^(?:from\s+([A-Za-z_][\w.]*)\s+import\b|import\s+([A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)*))/gm)) {
    for (const name of (m[1] ?? m[2]!).split(',')) out.add(name.trim().split('.')[0]!);
  }
  return [...out];
}

/** Packages a Node.js module requires or imports (module level and inline), by package name. */
function nodeImports(text: string): string[] {
  const out = new Set<string>();
  const specs = [...text.matchAll(/(?:^|[^.\w$])require\(\s*['"]([^'"]+)['"]\s*\)/g), ...text.matchAll(/^[ \t]*import\s+(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  for (const s of specs) {
    if (s.startsWith('.') || s.startsWith('/') || s.startsWith('node:')) continue;
    out.add(s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!);
  }
  return [...out];
}

function nodeProvided(pkg: string, runtime: string): boolean {
  if (builtinModules.includes(pkg)) return true;
  const major = Number(/^nodejs(\d+)/.exec(runtime)?.[1] ?? 0);
  // Node.js 18 and later ship the AWS SDK for JavaScript v3; older runtimes shipped v2.
  // `aws-sdk` (v2) on those is aws/lambda-sdk-not-in-runtime's finding, not this rule's.
  if (major >= 18) return pkg.startsWith('@aws-sdk/') || pkg.startsWith('@smithy/') || pkg === 'aws-sdk';
  return pkg === 'aws-sdk';
}

/** Is `pkg` itself in the archive (a vendored package or a module of the answer's own)? */
function inArchive(files: Map<string, string | undefined>, pkg: string, python: boolean): boolean {
  for (const name of files.keys()) {
    if (python && (name === `${pkg}.py` || name.startsWith(`${pkg}/`) || name.includes(`/${pkg}/`))) return true;
    if (!python && (name.startsWith(`node_modules/${pkg}/`) || name.includes(`/node_modules/${pkg}/`))) return true;
  }
  return false;
}

export default defineRule({
  id: 'aws/lambda-dependency-not-packaged',
  class: 'PACKAGING-ASSETS',
  severity: 'high',
  category: 'aws',
  resourceTypes: [FUNCTION],
  messages: {
    missing: 'The handler `{{file}}` imports {{packages}}, which the {{runtime}} runtime does not provide and the code archive does not contain{{manifest}}: every invocation fails with {{error}}. Package the dependencies into the archive (install them into the code directory in a build step) or attach a layer that provides them.',
  },
  title: 'Handler {{file:code}} imports {{packages}}, not packaged with {{counted}}',
  fixHint: 'Install the dependencies next to the handler before `pulumi up` (pip install -r requirements.txt -t lambda/; npm ci in the code directory), or publish them as an aws.lambda.LayerVersion and list it in `layers`.',
  docs: {
    summary: 'A Lambda handler that imports third-party packages which neither the runtime nor the code archive provides.',
    why: 'Pulumi zips the code directory as it is: it does not run `pip install` or `npm install`. A handler that imports `requests`, `aws_xray_sdk` or `axios` therefore fails on every invocation (`Runtime.ImportModuleError: No module named ...`, `Cannot find module ...`) unless the packages are vendored into the archive or come from a layer. A requirements.txt or package.json next to the handler is not installed. The Lambda runtimes only provide the language\'s standard library and the AWS SDK (boto3 for Python, the AWS SDK for JavaScript v3 on Node.js 18 and later).',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst role = new aws.iam.Role('fn', { assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }) });\nnew aws.lambda.Function('fn', {\n  runtime: 'nodejs20.x',\n  handler: 'index.handler',\n  role: role.arn,\n  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset("const axios = require('axios');\\nexports.handler = async () => (await axios.get('https://example.org')).status;\\n") }),\n});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nrole = aws.iam.Role("fn", assume_role_policy='{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}')\naws.lambda_.Function("fn", runtime="python3.12", handler="index.handler", role=role.arn,\n    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("import requests\\n\\ndef handler(event, context):\\n    return requests.get('https://example.org').status_code\\n")}))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst role = new aws.iam.Role('fn', { assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }) });\nnew aws.lambda.Function('fn', {\n  runtime: 'nodejs20.x',\n  handler: 'index.handler',\n  role: role.arn,\n  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset("const { S3Client } = require('@aws-sdk/client-s3');\\nexports.handler = async () => typeof S3Client;\\n") }),\n});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nrole = aws.iam.Role("fn", assume_role_policy='{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}')\naws.lambda_.Function("fn", runtime="python3.12", handler="index.handler", role=role.arn,\n    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("import json\\nimport boto3\\n\\ndef handler(event, context):\\n    return json.dumps({'ok': True})\\n")}))\n`,
    },
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/python-package.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-package.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
    ],
    notes: 'Judged only when the runtime and handler are known, the archive\'s content is known (inline StringAssets, or FileAsset/FileArchive paths whose files the answer contains), the handler file is in it, the function has no `layers`, the program runs no build step (no child_process/subprocess/fs writes in the Pulumi program), and the answer does not tell the reader to install the dependencies into the code directory (`cd lambda && npm install`, `pip install -t lambda`). Only module-level imports are read (an import inside `try` may be optional); relative imports and modules of the archive itself are fine. Container-image functions are not judged. `aws-sdk` (v2) on Node.js 18 and later is reported by aws/lambda-sdk-not-in-runtime.',
  },
  check(ctx) {
    if (runsCommands(ctx.model)) return;
    for (const r of ctx.resources()) {
      if (!definitelyAbsent(r, 'layers')) continue;
      const runtime = str(arg(r, 'runtime'));
      const handler = str(arg(r, 'handler'));
      const python = runtime?.startsWith('python') ?? false;
      if (!runtime || !handler || !handler.includes('.') || !(python || runtime.startsWith('nodejs'))) continue;
      const pack = functionArchive(ctx, r);
      const entry = pack && handlerFile(pack, handler, python ? 'py' : 'js');
      if (!pack || !entry || entry.text === undefined || installedByInstructions(ctx, pack.dirs)) continue;
      report(ctx, r, pack, [entry.name, entry.text], runtime, python);
    }
  },
});

function report(ctx: RuleContext, r: Resource, pack: Archive, [file, text]: [string, string], runtime: string, python: boolean): void {
  const imports = python ? pythonImports(text) : nodeImports(text);
  const missing = imports.filter((pkg) =>
    python ? !PYTHON_STDLIB.has(pkg) && !PYTHON_PROVIDED.has(pkg) && !inArchive(pack.files, pkg, true) : !nodeProvided(pkg, runtime) && !inArchive(pack.files, pkg, false),
  );
  if (missing.length === 0) return;
  const manifestName = python ? 'requirements.txt' : 'package.json';
  const manifest = [...pack.files.keys()].some((n) => n === manifestName || n.endsWith(`/${manifestName}`)) ? ` (its ${manifestName} lists packages, but Pulumi does not install them)` : '';
  ctx.report({
    messageId: 'missing',
    data: {
      file,
      packages: missing.map((m) => `\`${m}\``).join(', '),
      runtime,
      manifest,
      error: python ? `"Runtime.ImportModuleError: No module named '${missing[0]}'"` : `"Cannot find module '${missing[0]}'"`,
    },
    // The `code` argument of this function: the archive may be built by a helper shared by several.
    at: keySpan(r.args, 'code') ?? arg(r, 'code')?.at,
    resource: r,
  });
}
