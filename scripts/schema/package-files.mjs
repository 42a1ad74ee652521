// Reading an installed @pulumi/aws: its modules, parsed declaration files, and what only the compiled
// JavaScript states: type tokens (`static __pulumiType = '…'`, `runtime.invoke("…")`) and secret outputs.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

/**
 * @param {string} path
 * @returns {ts.SourceFile}
 */
export function parseDts(path) {
  // Parent pointers are needed for the JSDoc helpers (`ts.getJSDocDeprecatedTag`).
  return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** Module directories, as the package's root index imports them (`import * as s3 from "./s3"`). */
export function moduleNames(root) {
  const names = [];
  for (const s of parseDts(join(root, 'index.d.ts')).statements) {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier)) continue;
    const bindings = s.importClause?.namedBindings;
    const dir = /^\.\/([\w]+)$/.exec(s.moduleSpecifier.text)?.[1];
    if (dir && bindings && ts.isNamespaceImport(bindings) && dir !== 'types') names.push(dir);
  }
  return names.sort();
}

/** The declaration files of a module directory ('' is the package root), index and maps excluded. */
export function moduleFiles(root, module) {
  const dir = join(root, module);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.d.ts') && f !== 'index.d.ts')
    .sort()
    .map((f) => join(dir, f));
}

/** `aws:s3/bucketV2:BucketV2` from the class's JavaScript; the provider class says just `aws`. */
export function resourceToken(dtsPath) {
  const js = readJs(dtsPath);
  const token = js && /__pulumiType = '([^']+)'/.exec(js)?.[1];
  if (!token) return undefined;
  return token.includes(':') ? token : `pulumi:providers:${token}`;
}

/**
 * The properties the provider stores as secrets in the state (`additionalSecretOutputs` in the class's
 * JavaScript): `secretString`, `masterPassword`, ….
 */
export function secretOutputs(dtsPath) {
  const js = readJs(dtsPath);
  const list = js && /additionalSecretOutputs: \[([^\]]*)\]/.exec(js)?.[1];
  return list ? [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]).sort() : [];
}

/** `aws:lambda/getFunction:getFunction` from the function's JavaScript; hand-written helpers have none. */
export function functionToken(dtsPath) {
  const js = readJs(dtsPath);
  return js ? /runtime\.invoke(?:Single)?(?:Output)?\("([^"]+)"/.exec(js)?.[1] : undefined;
}

function readJs(dtsPath) {
  const js = dtsPath.replace(/\.d\.ts$/, '.js');
  return existsSync(js) ? readFileSync(js, 'utf8') : undefined;
}

/**
 * Named imports of a file: local name → [module, exported name], where the module is a module directory,
 * '' for the package root, or 'pulumi' for `@pulumi/pulumi` (hand-written files import `Input` from it).
 * @param {ts.SourceFile} sf
 * @param {string} fileModule
 * @param {ReadonlySet<string>} modules
 */
export function namedImports(sf, fileModule, modules) {
  const out = new Map();
  for (const s of sf.statements) {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier)) continue;
    const bindings = s.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    const module = importedModule(s.moduleSpecifier.text, fileModule, modules);
    if (module === undefined) continue;
    for (const el of bindings.elements) out.set(el.name.text, [module, (el.propertyName ?? el.name).text]);
  }
  return out;
}

/** `.`, `./index`, `./documents` → the file's module; `../iam`, `./iam` (from the root) → iam; `..` → root. */
function importedModule(spec, fileModule, modules) {
  if (spec === '@pulumi/pulumi') return 'pulumi';
  if (!spec.startsWith('.')) return undefined;
  const [first] = posix.normalize(posix.join(fileModule || '.', spec)).split('/');
  return modules.has(first) ? first : '';
}

/** Whether a declaration carries `export`. */
export function isExported(node) {
  return (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export) !== 0;
}
