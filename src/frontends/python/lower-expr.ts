// Expressions, assignment targets, call arguments and parameters.

import type { Node } from 'web-tree-sitter';
import type {
  Arg,
  ArrItem,
  AssignExpr,
  BinaryOp,
  CompFor,
  Comprehension,
  Expr,
  Layout,
  LayoutItem,
  ObjEntry,
  Param,
  Pattern,
} from '../../core/ir.js';
import { callExpr, unsupported } from './build.js';
import { rethrowOverflow } from '../depth.js';
import { budgetArgs, budgetExpr } from '../budget.js';
import { type LowerCtx, hasToken, isDamaged, isTrivia, kids, loc, textOf } from './context.js';
import { recoverExpr } from './recover.js';
import { lowerStringLike } from './strings.js';

/** Node types lowered by `lowerExpr` (the grammar's expressions plus lists of them and assignments). */
const EXPR_TYPES = new Set([
  'as_pattern',
  'assignment',
  'attribute',
  'augmented_assignment',
  'await',
  'binary_operator',
  'boolean_operator',
  'call',
  'comparison_operator',
  'concatenated_string',
  'conditional_expression',
  'dictionary',
  'dictionary_comprehension',
  'ellipsis',
  'expression_list',
  'false',
  'float',
  'generator_expression',
  'identifier',
  'integer',
  'lambda',
  'list',
  'list_comprehension',
  'list_pattern',
  'list_splat',
  'named_expression',
  'none',
  'not_operator',
  'parenthesized_expression',
  'pattern_list',
  'set',
  'set_comprehension',
  'string',
  'subscript',
  'true',
  'tuple',
  'tuple_pattern',
  'unary_operator',
  'yield',
]);

export function isExprNode(n: Node): boolean {
  return EXPR_TYPES.has(n.type);
}

export function lowerExpr(ctx: LowerCtx, n: Node): Expr {
  if (n.isMissing) return unsupported('missing', loc(n));
  if (ctx.cuts?.covers(n.startIndex, n.endIndex)) return budgetExpr(n.startIndex, n.endIndex);
  if (isDamaged(ctx, n)) return recoverExpr(ctx, n);
  try {
    return exprOf(ctx, n);
  } catch (err) {
    rethrowOverflow(err);
    return lowerLoose(ctx, n, true);
  }
}

/**
 * Any node as an expression. Non-expressions (and, with `force`, expressions that failed to lower)
 * become `unsupported` carrying every expression found beneath them, so that calls inside still count.
 */
export function lowerLoose(ctx: LowerCtx, n: Node, force = false): Expr {
  if (!force && isExprNode(n)) return lowerExpr(ctx, n);
  return unsupported(n.type, loc(n), looseChildren(ctx, n));
}

function looseChildren(ctx: LowerCtx, n: Node): Expr[] {
  const out: Expr[] = [];
  for (const c of kids(n)) {
    try {
      if (isExprNode(c)) out.push(lowerExpr(ctx, c));
      else out.push(...looseChildren(ctx, c));
    } catch (err) {
      rethrowOverflow(err);
      // A child that cannot be lowered at all is left out; its siblings still are.
    }
  }
  return out;
}

