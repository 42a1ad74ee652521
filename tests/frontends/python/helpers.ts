// Shared helpers for the Python front-end tests: parse, drop spans, and build expected IR tersely.

import { expect } from 'vitest';
import type { Arg, Expr, Func, Module, Stmt } from '../../../src/core/ir.js';
import { parsePython } from '../../../src/frontends/python/index.js';

// Layouts (where the items of a call or dict are written) are offsets too.
const SPAN_KEYS = new Set(['s', 'e', 'keyS', 'keyE', 'layout']);

/** A deep copy without offsets, for comparing shapes. */
export function stripSpans<T>(v: T): T {
  return JSON.parse(JSON.stringify(v, (k, x: unknown) => (SPAN_KEYS.has(k) ? undefined : x))) as T;
}

export function parse(src: string): Module {
  return parsePython('test.py', src);
}

/** The statements of a program that must parse without errors, without spans. */
export function stmts(src: string): Stmt[] {
  const m = parse(src);
  expect(m.errors).toEqual([]);
  return stripSpans(m.body);
}

/** The expression of a single expression statement. */
export function expr(src: string): Expr {
  const [s, ...rest] = stmts(src);
  expect(rest).toEqual([]);
  if (s?.k !== 'expr') throw new Error(`not an expression statement: ${JSON.stringify(s)}`);
  return s.expr;
}

/** The value in `x = <src>`. */
export function value(src: string): Expr {
  const e = expr(`x = ${src}`);
  if (e.k !== 'assign') throw new Error(`not an assignment: ${JSON.stringify(e)}`);
  return e.value;
}

// Expected IR is written without spans; the builders type it as IR so that it composes freely.
const shape = <T>(v: object): T => v as T;
export const id = (name: string) => shape<Expr>({ k: 'ident', name });
export const lit = (v: string | number | boolean | null) => shape<Expr>({ k: 'lit', value: v });
/** `a.b.c` as nested members. */
export const path = (dotted: string): Expr => {
  const [root, ...props] = dotted.split('.');
  return props.reduce((obj, prop) => shape<Expr>({ k: 'member', obj, prop }), id(root!));
};
export const pos = (v: object) => shape<Arg>({ k: 'pos', value: v });
export const kw = (name: string, v: object) => shape<Arg>({ k: 'kw', name, value: v });
export const call = (callee: object | string, ...args: Arg[]) =>
  shape<Expr>({ k: 'call', callee: typeof callee === 'string' ? path(callee) : callee, args });
/** `target` is an expression or a pattern (`arrpat`). */
export const assign = (target: object, v: object, op = '=') => shape<Expr>({ k: 'assign', target, op, value: v });
export const exprStmt = (e: object) => shape<Stmt>({ k: 'expr', expr: e });

/** The statement body of a `def` (lambdas have an expression instead). */
export function bodyOf(func: Func | undefined): Stmt[] {
  if (!func || !Array.isArray(func.body)) throw new Error('expected a def with a statement body');
  return func.body;
}

/** Every call in a tree, as dotted callee text where it is a plain name path. */
export function callees(tree: unknown): string[] {
  const out: string[] = [];
  const name = (e: Expr): string =>
    e.k === 'ident' ? e.name : e.k === 'member' ? `${name(e.obj)}.${e.prop}` : e.k === 'super' ? 'super()' : `<${e.k}>`;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as { k?: string; callee?: Expr };
      if (o.k === 'call' && o.callee) out.push(name(o.callee));
      Object.values(o).forEach(walk);
    }
  };
  walk(tree);
  return out;
}
