import { basename } from '../../loaders/paths.js';
import { answerHasModule, moduleName, namedExplicitly, otherImports, pythonRelativeModule, pythonRelativeTarget, relativeSpecifier, unresolvedModules } from '../_shared/local-modules.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'code/unresolved-local-import',
  class: 'CODE-IMPORT-MODULE',
  severity: 'high',
  category: 'code',
  resourceTypes: [],
  messages: {
    missing: 'The program imports `{{module}}`, but no file of the answer is at that path (files named `{{name}}` are elsewhere): the program stops at this import ("Cannot find module" / ModuleNotFoundError) before creating anything. Fix the import path.{{others}}',
    misplaced: '`{{module}}` does not resolve from `{{from}}`: the answer gives the module as `{{target}}`, so TypeScript reports "Cannot find module" and nothing is deployed. Import it as `{{fixed}}` (or move the file).',
    misplacedPy: 'The relative import `{{module}}` in `{{from}}` names `{{expected}}`, which the answer does not have: it gives the module as `{{target}}`, so Python stops with ModuleNotFoundError before creating anything. Import it as `{{fixed}}` (or move the file).',
    tsExtension: 'The import path `{{module}}` ends in `{{ext}}`: TypeScript does not compile it ("An import path can only end with a \'{{ext}}\' extension when \'allowImportingTsExtensions\' is enabled"), so nothing is deployed. Import `{{fixed}}` instead.',
    entryRelative: '`{{from}}` is the file Pulumi runs, and it runs it as the top-level script `__main__`, which belongs to no package: the relative import `{{module}}` fails with "ImportError: attempted relative import with no known parent package" before anything is created. Import the module by its absolute name (`from lib.tap_stack import ...` for `lib/tap_stack.py`).',
  },
  title: {
    missing: 'Local import {{module:code}} not found at that path',
    misplaced: 'Local import {{module:code}} from {{from}} misses {{target}}',
    misplacedPy: 'Relative import {{module:code}} from {{from}} misses {{target}}',
    entryRelative: 'Relative import {{module:code}} in the entry file {{from}}',
    tsExtension: 'Import path {{module:code}} ends in {{ext}}',
  },
  fixHint: 'Write import paths relative to the importing file in TypeScript (`../lib/tap-stack` from `bin/tap.ts`), and as package paths from the project root in Python (`from lib.tap_stack import TapStack`).',
  docs: {
    summary: 'An import of one of the answer\'s own modules whose path does not lead to it: the module is there, under another folder.',
    why: 'Answers often lay out files in one place and import them from another: a root `index.ts` importing `./tap-stack` while the answer gives `lib/tap-stack.ts`, `bin/tap.ts` importing `./lib/tap-stack`. Relative TypeScript imports resolve from the importing file\'s folder only, so the program does not compile and nothing is deployed. Modules the answer never writes at all are reported by code/missing-local-module.',
    bad: {
      md: '# Stack\n\n## File: index.ts\n\n```typescript\nimport { TapStack } from "./tap-stack";\n\nconst stack = new TapStack("tap");\nexport const bucket = stack.bucket;\n```\n\n## File: lib/tap-stack.ts\n\n```typescript\nimport * as aws from "@pulumi/aws";\nimport * as pulumi from "@pulumi/pulumi";\n\nexport class TapStack extends pulumi.ComponentResource {\n  public readonly bucket: pulumi.Output<string>;\n  constructor(name: string) {\n    super("tap:stack:TapStack", name, {});\n    this.bucket = new aws.s3.BucketV2("b", {}, { parent: this }).bucket;\n  }\n}\n```\n',
    },
    good: {
      md: '# Stack\n\n## File: index.ts\n\n```typescript\nimport { TapStack } from "./lib/tap-stack";\n\nconst stack = new TapStack("tap");\nexport const bucket = stack.bucket;\n```\n\n## File: lib/tap-stack.ts\n\n```typescript\nimport * as aws from "@pulumi/aws";\nimport * as pulumi from "@pulumi/pulumi";\n\nexport class TapStack extends pulumi.ComponentResource {\n  public readonly bucket: pulumi.Output<string>;\n  constructor(name: string) {\n    super("tap:stack:TapStack", name, {});\n    this.bucket = new aws.s3.BucketV2("b", {}, { parent: this }).bucket;\n  }\n}\n```\n',
    },
    references: ['https://www.typescriptlang.org/docs/handbook/modules/reference.html#relative-and-non-relative-module-names', 'https://docs.python.org/3/reference/import.html'],
    notes: 'A TypeScript relative import whose path ends in `.ts` (`./lib/tap-stack.ts`) is reported unless the answer\'s tsconfig enables `allowImportingTsExtensions` or `rewriteRelativeImportExtensions`; `import type` statements are not judged. A misplaced import is reported only when both files have a path the answer states (a heading, caption or comment, or files on disk): the answer\'s own layout says the import is wrong. Python relative imports (`from .x import y`) resolve from the importing file\'s package and are judged like TypeScript ones; absolute Python imports are not judged for their folder (they resolve against `sys.path`, which the project set-up decides). A relative import in the Python entry file (the `main` of Pulumi.yaml, `__main__.py`, `tap.py`) is always an error, because Pulumi runs that file as a script outside any package. Imports in fragments (elided code blocks) are not reported, nor anything when the answer has as many unnamed code blocks as unresolved modules.',
  },
  check(ctx) {
    for (const { event: e, imports } of unresolvedModules(ctx)) {
      const python = ctx.fileOf(e.at)?.language === 'python';
      const name = moduleName(e.detail ?? '', python);
      if (!answerHasModule(ctx.model, name, python)) continue;
      ctx.report({ messageId: 'missing', data: { module: e.detail ?? '?', name, others: otherImports(imports) }, at: e.at });
    }
    // `allowImportingTsExtensions` (with noEmit) or `rewriteRelativeImportExtensions` in the answer's tsconfig allow `.ts` endings.
    const tsExtensionsAllowed = ctx.model.input.files.some((f) => /(^|\/)tsconfig[^/]*\.json$/.test(f.path) && /allowImportingTsExtensions|rewriteRelativeImportExtensions/.test(f.text));
    for (const e of ctx.model.events) {
      if (e.kind === 'ts-extension-import' && e.detail) {
        const from = ctx.fileOf(e.at);
        if (!from || from.language !== 'typescript' || tsExtensionsAllowed) continue;
        const ext = /\.[mc]?tsx?$/.exec(e.detail)![0];
        const fixed = e.detail.slice(0, -ext.length) + (ext === '.mts' ? '.mjs' : ext === '.cts' ? '.cjs' : '');
        ctx.report({ messageId: 'tsExtension', data: { module: e.detail, ext, fixed }, at: e.at });
        continue;
      }
      if (e.kind === 'relative-import-in-main' && e.detail) {
        const from = ctx.fileOf(e.at);
        if (!from || from.snippet || !(from.path === ctx.model.entry || basename(from.path) === '__main__.py')) continue;
        ctx.report({ messageId: 'entryRelative', data: { module: `from ${e.detail} import`, from: from.path }, at: e.at });
        continue;
      }
      if (e.kind !== 'inexact-import' || !e.path || !e.detail) continue;
      const from = ctx.fileOf(e.at);
      const target = ctx.model.input.files.find((f) => f.path === e.path);
      if (!from || from.snippet || !namedExplicitly(ctx.model, from) || !namedExplicitly(ctx.model, target)) continue;
      if (from.language === 'python') {
        const dots = /^\.*/.exec(e.detail)![0].length;
        const expected = pythonRelativeTarget(from.path, e.detail.slice(dots), dots);
        ctx.report({ messageId: 'misplacedPy', data: { module: `from ${e.detail} import`, from: from.path, expected, target: e.path, fixed: `from ${pythonRelativeModule(from.path, e.path)} import` }, at: e.at });
        continue;
      }
      ctx.report({ messageId: 'misplaced', data: { module: e.detail, from: from.path, target: e.path, fixed: relativeSpecifier(from.path, e.path) }, at: e.at });
    }
  },
});
