import type * as TS from 'typescript';
import ts from './ts.js';
import type {
  Arg,
  ArrItem,
  BinaryOp,
  ClassExpr,
  ClassMember,
  Expr,
  Func,
  Layout,
  LayoutItem,
  ObjEntry,
  Param,
  Pattern,
  Stmt,
  Template,
  TemplateHole,
} from '../../core/ir.js';
import { budgetArgs, budgetExpr, type CutIndex } from '../budget.js';

// Lowering of TypeScript/JavaScript syntax to the IR. Types are erased; anything the evaluator has no
// use for (interfaces, type aliases, declare statements) becomes a `nop`. Syntax we do not model
// becomes `unsupported` with its sub-expressions kept, so resources built inside still get evaluated.

type SF = TS.SourceFile;

// Regions of the file being lowered that were left out of the parse for their size (../budget.ts).
// Module state: lowering is synchronous, and parse.ts sets it around one file's lowering.
let cuts: CutIndex | undefined;

/** Lower with `index` as the cut regions of the file. */
export function withCuts<T>(index: CutIndex | undefined, f: () => T): T {
  const saved = cuts;
  cuts = index;
  try {
    return f();
  } finally {
    cuts = saved;
  }
}

function loc(node: TS.Node, sf: SF): { s: number; e: number } {
  return { s: node.getStart(sf), e: node.getEnd() };
}

function hasModifier(node: TS.Node, kind: TS.SyntaxKind): boolean {
  const mods = ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined;
  return !!mods?.some((m) => m.kind === kind);
}

export function lowerStatements(stmts: readonly TS.Statement[], sf: SF): Stmt[] {
  const out: Stmt[] = [];
  for (const st of stmts) lowerStatementInto(st, sf, out);
  return out;
}

function lowerBlockish(node: TS.Statement | undefined, sf: SF): Stmt[] {
  if (!node) return [];
  if (ts.isBlock(node)) return lowerStatements(node.statements, sf);
  const out: Stmt[] = [];
  lowerStatementInto(node, sf, out);
  return out;
}

