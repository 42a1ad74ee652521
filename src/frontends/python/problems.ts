// Syntax errors as values: every outermost ERROR node and every MISSING node becomes a SyntaxProblem.
// The same walk records which nodes contain an ERROR, because lowering must not trust their shape.

import type { Node } from 'web-tree-sitter';
import type { SyntaxProblem } from '../../core/ir.js';

export interface ProblemScan {
  problems: SyntaxProblem[];
  /** Ids of ERROR nodes and of all their ancestors. */
  damaged: Set<number>;
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS = new Set([')', ']', '}']);
/** Keywords whose header ends with `:`; a line of an error region that starts with one and has none lost it. */
const BLOCK_KEYWORDS = new Set([
  'if', 'elif', 'else', 'while', 'for', 'def', 'class', 'with', 'try', 'except', 'finally',
]);

/** Error regions whose cause is named; the others are reported as "invalid syntax". */
const DESCRIBED = 200;

export function scanProblems(root: Node, text: string): ProblemScan {
  const problems: SyntaxProblem[] = [];
  const damaged = new Set<number>();
  const ancestors: number[] = [];
  let described = 0;

  const visit = (n: Node, insideError: boolean): void => {
    if (n.isError) {
      damaged.add(n.id);
      for (const id of ancestors) damaged.add(id);
      // Naming the cause reads every token of the region; past the first regions (a file that is
      // mostly not Python) the position is enough, and costs no memory per token.
      if (!insideError) problems.push(...(++described <= DESCRIBED ? describeError(n, text) : [{ message: 'invalid syntax', s: n.startIndex, e: n.endIndex }]));
    } else if (n.isMissing) {
      if (!insideError) problems.push(describeMissing(n));
      return;
    }
    ancestors.push(n.id);
    for (const c of n.children) if (c.hasError) visit(c, insideError || n.isError);
    ancestors.pop();
  };
  if (root.hasError) visit(root, false);
  return { problems, damaged };
}

function describeMissing(n: Node): SyntaxProblem {
  const what = n.isNamed ? n.type.replace(/_/g, ' ') : `\`${n.type}\``;
  return { message: `missing ${what}`, s: n.startIndex, e: n.endIndex };
}

function leavesOf(n: Node, out: Node[]): Node[] {
  if (n.childCount === 0) {
    if (n.type !== 'comment') out.push(n);
  } else for (const c of n.children) leavesOf(c, out);
  return out;
}

/**
 * Name the likely causes from the tokens the parser could not place: unterminated strings, unbalanced
 * brackets, block headers without `:`. When none is recognisable, the region's first token is quoted.
 */
function describeError(n: Node, text: string): SyntaxProblem[] {
  const found: SyntaxProblem[] = [];
  const leaves = leavesOf(n, []);
  const open: Node[] = [];
  let openString: Node | undefined;
  let header: Node | undefined;
  let headerHasColon = false;
  let prevEnd = n.startIndex;

  const endHeader = () => {
    if (header && !headerHasColon) {
      found.push({ message: 'missing `:`', s: header.startIndex, e: lineEnd(text, header.startIndex, n.endIndex) });
    }
    header = undefined;
  };

  for (const [i, l] of leaves.entries()) {
    const newLine = i > 0 && /\n/.test(text.slice(prevEnd, l.startIndex).replace(/\\\r?\n/g, ''));
    prevEnd = l.endIndex;
    if (openString) {
      if (l.type === 'string_end') openString = undefined;
      // A one-line string still open at a line break was never closed; its line is text, not tokens.
      else if (newLine && !/("""|''')$/.test(text.slice(openString.startIndex, openString.endIndex))) {
        found.push(unterminated(openString, text));
        openString = undefined;
      }
      if (openString || l.type === 'string_end') continue;
    }
    if (newLine && open.length === 0) endHeader();
    if (l.type === 'string_start') openString = l;
    else if (l.isNamed) continue;
    else if (OPENERS[l.type]) open.push(l);
    else if (CLOSERS.has(l.type)) {
      const top = open[open.length - 1];
      if (top && OPENERS[top.type] === l.type) open.pop();
      else found.push({ message: `unexpected \`${l.type}\``, s: l.startIndex, e: l.endIndex });
    } else if (l.type === ':' && open.length === 0) headerHasColon = true;
    else if (BLOCK_KEYWORDS.has(l.type) && open.length === 0 && (i === 0 || newLine)) {
      header = l;
      headerHasColon = false;
    }
  }
  if (openString) found.push(unterminated(openString, text));
  endHeader();
  const outermost = open[0];
  if (outermost) found.push({ message: `unclosed \`${outermost.type}\``, s: outermost.startIndex, e: n.endIndex });
  if (found.length) return found;

  const token = leaves.find((l) => !l.isNamed) ?? leaves[0];
  if (!token) return [{ message: 'invalid syntax', s: n.startIndex, e: n.endIndex }];
  const shown = text.slice(token.startIndex, token.endIndex).split('\n')[0]!.slice(0, 20);
  return [{ message: `unexpected \`${shown}\``, s: n.startIndex, e: n.endIndex }];
}

/** The rest of the line is the string's text even where the error region stops earlier. */
function unterminated(start: Node, text: string): SyntaxProblem {
  return { message: 'unterminated string', s: start.startIndex, e: lineEnd(text, start.startIndex, text.length) };
}

function lineEnd(text: string, from: number, limit: number): number {
  const eol = text.indexOf('\n', from);
  return eol < 0 || eol > limit ? limit : eol;
}
