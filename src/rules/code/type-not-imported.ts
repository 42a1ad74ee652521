import type { Lang } from '../../core/ir.js';
import { insertImport, quoteIn } from '../_shared/fixes.js';
import { relativeSpecifier } from '../_shared/local-modules.js';
import { defineRule } from '../define-rule.js';

const NOT_READ = new Set(['parse/syntax-error', 'parse/too-deep', 'load/file-count']);

export default defineRule({
  id: 'code/type-not-imported',
  class: 'CODE-IMPORT-MODULE',
  severity: 'high',
  category: 'code',
  resourceTypes: [],
  messages: {
    typescript: '`{{name}}` names a type here, but this file never imports it: TypeScript does not compile the program ("{{error}}"), so nothing is deployed. Add `{{importLine}}` at the top of the file.',
    python: '`{{name}}` is read by this annotation, but this file never imports it: Python evaluates the annotation when the definition runs and stops with NameError (before Python 3.14; type checkers reject it on every version). Add `{{importLine}}` at the top of the file.',
  },
  title: {
    typescript: 'Type {{name:code}} used but never imported',
    python: 'Annotation {{name:code}} used but never imported',
  },
  fixHint: 'Import every name a type annotation uses: `import * as pulumi from "@pulumi/pulumi"` for `pulumi.Output<string>`, `from typing import Optional`, or the interface or class from the program file that defines it.',
  fixable: true,
  docs: {
    summary: 'A type annotation that uses a name the file never imports or declares, while a Pulumi SDK, Python\'s `typing` or another file of the program gives it: `pulumi.Input<string>` in a file that imports only `@pulumi/aws`, `Optional[str]` without `from typing import Optional`, a component\'s args interface from another file.',
    why: 'Annotations are easy to forget when imports are written: a module that only declares an args interface uses `pulumi.Input<string>` without importing `pulumi`, a helper takes a `VpcComponent` defined in another file. TypeScript rejects the program ("Cannot find name" / "Cannot find namespace"), and Python evaluates parameter, return, module- and class-level annotations when the definition runs, so the program stops with NameError before anything is deployed.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\n\nexport interface BucketArgs {\n  name: pulumi.Input<string>;\n}\n\nexport function makeBucket(args: BucketArgs) {\n  return new aws.s3.BucketV2('data', { bucket: args.name });\n}\n`,
      py: `import pulumi\nimport pulumi_aws as aws\n\n\ndef make_bucket(name: str, tags: Optional[dict] = None):\n    return aws.s3.BucketV2(name, tags=tags)\n\n\npulumi.export("bucket", make_bucket("data").bucket)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\n\nexport interface BucketArgs {\n  name: pulumi.Input<string>;\n}\n\nexport function makeBucket(args: BucketArgs) {\n  return new aws.s3.BucketV2('data', { bucket: args.name });\n}\n`,
      py: `from typing import Optional\n\nimport pulumi\nimport pulumi_aws as aws\n\n\ndef make_bucket(name: str, tags: Optional[dict] = None):\n    return aws.s3.BucketV2(name, tags=tags)\n\n\npulumi.export("bucket", make_bucket("data").bucket)\n`,
    },
    references: ['https://www.typescriptlang.org/docs/handbook/2/modules.html', 'https://docs.python.org/3/reference/compound_stmts.html#function-definitions', 'https://peps.python.org/pep-0649/'],
    notes: 'Reported only for names whose source is known: the Pulumi packages\' namespaces (`pulumi`, `aws`, `awsx`, `random`), the core SDK\'s types (`Output`, `Input`, `ComponentResourceOptions`, `ResourceOptions`, ...), Python\'s `typing` names, and names exactly one other complete file of the program exports (TypeScript) or defines at its top level (Python). Not reported: files without imports of their own (excerpts), fragments, files with syntax errors, names the file writes anywhere outside annotations (imports, declarations, uses), Python files with `from __future__ import annotations`, string annotations and annotations of local variables (Python never evaluates those). Python 3.14 evaluates annotations lazily, so there the program runs, but type checkers still fail it.',
    fix: 'an SDK or `typing` name, or a TypeScript name from another program file, gets its import on a line of its own before the file\'s first import. A Python name from another program file is not fixed: the module path depends on how the project puts its folders on `sys.path`.',
  },
  check(ctx) {
    const broken = new Set(ctx.model.diagnostics.filter((d) => NOT_READ.has(d.code)).map((d) => d.file));
    for (const e of ctx.model.events) {
      if (e.kind !== 'type-not-imported' || !e.detail) continue;
      const file = ctx.fileOf(e.at);
      if (!file || file.snippet || broken.has(file.path)) continue;
      if (ctx.model.input.kind === 'markdown' && file.nameSource === 'unnamed') continue;
      const [name, module] = e.detail.split('\u0000') as [string, string];
      const lang: Lang = file.language === 'python' ? 'py' : 'ts';
      const q = quoteIn(ctx, e.at.f) ?? "'";
      const line = (quote: string): string => importLine(lang, name, module, file.path, quote);
      const edit = lang === 'py' && e.path ? undefined : insertImport(ctx, e.at.f, line(q), e.at.s);
      const fix = edit && { description: `Add \`${line("'")}\``, edits: [edit] };
      const error = module.startsWith('#') ? `Cannot find namespace '${name}'` : `Cannot find name '${name}'`;
      ctx.report({ messageId: lang === 'py' ? 'python' : 'typescript', data: { name, error, importLine: line("'") }, at: e.at, ...(fix ? { fix } : {}) });
    }
  },
});

/** The import that gives `name`: a namespace (`#module`), a member of a package, or of a program file. */
function importLine(lang: Lang, name: string, module: string, from: string, q: string): string {
  const namespace = module.startsWith('#');
  const spec = namespace ? module.slice(1) : module;
  const local = /\.(py|tsx?|jsx?|mjs|cjs)$/.test(spec);
  if (lang === 'py') {
    if (namespace) return spec === name ? `import ${spec}` : `import ${spec} as ${name}`;
    const dotted = local ? spec.replace(/(\/__init__)?\.py$/, '').replace(/\//g, '.') : spec;
    return `from ${dotted} import ${name}`;
  }
  const path = local ? relativeSpecifier(from, spec) : spec;
  return namespace ? `import * as ${name} from ${q}${path}${q};` : `import { ${name} } from ${q}${path}${q};`;
}
