// A cheap pre-scan of how deeply a file nests, before any parser sees it.
//
// The TypeScript parser, the tree-sitter lowering and the evaluator all recurse over the syntax tree;
// a file nested a few hundred levels deep (10,000 parentheses, a 20,000-term `+` chain) overflows the
// JavaScript stack, and where it does depends on the thread (the main thread has a smaller stack than
// a worker). Files deeper than the limits below are not analysed at all, so the result is the same on
// every thread, and the rest of the input is analysed normally.
//
// Two measures, both on tokens outside strings and comments:
// - nesting: open brackets `(` `[` `{`, plus Python indentation levels;
// - chain: binary operators (and `.`) in one expression, summed over the enclosing brackets, which the
//   parsers turn into left-deep trees (`a + b + c` is `(a + b) + c`).

// Measured on the main thread (the smaller stack; workers get 4 MB): TypeScript overflows from about
// 700 nested arrow functions and 790 brackets, Python from about 1,150 nested calls; a `+` chain
// overflows from about 2,300 terms, a `.m()` method chain from about 1,000 calls. The limits keep a
// margin of almost half, and are far beyond any program a person would write or review.

/** Deepest bracket/indentation nesting analysed. */
export const MAX_NESTING = 400;
/** Longest operator chain analysed. */
export const MAX_CHAIN = 500;
/** Tokens of the largest bracketed region parsed into a tree (see src/frontends/budget.ts). */
export const REGION_TOKENS = 100_000;

/** The JavaScript engine's stack overflow ("Maximum call stack size exceeded"). */
export function isStackOverflow(err: unknown): boolean {
  return err instanceof RangeError && /call stack/i.test(err.message);
}

/**
 * For the fallbacks that retry a node another way after it failed to lower: a stack overflow is not
 * a problem of that node, and retrying at every level of a deep tree takes exponential time, so it
 * goes up to the file's caller (which reports the file as too deep).
 */
export function rethrowOverflow(err: unknown): void {
  if (isStackOverflow(err)) throw err;
}

export interface DepthScan {
  /** Deepest bracket (and, for Python, indentation) nesting, and an offset where it is reached. */
  nesting: number;
  nestingAt: number;
  /** Longest operator chain, and an offset where it is reached. */
  chain: number;
  chainAt: number;
  /** Where the nesting, and the chain, first went over the limits (what a finding points at). */
  nestingOverAt?: number;
  chainOverAt?: number;
  /** Python: where a triple-quoted string opens that never closes (it runs to the end of the file). */
  unterminatedStringAt?: number;
  /** Bracketed regions too large to parse into a tree (src/frontends/budget.ts), in text order. */
  cuts: Cut[];
  /** Tokens of the text, and of the cut regions. */
  tokens: number;
  cutTokens: number;
  /** Where a top-level statement starts after the `stopAfter` tokens asked for. */
  stopAt?: number;
}

/** A bracketed region `[s, e)` (its brackets included) left out of the parse, and its size in tokens. */
export interface Cut {
  s: number;
  e: number;
  open: '(' | '[' | '{';
  tokens: number;
}

export interface TooDeep {
  what: 'nesting' | 'chain';
  depth: number;
  limit: number;
  at: number;
}

/** Whether the file is too deep to analyse, and by which measure. */
export function tooDeep(text: string, python: boolean, d = scanDepth(text, python)): TooDeep | undefined {
  if (d.nesting > MAX_NESTING) return { what: 'nesting', depth: d.nesting, limit: MAX_NESTING, at: d.nestingOverAt ?? d.nestingAt };
  if (d.chain > MAX_CHAIN) return { what: 'chain', depth: d.chain, limit: MAX_CHAIN, at: d.chainOverAt ?? d.chainAt };
  return undefined;
}

const TS_RESETS = new Set(['=', '=>', ':', ',', ';', '...', '!', '~', '++', '--']);
const PY_RESETS = new Set(['=', ':=', ':', ',', ';', '->', '!', '~', '**=']);
const PY_WORD_OPS = new Set(['and', 'or']);

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c > 127;
}