function lowerStatementInto(st: TS.Statement, sf: SF, out: Stmt[]): void {
  const l = loc(st, sf);
  if (hasModifier(st, ts.SyntaxKind.DeclareKeyword)) {
    out.push({ k: 'nop', ...l });
    return;
  }
  const exported = hasModifier(st, ts.SyntaxKind.ExportKeyword);
  const isDefault = hasModifier(st, ts.SyntaxKind.DefaultKeyword);

  if (ts.isVariableStatement(st)) {
    const flags = st.declarationList.flags;
    const kind = flags & ts.NodeFlags.Const ? 'const' : flags & ts.NodeFlags.Let ? 'let' : 'var';
    out.push({
      k: 'var',
      kind,
      exported,
      decls: st.declarationList.declarations.map((d) => ({
        target: lowerBinding(d.name, sf),
        ...(d.initializer ? { init: lowerExpr(d.initializer, sf) } : {}),
        ...loc(d, sf),
      })),
      ...l,
    });
    return;
  }
  if (ts.isExpressionStatement(st)) {
    out.push({ k: 'expr', expr: lowerExpr(st.expression, sf), ...l });
    return;
  }
  if (ts.isIfStatement(st)) {
    out.push({
      k: 'if',
      test: lowerExpr(st.expression, sf),
      then: lowerBlockish(st.thenStatement, sf),
      ...(st.elseStatement ? { else: lowerBlockish(st.elseStatement, sf) } : {}),
      ...l,
    });
    return;
  }
  if (ts.isForOfStatement(st) || ts.isForInStatement(st)) {
    const init = st.initializer;
    let target: Pattern;
    let declare: 'const' | 'let' | 'var' | undefined;
    if (ts.isVariableDeclarationList(init)) {
      const d = init.declarations[0];
      target = d ? lowerBinding(d.name, sf) : { k: 'unsupported', what: 'empty for target', ...loc(init, sf) };
      declare = init.flags & ts.NodeFlags.Const ? 'const' : init.flags & ts.NodeFlags.Let ? 'let' : 'var';
    } else {
      target = exprToPattern(init, sf);
    }
    out.push({
      k: 'forof',
      mode: ts.isForOfStatement(st) ? 'of' : 'in',
      target,
      ...(declare ? { declare } : {}),
      iter: lowerExpr(st.expression, sf),
      body: lowerBlockish(st.statement, sf),
      ...l,
    });
    return;
  }
  if (ts.isForStatement(st)) {
    let init: Stmt | undefined;
    if (st.initializer) {
      if (ts.isVariableDeclarationList(st.initializer)) {
        const list = st.initializer;
        const kind = list.flags & ts.NodeFlags.Const ? 'const' : list.flags & ts.NodeFlags.Let ? 'let' : 'var';
        init = {
          k: 'var',
          kind,
          decls: list.declarations.map((d) => ({
            target: lowerBinding(d.name, sf),
            ...(d.initializer ? { init: lowerExpr(d.initializer, sf) } : {}),
            ...loc(d, sf),
          })),
          ...loc(list, sf),
        };
      } else {
        init = { k: 'expr', expr: lowerExpr(st.initializer, sf), ...loc(st.initializer, sf) };
      }
    }
    out.push({
      k: 'forc',
      ...(init ? { init } : {}),
      ...(st.condition ? { test: lowerExpr(st.condition, sf) } : {}),
      ...(st.incrementor ? { update: lowerExpr(st.incrementor, sf) } : {}),
      body: lowerBlockish(st.statement, sf),
      ...l,
    });
    return;
  }
  if (ts.isWhileStatement(st)) {
    out.push({ k: 'while', test: lowerExpr(st.expression, sf), body: lowerBlockish(st.statement, sf), ...l });
    return;
  }
  if (ts.isDoStatement(st)) {
    out.push({
      k: 'while',
      test: lowerExpr(st.expression, sf),
      body: lowerBlockish(st.statement, sf),
      doWhile: true,
      ...l,
    });
    return;
  }
  if (ts.isReturnStatement(st)) {
    out.push({ k: 'return', ...(st.expression ? { value: lowerExpr(st.expression, sf) } : {}), ...l });
    return;
  }
  if (ts.isBreakStatement(st)) {
    out.push({ k: 'break', ...l });
    return;
  }
  if (ts.isContinueStatement(st)) {
    out.push({ k: 'continue', ...l });
    return;
  }
  if (ts.isThrowStatement(st)) {
    out.push({ k: 'throw', value: lowerExpr(st.expression, sf), ...l });
    return;
  }
  if (ts.isTryStatement(st)) {
    out.push({
      k: 'try',
      body: lowerStatements(st.tryBlock.statements, sf),
      handlers: st.catchClause
        ? [
            {
              ...(st.catchClause.variableDeclaration
                ? { param: lowerBinding(st.catchClause.variableDeclaration.name, sf) }
                : {}),
              body: lowerStatements(st.catchClause.block.statements, sf),
            },
          ]
        : [],
      ...(st.finallyBlock ? { finally: lowerStatements(st.finallyBlock.statements, sf) } : {}),
      ...l,
    });
    return;
  }
  if (ts.isFunctionDeclaration(st)) {
    if (!st.body || !st.name) {
      out.push({ k: 'nop', ...l }); // overload signature
      return;
    }
    out.push({
      k: 'funcdecl',
      name: st.name.text,
      func: lowerFunc(st, sf),
      exported,
      exportDefault: exported && isDefault,
      ...l,
    });
    return;
  }
  if (ts.isClassDeclaration(st)) {
    const cls = lowerClass(st, sf);
    out.push({
      k: 'classdecl',
      name: st.name?.text ?? 'default',
      cls,
      exported,
      exportDefault: exported && isDefault,
      ...l,
    });
    return;
  }
  if (ts.isImportDeclaration(st)) {
    const spec = st.moduleSpecifier;
    const module = ts.isStringLiteral(spec) ? spec.text : '';
    const clause = st.importClause;
    const names: { imported: string; local: string }[] = [];
    if (clause) {
      if (clause.name) names.push({ imported: 'default', local: clause.name.text });
      const nb = clause.namedBindings;
      if (nb && ts.isNamespaceImport(nb)) names.push({ imported: '*', local: nb.name.text });
      if (nb && ts.isNamedImports(nb)) {
        for (const el of nb.elements) {
          if (el.isTypeOnly) continue;
          names.push({ imported: (el.propertyName ?? el.name).text, local: el.name.text });
        }
      }
    }
    out.push({ k: 'import', module, names, ...(clause?.isTypeOnly ? { typeOnly: true } : {}), ...l });
    return;
  }
  if (ts.isImportEqualsDeclaration(st)) {
    const ref = st.moduleReference;
    if (ts.isExternalModuleReference(ref) && ts.isStringLiteral(ref.expression)) {
      out.push({ k: 'import', module: ref.expression.text, names: [{ imported: '*', local: st.name.text }], ...l });
    } else {
      out.push({ k: 'nop', ...l });
    }
    return;
  }
  if (ts.isExportDeclaration(st)) {
    if (st.isTypeOnly) {
      out.push({ k: 'nop', ...l });
      return;
    }
    const from = st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : undefined;
    const clause = st.exportClause;
    if (!clause) {
      out.push({ k: 'export', star: true, ...(from !== undefined ? { from } : {}), ...l });
    } else if (ts.isNamedExports(clause)) {
      out.push({
        k: 'export',
        names: clause.elements
          .filter((el) => !el.isTypeOnly)
          .map((el) => ({ local: (el.propertyName ?? el.name).text, exported: el.name.text })),
        ...(from !== undefined ? { from } : {}),
        ...l,
      });
    } else {
      // export * as ns from 'm'
      out.push({
        k: 'export',
        names: [{ local: '*', exported: clause.name.text }],
        ...(from !== undefined ? { from } : {}),
        ...l,
      });
    }
    return;
  }
  if (ts.isExportAssignment(st)) {
    out.push({ k: 'export', defaultExpr: lowerExpr(st.expression, sf), ...(st.isExportEquals ? { equals: true } : {}), ...l });
    return;
  }
  if (ts.isEnumDeclaration(st)) {
    out.push(lowerEnum(st, sf, exported));
    return;
  }
  if (ts.isBlock(st)) {
    out.push({ k: 'block', body: lowerStatements(st.statements, sf), ...l });
    return;
  }
  if (ts.isLabeledStatement(st)) {
    lowerStatementInto(st.statement, sf, out);
    return;
  }
  if (ts.isSwitchStatement(st)) {
    out.push(lowerSwitch(st, sf));
    return;
  }
  if (ts.isModuleDeclaration(st) && st.body && ts.isModuleBlock(st.body)) {
    // `namespace X { ... }`: run its statements in place; names leak, which only widens what we see.
    out.push({ k: 'block', body: lowerStatements(st.body.statements, sf), ...l });
    return;
  }
  out.push({ k: 'nop', ...l });
}

