// Error recovery. Where tree-sitter could not build a tree (ERROR nodes, or nodes containing one), the
// shape it did build cannot be trusted: a truncated `b = aws.s3.Bucket("b", tags={...` arrives as a flat
// run of tokens, and a missing `:` can glue the following lines into one bogus call chain. We flatten the
// damaged region into its tokens, keeping every undamaged subtree whole, and re-read it with a small
// Python expression parser. Newlines end statements outside brackets, and a line indented no deeper than
// the line that opened a bracket closes it, which is how truncated calls end and later lines survive.

import type { Node } from 'web-tree-sitter';
import type { Arg, ArrItem, BinaryOp, Expr, Loc, ObjEntry, Stmt } from '../../core/ir.js';
import { callExpr, exprStmt, exprToPattern, unsupported } from './build.js';
import { type LowerCtx, isDamaged, isTrivia, loc } from './context.js';

interface Tok {
  node: Node;
  /** The token's type for anonymous tokens (`(`, `=`, `def`, `not in`); null for whole subtrees. */
  punct: string | null;
  /** A line break (not a `\` continuation) separates this token from the previous one. */
  nl: boolean;
  /** Indentation of this token's line. */
  indent: number;
}

/** Nodes lowered as statements when they appear whole inside a damaged statement region. */
const STATEMENT_TYPES = new Set([
  'assert_statement',
  'block',
  'break_statement',
  'class_definition',
  'continue_statement',
  'decorated_definition',
  'delete_statement',
  'elif_clause',
  'else_clause',
  'except_clause',
  'exec_statement',
  'expression_statement',
  'finally_clause',
  'for_statement',
  'function_definition',
  'future_import_statement',
  'global_statement',
  'if_statement',
  'import_from_statement',
  'import_statement',
  'match_statement',
  'nonlocal_statement',
  'pass_statement',
  'print_statement',
  'raise_statement',
  'return_statement',
  'try_statement',
  'type_alias_statement',
  'while_statement',
  'with_statement',
]);

/**
 * Nodes read token by token even when undamaged: in an error region they are often misreadings (the
 * parser takes the `(name)` of a call for `parameters`, a line `b = f()` for a keyword argument).
 */
const TRANSPARENT = new Set([
  'parameters',
  'default_parameter',
  'typed_parameter',
  'typed_default_parameter',
  'list_splat_pattern',
  'dictionary_splat_pattern',
  'keyword_argument',
]);

/** String fragments left behind by a damaged string carry no value of their own. */
const STRING_FRAGMENTS = new Set(['string_content', 'string_end', 'escape_sequence', 'escape_interpolation']);

/** Keywords that cannot occur inside an expression: meeting one inside brackets means they were never closed. */
const STATEMENT_KEYWORDS = new Set([
  'assert', 'break', 'class', 'continue', 'def', 'del', 'elif', 'except', 'finally', 'global', 'import',
  'nonlocal', 'pass', 'raise', 'return', 'try', 'while', 'with',
]);

