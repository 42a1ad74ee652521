// Small IR constructors shared by normal lowering and error recovery, so both build calls and
// assignment targets the same way.

import type { Arg, Expr, Layout, Loc, Pattern, Stmt, Unsupported } from '../../core/ir.js';

/** A call; `super()` (with or without arguments) is the IR's `super`, whose methods resolve on the base. */
export function callExpr(callee: Expr, args: Arg[], at: Loc, layout?: Layout): Expr {
  if (callee.k === 'ident' && callee.name === 'super') return { k: 'super', s: at.s, e: at.e };
  return layout ? { k: 'call', callee, args, layout, s: at.s, e: at.e } : { k: 'call', callee, args, s: at.s, e: at.e };
}

export function unsupported(what: string, at: Loc, children?: Expr[]): Unsupported {
  const out: Unsupported = { k: 'unsupported', what, s: at.s, e: at.e };
  if (children && children.length) out.children = children;
  return out;
}

export function exprStmt(expr: Expr, at: Loc = expr): Stmt {
  return { k: 'expr', expr, s: at.s, e: at.e };
}

/** Reinterpret an expression parsed before `=` as an assignment target (used by error recovery). */
export function exprToPattern(e: Expr): Pattern {
  switch (e.k) {
    case 'ident':
    case 'member':
    case 'index':
      return e;
    case 'arr': {
      const elems: (Pattern | null)[] = [];
      let rest: Pattern | undefined;
      for (const [i, item] of e.items.entries()) {
        if (item.k === 'item') elems.push(exprToPattern(item.value));
        else if (item.k === 'spread' && i === e.items.length - 1) rest = exprToPattern(item.value);
        else return unsupported('target', e, [e]);
      }
      return rest ? { k: 'arrpat', elems, rest, s: e.s, e: e.e } : { k: 'arrpat', elems, s: e.s, e: e.e };
    }
    default:
      return unsupported('target', e, [e]);
  }
}
