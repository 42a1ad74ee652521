// Statements, function and class definitions, imports.

import type { Node } from 'web-tree-sitter';
import type {
  ClassExpr,
  ClassMember,
  Expr,
  Func,
  Import,
  ImportName,
  Pattern,
  Stmt,
  Try,
  With,
} from '../../core/ir.js';
import { exprStmt, unsupported } from './build.js';
import { rethrowOverflow } from '../depth.js';
import { type LowerCtx, hasToken, isDamaged, kids, loc, textOf } from './context.js';
import { isExprNode, lowerAssignment, lowerExpr, lowerLoose, lowerParams, lowerPattern } from './lower-expr.js';
import { recoverStmts } from './recover.js';

/** Statements with a body; parts of them other than the body are their "header". */
const COMPOUND = new Set([
  'class_definition',
  'decorated_definition',
  'for_statement',
  'function_definition',
  'if_statement',
  'match_statement',
  'try_statement',
  'while_statement',
  'with_statement',
]);
const CLAUSES = new Set(['elif_clause', 'else_clause', 'except_clause', 'finally_clause', 'case_clause']);

const NOPS = new Set([
  'pass_statement',
  'global_statement',
  'nonlocal_statement',
  'delete_statement',
  'print_statement',
  'exec_statement',
  'future_import_statement',
  'type_alias_statement',
]);

export function lowerModule(ctx: LowerCtx, root: Node): Stmt[] {
  // When recovery fails at the top level the root itself is an ERROR node rather than a module.
  return root.isError ? recoverStmts(ctx, root) : lowerBody(ctx, root);
}

/** The statements of a module or block. */
function lowerBody(ctx: LowerCtx, n: Node): Stmt[] {
  const out: Stmt[] = [];
  const statements = kids(n);
  for (let i = 0; i < statements.length; i++) {
    const c = statements[i]!;
    const next = statements[i + 1];
    // The parser may end a simple statement early and leave the rest of its line in an ERROR
    // (`print("a"))` becomes `print` and `("a"))`); the two are read together.
    if (next?.isError && !COMPOUND.has(c.type) && !ctx.text.slice(c.endIndex, next.startIndex).includes('\n')) {
      out.push(...recoverStmts(ctx, c, next));
      i++;
    } else out.push(...lowerStmt(ctx, c));
  }
  return out;
}

export function lowerStmt(ctx: LowerCtx, n: Node): Stmt[] {
  if (needsRecovery(ctx, n)) return recoverStmts(ctx, n);
  try {
    return stmtOf(ctx, n);
  } catch (err) {
    rethrowOverflow(err);
    return [exprStmt(lowerLoose(ctx, n, true), loc(n))];
  }
}

/**
 * A damaged simple statement is re-read from its tokens. A compound statement is re-read only when its
 * header is damaged: damage inside its body is handled by the body's own statements.
 */
function needsRecovery(ctx: LowerCtx, n: Node): boolean {
  if (!isDamaged(ctx, n)) return false;
  if (n.isError) return true;
  if (n.type === 'module' || n.type === 'block') return false;
  if (COMPOUND.has(n.type) || CLAUSES.has(n.type)) return headerDamaged(ctx, n);
  return true;
}

function headerDamaged(ctx: LowerCtx, n: Node): boolean {
  let afterColon = false;
  for (const c of n.children) {
    if (c.type === ':') afterColon = true;
    if (!isDamaged(ctx, c) || c.type === 'block') continue;
    // An ERROR after the header's `:` stands for (part of) the body; `lowerSuite` recovers it.
    if (c.isError ? !afterColon : !(CLAUSES.has(c.type) || COMPOUND.has(c.type)) || headerDamaged(ctx, c)) {
      return true;
    }
  }
  return false;
}

/**
 * The body after a header's `:`: its block, and ERROR nodes standing in its place (a truncated body is
 * often left beside the block rather than in it). Clauses (`elif`, `except`, ...) are not part of it.
 */
function suiteParts(ctx: LowerCtx, n: Node): Node[] {
  const parts: Node[] = [];
  let afterColon = false;
  for (const c of n.children) {
    if (c.type === ':') afterColon = true;
    else if (CLAUSES.has(c.type)) break;
    else if (afterColon && (c.type === 'block' || c.isError)) parts.push(c);
  }
  // The grammar accepts a header with no body (`try:` followed only by a comment, a common elision in
  // answers); Python rejects it. An ERROR in the body's place has been reported already.
  if (parts.every((p) => p.type === 'block' && kids(p).length === 0)) {
    const e = Math.max(n.startIndex, parts[0]?.startIndex ?? n.endIndex);
    ctx.problems.push({ message: 'expected an indented block', s: n.startIndex, e });
  }
  return parts;
}

