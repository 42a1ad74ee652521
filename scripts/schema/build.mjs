// Builds the schema of one installed @pulumi/aws from its declaration files, in memory: one JSON-able
// object whose records have the shapes src/schema/artifact.ts describes (RawResource, RawFunction, …);
// artifact.mjs splits it by module for the file.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { danglingReferences } from './check-references.mjs';
import { deprecationOf } from './deprecations.mjs';
import { readEnums } from './enums.mjs';
import { kindOf } from './kinds.mjs';
import { readNestedTypes } from './nested-types.mjs';
import { objectType, parameterType } from './object-types.mjs';
import {
  functionToken,
  isExported,
  moduleFiles,
  moduleNames,
  namedImports,
  parseDts,
  resourceToken,
  secretOutputs,
} from './package-files.mjs';
import { pythonIrregular } from './python-irregular.mjs';
import { createReferences } from './references.mjs';
import { resolveReplacements } from './replacements.mjs';

/** @param {string} root directory of an installed @pulumi/aws */
export function buildAwsSchema(root) {
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const modules = moduleNames(root);
  const moduleSet = new Set(modules);
  const enums = readEnums(root);
  const scanned = new Map(['', ...modules].map((m) => [m, scanModule(root, m, moduleSet)]));
  const refs = createReferences(scanned, enums);

  const resources = {};
  const functions = {};
  const extras = {};
  for (const [module, scan] of scanned) {
    for (const r of scan.resources) resources[r.token] = resourceEntry(r, module, refs);
    for (const f of scan.functions) functions[f.token] = functionEntry(f, module, refs);
    if (scan.extras.size) extras[module || 'index'] = [...scan.extras].sort();
  }
  // types/input.d.ts imports a few hand-written types itself (`import { RoutingRule } from "../s3"`).
  const rootContext = (sf, side) => refs.context('', namedImports(sf, 'types', moduleSet), sf, side);
  const types = merge(readNestedTypes(root, 'in', rootContext), refs.handWritten.in);
  const outputTypes = merge(readNestedTypes(root, 'out', rootContext), refs.handWritten.out);

  const schema = {
    package: '@pulumi/aws',
    version,
    modules,
    resources: sorted(resources),
    functions: sorted(functions),
    types: sorted(types),
    outputTypes: sorted(outputTypes),
    enums: sorted(enums),
    extras: sorted(extras),
  };
  const dangling = danglingReferences(schema);
  if (dangling.length) throw new Error(`${root}: unresolved names in kinds:\n${dangling.slice(0, 20).join('\n')}`);
  resolveReplacements(schema);
  return { ...schema, pythonIrregular: pythonIrregular(schema) };
}

/** Everything a module's declaration files hold that the schema needs, before any type is converted. */
export function scanModule(root, module, modules) {
  const scan = {
    resources: [],
    resourceNames: new Set(),
    functions: [],
    aliases: new Map(),
    interfaces: new Map(),
    /** Exported values that are neither resources nor invokes: TS-only helpers such as `CallbackFunction`. */
    extras: new Set(),
  };
  for (const path of moduleFiles(root, module)) {
    const sf = parseDts(path);
    const imports = namedImports(sf, module, modules);
    const functions = new Map();
    for (const s of sf.statements) {
      if (ts.isInterfaceDeclaration(s)) scan.interfaces.set(s.name.text, { decl: s, sf, imports });
      else if (ts.isTypeAliasDeclaration(s)) scan.aliases.set(s.name.text, { node: s.type, sf, imports });
      if (!isExported(s)) continue;
      if (ts.isClassDeclaration(s) && s.name) {
        const token = isCustomResource(s, sf) ? resourceToken(path) : undefined;
        if (token) {
          scan.resources.push({ token, decl: s, sf, imports, secrets: secretOutputs(path) });
          scan.resourceNames.add(s.name.text);
        } else {
          scan.extras.add(s.name.text);
        }
      } else if (ts.isFunctionDeclaration(s) && s.name && !functions.has(s.name.text)) {
        functions.set(s.name.text, s);
      } else if (ts.isVariableStatement(s)) {
        for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name)) scan.extras.add(d.name.text);
      } else if (ts.isModuleDeclaration(s)) {
        scan.extras.add(s.name.getText(sf));
      }
    }
    const token = functions.size ? functionToken(path) : undefined;
    for (const [name, decl] of functions) {
      if (name.endsWith('Output') && functions.has(name.slice(0, -'Output'.length))) continue;
      if (token && token.slice(token.lastIndexOf(':') + 1) === name) {
        scan.functions.push({ token, decl, sf, imports, output: functions.has(`${name}Output`) });
      } else {
        scan.extras.add(name);
      }
    }
  }
  // A namespace merged with its class (`declare namespace Provider`) is no extra export.
  for (const name of scan.resourceNames) scan.extras.delete(name);
  return scan;
}

