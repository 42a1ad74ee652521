import type * as TS from 'typescript';
import ts, { loadTypeScript } from './ts.js';
import type { CodeNote, Module, Stmt, SyntaxProblem } from '../../core/ir.js';
import { rethrowOverflow } from '../depth.js';
import { lowerStatements, withCuts } from './lower.js';
import type { CutIndex } from '../budget.js';
import { typescriptNotes } from './notes.js';

/**
 * The explicit `any` types of a TypeScript file that is not evaluated (a Lambda handler shipped as
 * an asset): the project's compiler and linter read it all the same.
 */
export function typescriptAnyNotes(path: string, text: string): CodeNote[] {
  loadTypeScript();
  const kind = /\.tsx$/.test(path) ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  return typescriptNotes(sf, false).filter((n) => n.kind === 'explicit-any');
}

/**
 * Parse TypeScript or JavaScript and lower it to IR. Uses only the parser (`createSourceFile`), never
 * the type checker: it is fast, needs no dependencies of the analysed program, and recovers from
 * truncated and broken files, which are common in model answers. `cuts`: regions blanked for their
 * size (../budget.ts), lowered to unknown values.
 */
export function parseTypeScript(path: string, text: string, jsx = false, cuts?: CutIndex): Module {
  loadTypeScript();
  const kind = jsx || /\.(tsx|jsx)$/.test(path) ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const errors: SyntaxProblem[] = [];
  // parseDiagnostics is internal but stable across 5.x; it is the only way to get syntax errors
  // without building a Program.
  const diags = (sf as unknown as { parseDiagnostics?: TS.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  const end = text.trimEnd().length;
  for (const d of diags) {
    const s = d.start ?? 0;
    const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    const e = s + Math.max(1, d.length ?? 1);
    // The parser reached the end of the text with a bracket, block, string or comment still open.
    const eof = /^Unterminated/.test(message) ? (e >= end ? 'string' : undefined) : s >= end ? 'block' : undefined;
    errors.push({ message, s, e, ...(eof ? { eof } : {}) });
  }
  errors.push(...misplacedExports(sf));
  let body: Stmt[];
  try {
    body = withCuts(cuts, () => lowerStatements(sf.statements, sf));
  } catch (err) {
    rethrowOverflow(err);
    // Lowering must not take the run down; report it as a problem of this file.
    errors.push({ message: `internal: could not lower file (${(err as Error).message})`, s: 0, e: 0 });
    body = [];
  }
  const typeOnly = typeOnlyNames(sf);
  const shaped = shapes(sf);
  return { path, lang: 'ts', body, errors, typeRefs: typeNames(sf), ...(typeOnly.length ? { typeOnlyNames: typeOnly } : {}), plainFields: plainFields(sf), ...(Object.keys(shaped).length ? { shapes: shaped } : {}), notes: typescriptNotes(sf, /\.[cm]?jsx?$/.test(path)), exportSurface: exportSurface(sf) };
}

/**
 * What the module exports as written, types included (an import of an interface is as valid as an
 * import of a class), and what it declares at its top level without exporting.
 */
function exportSurface(sf: TS.SourceFile): NonNullable<Module['exportSurface']> {
  const exported = new Set<string>();
  const local = new Set<string>();
  let open = false;
  const bindingNames = (n: TS.BindingName, into: Set<string>): void => {
    if (ts.isIdentifier(n)) into.add(n.text);
    else for (const el of n.elements) if (!ts.isOmittedExpression(el)) bindingNames(el.name, into);
  };
  for (const st of sf.statements) {
    const mods = ts.canHaveModifiers(st) ? ts.getModifiers(st) : undefined;
    const into = mods?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ? exported : local;
    if (into === exported && mods?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) exported.add('default');
    if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) bindingNames(d.name, into);
    else if (ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st) || ts.isEnumDeclaration(st)) {
      if (st.name) into.add(st.name.text);
    } else if (ts.isModuleDeclaration(st)) {
      if (ts.isIdentifier(st.name)) into.add(st.name.text);
      else open = true; // `declare module "x"` augments another module
    } else if (ts.isImportEqualsDeclaration(st)) into.add(st.name.text);
    else if (ts.isExportAssignment(st)) {
      if (st.isExportEquals) open = true;
      else exported.add('default');
    } else if (ts.isExportDeclaration(st)) {
      const from = st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : undefined;
      if (!st.exportClause) {
        // `export * from "./x"` is followed by the evaluator; from a package it may export anything.
        if (from === undefined || !from.startsWith('.')) open = true;
      } else if (ts.isNamedExports(st.exportClause)) for (const el of st.exportClause.elements) exported.add(el.name.text);
      else exported.add(st.exportClause.name.text);
    } else if (ts.isExpressionStatement(st) && /^\s*(module\.)?exports\b/.test(st.expression.getText(sf))) open = true;
  }
  // CommonJS exports written anywhere else (inside functions, `Object.assign(module.exports, ...)`).
  if (/\bmodule\.exports\b|\bexports\.[A-Za-z_$]/.test(sf.text)) open = true;
  for (const n of exported) local.delete(n);
  return { exported: [...exported], local: [...local], open };
}