function lowerEnum(st: TS.EnumDeclaration, sf: SF, exported: boolean): Stmt {
  const entries: ObjEntry[] = [];
  let next = 0;
  for (const m of st.members) {
    const key = ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) ? m.name.text : m.name.getText(sf);
    let value: Expr;
    if (m.initializer) {
      value = lowerExpr(m.initializer, sf);
      if (value.k === 'lit' && typeof value.value === 'number') next = value.value + 1;
    } else {
      value = { k: 'lit', value: next++, ...loc(m, sf) };
    }
    entries.push({ k: 'prop', key, value, ...loc(m, sf), keyS: m.name.getStart(sf), keyE: m.name.getEnd() });
  }
  const l = loc(st, sf);
  return {
    k: 'var',
    kind: 'const',
    exported,
    decls: [{ target: { k: 'ident', name: st.name.text, ...loc(st.name, sf) }, init: { k: 'obj', entries, ...l }, ...l }],
    ...l,
  };
}

// `switch` becomes an if/else chain on `===`; fall-through between non-empty cases is rare in
// infrastructure code and approximating it keeps the evaluator simple.
function lowerSwitch(st: TS.SwitchStatement, sf: SF): Stmt {
  const disc = lowerExpr(st.expression, sf);
  const clauses = st.caseBlock.clauses;
  let tail: Stmt[] | undefined;
  const defaultClause = clauses.find((c) => ts.isDefaultClause(c));
  if (defaultClause) tail = stripBreaks(lowerStatements(defaultClause.statements, sf));
  // Group empty fall-through cases with the next non-empty one.
  const groups: { tests: TS.Expression[]; body: readonly TS.Statement[]; node: TS.Node }[] = [];
  let pending: TS.Expression[] = [];
  for (const c of clauses) {
    if (ts.isDefaultClause(c)) {
      pending = [];
      continue;
    }
    pending.push(c.expression);
    if (c.statements.length > 0) {
      groups.push({ tests: pending, body: c.statements, node: c });
      pending = [];
    }
  }
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    const l = loc(g.node, sf);
    let test: Expr | undefined;
    for (const t of g.tests) {
      const eq: Expr = { k: 'binary', op: '===', left: disc, right: lowerExpr(t, sf), ...loc(t, sf) };
      test = test ? { k: 'logical', op: '||', left: test, right: eq, ...l } : eq;
    }
    const stmt: Stmt = {
      k: 'if',
      test: test ?? { k: 'lit', value: false, ...l },
      then: stripBreaks(lowerStatements(g.body, sf)),
      ...(tail ? { else: tail } : {}),
      ...l,
    };
    tail = [stmt];
  }
  return { k: 'block', body: tail ?? [], ...loc(st, sf) };
}

function stripBreaks(body: Stmt[]): Stmt[] {
  return body.filter((s) => s.k !== 'break');
}

// ---------------------------------------------------------------- functions and classes

function lowerParams(params: readonly TS.ParameterDeclaration[], sf: SF): Param[] {
  const out: Param[] = [];
  for (const p of params) {
    if (ts.isIdentifier(p.name) && p.name.text === 'this') continue; // `this` type annotation
    out.push({
      target: lowerBinding(p.name, sf),
      ...(p.initializer ? { default: lowerExpr(p.initializer, sf) } : {}),
      ...(p.dotDotDotToken ? { rest: true } : {}),
      ...(p.questionToken ? { optional: true } : {}),
      ...(p.type && ts.isTypeReferenceNode(p.type) && ts.isIdentifier(p.type.typeName) && !p.type.typeArguments ? { annot: p.type.typeName.text } : {}),
      ...loc(p, sf),
    });
  }
  return out;
}

type FunctionLike =
  | TS.FunctionDeclaration
  | TS.FunctionExpression
  | TS.ArrowFunction
  | TS.MethodDeclaration
  | TS.ConstructorDeclaration
  | TS.GetAccessorDeclaration
  | TS.SetAccessorDeclaration;