function isCustomResource(decl, sf) {
  const base = decl.heritageClauses?.[0]?.types[0]?.expression.getText(sf);
  return base === 'pulumi.CustomResource' || base === 'pulumi.ProviderResource';
}

function resourceEntry(r, module, refs) {
  const name = r.decl.name.text;
  checkModule(r.token, module);
  const args = localInterface(r.sf, `${name}Args`);
  const entry = {
    path: module ? `${module}.${name}` : name,
    in: args ? objectType(args, refs.context(module, r.imports, r.sf, 'in')) : { p: {} },
    out: objectType(r.decl, refs.context(module, r.imports, r.sf, 'out')),
  };
  if (r.secrets.length) entry.s = r.secrets;
  const deprecated = deprecationOf(r.decl);
  return deprecated ? { ...entry, d: deprecated } : entry;
}

function functionEntry(f, module, refs) {
  const name = f.decl.name.text;
  checkModule(f.token, module);
  const entry = { path: module ? `${module}.${name}` : name };
  const inCtx = refs.context(module, f.imports, f.sf, 'in');
  const [first] = f.decl.parameters;
  const argsName = first?.type && ts.isTypeReferenceNode(first.type) ? first.type.typeName.getText(f.sf) : undefined;
  const args = argsName ? localInterface(f.sf, argsName) : undefined;
  if (args) {
    entry.in = objectType(args, inCtx);
  } else if (first && first.name.getText(f.sf) !== 'opts') {
    entry.in = parameterType(f.decl, inCtx);
    entry.positional = true;
  }
  const result = resultOf(f, refs.context(module, f.imports, f.sf, 'out'));
  if (result) entry.out = result;
  if (f.output) entry.output = true;
  const deprecated = deprecationOf(f.decl);
  if (deprecated) entry.d = deprecated;
  return entry;
}

/** `Promise<GetXResult>` → the result's object type; `Promise<string>` (single-value invokes) → its kind. */
function resultOf(f, ctx) {
  const ret = f.decl.type;
  const inner = ret && ts.isTypeReferenceNode(ret) ? ret.typeArguments?.[0] : undefined;
  if (!inner) return undefined;
  const named = ts.isTypeReferenceNode(inner) ? localInterface(f.sf, inner.typeName.getText(f.sf)) : undefined;
  return named ? objectType(named, ctx) : kindOf(inner, ctx);
}

function localInterface(sf, name) {
  return sf.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === name);
}

/** The runtime finds a record's chunk from its TS module, and the Python module from that: they must agree. */
function checkModule(token, module) {
  const tokenModule = token.startsWith('pulumi:providers:') ? 'index' : token.split(':')[1].split('/')[0];
  if (tokenModule.toLowerCase() !== (module || 'index')) throw new Error(`${token} is declared in module '${module}'`);
}

function merge(generated, handWritten) {
  for (const [name, type] of Object.entries(handWritten)) {
    if (name in generated) throw new Error(`hand-written type ${name} shadows a generated one`);
    generated[name] = type;
  }
  return generated;
}

function sorted(record) {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