function exprOf(ctx: LowerCtx, n: Node): Expr {
  switch (n.type) {
    case 'identifier':
      return { k: 'ident', name: textOf(ctx, n), ...loc(n) };
    case 'true':
      return { k: 'lit', value: true, ...loc(n) };
    case 'false':
      return { k: 'lit', value: false, ...loc(n) };
    case 'none':
      return { k: 'lit', value: null, ...loc(n) };
    case 'integer':
    case 'float':
      return lowerNumber(ctx, n);
    case 'string':
    case 'concatenated_string':
      return lowerStringLike(ctx, n, (hole) => lowerExpr(ctx, hole));
    case 'attribute':
      return {
        k: 'member',
        obj: lowerExpr(ctx, field(n, 'object')),
        prop: textOf(ctx, field(n, 'attribute')),
        ...loc(n),
      };
    case 'subscript':
      return lowerSubscript(ctx, n);
    case 'call':
      return lowerCall(ctx, n);
    case 'binary_operator':
      return lowerBinary(ctx, n);
    case 'unary_operator': {
      const op = field(n, 'operator').type as '-' | '+' | '~';
      return { k: 'unary', op, arg: lowerExpr(ctx, field(n, 'argument')), ...loc(n) };
    }
    case 'not_operator':
      return { k: 'unary', op: '!', arg: lowerExpr(ctx, field(n, 'argument')), ...loc(n) };
    case 'boolean_operator':
      return {
        k: 'logical',
        op: field(n, 'operator').type === 'and' ? '&&' : '||',
        left: lowerExpr(ctx, field(n, 'left')),
        right: lowerExpr(ctx, field(n, 'right')),
        ...loc(n),
      };
    case 'comparison_operator':
      return lowerComparison(ctx, n);
    case 'conditional_expression': {
      const [then, test, otherwise] = kids(n);
      return {
        k: 'cond',
        test: lowerExpr(ctx, test!),
        then: lowerExpr(ctx, then!),
        else: lowerExpr(ctx, otherwise!),
        ...loc(n),
      };
    }
    case 'lambda':
      return {
        k: 'func',
        params: lowerParams(ctx, n.childForFieldName('parameters')),
        body: lowerExpr(ctx, field(n, 'body')),
        arrow: true,
        ...loc(n),
      };
    case 'named_expression':
      return {
        k: 'assign',
        target: { k: 'ident', name: textOf(ctx, field(n, 'name')), ...loc(field(n, 'name')) },
        op: '=',
        value: lowerExpr(ctx, field(n, 'value')),
        ...loc(n),
      };
    case 'await':
      return { k: 'await', arg: lowerExpr(ctx, kids(n)[0]!), ...loc(n) };
    case 'parenthesized_expression':
      return lowerExpr(ctx, kids(n)[0]!);
    case 'list':
      return { k: 'arr', items: lowerItems(ctx, n), flavor: 'list', ...loc(n) };
    case 'set':
      return { k: 'arr', items: lowerItems(ctx, n), flavor: 'set', ...loc(n) };
    case 'tuple':
    case 'expression_list':
    case 'pattern_list':
    case 'tuple_pattern':
      return { k: 'arr', items: lowerItems(ctx, n), flavor: 'tuple', ...loc(n) };
    case 'list_pattern':
      return { k: 'arr', items: lowerItems(ctx, n), flavor: 'list', ...loc(n) };
    case 'dictionary': {
      const entries = kids(n).map((c) => lowerEntry(ctx, c));
      const layout = layoutOf(ctx, n, '{', '}', (c, i) => {
        const en = entries[i];
        return en?.k === 'prop' ? { key: en.key, value: field(c, 'value').startIndex } : {};
      });
      return { k: 'obj', entries, ...(layout ? { layout } : {}), ...loc(n) };
    }
    case 'list_comprehension':
      return lowerComprehension(ctx, n, 'list');
    case 'set_comprehension':
      return lowerComprehension(ctx, n, 'set');
    case 'dictionary_comprehension':
      return lowerComprehension(ctx, n, 'dict');
    case 'generator_expression':
      return lowerComprehension(ctx, n, 'gen');
    case 'assignment':
    case 'augmented_assignment':
      return lowerAssignment(ctx, n) ?? unsupported('annotation', loc(n));
    case 'yield':
      // Generators are not evaluated; the flag lets the enclosing function be marked as one.
      ctx.sawYield = true;
      return lowerLoose(ctx, n, true);
    default:
      return lowerLoose(ctx, n, true);
  }
}

/** A required field; a missing one throws, which `lowerExpr` turns into `unsupported`. */
function field(n: Node, name: string): Node {
  const c = n.childForFieldName(name);
  if (!c) throw new Error(`${n.type} without ${name}`);
  return c;
}

function lowerNumber(ctx: LowerCtx, n: Node): Expr {
  const raw = textOf(ctx, n);
  const clean = raw.replace(/_/g, '').toLowerCase();
  // Complex literals have no counterpart among IR values.
  if (clean.endsWith('j')) return unsupported('complex', loc(n));
  // Python 2 long literals (`10L`) still appear in old snippets.
  const value = Number(clean.endsWith('l') ? clean.slice(0, -1) : clean);
  if (Number.isNaN(value)) return unsupported('number', loc(n));
  // Integers beyond 2^53 lose precision; they do not occur where a rule needs them exact.
  return { k: 'lit', value, ...loc(n) };
}

const BINARY_OPS = new Set(['+', '-', '*', '/', '//', '%', '**', '&', '|', '^', '<<', '>>']);

