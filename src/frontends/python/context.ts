// State shared by the lowering passes of one file, and the small tree helpers they all use.
//
// Offsets: web-tree-sitter parses a JS string as UTF-16, so `startIndex`/`endIndex` are already UTF-16
// code-unit indices into the text (the same units JS strings index by); no byte conversion is needed.

import type { Node } from 'web-tree-sitter';
import type { Arg, Expr, Loc, Stmt, SyntaxProblem } from '../../core/ir.js';
import type { CutIndex } from '../budget.js';

/**
 * The lowering entry points that error recovery calls back into. They are wired up in parser.ts so that
 * recover.ts does not import lower-expr.ts / lower-stmt.ts (which import it), keeping the modules acyclic.
 */
export interface Lowerers {
  expr(ctx: LowerCtx, n: Node): Expr;
  args(ctx: LowerCtx, n: Node): Arg[];
  stmts(ctx: LowerCtx, n: Node): Stmt[];
  /** Any node as an expression; non-expressions become `unsupported` holding their sub-expressions. */
  loose(ctx: LowerCtx, n: Node): Expr;
}

export interface LowerCtx {
  text: string;
  /** Ids of ERROR nodes and of every node containing one: their shape cannot be trusted. */
  damaged: Set<number>;
  lower: Lowerers;
  /** Set when a `yield` is lowered; function lowering saves and restores it to mark generators. */
  sawYield: boolean;
  /** Syntax problems; lowering adds the ones tree-sitter accepts but Python does not. */
  problems: SyntaxProblem[];
  /** Regions left out of the parse for their size (../budget.ts): their values are unknown. */
  cuts?: CutIndex;
}

export function loc(n: Node): Loc {
  return { s: n.startIndex, e: n.endIndex };
}

export function textOf(ctx: LowerCtx, n: Node): string {
  return ctx.text.slice(n.startIndex, n.endIndex);
}

/** Comments and line continuations are extras; ERROR nodes can be extras too and must not be skipped. */
export function isTrivia(n: Node): boolean {
  return n.isExtra && !n.isError;
}

/** Named children without trivia. */
export function kids(n: Node): Node[] {
  return n.namedChildren.filter((c) => !isTrivia(c));
}

export function isDamaged(ctx: LowerCtx, n: Node): boolean {
  return n.isError || ctx.damaged.has(n.id);
}

/** Whether `n` has a direct anonymous token of this type, e.g. the `async` of `async def`. */
export function hasToken(n: Node, type: string): boolean {
  return n.children.some((c) => !c.isNamed && c.type === type);
}