function lowerSuite(ctx: LowerCtx, n: Node): Stmt[] {
  return suiteParts(ctx, n).flatMap((part) => (part.isError ? recoverStmts(ctx, part) : lowerBody(ctx, part)));
}

function stmtOf(ctx: LowerCtx, n: Node): Stmt[] {
  if (NOPS.has(n.type)) return [{ k: 'nop', ...loc(n) }];
  switch (n.type) {
    case 'block':
      return lowerBody(ctx, n);
    case 'expression_statement':
      return [lowerExpressionStatement(ctx, n)];
    case 'return_statement': {
      const value = kids(n)[0];
      return [value ? { k: 'return', value: lowerExpr(ctx, value), ...loc(n) } : { k: 'return', ...loc(n) }];
    }
    case 'raise_statement': {
      // The exception comes first; a `from` cause after it is irrelevant to evaluation.
      const value = kids(n)[0];
      return [value ? { k: 'throw', value: lowerExpr(ctx, value), ...loc(n) } : { k: 'throw', ...loc(n) }];
    }
    case 'assert_statement': {
      // Kept for the calls its test may make (mocks and `apply` callbacks in tests); the message is not.
      const test = kids(n)[0];
      return [test ? exprStmt(lowerExpr(ctx, test), loc(n)) : { k: 'nop', ...loc(n) }];
    }
    case 'break_statement':
      return [{ k: 'break', ...loc(n) }];
    case 'continue_statement':
      return [{ k: 'continue', ...loc(n) }];
    case 'if_statement':
      return [lowerIf(ctx, n)];
    case 'for_statement':
      return [lowerFor(ctx, n)];
    case 'while_statement':
      return lowerWhile(ctx, n);
    case 'try_statement':
      return [lowerTry(ctx, n)];
    case 'with_statement':
      return [lowerWith(ctx, n)];
    case 'match_statement':
      return lowerMatch(ctx, n);
    case 'function_definition':
    case 'class_definition':
    case 'decorated_definition':
      return [lowerDefinition(ctx, n)];
    case 'import_statement':
      return lowerImport(ctx, n);
    case 'import_from_statement':
      return [lowerImportFrom(ctx, n)];
    default:
      return looseStatements(ctx, n);
  }
}

/** A node that is not a statement of its own (a stray clause, say): its bodies and expressions, in order. */
function looseStatements(ctx: LowerCtx, n: Node): Stmt[] {
  const out: Stmt[] = [];
  for (const c of kids(n)) {
    if (c.type === 'block') out.push(...lowerBody(ctx, c));
    else if (isExprNode(c)) out.push(exprStmt(lowerExpr(ctx, c)));
    else out.push(...lowerStmt(ctx, c));
  }
  return out;
}

function lowerExpressionStatement(ctx: LowerCtx, n: Node): Stmt {
  const parts = kids(n);
  const only = parts[0];
  if (parts.length === 1 && only) {
    if (only.type === 'assignment' || only.type === 'augmented_assignment') {
      const assign = lowerAssignment(ctx, only);
      return assign ? exprStmt(assign, loc(n)) : { k: 'nop', ...loc(n) };
    }
    return exprStmt(lowerExpr(ctx, only), loc(n));
  }
  // `a, b` as a statement is a tuple display.
  const items = parts.map((c) => ({ k: 'item' as const, value: lowerExpr(ctx, c) }));
  return exprStmt({ k: 'arr', items, flavor: 'tuple', ...loc(n) }, loc(n));
}

function lowerIf(ctx: LowerCtx, n: Node): Stmt {
  const alternatives = n.childrenForFieldName('alternative');
  // `elif` chains nest: each one is an `if` in the `else` of the one before.
  let otherwise: Stmt[] | undefined;
  const end = n.endIndex;
  for (const alt of [...alternatives].reverse()) {
    if (alt.type === 'else_clause') {
      otherwise = lowerSuite(ctx, alt);
    } else {
      const test = lowerCondition(ctx, alt);
      const then = lowerSuite(ctx, alt);
      const nested: Stmt = { k: 'if', test, then, s: alt.startIndex, e: end };
      if (otherwise) nested.else = otherwise;
      otherwise = [nested];
    }
  }
  const out: Stmt = { k: 'if', test: lowerCondition(ctx, n), then: lowerSuite(ctx, n), ...loc(n) };
  if (otherwise) out.else = otherwise;
  return out;
}

