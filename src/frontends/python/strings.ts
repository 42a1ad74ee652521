// String literals: prefixes, escape decoding, f-string holes and implicit concatenation.

import type { Node } from 'web-tree-sitter';
import type { Expr, Lit, Template, TemplateHole } from '../../core/ir.js';
import { type LowerCtx, loc } from './context.js';

interface StringKind {
  raw: boolean;
  bytes: boolean;
  fmt: boolean;
}

type Part = string | TemplateHole;

/** `string` or `concatenated_string` → a literal, or a template when any piece is an f-string. */
export function lowerStringLike(ctx: LowerCtx, n: Node, hole: (n: Node) => Expr): Lit | Template {
  const pieces = n.type === 'concatenated_string' ? n.namedChildren.filter((c) => c.type === 'string') : [n];
  let fmt = false;
  const parts: Part[] = [];
  for (const piece of pieces) {
    const kind = stringPieceParts(ctx, piece, hole, parts);
    fmt ||= kind.fmt;
  }
  if (!fmt) return { k: 'lit', value: parts.join(''), ...loc(n) };
  return { k: 'template', parts: mergeText(parts), ...loc(n) };
}

/** Append one string piece's decoded text and holes to `out`; returns its kind. */
function stringPieceParts(ctx: LowerCtx, n: Node, hole: (n: Node) => Expr, out: Part[]): StringKind {
  const children = n.children;
  const start = children[0]?.type === 'string_start' ? children[0] : undefined;
  const end = children[children.length - 1]?.type === 'string_end' ? children[children.length - 1] : undefined;
  const prefix = (start ? ctx.text.slice(start.startIndex, start.endIndex) : '').replace(/['"]+$/, '').toLowerCase();
  const kind: StringKind = { raw: prefix.includes('r'), bytes: prefix.includes('b'), fmt: prefix.includes('f') };

  // Literal text is taken between the holes rather than from string_content nodes, so that nothing the
  // grammar leaves out of them (e.g. after error recovery) is lost.
  let cursor = start ? start.endIndex : n.startIndex;
  const contentEnd = end ? end.startIndex : n.endIndex;
  for (const c of children) {
    if (c.type !== 'interpolation') continue;
    out.push(decodeLiteral(ctx.text.slice(cursor, c.startIndex), kind));
    out.push(lowerHole(ctx, c, hole));
    cursor = c.endIndex;
  }
  out.push(decodeLiteral(ctx.text.slice(cursor, contentEnd), kind));
  return kind;
}

function lowerHole(ctx: LowerCtx, n: Node, hole: (n: Node) => Expr): TemplateHole {
  const expr = n.childForFieldName('expression');
  const value: Expr = expr ? hole(expr) : { k: 'unsupported', what: 'empty interpolation', ...loc(n) };
  // Conversion, `=` and format spec are kept verbatim: everything between the expression and the `}`.
  const last = n.children[n.children.length - 1];
  const close = last && last.type === '}' ? last.startIndex : n.endIndex;
  const format = ctx.text.slice(expr ? expr.endIndex : n.startIndex + 1, close).trimStart();
  const out: TemplateHole = { expr: value, ...loc(n) };
  if (format) out.format = format;
  return out;
}

function mergeText(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    if (typeof p === 'string') {
      if (!p) continue;
      const prev = out[out.length - 1];
      if (typeof prev === 'string') out[out.length - 1] = prev + p;
      else out.push(p);
    } else out.push(p);
  }
  return out;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\n': '',
};

/** Decode the source text of a literal segment: escapes (unless raw) and `{{`/`}}` in f-strings. */
export function decodeLiteral(src: string, kind: StringKind): string {
  if (!kind.fmt && (kind.raw || !src.includes('\\'))) return src;
  let out = '';
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (kind.fmt && (ch === '{' || ch === '}') && src[i + 1] === ch) {
      out += ch;
      i += 2;
    } else if (ch === '\\' && !kind.raw && i + 1 < src.length) {
      const [text, used] = decodeEscape(src, i + 1, kind.bytes);
      out += text;
      i += 1 + used;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

/** Decode the escape whose letter is at `at`; returns the text and how many characters it used. */
function decodeEscape(src: string, at: number, bytes: boolean): [string, number] {
  const c = src[at]!;
  if (c === '\r') return ['', src[at + 1] === '\n' ? 2 : 1];
  const simple = SIMPLE_ESCAPES[c];
  if (simple !== undefined) return [simple, 1];
  if (c >= '0' && c <= '7') {
    const digits = /^[0-7]{1,3}/.exec(src.slice(at))![0];
    return [String.fromCharCode(parseInt(digits, 8)), digits.length];
  }
  const hexLen = c === 'x' ? 2 : bytes ? 0 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
  if (hexLen) {
    const hex = src.slice(at + 1, at + 1 + hexLen);
    const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === hexLen ? parseInt(hex, 16) : NaN;
    if (code <= 0x10ffff) return [String.fromCodePoint(code), 1 + hexLen];
  }
  // Unknown escapes (and `\N{name}`, whose name table we do not carry) stay as written, as Python keeps them.
  return ['\\' + c, 1];
}
