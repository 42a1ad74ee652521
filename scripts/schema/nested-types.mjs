// Nested object types of types/input.d.ts and types/output.d.ts: `export declare namespace ec2 {
// interface SecurityGroupIngress {…} }` is the key `ec2.SecurityGroupIngress`; interfaces outside any
// namespace (`ProviderAssumeRole`) have no module.

import { join } from 'node:path';
import ts from 'typescript';
import { objectType } from './object-types.mjs';
import { parseDts } from './package-files.mjs';

/**
 * @param {string} root package directory
 * @param {'in' | 'out'} side
 * @param {(sf: ts.SourceFile, side: 'in' | 'out') => import('./kinds.mjs').KindContext} contextOf
 */
export function readNestedTypes(root, side, contextOf) {
  const sf = parseDts(join(root, 'types', side === 'in' ? 'input.d.ts' : 'output.d.ts'));
  const ctx = contextOf(sf, side);
  const out = {};
  const visit = (statements, prefix) => {
    for (const s of statements) {
      if (ts.isInterfaceDeclaration(s)) out[prefix + s.name.text] = objectType(s, ctx);
      else if (ts.isModuleDeclaration(s) && s.body && ts.isModuleBlock(s.body)) {
        visit(s.body.statements, `${prefix}${s.name.getText(sf)}.`);
      }
    }
  };
  visit(sf.statements, '');
  return out;
}