function lowerCondition(ctx: LowerCtx, n: Node): Expr {
  const cond = n.childForFieldName('condition');
  return cond ? lowerExpr(ctx, cond) : unsupported('missing', loc(n));
}

function lowerFor(ctx: LowerCtx, n: Node): Stmt {
  const left = n.childForFieldName('left');
  const right = n.childForFieldName('right');
  const out: Stmt = {
    k: 'forof',
    mode: 'py',
    target: left ? lowerPattern(ctx, left) : unsupported('missing', loc(n)),
    iter: right ? lowerExpr(ctx, right) : unsupported('missing', loc(n)),
    body: lowerSuite(ctx, n),
    ...loc(n),
  };
  const orelse = n.childForFieldName('alternative');
  if (orelse) out.orelse = lowerSuite(ctx, orelse);
  return out;
}

function lowerWhile(ctx: LowerCtx, n: Node): Stmt[] {
  const loop: Stmt = {
    k: 'while',
    test: lowerCondition(ctx, n),
    body: lowerSuite(ctx, n),
    ...loc(n),
  };
  // The IR `while` has no `else`; it runs after the loop unless a `break` left it, so it follows the loop.
  const orelse = n.childForFieldName('alternative');
  if (!orelse) return [loop];
  return [loop, { k: 'block', body: lowerSuite(ctx, orelse), ...loc(orelse) }];
}

function lowerTry(ctx: LowerCtx, n: Node): Stmt {
  const out: Try = { k: 'try', body: lowerSuite(ctx, n), handlers: [], ...loc(n) };
  for (const c of kids(n)) {
    if (c.type === 'except_clause') {
      const param = exceptTarget(ctx, c);
      const catches = exceptTypes(c);
      out.handlers.push({ ...(param ? { param } : {}), body: lowerSuite(ctx, c), ...(catches ? { catches } : {}) });
    } else if (c.type === 'else_clause') out.orelse = lowerSuite(ctx, c);
    else if (c.type === 'finally_clause') out.finally = lowerSuite(ctx, c);
  }
  return out;
}

/** The types of `except E`, `except (E, F) as e`, `except mod.E`: their last dotted parts; undefined for a bare `except:`. */
function exceptTypes(clause: Node): string[] | undefined {
  const value = clause.childForFieldName('value') ?? kids(clause).find((c) => c.type !== 'block');
  let types = value?.type === 'as_pattern' ? value.namedChild(0) : value;
  if (!types) return undefined;
  while (types.type === 'parenthesized_expression' && types.namedChild(0)) types = types.namedChild(0)!;
  const list = types.type === 'tuple' || types.type === 'expression_list' ? kids(types) : [types];
  return list.map((t) => t.text.split('.').pop()!.trim());
}

/** The `e` of `except E as e` (parsed as `E as e` in the `value` field, or in `alias` by older rules). */
function exceptTarget(ctx: LowerCtx, clause: Node): Pattern | undefined {
  const value = clause.childForFieldName('value');
  const alias = value?.type === 'as_pattern' ? value.childForFieldName('alias') : clause.childForFieldName('alias');
  return alias ? lowerPattern(ctx, alias) : undefined;
}

function lowerWith(ctx: LowerCtx, n: Node): Stmt {
  const out: With = { k: 'with', items: [], body: lowerSuite(ctx, n), ...loc(n) };
  const clause = kids(n).find((c) => c.type === 'with_clause');
  for (const item of clause ? kids(clause) : []) {
    const value = item.childForFieldName('value');
    if (!value) continue;
    const alias = value.type === 'as_pattern' ? value.childForFieldName('alias') : null;
    if (!alias) {
      out.items.push({ value: lowerExpr(ctx, value) });
      continue;
    }
    const subject = kids(value).find((c) => c.type !== 'as_pattern_target');
    out.items.push({
      value: subject ? lowerExpr(ctx, subject) : unsupported('missing', loc(value)),
      target: lowerPattern(ctx, alias),
    });
  }
  return out;
}

/**
 * `match` becomes an `if` chain whose tests are unknown (patterns are not evaluated), so each case body is
 * a possible branch; the subject and guards are kept as children for their effects. `case _:` is the else.
 */