/**
 * `export` on a declaration inside a block or function: the parser accepts it, the compiler rejects it
 * ("Modifiers cannot appear here"), so it is a syntax error as far as running the program goes.
 */
function misplacedExports(sf: TS.SourceFile): SyntaxProblem[] {
  const out: SyntaxProblem[] = [];
  const visit = (n: TS.Node): void => {
    if (ts.isStatement(n) && n.parent && !ts.isSourceFile(n.parent) && !ts.isModuleBlock(n.parent)) {
      const mod = (ts.canHaveModifiers(n) ? ts.getModifiers(n) : undefined)?.find((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (mod) out.push({ message: 'Modifiers cannot appear here: `export` is only allowed at the top level of a module', s: mod.getStart(sf), e: mod.getEnd() });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Leftmost identifiers of every type annotation and `implements` clause (types are erased in the IR). */
function typeNames(sf: TS.SourceFile): string[] {
  const out = new Set<string>();
  const collect = (n: TS.Node): void => {
    if (ts.isIdentifier(n)) out.add(n.text);
    ts.forEachChild(n, collect);
  };
  const visit = (n: TS.Node): void => {
    if (ts.isTypeNode(n) || (ts.isHeritageClause(n) && n.token === ts.SyntaxKind.ImplementsKeyword)) {
      collect(n);
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return [...out];
}

const PLAIN_TYPE = /^(string|number|boolean)(\[\])?$|^Array<(string|number|boolean)>$/;

/**
 * Fields declared with a plain type in top-level, non-generic interfaces and object type aliases
 * (`interface NetworkArgs { vpcId: string; subnetIds: string[] }`), and in classes (`class X` keys),
 * which an Output does not satisfy.
 */
function plainFields(sf: TS.SourceFile): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const st of sf.statements) {
    let members: TS.NodeArray<TS.TypeElement> | undefined;
    let name = '';
    if (ts.isInterfaceDeclaration(st) && !st.typeParameters) [members, name] = [st.members, st.name.text];
    else if (ts.isTypeAliasDeclaration(st) && !st.typeParameters && ts.isTypeLiteralNode(st.type)) [members, name] = [st.type.members, st.name.text];
    if (ts.isClassDeclaration(st) && st.name && !st.typeParameters) {
      // Class fields (`public readonly vpcId: string;`), under the class name.
      const fields: Record<string, string> = {};
      for (const m of st.members) {
        if (!ts.isPropertyDeclaration(m) || !m.type || !ts.isIdentifier(m.name)) continue;
        if ((ts.getModifiers(m) ?? []).some((x) => x.kind === ts.SyntaxKind.StaticKeyword)) continue;
        const type = m.type.getText(sf).replace(/\s+/g, '');
        if (PLAIN_TYPE.test(type)) fields[m.name.text] = type;
      }
      if (Object.keys(fields).length) out[`class ${st.name.text}`] = fields;
      continue;
    }
    if (!members) continue;
    const fields: Record<string, string> = {};
    for (const m of members) {
      if (!ts.isPropertySignature(m) || !m.type || !(ts.isIdentifier(m.name) || ts.isStringLiteral(m.name))) continue;
      const type = m.type.getText(sf).replace(/\s+/g, '');
      if (PLAIN_TYPE.test(type)) fields[m.name.text] = type;
    }
    if (Object.keys(fields).length) out[name] = fields;
  }
  return out;
}

/**
 * The leftmost names of type references (`Output<string>`, `pulumi.Input<string>`, `implements
 * VpcArgs`) that the file names nowhere outside types: not imported, declared or used as a value.
 * Only for files with imports of their own (an import-less block is an excerpt of a file).
 */
function typeOnlyNames(sf: TS.SourceFile): NonNullable<Module['typeOnlyNames']> {
  if (!sf.statements.some((st) => ts.isImportDeclaration(st) || ts.isImportEqualsDeclaration(st))) return [];
  const named = new Set<string>();
  const uses: TS.Identifier[] = [];
  const leftmost = (n: TS.Node): TS.Identifier | undefined => {
    if (ts.isIdentifier(n)) return n;
    if (ts.isQualifiedName(n)) return leftmost(n.left);
    if (ts.isPropertyAccessExpression(n)) return leftmost(n.expression);
    return undefined;
  };
  const inType = (n: TS.Node): void => {
    if (ts.isTypeReferenceNode(n)) {
      const id = leftmost(n.typeName);
      if (id) uses.push(id);
    } else if (ts.isExpressionWithTypeArguments(n)) {
      const id = leftmost(n.expression);
      if (id) uses.push(id);
    } else if (ts.isTypeQueryNode(n)) {
      // `typeof x` names a value: it counts as a use outside types.
      const id = leftmost(n.exprName);
      if (id) named.add(id.text);
    }
    ts.forEachChild(n, inType);
  };
  const visit = (n: TS.Node): void => {
    if (ts.isTypeNode(n) || (ts.isHeritageClause(n) && n.token === ts.SyntaxKind.ImplementsKeyword)) {
      inType(n);
      return;
    }
    if (ts.isIdentifier(n)) named.add(n.text);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  const seen = new Set<string>();
  const out: NonNullable<Module['typeOnlyNames']> = [];
  for (const id of uses) {
    if (named.has(id.text) || seen.has(id.text)) continue;
    seen.add(id.text);
    out.push({ name: id.text, s: id.getStart(sf), e: id.getEnd() });
  }
  return out;
}

/**
 * The members of top-level interfaces and object type aliases, so that an object literal passed where
 * one is expected can be checked for missing required members and for members the type lacks.
 */
function shapes(sf: TS.SourceFile): NonNullable<Module['shapes']> {
  const out: NonNullable<Module['shapes']> = {};
  const merged = new Set<string>();
  const seen = new Set<string>();
  for (const st of sf.statements) {
    let members: TS.NodeArray<TS.TypeElement> | undefined;
    let name = '';
    if (ts.isInterfaceDeclaration(st)) {
      name = st.name.text;
      if (!st.typeParameters && !st.heritageClauses?.length) members = st.members;
    } else if (ts.isTypeAliasDeclaration(st)) {
      name = st.name.text;
      if (!st.typeParameters && ts.isTypeLiteralNode(st.type)) members = st.type.members;
    } else if ((ts.isClassDeclaration(st) || ts.isFunctionDeclaration(st) || ts.isEnumDeclaration(st) || ts.isModuleDeclaration(st)) && st.name && ts.isIdentifier(st.name)) {
      merged.add(st.name.text);
      continue;
    } else continue;
    // Declared twice (interfaces merge), or extending / generic: the members are not all here.
    if (seen.has(name) || !members) {
      merged.add(name);
      continue;
    }
    seen.add(name);
    const fields: Record<string, boolean> = {};
    let indexed = false;
    let complete = true;
    for (const m of members) {
      if (ts.isIndexSignatureDeclaration(m)) indexed = true;
      else if ((ts.isPropertySignature(m) || ts.isMethodSignature(m)) && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name))) fields[m.name.text] = !m.questionToken;
      else complete = false;
    }
    if (complete) out[name] = { fields, indexed };
    else merged.add(name);
  }
  for (const name of merged) delete out[name];
  return out;
}