function lowerFunc(node: FunctionLike, sf: SF): Func {
  const l = loc(node, sf);
  const isAsync = hasModifier(node, ts.SyntaxKind.AsyncKeyword);
  let body: Stmt[] | Expr;
  if (!node.body) body = [];
  else if (ts.isBlock(node.body)) body = lowerStatements(node.body.statements, sf);
  else body = lowerExpr(node.body, sf);
  const name =
    node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) || ts.isPrivateIdentifier(node.name))
      ? node.name.text
      : undefined;
  return {
    k: 'func',
    ...(name ? { name } : {}),
    params: lowerParams(node.parameters, sf),
    body,
    ...(ts.isArrowFunction(node) ? { arrow: true } : {}),
    ...(isAsync ? { async: true } : {}),
    ...('asteriskToken' in node && node.asteriskToken ? { generator: true } : {}),
    ...l,
  };
}

function memberName(name: TS.PropertyName, sf: SF): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name))
    return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  void sf;
  return undefined;
}

function lowerClass(node: TS.ClassDeclaration | TS.ClassExpression, sf: SF): ClassExpr {
  const bases: Expr[] = [];
  for (const h of node.heritageClauses ?? []) {
    if (h.token !== ts.SyntaxKind.ExtendsKeyword) continue;
    for (const t of h.types) bases.push(lowerExpr(t.expression, sf));
  }
  const members: ClassMember[] = [];
  for (const m of node.members) {
    const l = loc(m, sf);
    const isStatic = hasModifier(m, ts.SyntaxKind.StaticKeyword);
    if (ts.isConstructorDeclaration(m)) {
      if (!m.body) continue;
      const paramProps = m.parameters
        .filter(
          (p) =>
            ts.isIdentifier(p.name) &&
            (ts.getModifiers(p) ?? []).some((mod) =>
              [
                ts.SyntaxKind.PublicKeyword,
                ts.SyntaxKind.PrivateKeyword,
                ts.SyntaxKind.ProtectedKeyword,
                ts.SyntaxKind.ReadonlyKeyword,
              ].includes(mod.kind),
            ),
        )
        .map((p) => (p.name as TS.Identifier).text);
      members.push({
        kind: 'ctor',
        name: 'constructor',
        func: lowerFunc(m, sf),
        ...(paramProps.length ? { paramProps } : {}),
        ...l,
      });
      continue;
    }
    if (ts.isMethodDeclaration(m)) {
      const name = memberName(m.name, sf);
      if (!name || !m.body) continue;
      members.push({ kind: 'method', name, func: lowerFunc(m, sf), ...(isStatic ? { static: true } : {}), ...l });
      continue;
    }
    if (ts.isGetAccessorDeclaration(m) || ts.isSetAccessorDeclaration(m)) {
      const name = memberName(m.name, sf);
      if (!name || !m.body) continue;
      members.push({
        kind: ts.isGetAccessorDeclaration(m) ? 'getter' : 'setter',
        name,
        func: lowerFunc(m, sf),
        ...(isStatic ? { static: true } : {}),
        ...l,
      });
      continue;
    }
    if (ts.isPropertyDeclaration(m)) {
      const name = memberName(m.name, sf);
      if (!name) continue;
      members.push({
        kind: 'field',
        name,
        ...(m.initializer ? { value: lowerExpr(m.initializer, sf) } : {}),
        ...(isStatic ? { static: true } : {}),
        ...l,
      });
    }
  }
  return {
    k: 'class',
    ...(node.name ? { name: node.name.text } : {}),
    bases,
    members,
    ...loc(node, sf),
  };
}

// ---------------------------------------------------------------- patterns

function lowerBinding(name: TS.BindingName, sf: SF): Pattern {
  const l = loc(name, sf);
  if (ts.isIdentifier(name)) return { k: 'ident', name: name.text, ...l };
  if (ts.isObjectBindingPattern(name)) {
    const props: { key: string | Expr; value: Pattern; default?: Expr }[] = [];
    let rest: Pattern | undefined;
    for (const el of name.elements) {
      if (el.dotDotDotToken) {
        rest = lowerBinding(el.name, sf);
        continue;
      }
      let key: string | Expr;
      const pn = el.propertyName;
      if (!pn) key = ts.isIdentifier(el.name) ? el.name.text : '';
      else if (ts.isComputedPropertyName(pn)) key = lowerExpr(pn.expression, sf);
      else key = memberName(pn, sf) ?? '';
      props.push({
        key,
        value: lowerBinding(el.name, sf),
        ...(el.initializer ? { default: lowerExpr(el.initializer, sf) } : {}),
      });
    }
    return { k: 'objpat', props, ...(rest ? { rest } : {}), ...l };
  }
  const elems: (Pattern | null)[] = [];
  const defaults: (Expr | undefined)[] = [];
  let rest: Pattern | undefined;
  for (const el of name.elements) {
    if (ts.isOmittedExpression(el)) {
      elems.push(null);
      defaults.push(undefined);
      continue;
    }
    if (el.dotDotDotToken) {
      rest = lowerBinding(el.name, sf);
      continue;
    }
    elems.push(lowerBinding(el.name, sf));
    defaults.push(el.initializer ? lowerExpr(el.initializer, sf) : undefined);
  }
  return { k: 'arrpat', elems, defaults, ...(rest ? { rest } : {}), ...l };
}

