import type { SourceFile } from '../../core/source.js';
import type { SdkRead } from '../../model/types.js';
import { insteadOf, PACKAGE_CLASSES, PULUMI_PACKAGES, pulumiMember, spellingOf } from '../_shared/pulumi-sdk.js';
import { spanKey } from '../_shared/spans.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

/** What a call of an SDK namespace meant, by language and name. */
const MODULE_INSTEAD: Record<string, string> = {
  'py:output': 'To make an Output of a value, use `pulumi.Output.from_input(value)`; Outputs of resources need no wrapping.',
  'py:log': 'Log with `pulumi.log.info(...)` (or `warn`, `error`, `debug`).',
  'py:config': 'Create a `pulumi.Config()` and read settings from it.',
  'py:asset': 'Create `pulumi.FileArchive(...)`, `pulumi.AssetArchive(...)` or `pulumi.StringAsset(...)`.',
  'ts:Output': 'Use `pulumi.output(value)` to make an Output of a value.',
  'ts:log': 'Log with `pulumi.log.info(...)` (or `warn`, `error`, `debug`).',
  'ts:asset': 'Create `new pulumi.asset.FileArchive(...)`, `AssetArchive` or `StringAsset`.',
};

/** Option types that TypeScript programs must write as object literals. */
const OPTION_TYPES = /^(ResourceOptions|CustomResourceOptions|ComponentResourceOptions|InvokeOptions|CustomTimeouts|Alias)$/;

function fails(file: SourceFile, reached: boolean): string {
  if (file.language === 'typescript') return 'TypeScript does not compile the program ("Property does not exist"), so nothing is deployed';
  if (file.language === 'javascript') return 'it is `undefined` at run time, so the program throws a TypeError here';
  return reached ? 'Python raises AttributeError when this line runs, and the deployment stops' : 'Python raises AttributeError as soon as this code runs';
}