function lowerBinary(ctx: LowerCtx, n: Node): Expr {
  const op = field(n, 'operator').type;
  const left = lowerExpr(ctx, field(n, 'left'));
  const right = lowerExpr(ctx, field(n, 'right'));
  // `@` (matrix multiplication) has no IR operator.
  if (!BINARY_OPS.has(op)) return unsupported(op, loc(n), [left, right]);
  return { k: 'binary', op: op as BinaryOp, left, right, ...loc(n) };
}

/** `a < b < c` means `a < b and b < c`. */
function lowerComparison(ctx: LowerCtx, n: Node): Expr {
  const operands = kids(n);
  const ops = n.childrenForFieldName('operators');
  let out: Expr | undefined;
  for (const [i, opNode] of ops.entries()) {
    const l = operands[i]!;
    const r = operands[i + 1]!;
    const op = (opNode.type === '<>' ? '!=' : opNode.type) as BinaryOp;
    const cmp: Expr = {
      k: 'binary',
      op,
      left: lowerExpr(ctx, l),
      right: lowerExpr(ctx, r),
      s: l.startIndex,
      e: r.endIndex,
    };
    out = out ? { k: 'logical', op: '&&', left: out, right: cmp, s: n.startIndex, e: r.endIndex } : cmp;
  }
  if (!out) throw new Error('comparison without operator');
  return out;
}

function lowerCall(ctx: LowerCtx, n: Node): Expr {
  const callee = lowerExpr(ctx, field(n, 'function'));
  const argsNode = field(n, 'arguments');
  const args: Arg[] =
    argsNode.type === 'generator_expression'
      ? [{ k: 'pos', value: lowerExpr(ctx, argsNode) }]
      : lowerArgs(ctx, argsNode);
  const layout =
    argsNode.type === 'argument_list'
      ? layoutOf(ctx, argsNode, '(', ')', (c) => (c.type === 'keyword_argument' ? { key: textOf(ctx, field(c, 'name')), value: field(c, 'value').startIndex } : {}))
      : undefined;
  return callExpr(callee, args, loc(n), layout);
}

/** Where the items of a dict display or an argument list are written; none for damaged syntax. */
function layoutOf(ctx: LowerCtx, n: Node, open: string, close: string, item: (c: Node, i: number) => Omit<LayoutItem, 's' | 'e'>): Layout | undefined {
  if (isDamaged(ctx, n) || ctx.text[n.startIndex] !== open || ctx.text[n.endIndex - 1] !== close) return undefined;
  const items = kids(n).map((c, i): LayoutItem => ({ s: c.startIndex, e: c.endIndex, ...item(c, i) }));
  const tokens = n.children.filter((c) => !isTrivia(c));
  return { open: n.startIndex + 1, close: n.endIndex - 1, items, comma: tokens[tokens.length - 2]?.type === ',' };
}

export function lowerArgs(ctx: LowerCtx, n: Node): Arg[] {
  if (ctx.cuts?.isRegion(n.startIndex, n.endIndex)) return budgetArgs(n.startIndex, n.endIndex, true);
  const args = kids(n);
  checkArgumentOrder(ctx, args);
  return args.map((c): Arg => {
    switch (c.type) {
      case 'keyword_argument':
        return {
          k: 'kw',
          name: textOf(ctx, field(c, 'name')),
          value: lowerExpr(ctx, field(c, 'value')),
          ...loc(c),
        };
      case 'list_splat':
        return { k: 'spread', value: lowerExpr(ctx, kids(c)[0]!) };
      case 'dictionary_splat':
        return { k: 'kwspread', value: lowerExpr(ctx, kids(c)[0]!) };
      default:
        return { k: 'pos', value: lowerExpr(ctx, c) };
    }
  });
}

/**
 * The grammar accepts `f(a=1, b)`, which Python rejects when compiling; answers produce it by eliding
 * arguments with `...` after keywords.
 */
function checkArgumentOrder(ctx: LowerCtx, args: Node[]): void {
  let sawKeyword = false;
  let sawKwSplat = false;
  for (const c of args) {
    if (c.type === 'keyword_argument') sawKeyword = true;
    else if (c.type === 'dictionary_splat') sawKwSplat = true;
    else if (c.type === 'list_splat' ? sawKwSplat : sawKeyword || sawKwSplat) {
      const message =
        c.type === 'list_splat'
          ? 'iterable argument unpacking follows keyword argument unpacking'
          : 'positional argument follows keyword argument';
      ctx.problems.push({ message, s: c.startIndex, e: c.endIndex });
    }
  }
}