/** Destructuring assignment targets arrive as expressions; turn them into patterns. */
function exprToPattern(node: TS.Node, sf: SF): Pattern {
  const l = loc(node, sf);
  if (ts.isParenthesizedExpression(node)) return exprToPattern(node.expression, sf);
  if (ts.isIdentifier(node)) return { k: 'ident', name: node.text, ...l };
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
    const e = lowerExpr(node, sf);
    if (e.k === 'member' || e.k === 'index') return e;
  }
  if (ts.isObjectLiteralExpression(node)) {
    const props: { key: string | Expr; value: Pattern; default?: Expr }[] = [];
    let rest: Pattern | undefined;
    for (const p of node.properties) {
      if (ts.isShorthandPropertyAssignment(p)) {
        props.push({
          key: p.name.text,
          value: { k: 'ident', name: p.name.text, ...loc(p.name, sf) },
          ...(p.objectAssignmentInitializer ? { default: lowerExpr(p.objectAssignmentInitializer, sf) } : {}),
        });
      } else if (ts.isPropertyAssignment(p)) {
        const key = ts.isComputedPropertyName(p.name) ? lowerExpr(p.name.expression, sf) : (memberName(p.name, sf) ?? '');
        let target: TS.Node = p.initializer;
        let def: Expr | undefined;
        if (ts.isBinaryExpression(target) && target.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
          def = lowerExpr(target.right, sf);
          target = target.left;
        }
        props.push({ key, value: exprToPattern(target, sf), ...(def ? { default: def } : {}) });
      } else if (ts.isSpreadAssignment(p)) {
        rest = exprToPattern(p.expression, sf);
      }
    }
    return { k: 'objpat', props, ...(rest ? { rest } : {}), ...l };
  }
  if (ts.isArrayLiteralExpression(node)) {
    const elems: (Pattern | null)[] = [];
    const defaults: (Expr | undefined)[] = [];
    let rest: Pattern | undefined;
    for (const el of node.elements) {
      if (ts.isOmittedExpression(el)) {
        elems.push(null);
        defaults.push(undefined);
      } else if (ts.isSpreadElement(el)) {
        rest = exprToPattern(el.expression, sf);
      } else if (ts.isBinaryExpression(el) && el.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        elems.push(exprToPattern(el.left, sf));
        defaults.push(lowerExpr(el.right, sf));
      } else {
        elems.push(exprToPattern(el, sf));
        defaults.push(undefined);
      }
    }
    return { k: 'arrpat', elems, defaults, ...(rest ? { rest } : {}), ...l };
  }
  return { k: 'unsupported', what: ts.SyntaxKind[node.kind], ...l };
}

// ---------------------------------------------------------------- expressions

// Built on first use: the compiler is loaded only when a TypeScript file is parsed (ts.ts).
let binaryOps: Partial<Record<TS.SyntaxKind, BinaryOp>> | undefined;
let assignOps: Partial<Record<TS.SyntaxKind, string>> | undefined;

const binaryOp = (kind: TS.SyntaxKind): BinaryOp | undefined => (binaryOps ??= {
  [ts.SyntaxKind.PlusToken]: '+',
  [ts.SyntaxKind.MinusToken]: '-',
  [ts.SyntaxKind.AsteriskToken]: '*',
  [ts.SyntaxKind.SlashToken]: '/',
  [ts.SyntaxKind.PercentToken]: '%',
  [ts.SyntaxKind.AsteriskAsteriskToken]: '**',
  [ts.SyntaxKind.EqualsEqualsToken]: '==',
  [ts.SyntaxKind.ExclamationEqualsToken]: '!=',
  [ts.SyntaxKind.EqualsEqualsEqualsToken]: '===',
  [ts.SyntaxKind.ExclamationEqualsEqualsToken]: '!==',
  [ts.SyntaxKind.LessThanToken]: '<',
  [ts.SyntaxKind.GreaterThanToken]: '>',
  [ts.SyntaxKind.LessThanEqualsToken]: '<=',
  [ts.SyntaxKind.GreaterThanEqualsToken]: '>=',
  [ts.SyntaxKind.InKeyword]: 'in',
  [ts.SyntaxKind.InstanceOfKeyword]: 'instanceof',
  [ts.SyntaxKind.AmpersandToken]: '&',
  [ts.SyntaxKind.BarToken]: '|',
  [ts.SyntaxKind.CaretToken]: '^',
  [ts.SyntaxKind.LessThanLessThanToken]: '<<',
  [ts.SyntaxKind.GreaterThanGreaterThanToken]: '>>',
  [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken]: '>>>',
})[kind];