const KEYWORDS = new Set([
  'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
  'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',
  'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** Keywords that open a header ending in `:`; within one, `:` is not an annotation. */
const HEADER_KEYWORDS = new Set([
  'if', 'elif', 'else', 'while', 'for', 'with', 'try', 'except', 'finally', 'def', 'class', 'match', 'case', 'lambda',
]);

const AUGMENTED = new Set(['+=', '-=', '*=', '/=', '//=', '%=', '**=', '&=', '|=', '^=', '<<=', '>>=', '@=']);

interface SliceBounds {
  lower?: Expr;
  upper?: Expr;
  step?: Expr;
}

interface Infix {
  prec: number;
  build: (l: Expr, r: Expr, at: Loc) => Expr;
}
const binary =
  (op: BinaryOp) =>
  (l: Expr, r: Expr, at: Loc): Expr => ({ k: 'binary', op, left: l, right: r, ...at });
const logical =
  (op: '&&' | '||') =>
  (l: Expr, r: Expr, at: Loc): Expr => ({ k: 'logical', op, left: l, right: r, ...at });

const COMPARISON_PREC = 4;
const INFIX: Record<string, Infix> = {
  or: { prec: 1, build: logical('||') },
  and: { prec: 2, build: logical('&&') },
  ...Object.fromEntries(
    (['<', '>', '==', '>=', '<=', '!=', 'in', 'not in', 'is', 'is not'] as const).map((op) => [
      op,
      { prec: COMPARISON_PREC, build: binary(op) },
    ]),
  ),
  '<>': { prec: COMPARISON_PREC, build: binary('!=') },
  '|': { prec: 5, build: binary('|') },
  '^': { prec: 6, build: binary('^') },
  '&': { prec: 7, build: binary('&') },
  '<<': { prec: 8, build: binary('<<') },
  '>>': { prec: 8, build: binary('>>') },
  '+': { prec: 9, build: binary('+') },
  '-': { prec: 9, build: binary('-') },
  '*': { prec: 10, build: binary('*') },
  '/': { prec: 10, build: binary('/') },
  '//': { prec: 10, build: binary('//') },
  '%': { prec: 10, build: binary('%') },
  // Matrix multiplication has no IR operator.
  '@': { prec: 10, build: (l, r, at) => unsupported('@', at, [l, r]) },
  '**': { prec: 12, build: binary('**') },
};

/** Statements recovered from damaged statements (or ERROR nodes) in statement position, read in order. */
export function recoverStmts(ctx: LowerCtx, ...nodes: Node[]): Stmt[] {
  const out: Stmt[] = [];
  new Soup(ctx, nodes).run(
    (node) => out.push(...ctx.lower.stmts(ctx, node)),
    (e) => out.push(exprStmt(e)),
  );
  return out;
}

/** A damaged expression: the single expression recovered, or `unsupported` holding all of them. */
export function recoverExpr(ctx: LowerCtx, n: Node): Expr {
  const found: Expr[] = [];
  new Soup(ctx, [n]).run(
    (node) => found.push(ctx.lower.loose(ctx, node)),
    (e) => found.push(e),
  );
  const only = found[0];
  if (found.length === 1 && only) return only;
  return unsupported(n.type, loc(n), found);
}

class Soup {
  private readonly toks: Tok[] = [];
  private i = 0;
  /** Indentation of the line that opened each enclosing bracket. */
  private readonly groups: number[] = [];
  /** Inside a `if ...:`-style header, where `:` ends the header rather than starting an annotation. */
  private header = false;

  constructor(
    private readonly ctx: LowerCtx,
    roots: Node[],
  ) {
    for (const root of roots) this.flatten(root);
  }

  private flatten(n: Node): void {
    for (const c of n.children) {
      if (isTrivia(c)) continue;
      if (c.childCount > 0 && (TRANSPARENT.has(c.type) || isDamaged(this.ctx, c))) this.flatten(c);
      else this.toks.push(this.token(c));
    }
  }

  private token(n: Node): Tok {
    const text = this.ctx.text;
    const prev = this.toks[this.toks.length - 1];
    const gap = text.slice(prev ? prev.node.endIndex : 0, n.startIndex).replace(/\\\r?\n/g, '');
    const lineStart = text.lastIndexOf('\n', n.startIndex - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart, n.startIndex))![0].length;
    // Inside an error region the lexer can take a keyword for a name (`def` after a broken `class` line).
    const keyword = n.type === 'identifier' && KEYWORDS.has(text.slice(n.startIndex, n.endIndex));
    const punct = !n.isNamed ? n.type : keyword ? text.slice(n.startIndex, n.endIndex) : null;
    return { node: n, punct, nl: !prev || gap.includes('\n'), indent };
  }

  run(onStatement: (n: Node) => void, onExpr: (e: Expr) => void): void {
    while (this.i < this.toks.length) {
      const start = this.i;
      const t = this.toks[this.i]!;
      if (t.nl && this.groups.length === 0) this.header = false;
      if (!t.punct && STATEMENT_TYPES.has(t.node.type)) {
        this.i++;
        onStatement(t.node);
      } else if (t.punct === 'def' || t.punct === 'class') {
        this.skipDefinitionHeader();
      } else if (t.punct === '@') {
        this.i++;
      } else if (this.startsExpr(t)) {
        const e = this.statementExpr();
        if (e) onExpr(e);
      } else if (t.punct && HEADER_KEYWORDS.has(t.punct)) {
        this.header = true;
      }
      // Keywords and stray punctuation carry no value; step over anything not consumed.
      if (this.i === start) this.i++;
    }
  }

  /** `def name(params) -> T:` / `class Name(bases):` without its body: nothing to evaluate, and
   * reading `name(params)` as a call would invent one. */
  private skipDefinitionHeader(): void {
    this.i++;
    this.header = true;
    const name = this.peek();
    if (name && !name.punct && name.node.type === 'identifier' && !this.ends()) this.i++;
    const params = this.peek();
    if (!params || this.ends()) return;
    if (!params.punct && params.node.type === 'argument_list') this.i++;
    else if (params.punct === '(') {
      this.i++;
      this.args(params);
    }
    if (this.peekPunct('->')) {
      this.i++;
      this.expr();
    }
  }

  // ------------------------------------------------------------------ token helpers

  private peek(offset = 0): Tok | undefined {
    return this.toks[this.i + offset];
  }

  private peekPunct(p: string): boolean {
    const t = this.peek();
    return !!t && t.punct === p && !this.ends();
  }

  /** The next token belongs to a later statement (or closes brackets left open by a truncation). */
  private ends(): boolean {
    const t = this.peek();
    if (!t) return true;
    if (!t.nl) return false;
    const inner = this.groups[this.groups.length - 1];
    return inner === undefined || t.indent <= inner;
  }

  private startsExpr(t: Tok): boolean {
    if (!t.punct) return !STRING_FRAGMENTS.has(t.node.type);
    return ['(', '[', '{', '-', '+', '~', 'not', 'await', 'lambda', '*', '**'].includes(t.punct);
  }

  /** Where an expression that is absent (cut off by the damage) would have been. */
  private missing(): Expr {
    const prev = this.toks[this.i - 1];
    const at = prev ? prev.node.endIndex : 0;
    return unsupported('missing', { s: at, e: at });
  }

  /** From `first` to the end of the last consumed token. */
  private span(first: Loc | Tok): Loc {
    const s = 'node' in first ? first.node.startIndex : first.s;
    const last = this.toks[this.i - 1];
    return { s, e: Math.max(s, last ? last.node.endIndex : s) };
  }

  private text(t: Tok): string {
    return this.ctx.text.slice(t.node.startIndex, t.node.endIndex);
  }

  // ------------------------------------------------------------------ statements and expressions

  /** An expression statement, with `=`, augmented and annotated assignment. */
  private statementExpr(): Expr | null {
    const left = this.exprList();
    if (!left) return null;
    const t = this.peek();
    if (!t || this.ends() || !t.punct) return left;
    if (t.punct === ':' && !this.header) {
      // `x: T = v`. Without the `=` this is more likely a dict entry cut from its braces: back up, so
      // that the value is read as an expression of its own.
      const colon = this.i;
      this.i++;
      this.expr();
      if (!this.peekPunct('=')) {
        this.i = colon;
        return left;
      }
    }
    const op = this.peek()!.punct!;
    if (op !== '=' && !AUGMENTED.has(op)) return left;
    this.i++;
    const value = this.statementExpr() ?? this.missing();
    return { k: 'assign', target: exprToPattern(left), op, value, s: left.s, e: Math.max(left.s, value.e) };
  }

  /** `a, b, *c` → a tuple; a single expression stays itself. */
  private exprList(): Expr | null {
    const first = this.starredOrExpr();
    if (!first) return null;
    if (!this.peekPunct(',')) {
      return first.k === 'item' ? first.value : unsupported('starred', first.value, [first.value]);
    }
    const items: ArrItem[] = [first];
    while (this.peekPunct(',')) {
      this.i++;
      const t = this.peek();
      if (!t || this.ends() || !this.startsExpr(t)) break;
      const item = this.starredOrExpr();
      if (!item) break;
      items.push(item);
    }
    return { k: 'arr', items, flavor: 'tuple', ...this.span(first.value) };
  }

  private starredOrExpr(): Exclude<ArrItem, { k: 'hole' }> | null {
    // Called where an item must start, so a line break before the `*` does not matter.
    if (this.peek()?.punct === '*') {
      this.i++;
      const value = this.expr() ?? this.missing();
      return { k: 'spread', value };
    }
    const value = this.expr();
    return value && { k: 'item', value };
  }

  /** A full expression: infix operators and `a if c else b`. */
  private expr(): Expr | null {
    const e = this.infix(0);
    if (!e || !this.peekPunct('if')) return e;
    this.i++;
    const test = this.infix(0) ?? this.missing();
    let otherwise: Expr = this.missing();
    if (this.peekPunct('else')) {
      this.i++;
      otherwise = this.expr() ?? this.missing();
    }
    return { k: 'cond', test, then: e, else: otherwise, ...this.span(e) };
  }

  private infix(minPrec: number): Expr | null {
    let left = this.unary();
    if (!left) return null;
    for (;;) {
      const t = this.peek();
      if (!t || !t.punct || this.ends()) break;
      let op = t.punct;
      let width = 1;
      // Unless the parser already joined them, `not in` / `is not` arrive as two tokens.
      const next = this.peek(1)?.punct;
      if ((op === 'not' && next === 'in') || (op === 'is' && next === 'not')) {
        op = `${op} ${next}`;
        width = 2;
      }
      const info = INFIX[op];
      if (!info || info.prec < minPrec) break;
      this.i += width;
      // `**` is right-associative; everything else groups to the left.
      const right = this.infix(op === '**' ? info.prec : info.prec + 1) ?? this.missing();
      left = info.build(left, right, { s: left.s, e: Math.max(left.s, right.e) });
    }
    return left;
  }

  private unary(): Expr | null {
    const t = this.peek();
    if (!t) return null;
    if (t.punct === '-' || t.punct === '+' || t.punct === '~') {
      this.i++;
      const arg = this.unary() ?? this.missing();
      return { k: 'unary', op: t.punct, arg, ...this.span(t) };
    }
    if (t.punct === 'not') {
      this.i++;
      const arg = this.infix(COMPARISON_PREC) ?? this.missing();
      return { k: 'unary', op: '!', arg, ...this.span(t) };
    }
    if (t.punct === 'await') {
      this.i++;
      const arg = this.unary() ?? this.missing();
      return { k: 'await', arg, ...this.span(t) };
    }
    const e = this.primary();
    return e && this.postfix(e);
  }

  private primary(): Expr | null {
    const t = this.peek();
    if (!t) return null;
    if (!t.punct) {
      if (STRING_FRAGMENTS.has(t.node.type)) return null;
      this.i++;
      if (t.node.type === 'string_start') return this.unterminatedString(t);
      return this.ctx.lower.loose(this.ctx, t.node);
    }
    switch (t.punct) {
      case '(':
        this.i++;
        return this.parenthesized(t);
      case '[':
        this.i++;
        return { k: 'arr', items: this.items(t, ']'), flavor: 'list', ...this.span(t) };
      case '{':
        this.i++;
        return this.braces(t);
      case 'lambda': {
        // Parameters of a damaged lambda are not worth rebuilding; its body may still hold calls.
        this.i++;
        while (this.peek() && !this.ends() && this.peek()!.punct !== ':') this.i++;
        if (this.peekPunct(':')) this.i++;
        const body = this.expr();
        return unsupported('lambda', this.span(t), body ? [body] : []);
      }
      default:
        return null;
    }
  }

  /** The rest of an unterminated string's line is its text, not code. */
  private unterminatedString(t: Tok): Expr {
    while (this.peek() && !this.peek()!.nl) this.i++;
    return unsupported('unterminated string', this.span(t));
  }

  private postfix(e: Expr): Expr {
    for (;;) {
      const t = this.peek();
      if (!t || this.ends()) return e;
      if (t.punct === '.') {
        this.i++;
        const name = this.peek();
        if (!name || name.punct || name.node.type !== 'identifier' || this.ends()) return e;
        this.i++;
        e = { k: 'member', obj: e, prop: this.text(name), ...this.span(e) };
      } else if (t.punct === '(') {
        this.i++;
        const args = this.args(t);
        e = callExpr(e, args, this.span(e));
      } else if (!t.punct && t.node.type === 'argument_list') {
        this.i++;
        e = callExpr(e, this.ctx.lower.args(this.ctx, t.node), this.span(e));
      } else if (!t.punct && ['generator_expression', 'parenthesized_expression'].includes(t.node.type)) {
        // `f` then `(x)` on one line is a call whose argument list the parser took for a parenthesis.
        this.i++;
        e = callExpr(e, [{ k: 'pos', value: this.ctx.lower.expr(this.ctx, t.node) }], this.span(e));
      } else if (t.punct === '[') {
        this.i++;
        e = this.subscript(e, t);
      } else return e;
    }
  }

  // ------------------------------------------------------------------ bracketed forms

  /**
   * Run `item` for each element until the closer, a statement keyword, or a dedent that shows the
   * bracket was never closed. Returns whether the closer was found.
   */
  private group(opener: Tok, closer: string, item: () => void): boolean {
    this.groups.push(opener.indent);
    let closed = false;
    for (;;) {
      const t = this.peek();
      if (!t) break;
      if (t.punct === closer) {
        this.i++;
        closed = true;
        break;
      }
      if (this.ends() || (t.punct && STATEMENT_KEYWORDS.has(t.punct))) break;
      if (t.punct === ',') {
        this.i++;
        continue;
      }
      const start = this.i;
      item();
      if (this.i === start) this.i++;
    }
    this.groups.pop();
    return closed;
  }

  private args(opener: Tok): Arg[] {
    const out: Arg[] = [];
    this.group(opener, ')', () => {
      const t = this.peek()!;
      if (!t.punct && t.node.type === 'identifier' && this.peek(1)?.punct === '=') {
        this.i += 2;
        const value = this.expr() ?? this.missing();
        out.push({ k: 'kw', name: this.text(t), value, ...this.span(t) });
      } else if (t.punct === '*' || t.punct === '**') {
        this.i++;
        const value = this.expr() ?? this.missing();
        out.push({ k: t.punct === '*' ? 'spread' : 'kwspread', value });
      } else {
        const value = this.expr();
        if (value) out.push({ k: 'pos', value });
      }
    });
    return out;
  }

  private items(opener: Tok, closer: string): ArrItem[] {
    const out: ArrItem[] = [];
    this.group(opener, closer, () => {
      const item = this.starredOrExpr();
      if (item) out.push(item);
    });
    return out;
  }

  private parenthesized(opener: Tok): Expr {
    const start = this.i;
    const items = this.items(opener, ')');
    const only = items[0];
    const sawComma = this.toks.slice(start, this.i).some((t) => t.punct === ',');
    if (items.length === 1 && only?.k === 'item' && !sawComma) return only.value;
    return { k: 'arr', items, flavor: 'tuple', ...this.span(opener) };
  }

  /** `{k: v, **d}` or `{a, b}`; a dict unless items appear without `:`. */
  private braces(opener: Tok): Expr {
    const entries: ObjEntry[] = [];
    const items: ArrItem[] = [];
    this.group(opener, '}', () => {
      if (this.peekPunct('**')) {
        const star = this.peek()!;
        this.i++;
        const value = this.expr() ?? this.missing();
        entries.push({ k: 'spread', value, ...this.span(star) });
        return;
      }
      const item = this.starredOrExpr();
      if (!item || item.k !== 'item') {
        if (item) items.push(item);
        return;
      }
      const key = item.value;
      if (!this.peekPunct(':')) {
        items.push(item);
        return;
      }
      this.i++;
      const value = this.expr() ?? this.missing();
      const at = { s: key.s, e: Math.max(key.s, value.e) };
      if (key.k === 'lit' && typeof key.value === 'string') {
        entries.push({ k: 'prop', key: key.value, value, ...at, keyS: key.s, keyE: key.e });
      } else entries.push({ k: 'computed', key, value, ...at });
    });
    if (items.length && !entries.length) return { k: 'arr', items, flavor: 'set', ...this.span(opener) };
    return { k: 'obj', entries, ...this.span(opener) };
  }

  /** `obj[i]`, `obj[a:b:c]`, `obj[i, j]` (a tuple index, where a slice has no IR form). */
  private subscript(obj: Expr, opener: Tok): Expr {
    const parts: (Expr | SliceBounds)[] = [];
    this.group(opener, ']', () => {
      const part = this.subscriptPart();
      if (part) parts.push(part);
    });
    const at = this.span(obj);
    const only = parts[0];
    if (parts.length === 1 && only) {
      return 'k' in only ? { k: 'index', obj, index: only, ...at } : { k: 'slice', obj, ...only, ...at };
    }
    const items: ArrItem[] = parts.map((p) => ({
      k: 'item',
      value: 'k' in p ? p : unsupported('slice', at, Object.values(p)),
    }));
    return { k: 'index', obj, index: { k: 'arr', items, flavor: 'tuple', ...this.span(opener) }, ...at };
  }

  /** One element between `[` and `]`: an expression, or slice bounds when a `:` appears. */
  private subscriptPart(): Expr | SliceBounds | null {
    const bounds: (Expr | undefined)[] = [];
    let colons = 0;
    for (;;) {
      if (this.peekPunct(':')) {
        this.i++;
        colons++;
        continue;
      }
      const t = this.peek();
      if (!t || this.ends() || !this.startsExpr(t) || bounds[colons]) break;
      const e = this.expr();
      if (!e) break;
      bounds[colons] = e;
    }
    if (colons === 0) return bounds[0] ?? null;
    const out: SliceBounds = {};
    if (bounds[0]) out.lower = bounds[0];
    if (bounds[1]) out.upper = bounds[1];
    if (bounds[2]) out.step = bounds[2];
    return out;
  }
}