function lowerMatch(ctx: LowerCtx, n: Node): Stmt[] {
  const body = n.childForFieldName('body');
  const cases = body ? kids(body).filter((c) => c.type === 'case_clause') : [];
  const subject = n.childrenForFieldName('subject').filter((c) => c.isNamed).map((c) => lowerExpr(ctx, c));
  let chain: Stmt[] | undefined;
  for (const [i, c] of [...cases.entries()].reverse()) {
    const then = lowerSuite(ctx, c);
    const guardNode = c.childForFieldName('guard');
    const guard = guardNode && kids(guardNode)[0];
    const patterns = kids(c).filter((k) => k.type === 'case_pattern');
    const wildcard = !guard && patterns.length === 1 && textOf(ctx, patterns[0]!) === '_';
    if (wildcard && !chain) {
      chain = then;
      continue;
    }
    const children = [...(i === 0 ? subject : []), ...(guard ? [lowerExpr(ctx, guard)] : [])];
    const test = unsupported('case', loc(c), children);
    const branch: Stmt = { k: 'if', test, then, s: c.startIndex, e: n.endIndex };
    if (chain) branch.else = chain;
    chain = [branch];
  }
  const recovered = body ? kids(body).filter((c) => c.isError).flatMap((c) => recoverStmts(ctx, c)) : [];
  return [...(chain ?? []), ...recovered];
}

// ------------------------------------------------------------------ definitions

function lowerDefinition(ctx: LowerCtx, n: Node): Stmt {
  const { def, decorators } = unwrapDecorated(ctx, n);
  if (def.type === 'class_definition') {
    const cls = lowerClass(ctx, def, decorators);
    return { k: 'classdecl', name: cls.name ?? '', cls, ...loc(n) };
  }
  const func = lowerFunc(ctx, def, decorators);
  return { k: 'funcdecl', name: func.name ?? '', func, ...loc(n) };
}

function unwrapDecorated(ctx: LowerCtx, n: Node): { def: Node; decorators: Expr[] } {
  if (n.type !== 'decorated_definition') return { def: n, decorators: [] };
  const def = n.childForFieldName('definition');
  if (!def) throw new Error('decorated_definition without definition');
  const decorators = kids(n)
    .filter((c) => c.type === 'decorator')
    .map((d) => {
      const e = kids(d)[0];
      return e ? lowerExpr(ctx, e) : unsupported('missing', loc(d));
    });
  return { def, decorators };
}

function lowerFunc(ctx: LowerCtx, n: Node, decorators: Expr[]): Func {
  const nameNode = n.childForFieldName('name');
  const params = lowerParams(ctx, n.childForFieldName('parameters'));
  const outerSawYield = ctx.sawYield;
  ctx.sawYield = false;
  const body = lowerSuite(ctx, n);
  const generator = ctx.sawYield;
  ctx.sawYield = outerSawYield;
  const func: Func = { k: 'func', params, body, ...loc(n) };
  if (nameNode) func.name = textOf(ctx, nameNode);
  if (hasToken(n, 'async')) func.async = true;
  if (generator) func.generator = true;
  if (decorators.length) func.decorators = decorators;
  return func;
}

function lowerClass(ctx: LowerCtx, n: Node, decorators: Expr[]): ClassExpr {
  const nameNode = n.childForFieldName('name');
  const superclasses = n.childForFieldName('superclasses');
  // Keyword arguments (`metaclass=M`) and splats are not base classes.
  const bases = (superclasses ? kids(superclasses) : [])
    .filter((c) => !['keyword_argument', 'list_splat', 'dictionary_splat'].includes(c.type))
    .map((c) => lowerExpr(ctx, c));
  const cls: ClassExpr = { k: 'class', bases, members: [], body: [], ...loc(n) };
  if (nameNode) cls.name = textOf(ctx, nameNode);
  if (decorators.length) cls.decorators = decorators;
  for (const part of suiteParts(ctx, n)) {
    if (part.isError) {
      cls.body!.push(...recoverStmts(ctx, part));
      continue;
    }
    for (const c of kids(part)) {
      const member = needsRecovery(ctx, c) ? undefined : tryClassMember(ctx, c);
      if (member) cls.members.push(member);
      else cls.body!.push(...lowerStmt(ctx, c));
    }
  }
  return cls;
}

/** A member that fails to lower is lowered again as a plain statement, which never throws. */
function tryClassMember(ctx: LowerCtx, n: Node): ClassMember | undefined {
  try {
    return classMember(ctx, n);
  } catch (err) {
    rethrowOverflow(err);
    return undefined;
  }
}