const assignOp = (kind: TS.SyntaxKind): string | undefined => (assignOps ??= {
  [ts.SyntaxKind.EqualsToken]: '=',
  [ts.SyntaxKind.PlusEqualsToken]: '+=',
  [ts.SyntaxKind.MinusEqualsToken]: '-=',
  [ts.SyntaxKind.AsteriskEqualsToken]: '*=',
  [ts.SyntaxKind.SlashEqualsToken]: '/=',
  [ts.SyntaxKind.PercentEqualsToken]: '%=',
  [ts.SyntaxKind.BarBarEqualsToken]: '||=',
  [ts.SyntaxKind.AmpersandAmpersandEqualsToken]: '&&=',
  [ts.SyntaxKind.QuestionQuestionEqualsToken]: '??=',
})[kind];

/** Where the arguments of a call are written (`new X` without parentheses has none). */
function argsLayout(c: TS.CallExpression | TS.NewExpression, sf: SF): Layout | undefined {
  const args = c.arguments;
  const close = c.getEnd() - 1;
  if (!args || sf.text[close] !== ')' || sf.text[args.pos - 1] !== '(') return undefined;
  return { open: args.pos, close, items: args.map((a) => ({ s: a.getStart(sf), e: a.getEnd() })), comma: args.hasTrailingComma };
}

function lowerArgs(args: readonly TS.Expression[] | undefined, sf: SF): Arg[] {
  if (!args) return [];
  // A cut argument list holds only its placeholder (../budget.ts).
  if (cuts && args.length === 1 && cuts.isPlaceholder(args[0]!.getStart(sf), args[0]!.getEnd())) return budgetArgs(args[0]!.getStart(sf), args[0]!.getEnd(), false);
  return args.map((a) =>
    ts.isSpreadElement(a) ? { k: 'spread', value: lowerExpr(a.expression, sf) } : { k: 'pos', value: lowerExpr(a, sf) },
  );
}

function lowerTemplate(node: TS.TemplateExpression, sf: SF): Template {
  const parts: (string | TemplateHole)[] = [];
  if (node.head.text) parts.push(node.head.text);
  for (const span of node.templateSpans) {
    parts.push({ expr: lowerExpr(span.expression, sf), ...loc(span.expression, sf) });
    if (span.literal.text) parts.push(span.literal.text);
  }
  return { k: 'template', parts, ...loc(node, sf) };
}