function isOperatorChar(c: number): boolean {
  // + - * / % & | ^ ! = < > ? . : ~ @
  return '+-*/%&|^!=<>?.:~@'.includes(String.fromCharCode(c));
}

/** Whether a text that a triple-quoted string runs to the end of ends with its closing quotes. */
function closesAtEnd(text: string, quote: number): boolean {
  const n = text.length;
  return n >= 6 && text.charCodeAt(n - 1) === quote && text.charCodeAt(n - 2) === quote && text.charCodeAt(n - 3) === quote && text.charCodeAt(n - 4) !== 92;
}

/**
 * Nesting and chain depth of a TypeScript/JavaScript (python=false) or Python (python=true) text, and
 * the bracketed regions of more than `regionTokens` tokens (not counting the tokens of regions inside
 * them that are cut already), innermost first: a region that holds a cut region and is still too large
 * replaces it. `stopAt`: the first line after `stopAfter` tokens (outside cut regions) where a
 * top-level statement starts.
 */
export function scanDepth(text: string, python: boolean, regionTokens = REGION_TOKENS, stopAfter = Infinity): DepthScan {
  const out: DepthScan = { nesting: 0, nestingAt: 0, chain: 0, chainAt: 0, cuts: [], tokens: 0, cutTokens: 0 };
  // Tokens seen so far, tokens inside cut regions, and for each open bracket where it opened and the
  // two counts then (parallel to `brackets`).
  let tokens = 0;
  let cutTokens = 0;
  // Numbers in three arrays rather than an object per bracket: a file may nest millions deep.
  const regionAt: number[] = [];
  const regionTokensAt: number[] = [];
  const regionCutAt: number[] = [];
  // Open brackets; for TypeScript `$` marks the `${` of a template literal, `` ` `` a template body.
  const brackets: string[] = [];
  // Operator count of the current expression at each bracket level (index 0: outside all brackets).
  const chains: number[] = [0];
  let chainSum = 0;
  // Python indentation widths of the enclosing blocks.
  const indents: number[] = [0];
  let atLineStart = true;
  // TypeScript: whether a line break separated the previous token from the next (ASI-like reset).
  let sawNewline = false;
  let lastWasOperator = false;
  // Whether a `/` here starts a regular expression (TypeScript): after an operator or an open bracket.
  let regexAllowed = true;
  const n = text.length;
  let i = 0;

  const nesting = () => brackets.length + (python ? indents.length - 1 : 0);
  const noteNesting = (at: number) => {
    const d = nesting();
    if (d > out.nesting) {
      out.nesting = d;
      out.nestingAt = at;
      if (d > MAX_NESTING) out.nestingOverAt ??= at;
    }
  };
  const resetChain = () => {
    chainSum -= chains[chains.length - 1]!;
    chains[chains.length - 1] = 0;
  };
  const countOperator = (at: number) => {
    chains[chains.length - 1]!++;
    chainSum++;
    if (chainSum > out.chain) {
      out.chain = chainSum;
      out.chainAt = at;
      if (chainSum > MAX_CHAIN) out.chainOverAt ??= at;
    }
  };
  const open = (b: string, at: number) => {
    brackets.push(b);
    chains.push(0);
    regionAt.push(at);
    regionTokensAt.push(tokens);
    regionCutAt.push(cutTokens);
    noteNesting(at);
  };
  const close = (closer?: number) => {
    if (brackets.length === 0) return undefined;
    chainSum -= chains.pop()!;
    const at = regionAt.pop()!;
    const tokensAt = regionTokensAt.pop()!;
    const cutAt = regionCutAt.pop()!;
    const b = brackets.pop();
    // `i` is just past the closing bracket. Only a region closed by its own bracket is a syntax node.
    if (closer !== undefined && CLOSERS[b!] === closer && tokens - tokensAt - (cutTokens - cutAt) > regionTokens) {
      while (out.cuts.length && out.cuts[out.cuts.length - 1]!.s > at) out.cuts.pop();
      out.cuts.push({ s: at, e: i, open: b as Cut['open'], tokens: tokens - tokensAt });
      cutTokens = cutAt + (tokens - tokensAt);
    }
    return b;
  };
  /** Before a token: a line break between two complete expressions ends the chain (TypeScript). */
  const beforeToken = (isOperator: boolean) => {
    if (!python && sawNewline && !lastWasOperator && !isOperator) resetChain();
    sawNewline = false;
  };
  const skipString = (quote: number, triple: boolean): void => {
    // i is just past the opening quote(s)
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 92) {
        i += 2;
        continue;
      }
      if (c === quote) {
        if (!triple) {
          i++;
          return;
        }
        if (text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote) {
          i += 3;
          return;
        }
      }
      // An unterminated single-line string ends at the line break (both languages).
      if (c === 10 && !triple) return;
      i++;
    }
  };
  /** Template literal text up to the closing backtick or a `${` (TypeScript). */
  const skipTemplate = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 92) {
        i += 2;
        continue;
      }
      if (c === 96) {
        i++;
        close();
        return;
      }
      if (c === 36 && text.charCodeAt(i + 1) === 123) {
        open('$', i);
        i += 2;
        regexAllowed = true;
        return;
      }
      i++;
    }
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (python && atLineStart) {
      // Indentation of a logical line (not inside brackets, not blank, not a comment).
      let j = i;
      let width = 0;
      while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) {
        width += text.charCodeAt(j) === 9 ? 8 - (width % 8) : 1;
        j++;
      }
      const next = text.charCodeAt(j);
      atLineStart = false;
      if (brackets.length === 0 && j < n && next !== 10 && next !== 13 && next !== 35) {
        while (indents.length > 1 && width < indents[indents.length - 1]!) indents.pop();
        if (width > indents[indents.length - 1]!) {
          indents.push(width);
          noteNesting(j);
        }
      }
      i = j;
      continue;
    }
    if (c === 10 || c === 13) {
      i++;
      if (c === 10 && out.stopAt === undefined && tokens - cutTokens > stopAfter && (brackets.length === 0 || (python && PY_RESYNC.test(text.slice(i, i + 12)))) && statementStartsAt(text, i, python)) {
        out.stopAt = i;
      }
      if (python) {
        if (brackets.length === 0 && text.charCodeAt(i - 2) !== 92) {
          resetChain();
          atLineStart = true;
        }
      } else sawNewline = true;
      continue;
    }
    if (c === 32 || c === 9 || c === 12 || c === 11) {
      i++;
      continue;
    }
    // Comments
    if (python && c === 35) {
      while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      continue;
    }
    if (!python && c === 47 && text.charCodeAt(i + 1) === 47) {
      while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      continue;
    }
    if (!python && c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      const body = text.slice(i, end < 0 ? n : end);
      if (/[\r\n]/.test(body)) sawNewline = true;
      i = end < 0 ? n : end + 2;
      continue;
    }
    tokens++;
    // Strings
    if (c === 34 || c === 39) {
      beforeToken(false);
      const triple = python && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
      const opened = i;
      i += triple ? 3 : 1;
      skipString(c, triple);
      if (triple && i >= n && !closesAtEnd(text, c)) out.unterminatedStringAt ??= opened;
      lastWasOperator = false;
      regexAllowed = false;
      continue;
    }
    if (!python && c === 96) {
      beforeToken(false);
      open('`', i);
      i++;
      skipTemplate();
      lastWasOperator = false;
      regexAllowed = false;
      continue;
    }
    // Regular expression literal (TypeScript)
    if (!python && c === 47 && regexAllowed) {
      beforeToken(false);
      i++;
      let inClass = false;
      while (i < n) {
        const r = text.charCodeAt(i);
        if (r === 10 || r === 13) break;
        if (r === 92) {
          i += 2;
          continue;
        }
        i++;
        if (r === 91) inClass = true;
        else if (r === 93) inClass = false;
        else if (r === 47 && !inClass) break;
      }
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
      lastWasOperator = false;
      regexAllowed = false;
      continue;
    }
    // Words: identifiers, keywords, numbers (with their dots and exponents), Python string prefixes
    if (isWordChar(c)) {
      const start = i;
      if (c >= 48 && c <= 57) {
        while (i < n && (isWordChar(text.charCodeAt(i)) || text.charCodeAt(i) === 46)) i++;
      } else {
        while (i < n && isWordChar(text.charCodeAt(i))) i++;
      }
      const word = text.slice(start, i);
      const q = text.charCodeAt(i);
      if (python && (q === 34 || q === 39) && /^[rbuf]{1,2}$/i.test(word)) continue; // string prefix
      const op = python && PY_WORD_OPS.has(word);
      beforeToken(op);
      if (op) countOperator(start);
      lastWasOperator = op;
      regexAllowed = op || (!python && /^(return|typeof|instanceof|in|of|new|delete|void|throw|case|do|else|yield|await)$/.test(word));
      continue;
    }
    // Brackets
    if (c === 40 || c === 91 || c === 123) {
      beforeToken(false);
      if (c === 123) resetChain();
      open(String.fromCharCode(c), i);
      i++;
      lastWasOperator = false;
      regexAllowed = true;
      continue;
    }
    if (c === 41 || c === 93 || c === 125) {
      beforeToken(true);
      i++;
      const top = brackets[brackets.length - 1];
      if (!python && c === 125 && top === '$') {
        close();
        skipTemplate();
        regexAllowed = false;
        continue;
      }
      if (top !== '`') close(c);
      if (c === 125) resetChain();
      lastWasOperator = false;
      regexAllowed = false;
      continue;
    }
    // Operators
    if (isOperatorChar(c)) {
      const start = i;
      while (i < n && isOperatorChar(text.charCodeAt(i))) {
        // `a=-1`, `x=>{`: stop before a comment start
        if (text.charCodeAt(i) === 47 && (text.charCodeAt(i + 1) === 47 || text.charCodeAt(i + 1) === 42) && i > start) break;
        i++;
      }
      const op = text.slice(start, i);
      const resets = python ? PY_RESETS : TS_RESETS;
      const assignment = /^[^=!<>]*=$/.test(op) && op !== '==' && op.length <= 4 && !op.endsWith('==');
      beforeToken(true);
      if (resets.has(op) || assignment) {
        resetChain();
        lastWasOperator = true;
      } else {
        countOperator(start);
        lastWasOperator = true;
      }
      regexAllowed = true;
      continue;
    }
    if (c === 44 || c === 59) {
      // , ;
      beforeToken(true);
      resetChain();
      i++;
      lastWasOperator = true;
      regexAllowed = true;
      continue;
    }
    // Anything else (backslash continuation, stray characters)
    i++;
  }
  out.tokens = tokens;
  out.cutTokens = cutTokens;
  return out;
}

const CLOSERS: Record<string, number> = { '(': 41, '[': 93, '{': 125 };
const PY_CONTINUATIONS = /^(else|elif|except|finally)\b/;
// `def`/`class`/`import` at column 0 cannot be inside brackets: a bracket above was left open (a
// truncated statement), and Python's statements start over here (as in python/chunks.ts).
const PY_RESYNC = /^(def|class|import|from|async def)\s/;

/**
 * Whether a top-level statement starts at `at`, the start of a line outside brackets: Python, at
 * column 0, not a clause of the statement above and not after a decorator or a line continuation;
 * TypeScript, after a line that ends with `;` or `}`.
 */
function statementStartsAt(text: string, at: number, python: boolean): boolean {
  const c = text.charCodeAt(at);
  if (at >= text.length || c === 32 || c === 9 || c === 10 || c === 13) return false;
  let j = at - 2;
  while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j--;
  const before = text.charCodeAt(j);
  if (!python) return before === 59 || before === 125;
  if (c === 35 || before === 92 || PY_CONTINUATIONS.test(text.slice(at, at + 8))) return false;
  const lineStart = text.lastIndexOf('\n', j) + 1;
  return text.charCodeAt(lineStart) !== 64;
}
