import type { Lang } from '../../core/ir.js';
import { insertImport, quoteIn } from '../_shared/fixes.js';
import { relativeSpecifier } from '../_shared/local-modules.js';
import { IMPLICIT_PACKAGES } from '../../model/build.js';
import { PYTHON_STDLIB } from '../_shared/python-stdlib.js';
import { defineRule } from '../define-rule.js';

// Node.js modules that programs use under their own name (`path.join`, `fs.readFileSync`).
const NODE_MODULES = new Set(['fs', 'path', 'os', 'crypto', 'util', 'child_process', 'url', 'zlib', 'http', 'https', 'events', 'stream', 'assert']);

// Names a program may use without defining them that the evaluator does not model: runtime globals
// and builtins. (Proposed for the evaluator's builtin tables; kept here so the rule stays precise.)
const GLOBALS: Record<Lang, ReadonlySet<string>> = {
  ts: new Set([
    'require', 'module', 'exports', '__dirname', '__filename', 'global', 'globalThis', 'process', 'Buffer', 'console',
    'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'queueMicrotask', 'structuredClone',
    'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'fetch', 'AbortController', 'crypto', 'performance',
    'Intl', 'BigInt', 'Symbol', 'Proxy', 'Reflect', 'WeakMap', 'WeakSet', 'WeakRef', 'ArrayBuffer', 'DataView',
    'Uint8Array', 'Int32Array', 'Float64Array', 'atob', 'btoa', 'escape', 'unescape', 'eval', 'isFinite', 'isNaN',
    'parseFloat', 'parseInt', 'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'NodeJS',
  ]),
  py: new Set([
    'self', 'cls', '__name__', '__file__', '__doc__', '__builtins__', '__import__', '__debug__',
    'bytes', 'bytearray', 'memoryview', 'complex', 'frozenset', 'slice', 'object', 'type', 'property', 'staticmethod',
    'classmethod', 'super', 'callable', 'hash', 'id', 'iter', 'next', 'vars', 'globals', 'locals', 'dir', 'help',
    'input', 'open', 'print', 'exec', 'eval', 'compile', 'breakpoint', 'format', 'ascii', 'bin', 'oct', 'hex', 'chr',
    'ord', 'divmod', 'pow', 'round', 'abs', 'Ellipsis', 'NotImplemented', 'exit', 'quit',
    'BaseException', 'Exception', 'ArithmeticError', 'AssertionError', 'AttributeError', 'BlockingIOError',
    'BrokenPipeError', 'ConnectionError', 'EOFError', 'EnvironmentError', 'FileExistsError', 'FileNotFoundError',
    'FloatingPointError', 'GeneratorExit', 'IOError', 'ImportError', 'IndentationError', 'IndexError',
    'InterruptedError', 'IsADirectoryError', 'KeyError', 'KeyboardInterrupt', 'LookupError', 'MemoryError',
    'ModuleNotFoundError', 'NameError', 'NotADirectoryError', 'NotImplementedError', 'OSError', 'OverflowError',
    'PermissionError', 'ProcessLookupError', 'RecursionError', 'ReferenceError', 'RuntimeError', 'StopIteration',
    'StopAsyncIteration', 'SyntaxError', 'SystemError', 'SystemExit', 'TabError', 'TimeoutError', 'TypeError',
    'UnboundLocalError', 'UnicodeError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'ValueError', 'Warning',
    'UserWarning', 'DeprecationWarning', 'RuntimeWarning', 'FutureWarning', 'ZeroDivisionError',
  ]),
};

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export default defineRule({
  id: 'code/undefined-name',
  class: 'INCOMPLETE-TRUNCATED',
  severity: 'high',
  category: 'code',
  resourceTypes: [],
  messages: {
    undefined: '`{{name}}` is used here but nothing defines or imports it before this point: the program fails with {{error}}. Define it (the helper, class or variable the answer left out), import it, or move its definition before the use.',
    notImported: '`{{name}}` is used here but never imported: the program fails with {{error}}. Add `{{importLine}}` at the top of the file.',
    notImportedLocal: '`{{name}}` is used here, but this file never imports it from `{{module}}`, the program file that defines it: the program fails with {{error}}. Add `{{importLine}}` at the top of the file.',
  },
  title: {
    undefined: '{{name:code}} used but never defined',
    notImported: '{{name:code}} used but never imported',
    notImportedLocal: '{{name:code}} used but never imported from {{module}}',
  },
  fixHint: 'Add the missing definition or import; for helpers the answer only mentions, write them out.',
  fixable: true,
  docs: {
    summary: 'A name used in a complete program file that nothing defines or imports: a helper, class, variable or module the answer left out.',
    why: 'Answers refer to helpers they never write ("createVpc(...)"), forget an import (`json`, `os`), or use a variable from another file. The program stops with a NameError / ReferenceError (TypeScript does not even compile), so nothing is deployed.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst bucket = new aws.s3.BucketV2('b', { tags: commonTags });\nexport const name = bucket.bucket;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\npolicy = aws.iam.Policy("p", policy=json.dumps({"Version": "2012-10-17", "Statement": []}))\npulumi.export("arn", policy.arn)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst commonTags = { Project: 'app' };\nconst bucket = new aws.s3.BucketV2('b', { tags: commonTags });\nexport const name = bucket.bucket;\n`,
      py: `import json\nimport pulumi\nimport pulumi_aws as aws\npolicy = aws.iam.Policy("p", policy=json.dumps({"Version": "2012-10-17", "Statement": []}))\npulumi.export("arn", policy.arn)\n`,
    },
    references: ['https://docs.python.org/3/library/exceptions.html#NameError', 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Errors/Not_defined'],
    notes: 'A standard-library module used without its import (`json.dumps` with no `import json`, `path.join` with no import of `path`) is reported as a missing import, class CODE-IMPORT-MODULE. Not reported: fragments and unnamed code blocks of Markdown answers (excerpts), files without imports of their own that use `aws`/`pulumi` (excerpts; a file that imports other packages but not the SDK namespace it uses, such as `random` or `awsx`, is reported as a missing import, and its other undefined names are judged as in any whole file), files that use `self` outside a class (excerpts), files with syntax errors (prose pasted into code makes every word a "name"), runtime globals and builtins the evaluator does not model (`require`, `process`, `self` in method excerpts, exception classes), and the same name again in the same file. A name exactly one other complete file of the program defines at its top level (TypeScript: exports) is reported as a missing import of that file, class CODE-IMPORT-MODULE.',
    fix: 'a standard module used without its import gets one (`import json`, `import * as path from \'path\';`), on a line of its own before the file\'s first import. A TypeScript name another program file exports gets `import { name } from \'./that-file\';`. Other undefined names (helpers the answer left out, Python names of other program files, whose module path depends on `sys.path`) are not fixable.',
  },
  check(ctx) {
    const broken = new Set(ctx.model.diagnostics.filter((d) => d.code === 'parse/syntax-error' && d.file).map((d) => d.file!));
    // A file that imports packages of its own but not the SDK it uses (`random.RandomPassword` with only
    // `@pulumi/aws` imported) is a whole file missing one import, not an excerpt.
    const importing = new Set(ctx.model.imports.map((i) => i.at.f));
    // Excerpts that use `aws`/`pulumi` without importing anything, and Python files where `self` is
    // undefined (method bodies shown or lowered outside their class), are not whole programs.
    for (const e of ctx.model.events) {
      if ((e.kind === 'implicit-package' && !importing.has(e.at.f)) || (e.kind === 'undefined-name' && (e.detail === 'self' || e.detail === 'cls'))) broken.add(e.at.f);
    }
    const seen = new Set<string>();
    for (const e of ctx.model.events) {
      if (e.kind !== 'implicit-package' || !e.detail || !importing.has(e.at.f)) continue;
      const file = ctx.fileOf(e.at);
      if (!file || file.snippet || file.nameSource === 'unnamed' || ctx.model.diagnostics.some((d) => d.code === 'parse/syntax-error' && d.file === file.path)) continue;
      const lang: Lang = file.language === 'python' ? 'py' : 'ts';
      const spec = IMPLICIT_PACKAGES[`${lang}:${e.detail}`];
      const key = `${file.path}\u0000${e.detail}`;
      if (!spec || seen.has(key)) continue;
      seen.add(key);
      const q = quoteIn(ctx, e.at.f) ?? "'";
      const importLine = sdkImportLine(lang, e.detail, spec, "'");
      const edit = insertImport(ctx, e.at.f, sdkImportLine(lang, e.detail, spec, q), e.at.s);
      const fix = edit && { description: `Add \`${importLine}\``, edits: [edit] };
      const error = lang === 'py' ? '`NameError`' : 'a ReferenceError (and TypeScript does not compile)';
      ctx.report({ messageId: 'notImported', data: { name: e.detail, error, importLine }, at: e.at, class: 'CODE-IMPORT-MODULE', ...(fix ? { fix } : {}) });
    }
    for (const e of ctx.model.events) {
      if (e.kind !== 'undefined-name' || !e.detail || !IDENTIFIER.test(e.detail)) continue;
      const file = ctx.fileOf(e.at);
      if (!file || file.snippet || file.nameSource === 'unnamed' || broken.has(file.path)) continue;
      const lang: Lang = file.language === 'python' ? 'py' : 'ts';
      if (GLOBALS[lang].has(e.detail)) continue;
      const key = `${file.path}\u0000${e.detail}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const error = lang === 'py' ? '`NameError`' : 'a ReferenceError (and TypeScript does not compile)';
      // A standard module used by its own name is a missing import, not a missing definition.
      const module = lang === 'py' ? PYTHON_STDLIB.has(e.detail) : NODE_MODULES.has(e.detail);
      if (module) {
        const importLine = lang === 'py' ? `import ${e.detail}` : `import * as ${e.detail} from '${e.detail}';`;
        const q = quoteIn(ctx, e.at.f) ?? "'";
        const edit = insertImport(ctx, e.at.f, lang === 'py' ? importLine : `import * as ${e.detail} from ${q}${e.detail}${q};`, e.at.s);
        const fix = edit && { description: `Add \`${importLine}\``, edits: [edit] };
        ctx.report({ messageId: 'notImported', data: { name: e.detail, error, importLine }, at: e.at, class: 'CODE-IMPORT-MODULE', ...(fix ? { fix } : {}) });
      } else if (e.path) {
        // Another file of the program defines it: the import is what is missing, not the definition.
        const q = quoteIn(ctx, e.at.f) ?? "'";
        const line = (quote: string): string => lang === 'py' ? `from ${e.path!.replace(/(\/__init__)?\.py$/, '').replace(/\//g, '.')} import ${e.detail}` : `import { ${e.detail} } from ${quote}${relativeSpecifier(file.path, e.path!)}${quote};`;
        const edit = lang === 'ts' ? insertImport(ctx, e.at.f, line(q), e.at.s) : undefined;
        const fix = edit && { description: `Add \`${line("'")}\``, edits: [edit] };
        ctx.report({ messageId: 'notImportedLocal', data: { name: e.detail, error, module: e.path, importLine: line("'") }, at: e.at, class: 'CODE-IMPORT-MODULE', ...(fix ? { fix } : {}) });
      } else ctx.report({ messageId: 'undefined', data: { name: e.detail, error }, at: e.at });
    }
  },
});

/** The import a Pulumi SDK name needs (`import * as aws from '@pulumi/aws';`, `import pulumi_awsx as awsx`). */
function sdkImportLine(lang: Lang, name: string, spec: string, q: string): string {
  const [module, member] = spec.split('#') as [string, string | undefined];
  if (lang === 'py') {
    if (member) return `from ${module} import ${member}`;
    return module === name ? `import ${module}` : `import ${module} as ${name}`;
  }
  return member ? `import { ${member} } from ${q}${module}${q};` : `import * as ${name} from ${q}${module}${q};`;
}
