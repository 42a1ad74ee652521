import { namedExplicitly } from '../_shared/local-modules.js';
import { defineRule } from '../define-rule.js';

const NOT_READ = new Set(['parse/syntax-error', 'parse/too-deep', 'load/file-count']);

export default defineRule({
  id: 'code/missing-local-export',
  class: 'CODE-IMPORT-MODULE',
  severity: 'high',
  category: 'code',
  resourceTypes: [],
  messages: {
    tsNone: '`{{module}}` has no export named `{{name}}`: TypeScript reports "Module has no exported member \'{{name}}\'" and nothing is deployed. Import a name the module exports, or add the export there.',
    tsLocal: '`{{module}}` declares `{{name}}` but does not export it: TypeScript reports "Module declares \'{{name}}\' locally, but it is not exported" and nothing is deployed. Add `export` to its declaration.',
    pyNone: '`{{module}}` does not define `{{name}}`: Python stops at this import with ImportError ("cannot import name \'{{name}}\'") before creating anything. Import the name the module defines, or define it there.',
    pyCycle: '`{{module}}` is still running when this import executes (it imports this module, directly or through others), and it defines `{{name}}` only further down: Python stops with ImportError ("cannot import name \'{{name}}\' from partially initialized module", a circular import). Move what both modules need into a third module, or import inside the function that uses it.',
  },
  title: {
    tsNone: '{{name:code}} is not exported by {{module}}',
    tsLocal: '{{name:code}} is declared but not exported in {{module}}',
    pyNone: '{{name:code}} is not defined in {{module}}',
    pyCycle: 'Circular import: {{name:code}} from partially initialized {{module}}',
  },
  fixHint: 'Import only the names the imported module gives: exported in TypeScript, defined at the top level in Python; break Python import cycles by moving shared code into its own module.',
  docs: {
    summary: 'A name imported from one of the answer\'s own modules that the module does not give: not exported (TypeScript), not defined (Python), or not defined yet because the two modules import each other (a Python import cycle).',
    why: 'Answers rename a helper in one file and not in the files that import it (`createVpc` imported, `createNetwork` defined), forget `export` on a function, or have two modules import names from each other. TypeScript does not compile such an import; Python raises ImportError at start-up. Either way nothing is deployed. In a Python cycle, the module imported second sees the first one only up to its import line, so a class or function defined below it does not exist yet.',
    bad: {
      md: '# Stack\n\n## File: index.ts\n\n```typescript\nimport { createNetwork } from "./network";\n\nexport const vpcId = createNetwork().id;\n```\n\n## File: network.ts\n\n```typescript\nimport * as aws from "@pulumi/aws";\n\nexport function createVpc() {\n  return new aws.ec2.Vpc("main", { cidrBlock: "10.0.0.0/16" });\n}\n```\n',
    },
    good: {
      md: '# Stack\n\n## File: index.ts\n\n```typescript\nimport { createVpc } from "./network";\n\nexport const vpcId = createVpc().id;\n```\n\n## File: network.ts\n\n```typescript\nimport * as aws from "@pulumi/aws";\n\nexport function createVpc() {\n  return new aws.ec2.Vpc("main", { cidrBlock: "10.0.0.0/16" });\n}\n```\n',
    },
    references: ['https://www.typescriptlang.org/docs/handbook/modules/reference.html', 'https://docs.python.org/3/reference/import.html#the-import-system', 'https://docs.python.org/3/faq/programming.html#how-can-i-have-modules-that-mutually-import-each-other'],
    notes: 'TypeScript modules are judged by what they export as written, types and interfaces included; modules with `export =`, CommonJS exports or `export *` from a package, and imports whose path names no file exactly (see code/unresolved-local-import), are not judged. Python modules are judged after they ran: names bound in any branch of the module (even one the evaluation did not take) count as defined, and modules that bind names dynamically (`global`, `globals()`, `exec`, `setattr`, a module `__getattr__`, `from package import *`) are not judged. Import cycles are reported only along the imports that run from the entry point. Fragments (elided code blocks, and blocks without imports, which are as often excerpts as modules), code blocks whose file name the answer does not state, and files that do not parse are not judged.',
  },
  check(ctx) {
    // A stopped evaluation leaves modules half run: their later names were never bound.
    if (ctx.model.stats.budgetExhausted) return;
    const seen = new Set<string>();
    // Files that do not parse, or were not analysed at all, define names nobody has seen.
    const broken = new Set(ctx.model.diagnostics.filter((d) => NOT_READ.has(d.code)).map((d) => d.file));
    for (const e of ctx.model.events) {
      if (e.kind !== 'missing-export' || !e.detail || !e.path) continue;
      const from = ctx.fileOf(e.at);
      const target = ctx.model.input.files.find((f) => f.path === e.path);
      // Import-less blocks are as often excerpts of a module (one interface, one function) as the module.
      if (!from || !target || from.snippet || target.snippet || !namedExplicitly(ctx.model, target) || broken.has(target.path)) continue;
      const [name, how] = e.detail.split('\u0000') as [string, string];
      const key = `${e.at.f}\u0000${e.at.s}\u0000${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const python = target.language === 'python';
      const messageId = python ? (how === 'cycle' ? 'pyCycle' : 'pyNone') : how === 'local' ? 'tsLocal' : 'tsNone';
      ctx.report({ messageId, data: { name, module: target.path }, at: e.at });
    }
  },
});