export default defineRule({
  id: 'code/unknown-sdk-member',
  class: 'CODE-TYPE-COMPILE',
  severity: 'high',
  category: 'code',
  resourceTypes: [],
  messages: {
    missing: '`{{expr}}` does not exist in the Pulumi SDK for {{language}}: {{fails}}. {{instead}}',
    typeOnly: '`{{expr}}` is only a type in `@pulumi/pulumi` and is used here as a value: TypeScript does not compile the program ("only refers to a type"). {{instead}}',
    package: '`{{expr}}` does not exist: `{{pkg}}` is a package of its own, not a member of the core SDK: {{fails}}. Import it (`{{importLine}}`) and write `{{alias}}.X` instead of `{{expr}}.X`.',
    moduleCalled: '`pulumi.{{name}}` is {{what}}, not a function: {{fails}}. {{instead}}',
    packageClass: '`{{expr}}` does not exist: `{{name}}` is a resource of the `{{pkg}}` package, not of the core SDK: {{fails}}. Import the package (`{{importLine}}`) and create `{{alias}}.{{name}}`.',
  },
  title: {
    missing: '{{expr:code}} does not exist in the Pulumi SDK for {{language}}',
    typeOnly: 'Type-only {{expr:code}} used as a value',
    package: '{{expr:code}} used without importing {{pkg:code}}',
    packageClass: '{{expr:code}} used without importing {{pkg:code}}',
    moduleCalled: 'SDK namespace {{name:code}} called as a function',
  },
  fixHint: 'Use the SDK of the program\'s language: TypeScript exports stack outputs with `export const` and combines Outputs with `pulumi.all` / `pulumi.interpolate`; Python uses `pulumi.export` and `pulumi.Output.all` / `Output.concat`.',
  docs: {
    summary: 'A member of the core Pulumi SDK (`pulumi.x`, `pulumi.Output.x`, `pulumi.asset.x`, `pulumi.log.x`) that the SDK of the file\'s language does not have.',
    why: 'Models mix the two SDKs: `pulumi.export(...)` in TypeScript, `pulumi.interpolate` or `pulumi.all` in Python, `pulumi.Output.all` in TypeScript, `new pulumi.ResourceOptions(...)` in TypeScript, or invent helpers (`pulumi.get_account_id()`, `pulumi.json.dumps`, `pulumi.random.RandomPassword`). TypeScript refuses to compile such a program; Python raises AttributeError when the line runs; either way the deployment stops there.',
    bad: {
      ts: `import * as pulumi from '@pulumi/pulumi';\nimport * as aws from '@pulumi/aws';\nconst bucket = new aws.s3.BucketV2('data');\npulumi.export('bucketName', bucket.bucket);\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("data")\npulumi.export("url", pulumi.interpolate(f"s3://{bucket.bucket}"))\n`,
    },
    good: {
      ts: `import * as pulumi from '@pulumi/pulumi';\nimport * as aws from '@pulumi/aws';\nconst bucket = new aws.s3.BucketV2('data');\nexport const url = pulumi.interpolate\`s3://\${bucket.bucket}\`;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("data")\npulumi.export("url", pulumi.Output.concat("s3://", bucket.bucket))\n`,
    },
    references: [
      'https://www.pulumi.com/docs/reference/pkg/nodejs/pulumi/pulumi/',
      'https://www.pulumi.com/docs/reference/pkg/python/pulumi/',
      'https://www.pulumi.com/docs/iac/concepts/inputs-outputs/',
    ],
    notes: 'A namespace of the SDK called as a function is reported too: Python `pulumi.output(x)` (a module; the function is `pulumi.Output.from_input`), `pulumi.log("...")`, TypeScript `pulumi.Output(x)` (the function is `pulumi.output`). Judged namespaces: the package root, `Output`, `asset` and `log`; members of `runtime`, `dynamic`, `automation` and the other sub-namespaces are not. Names taken by an import (`from pulumi import x`) are reported by code/unknown-sdk-import. Files with syntax errors are skipped (a block in another language parses badly). The catalogue is that of `@pulumi/pulumi` 3.248 and the matching Python SDK; a member added later would be reported.',
  },
  check(ctx) {
    const imports = new Set(ctx.model.imports.map((i) => spanKey(i.at)));
    const broken = new Set(ctx.model.diagnostics.filter((d) => d.code === 'parse/syntax-error' && d.file).map((d) => d.file!));
    const seen = new Set<string>();
    for (const read of ctx.model.sdkReads) {
      if (read.pkg !== 'pulumi' || imports.has(spanKey(read.at))) continue;
      const file = ctx.fileOf(read.at);
      if (!file || broken.has(file.path)) continue;
      const kind = pulumiMember(read.lang, read.path, read.name);
      if (kind === 'value' || kind === 'unknown') continue;
      const key = `${file.path}\u0000${read.path.join('.')}.${read.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report(ctx, read, file, kind);
    }
    for (const e of ctx.model.events) {
      if (e.kind !== 'sdk-module-called' || !e.detail) continue;
      const file = ctx.fileOf(e.at);
      if (!file || broken.has(file.path) || seen.has(`call\u0000${spanKey(e.at)}`)) continue;
      seen.add(`call\u0000${spanKey(e.at)}`);
      const py = file.language === 'python';
      const what = py ? 'a module of the Python SDK' : e.detail === 'Output' ? 'the `Output` helper object (it has `create` and `isInstance`)' : 'a namespace of the SDK';
      const fails = py
        ? `Python raises TypeError ("'module' object is not callable") ${e.reached ? 'when this line runs, and the deployment stops' : 'as soon as this code runs'}`
        : file.language === 'javascript' ? 'it is an object, so the call throws a TypeError' : 'TypeScript does not compile the call ("This expression is not callable")';
      const instead = MODULE_INSTEAD[`${py ? 'py' : 'ts'}:${e.detail}`] ?? 'Call one of its members instead.';
      ctx.report({ messageId: 'moduleCalled', data: { name: e.detail, what, fails, instead }, at: e.at, severity: py && !e.reached ? 'medium' : 'high' });
    }
  },
});

function report(ctx: RuleContext, read: SdkRead, file: SourceFile, kind: 'type' | 'missing'): void {
  const member = [...read.path, read.name].join('.');
  const expr = `pulumi.${member}`;
  const severity = read.lang === 'py' && !read.reached ? 'medium' : 'high';
  if (kind === 'type' && file.language === 'typescript') {
    const instead = OPTION_TYPES.test(read.name)
      ? `Pass a plain object literal (\`{ parent: this }\`), typed \`pulumi.${read.name}\` if you want the annotation.`
      : 'Use it in type annotations only.';
    ctx.report({ messageId: 'typeOnly', data: { expr, instead }, at: read.at, severity });
    return;
  }
  const owner = read.path.length === 0 ? (PULUMI_PACKAGES[read.name] ? read.name : PACKAGE_CLASSES[read.name]) : undefined;
  if (owner) {
    const pkg = PULUMI_PACKAGES[owner]!;
    const ts = read.lang === 'ts';
    const data = {
      expr,
      name: read.name,
      pkg: ts ? pkg.ts : pkg.py,
      fails: fails(file, read.reached),
      importLine: ts ? `import * as ${owner} from "${pkg.ts}"` : `import ${pkg.py} as ${owner}`,
      alias: owner,
    };
    ctx.report({ messageId: owner === read.name ? 'package' : 'packageClass', data, at: read.at, severity, class: 'CODE-IMPORT-MODULE' });
    return;
  }
  const spelled = spellingOf(read.lang, read.path, read.name);
  const instead =
    insteadOf(read.lang, member) ??
    (spelled ? `The ${read.lang === 'py' ? 'Python' : 'TypeScript'} SDK spells it \`pulumi.${[...read.path, spelled].join('.')}\`.` : 'Check the SDK reference for the function that does this.');
  const language = file.language === 'python' ? 'Python' : file.language === 'javascript' ? 'JavaScript' : 'TypeScript';
  ctx.report({ messageId: 'missing', data: { expr, language, fails: fails(file, read.reached), instead }, at: read.at, severity });
}