function lowerItems(ctx: LowerCtx, n: Node): ArrItem[] {
  return kids(n).map((c): ArrItem => {
    const starred = starredValue(c);
    return starred ? { k: 'spread', value: lowerExpr(ctx, starred) } : { k: 'item', value: lowerExpr(ctx, c) };
  });
}

/** The operand of `*x` (also written `*(x)` or as a target `*rest`), or undefined for other items. */
function starredValue(n: Node): Node | undefined {
  switch (n.type) {
    case 'list_splat':
    case 'list_splat_pattern':
      return kids(n)[0];
    case 'parenthesized_list_splat': {
      const inner = kids(n)[0];
      return inner && (starredValue(inner) ?? inner);
    }
    default:
      return undefined;
  }
}

function lowerEntry(ctx: LowerCtx, n: Node): ObjEntry {
  if (n.type === 'dictionary_splat') return { k: 'spread', value: lowerExpr(ctx, kids(n)[0]!), ...loc(n) };
  const keyNode = field(n, 'key');
  const key = lowerExpr(ctx, keyNode);
  const value = lowerExpr(ctx, field(n, 'value'));
  // Only literal string keys name a property; any other key is a value computed at run time.
  if (key.k === 'lit' && typeof key.value === 'string') {
    return { k: 'prop', key: key.value, value, ...loc(n), keyS: keyNode.startIndex, keyE: keyNode.endIndex };
  }
  return { k: 'computed', key, value, ...loc(n) };
}

function lowerSubscript(ctx: LowerCtx, n: Node): Expr {
  const obj = lowerExpr(ctx, field(n, 'value'));
  const subs = n.childrenForFieldName('subscript');
  const only = subs[0];
  if (subs.length === 1 && only && !hasToken(n, ',')) {
    if (only.type === 'slice') return lowerSlice(ctx, obj, only, loc(n));
    return { k: 'index', obj, index: lowerExpr(ctx, only), ...loc(n) };
  }
  // `a[i, j]` indexes with a tuple; a slice inside one has no IR form.
  const items: ArrItem[] = subs.map((c) => ({
    k: 'item',
    value: c.type === 'slice' ? lowerLoose(ctx, c) : lowerExpr(ctx, c),
  }));
  const s = subs[0]?.startIndex ?? n.startIndex;
  const e = subs[subs.length - 1]?.endIndex ?? n.endIndex;
  return { k: 'index', obj, index: { k: 'arr', items, flavor: 'tuple', s, e }, ...loc(n) };
}

function lowerSlice(ctx: LowerCtx, obj: Expr, n: Node, at: { s: number; e: number }): Expr {
  // Position among `lower:upper:step` is given by how many colons precede each bound.
  const bounds: (Expr | undefined)[] = [undefined, undefined, undefined];
  let colons = 0;
  for (const c of n.children) {
    if (c.type === ':') colons++;
    else if (c.isNamed && !c.isExtra && colons < 3) bounds[colons] = lowerExpr(ctx, c);
  }
  const out: Expr = { k: 'slice', obj, ...at };
  const [lower, upper, step] = bounds;
  if (lower) out.lower = lower;
  if (upper) out.upper = upper;
  if (step) out.step = step;
  return out;
}

function lowerComprehension(ctx: LowerCtx, n: Node, flavor: Comprehension['flavor']): Comprehension {
  const body = field(n, 'body');
  const fors: CompFor[] = [];
  for (const c of kids(n)) {
    if (c.type === 'for_in_clause') {
      fors.push({ target: lowerPattern(ctx, field(c, 'left')), iter: lowerIterable(ctx, c), ifs: [] });
    } else if (c.type === 'if_clause') {
      const cond = kids(c)[0];
      if (cond) fors[fors.length - 1]?.ifs.push(lowerExpr(ctx, cond));
    }
  }
  if (flavor === 'dict') {
    return {
      k: 'comp',
      flavor,
      elt: lowerExpr(ctx, field(body, 'key')),
      value: lowerExpr(ctx, field(body, 'value')),
      fors,
      ...loc(n),
    };
  }
  return { k: 'comp', flavor, elt: lowerExpr(ctx, body), fors, ...loc(n) };
}

