// Facts the TypeScript binder or linter would report and the parser already shows: names declared
// twice in one scope, and explicit `any` types. The IR erases both (types, and which declaration won).

import type * as TS from 'typescript';
import ts from './ts.js';
import type { CodeNote } from '../../core/ir.js';

type Kind = 'block' | 'var' | 'function' | 'param';

interface Decl {
  name: string;
  kind: Kind;
  node: TS.Node;
}

/** `let`/`const`/`var` names of a declaration list, through destructuring patterns. */
function bindingNames(name: TS.BindingName, out: TS.Identifier[] = []): TS.Identifier[] {
  if (ts.isIdentifier(name)) out.push(name);
  else for (const el of name.elements) if (!ts.isOmittedExpression(el)) bindingNames(el.name, out);
  return out;
}

/** The declarations a statement list makes in its own scope (not those of nested blocks). */
function declarationsOf(statements: readonly TS.Statement[]): Decl[] {
  const out: Decl[] = [];
  for (const st of statements) {
    if (ts.isVariableStatement(st)) {
      const flags = st.declarationList.flags;
      const kind: Kind = flags & (ts.NodeFlags.Let | ts.NodeFlags.Const) ? 'block' : 'var';
      if (st.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) continue;
      for (const d of st.declarationList.declarations) for (const id of bindingNames(d.name)) out.push({ name: id.text, kind, node: id });
    } else if (ts.isClassDeclaration(st) && st.name) {
      if (st.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) continue;
      out.push({ name: st.name.text, kind: 'block', node: st.name });
    } else if (ts.isFunctionDeclaration(st) && st.name && st.body) {
      out.push({ name: st.name.text, kind: 'function', node: st.name });
    } else if (ts.isImportDeclaration(st) && st.importClause && !st.importClause.isTypeOnly) {
      const c = st.importClause;
      if (c.name) out.push({ name: c.name.text, kind: 'block', node: c.name });
      const nb = c.namedBindings;
      if (nb && ts.isNamespaceImport(nb)) out.push({ name: nb.name.text, kind: 'block', node: nb.name });
      if (nb && ts.isNamedImports(nb)) for (const el of nb.elements) if (!el.isTypeOnly) out.push({ name: el.name.text, kind: 'block', node: el.name });
    } else if (ts.isImportEqualsDeclaration(st) && !st.isTypeOnly) {
      out.push({ name: st.name.text, kind: 'block', node: st.name });
    }
  }
  return out;
}

/** Two declarations of one name in one scope that TypeScript (and JavaScript, for the lexical ones) rejects. */
function conflicts(a: Kind, b: Kind, javascript: boolean): boolean {
  if (a === 'block' || b === 'block') return true;
  // Two function implementations: TS2393; JavaScript allows it outside modules' strict rules.
  return !javascript && a === 'function' && b === 'function';
}

function scopeNotes(statements: readonly TS.Statement[], params: readonly TS.ParameterDeclaration[], sf: TS.SourceFile, javascript: boolean, out: CodeNote[]): void {
  const decls: Decl[] = [];
  for (const p of params) for (const id of bindingNames(p.name)) decls.push({ name: id.text, kind: 'param', node: id });
  decls.push(...declarationsOf(statements));
  const firstOf = new Map<string, Decl[]>();
  for (const d of decls) {
    const earlier = firstOf.get(d.name) ?? [];
    const clash = earlier.find((x) => conflicts(x.kind, d.kind, javascript));
    if (clash) out.push({ kind: 'redeclared', name: d.name, s: d.node.getStart(sf), e: d.node.getEnd(), first: clash.node.getStart(sf) });
    earlier.push(d);
    firstOf.set(d.name, earlier);
  }
}

export function typescriptNotes(sf: TS.SourceFile, javascript: boolean): CodeNote[] {
  const out: CodeNote[] = [];
  scopeNotes(sf.statements, [], sf, javascript, out);
  const visit = (n: TS.Node): void => {
    if (!javascript && n.kind === ts.SyntaxKind.AnyKeyword) out.push({ kind: 'explicit-any', name: 'any', s: n.getStart(sf), e: n.getEnd() });
    if (ts.isFunctionLike(n) && 'body' in n && n.body && ts.isBlock(n.body)) scopeNotes(n.body.statements, n.parameters, sf, javascript, out);
    else if (ts.isBlock(n) && !ts.isFunctionLike(n.parent)) scopeNotes(n.statements, [], sf, javascript, out);
    else if (ts.isModuleBlock(n)) scopeNotes(n.statements, [], sf, javascript, out);
    else if (ts.isCaseBlock(n)) scopeNotes(n.clauses.flatMap((c) => [...c.statements]), [], sf, javascript, out);
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(sf, visit);
  return out;
}