export function lowerExpr(node: TS.Expression | TS.Node, sf: SF): Expr {
  const l = loc(node, sf);
  if (cuts?.covers(l.s, l.e)) return budgetExpr(l.s, l.e);
  switch (node.kind) {
    case ts.SyntaxKind.Identifier: {
      const name = (node as TS.Identifier).text;
      if (name === 'undefined') return { k: 'lit', value: undefined, ...l };
      return { k: 'ident', name, ...l };
    }
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      return { k: 'lit', value: (node as TS.StringLiteralLike).text, ...l };
    case ts.SyntaxKind.NumericLiteral:
      return { k: 'lit', value: Number((node as TS.NumericLiteral).text), ...l };
    case ts.SyntaxKind.BigIntLiteral:
      return { k: 'lit', value: Number((node as TS.BigIntLiteral).text.replace(/n$/, '')), ...l };
    case ts.SyntaxKind.RegularExpressionLiteral: {
      const text = (node as TS.RegularExpressionLiteral).text;
      const slash = text.lastIndexOf('/');
      return { k: 'lit', value: undefined, regex: { source: text.slice(1, slash), flags: text.slice(slash + 1) }, ...l };
    }
    case ts.SyntaxKind.TrueKeyword:
      return { k: 'lit', value: true, ...l };
    case ts.SyntaxKind.FalseKeyword:
      return { k: 'lit', value: false, ...l };
    case ts.SyntaxKind.NullKeyword:
      return { k: 'lit', value: null, ...l };
    case ts.SyntaxKind.ThisKeyword:
      return { k: 'this', ...l };
    case ts.SyntaxKind.SuperKeyword:
      return { k: 'super', ...l };
    case ts.SyntaxKind.TemplateExpression:
      return lowerTemplate(node as TS.TemplateExpression, sf);
    case ts.SyntaxKind.TaggedTemplateExpression: {
      const t = node as TS.TaggedTemplateExpression;
      const tag = lowerExpr(t.tag, sf);
      if (ts.isNoSubstitutionTemplateLiteral(t.template)) {
        return { k: 'template', parts: t.template.text ? [t.template.text] : [], tag, ...l };
      }
      return { ...lowerTemplate(t.template, sf), tag, ...l };
    }
    case ts.SyntaxKind.ParenthesizedExpression:
    case ts.SyntaxKind.AsExpression:
    case ts.SyntaxKind.TypeAssertionExpression:
    case ts.SyntaxKind.NonNullExpression:
    case ts.SyntaxKind.SatisfiesExpression:
    case ts.SyntaxKind.PartiallyEmittedExpression:
      return lowerExpr((node as TS.ParenthesizedExpression).expression, sf);
    case ts.SyntaxKind.BinaryExpression: {
      const b = node as TS.BinaryExpression;
      const opKind = b.operatorToken.kind;
      const assign = assignOp(opKind);
      if (assign) {
        return { k: 'assign', target: exprToPattern(b.left, sf), op: assign, value: lowerExpr(b.right, sf), ...l };
      }
      if (opKind === ts.SyntaxKind.CommaToken) {
        return { k: 'seq', exprs: [lowerExpr(b.left, sf), lowerExpr(b.right, sf)], ...l };
      }
      if (opKind === ts.SyntaxKind.AmpersandAmpersandToken || opKind === ts.SyntaxKind.BarBarToken || opKind === ts.SyntaxKind.QuestionQuestionToken) {
        const op = opKind === ts.SyntaxKind.AmpersandAmpersandToken ? '&&' : opKind === ts.SyntaxKind.BarBarToken ? '||' : '??';
        return { k: 'logical', op, left: lowerExpr(b.left, sf), right: lowerExpr(b.right, sf), ...l };
      }
      const op = binaryOp(opKind);
      if (op) {
        return { k: 'binary', op, left: lowerExpr(b.left, sf), right: lowerExpr(b.right, sf), ...l };
      }
      return { k: 'unsupported', what: 'binary', children: [lowerExpr(b.left, sf), lowerExpr(b.right, sf)], ...l };
    }
    case ts.SyntaxKind.PrefixUnaryExpression: {
      const u = node as TS.PrefixUnaryExpression;
      const arg = lowerExpr(u.operand, sf);
      switch (u.operator) {
        case ts.SyntaxKind.ExclamationToken:
          return { k: 'unary', op: '!', arg, ...l };
        case ts.SyntaxKind.MinusToken:
          return { k: 'unary', op: '-', arg, ...l };
        case ts.SyntaxKind.PlusToken:
          return { k: 'unary', op: '+', arg, ...l };
        case ts.SyntaxKind.TildeToken:
          return { k: 'unary', op: '~', arg, ...l };
        case ts.SyntaxKind.PlusPlusToken:
        case ts.SyntaxKind.MinusMinusToken:
          return {
            k: 'assign',
            target: exprToPattern(u.operand, sf),
            op: u.operator === ts.SyntaxKind.PlusPlusToken ? '+=' : '-=',
            value: { k: 'lit', value: 1, ...l },
            ...l,
          };
      }
      return arg;
    }
    case ts.SyntaxKind.PostfixUnaryExpression: {
      const u = node as TS.PostfixUnaryExpression;
      // Value of `i++` is the old value; loops only use it as a statement, so the difference is moot.
      return {
        k: 'assign',
        target: exprToPattern(u.operand, sf),
        op: u.operator === ts.SyntaxKind.PlusPlusToken ? '+=' : '-=',
        value: { k: 'lit', value: 1, ...l },
        ...l,
      };
    }
    case ts.SyntaxKind.TypeOfExpression:
      return { k: 'unary', op: 'typeof', arg: lowerExpr((node as TS.TypeOfExpression).expression, sf), ...l };
    case ts.SyntaxKind.VoidExpression:
      return { k: 'unary', op: 'void', arg: lowerExpr((node as TS.VoidExpression).expression, sf), ...l };
    case ts.SyntaxKind.DeleteExpression:
      return { k: 'unary', op: 'delete', arg: lowerExpr((node as TS.DeleteExpression).expression, sf), ...l };
    case ts.SyntaxKind.ConditionalExpression: {
      const c = node as TS.ConditionalExpression;
      return { k: 'cond', test: lowerExpr(c.condition, sf), then: lowerExpr(c.whenTrue, sf), else: lowerExpr(c.whenFalse, sf), ...l };
    }
    case ts.SyntaxKind.PropertyAccessExpression: {
      const p = node as TS.PropertyAccessExpression;
      return {
        k: 'member',
        obj: lowerExpr(p.expression, sf),
        prop: p.name.text,
        ...(p.questionDotToken ? { optional: true } : {}),
        ...l,
      };
    }
    case ts.SyntaxKind.ElementAccessExpression: {
      const p = node as TS.ElementAccessExpression;
      return {
        k: 'index',
        obj: lowerExpr(p.expression, sf),
        index: lowerExpr(p.argumentExpression, sf),
        ...(p.questionDotToken ? { optional: true } : {}),
        ...l,
      };
    }
    case ts.SyntaxKind.CallExpression: {
      const c = node as TS.CallExpression;
      if (c.expression.kind === ts.SyntaxKind.ImportKeyword) {
        return { k: 'unsupported', what: 'dynamic import', ...l };
      }
      const layout = argsLayout(c, sf);
      return {
        k: 'call',
        callee: lowerExpr(c.expression, sf),
        args: lowerArgs(c.arguments, sf),
        ...(c.questionDotToken ? { optional: true } : {}),
        ...(layout ? { layout } : {}),
        ...l,
      };
    }
    case ts.SyntaxKind.NewExpression: {
      const n = node as TS.NewExpression;
      const layout = argsLayout(n, sf);
      return { k: 'new', callee: lowerExpr(n.expression, sf), args: lowerArgs(n.arguments, sf), ...(layout ? { layout } : {}), ...l };
    }
    case ts.SyntaxKind.ObjectLiteralExpression:
      return lowerObject(node as TS.ObjectLiteralExpression, sf);
    case ts.SyntaxKind.ArrayLiteralExpression: {
      const a = node as TS.ArrayLiteralExpression;
      const items: ArrItem[] = a.elements.map((el) =>
        ts.isOmittedExpression(el)
          ? { k: 'hole' }
          : ts.isSpreadElement(el)
            ? { k: 'spread', value: lowerExpr(el.expression, sf) }
            : { k: 'item', value: lowerExpr(el, sf) },
      );
      return { k: 'arr', items, ...l };
    }
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.FunctionExpression:
      return lowerFunc(node as TS.ArrowFunction, sf);
    case ts.SyntaxKind.ClassExpression:
      return lowerClass(node as TS.ClassExpression, sf);
    case ts.SyntaxKind.AwaitExpression:
      return { k: 'await', arg: lowerExpr((node as TS.AwaitExpression).expression, sf), ...l };
    case ts.SyntaxKind.SpreadElement:
      return lowerExpr((node as TS.SpreadElement).expression, sf);
    case ts.SyntaxKind.YieldExpression: {
      const y = node as TS.YieldExpression;
      return { k: 'unsupported', what: 'yield', children: y.expression ? [lowerExpr(y.expression, sf)] : [], ...l };
    }
    default: {
      // JSX and anything else: keep sub-expressions so constructors inside are still seen.
      const children: Expr[] = [];
      ts.forEachChild(node, (ch) => {
        if (isExpressionNode(ch)) children.push(lowerExpr(ch, sf));
      });
      return { k: 'unsupported', what: ts.SyntaxKind[node.kind] ?? 'node', children, ...l };
    }
  }
}