/** `for x in a, b` iterates the tuple `(a, b)`; the grammar lists the items as separate `right`s. */
function lowerIterable(ctx: LowerCtx, clause: Node): Expr {
  const rights = clause.childrenForFieldName('right').filter((c) => c.isNamed);
  if (rights.length === 1) return lowerExpr(ctx, rights[0]!);
  const items: ArrItem[] = rights.map((c) => ({ k: 'item', value: lowerExpr(ctx, c) }));
  const s = rights[0]?.startIndex ?? clause.startIndex;
  const e = rights[rights.length - 1]?.endIndex ?? clause.endIndex;
  return { k: 'arr', items, flavor: 'tuple', s, e };
}

/** `x = v`, `x += v`, `x: T = v`, chains `a = b = v`; null for a bare annotation `x: T`. */
export function lowerAssignment(ctx: LowerCtx, n: Node): AssignExpr | null {
  const left = n.childForFieldName('left');
  const right = n.childForFieldName('right');
  if (!left || !right) return null;
  const op = n.type === 'augmented_assignment' ? field(n, 'operator').type : '=';
  return { k: 'assign', target: lowerPattern(ctx, left), op, value: lowerExpr(ctx, right), ...loc(n) };
}

const SEQUENCE_TARGETS = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list', 'expression_list']);

export function lowerPattern(ctx: LowerCtx, n: Node): Pattern {
  if (n.isMissing) return unsupported('missing', loc(n));
  if (SEQUENCE_TARGETS.has(n.type)) return lowerSequencePattern(ctx, n);
  switch (n.type) {
    case 'identifier':
      return { k: 'ident', name: textOf(ctx, n), ...loc(n) };
    case 'attribute':
    case 'subscript': {
      const e = lowerExpr(ctx, n);
      return e.k === 'member' || e.k === 'index' ? e : unsupported('target', loc(n), [e]);
    }
    case 'parenthesized_expression':
    case 'as_pattern_target': {
      const inner = kids(n)[0];
      return inner ? lowerPattern(ctx, inner) : unsupported('target', loc(n));
    }
    default:
      return unsupported('target', loc(n), [lowerLoose(ctx, n)]);
  }
}

function lowerSequencePattern(ctx: LowerCtx, n: Node): Pattern {
  const items = kids(n);
  const elems: (Pattern | null)[] = [];
  let rest: Pattern | undefined;
  for (const [i, c] of items.entries()) {
    const starred = starredValue(c);
    if (!starred) elems.push(lowerPattern(ctx, c));
    // `arrpat` can only hold a trailing rest; `a, *b, c` is left unlowered rather than bound wrongly.
    else if (i === items.length - 1) rest = lowerPattern(ctx, starred);
    else return unsupported('starred target', loc(n), [lowerExpr(ctx, n)]);
  }
  return rest ? { k: 'arrpat', elems, rest, ...loc(n) } : { k: 'arrpat', elems, ...loc(n) };
}

/** `def`/`lambda` parameters; the bare `*` and `/` separators carry nothing the evaluator needs. */
export function lowerParams(ctx: LowerCtx, n: Node | null): Param[] {
  if (!n) return [];
  const out: Param[] = [];
  for (const c of kids(n)) {
    const p = lowerParam(ctx, c);
    if (p) out.push(p);
  }
  return out;
}

function lowerParam(ctx: LowerCtx, n: Node): Param | undefined {
  switch (n.type) {
    case 'identifier':
    case 'tuple_pattern':
      return { target: lowerPattern(ctx, n), ...loc(n) };
    case 'typed_parameter': {
      const inner = kids(n).find((c) => c.type !== 'type');
      const p = inner && lowerParam(ctx, inner);
      return p && { ...p, ...loc(n) };
    }
    case 'default_parameter':
    case 'typed_default_parameter':
      return {
        target: lowerPattern(ctx, field(n, 'name')),
        default: lowerExpr(ctx, field(n, 'value')),
        ...loc(n),
      };
    case 'list_splat_pattern':
      return { target: lowerPattern(ctx, kids(n)[0]!), rest: true, ...loc(n) };
    case 'dictionary_splat_pattern':
      return { target: lowerPattern(ctx, kids(n)[0]!), kwrest: true, ...loc(n) };
    default:
      return undefined;
  }
}