/** A class-body statement as a member (method, accessor, field, nested class), or undefined. */
function classMember(ctx: LowerCtx, n: Node): ClassMember | undefined {
  if (n.type === 'function_definition' || n.type === 'decorated_definition' || n.type === 'class_definition') {
    const { def, decorators } = unwrapDecorated(ctx, n);
    if (def.type === 'class_definition') {
      const value = lowerClass(ctx, def, decorators);
      return { kind: 'field', name: value.name ?? '', value, static: true, ...loc(n) };
    }
    const func = lowerFunc(ctx, def, decorators);
    const name = func.name ?? '';
    const member: ClassMember = { kind: name === '__init__' ? 'ctor' : 'method', name, func, ...loc(n) };
    for (const d of decorators) {
      const role = decoratorRole(d);
      if (role === 'static') member.static = true;
      else if (role) member.kind = role;
    }
    return member;
  }
  if (n.type !== 'expression_statement') return undefined;
  const parts = kids(n);
  const assign = parts.length === 1 && parts[0]!.type === 'assignment' ? parts[0]! : undefined;
  const target = assign?.childForFieldName('left');
  const value = assign?.childForFieldName('right');
  // Only `name = value` (annotated or not) and `name: T` declare a field; chains and tuples stay statements.
  if (!target || target.type !== 'identifier' || value?.type === 'assignment') return undefined;
  const type = assign?.childForFieldName('type');
  if (!value && !type) return undefined;
  const member: ClassMember = { kind: 'field', name: textOf(ctx, target), static: true, ...loc(n) };
  if (value) member.value = lowerExpr(ctx, value);
  if (type) {
    member.annotated = true;
    if (/^(typing\.)?ClassVar\b/.test(textOf(ctx, type).trim())) member.classVar = true;
  }
  return member;
}

function decoratorRole(d: Expr): 'getter' | 'setter' | 'static' | undefined {
  const name = d.k === 'ident' ? d.name : d.k === 'member' ? d.prop : undefined;
  if (name === 'staticmethod' || name === 'classmethod') return 'static';
  if (name === 'property' || name === 'cached_property' || (d.k === 'member' && name === 'getter')) return 'getter';
  if (d.k === 'member' && name === 'setter') return 'setter';
  return undefined;
}

// ------------------------------------------------------------------ imports

function dottedText(ctx: LowerCtx, n: Node): string {
  return kids(n)
    .map((c) => textOf(ctx, c))
    .join('.');
}

/** `import a.b.c` binds `a` (the package, with the submodule loaded); `import a.b as c` binds the module. */
function lowerImport(ctx: LowerCtx, n: Node): Stmt[] {
  return n.childrenForFieldName('name').map((c): Import => {
    if (c.type === 'aliased_import') {
      const name = c.childForFieldName('name');
      const alias = c.childForFieldName('alias');
      const module = name ? dottedText(ctx, name) : '';
      return { k: 'import', module, names: [{ imported: '*', local: alias ? textOf(ctx, alias) : module }], ...loc(n) };
    }
    const module = dottedText(ctx, c);
    const out: Import = { k: 'import', module, names: [{ imported: '*', local: module.split('.')[0]! }], ...loc(n) };
    if (module.includes('.')) out.pyDotted = true;
    return out;
  });
}

function lowerImportFrom(ctx: LowerCtx, n: Node): Stmt {
  const moduleNode = n.childForFieldName('module_name');
  let module = '';
  let level = 0;
  if (moduleNode?.type === 'relative_import') {
    for (const c of kids(moduleNode)) {
      if (c.type === 'import_prefix') level = textOf(ctx, c).replace(/\s/g, '').length;
      else module = dottedText(ctx, c);
    }
  } else if (moduleNode) module = dottedText(ctx, moduleNode);

  const names: ImportName[] = kids(n).some((c) => c.type === 'wildcard_import')
    ? [{ imported: '*', local: '*' }]
    : n.childrenForFieldName('name').map((c) => {
        if (c.type !== 'aliased_import') {
          const name = dottedText(ctx, c);
          return { imported: name, local: name };
        }
        const name = c.childForFieldName('name');
        const alias = c.childForFieldName('alias');
        const imported = name ? dottedText(ctx, name) : '';
        return { imported, local: alias ? textOf(ctx, alias) : imported };
      });
  const out: Import = { k: 'import', module, names, ...loc(n) };
  if (level) out.level = level;
  return out;
}