function isExpressionNode(n: TS.Node): boolean {
  return (
    ts.isCallExpression(n) ||
    ts.isNewExpression(n) ||
    ts.isArrowFunction(n) ||
    ts.isFunctionExpression(n) ||
    ts.isObjectLiteralExpression(n) ||
    ts.isArrayLiteralExpression(n) ||
    ts.isJsxExpression(n) ||
    ts.isParenthesizedExpression(n)
  );
}

function lowerObject(node: TS.ObjectLiteralExpression, sf: SF): Expr {
  const entries: ObjEntry[] = [];
  const items: LayoutItem[] = [];
  for (const p of node.properties) {
    const item: LayoutItem = { s: p.getStart(sf), e: p.getEnd() };
    if (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) {
      const key = ts.isComputedPropertyName(p.name) ? undefined : (memberName(p.name, sf) ?? p.name.getText(sf));
      if (key !== undefined) item.key = key;
      item.value = ts.isPropertyAssignment(p) ? p.initializer.getStart(sf) : p.name.getStart(sf);
    }
    items.push(item);
    const l = loc(p, sf);
    if (ts.isPropertyAssignment(p)) {
      if (ts.isComputedPropertyName(p.name)) {
        const keyExpr = lowerExpr(p.name.expression, sf);
        if (keyExpr.k === 'lit' && (typeof keyExpr.value === 'string' || typeof keyExpr.value === 'number')) {
          entries.push({
            k: 'prop',
            key: String(keyExpr.value),
            value: lowerExpr(p.initializer, sf),
            ...l,
            keyS: p.name.getStart(sf),
            keyE: p.name.getEnd(),
          });
        } else {
          entries.push({ k: 'computed', key: keyExpr, value: lowerExpr(p.initializer, sf), ...l });
        }
      } else {
        entries.push({
          k: 'prop',
          key: memberName(p.name, sf) ?? p.name.getText(sf),
          value: lowerExpr(p.initializer, sf),
          ...l,
          keyS: p.name.getStart(sf),
          keyE: p.name.getEnd(),
        });
      }
    } else if (ts.isShorthandPropertyAssignment(p)) {
      entries.push({
        k: 'prop',
        key: p.name.text,
        value: { k: 'ident', name: p.name.text, ...loc(p.name, sf) },
        ...l,
        keyS: p.name.getStart(sf),
        keyE: p.name.getEnd(),
      });
    } else if (ts.isSpreadAssignment(p)) {
      entries.push({ k: 'spread', value: lowerExpr(p.expression, sf), ...l });
    } else if (ts.isMethodDeclaration(p) || ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p)) {
      const key = memberName(p.name, sf);
      if (key === undefined || !p.body) continue;
      entries.push({
        k: 'prop',
        key,
        value: lowerFunc(p, sf),
        ...l,
        keyS: p.name.getStart(sf),
        keyE: p.name.getEnd(),
      });
    }
  }
  const layout: Layout = { open: node.getStart(sf) + 1, close: node.getEnd() - 1, items, comma: node.properties.hasTrailingComma };
  return { k: 'obj', entries, layout, ...loc(node, sf) };
}
