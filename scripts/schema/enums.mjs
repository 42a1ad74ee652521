// SDK enums: `export declare const Runtime: { readonly NodeJS18dX: "nodejs18.x"; … }` in
// types/enums/<module>/index.d.ts (and the root's types/enums/index.d.ts for `aws.Region`). Every module
// re-exports its enums, so `aws.lambda.Runtime` is the key `lambda.Runtime`; root enums have no module.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { deprecationOf } from './deprecations.mjs';
import { parseDts } from './package-files.mjs';

/** `{ 'lambda.Runtime': { v: { NodeJS18dX: 'nodejs18.x', … }, d?: { Go1dx: 'This runtime is now deprecated' } } }` */
export function readEnums(root) {
  const dir = join(root, 'types', 'enums');
  const out = {};
  readEnumFile(join(dir, 'index.d.ts'), '', out);
  for (const module of readdirSync(dir).sort()) {
    const file = join(dir, module, 'index.d.ts');
    if (existsSync(file)) readEnumFile(file, `${module}.`, out);
  }
  return out;
}

function readEnumFile(path, prefix, out) {
  const sf = parseDts(path);
  for (const s of sf.statements) {
    if (!ts.isVariableStatement(s)) continue;
    for (const d of s.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || !d.type || !ts.isTypeLiteralNode(d.type)) continue;
      const values = {};
      const deprecated = {};
      for (const m of d.type.members) {
        if (!ts.isPropertySignature(m) || !m.type || !ts.isLiteralTypeNode(m.type)) continue;
        if (!ts.isStringLiteral(m.type.literal)) throw new Error(`non-string enum member ${m.getText(sf)} in ${path}`);
        const member = m.name.getText(sf);
        values[member] = m.type.literal.text;
        const message = deprecationOf(m);
        if (message) deprecated[member] = message;
      }
      out[prefix + d.name.text] = Object.keys(deprecated).length ? { v: values, d: deprecated } : { v: values };
    }
  }
}
