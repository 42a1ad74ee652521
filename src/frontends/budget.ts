// A size budget on what one syntax tree may hold.
//
// The parsers keep a node per token (tree-sitter about 200 bytes each in WebAssembly memory, which
// never shrinks; the TypeScript compiler more), and the lowering and the evaluator add their own: a
// 5 MB list literal of a million elements took 1 to 3 GB. Python files are parsed in chunks of whole
// statements (chunks.ts), but one statement cannot be split. So a bracketed region (a list, dict,
// object or array literal, an argument list, a block) of more than REGION_TOKENS tokens, not counting
// regions inside it that are cut already, is left out of the parse: its text is blanked (line breaks
// kept, so every position stays that of the file) and the lowering turns it into an unknown value.
// The rest of the file is analysed normally, and the file gets one `code/analysis-budget-reached`
// note naming the first region that was left out. No hand-written program comes near the budget; data
// this large belongs in a file the program reads.
//
// Many regions each under the budget can still add up: a file of forty 150 KB lists. A file keeps at
// most FILE_TOKENS tokens for the parser; past that, the region budget is halved until the file fits
// (so the largest regions go first), down to MIN_REGION_TOKENS. When no region budget makes it fit
// (the tokens are in statements, not in brackets), the file is parsed up to a top-level statement
// after its first FILE_TOKENS tokens, and the rest is reported as not analysed. Ordinary code is about
// 9 characters a token: the largest answer of the corpus has 9,000 tokens, and a program file must
// hold about 2.5 MB of ordinary statements to reach the file budget.

import type { Diagnostic } from '../core/program.js';
import type { Arg, Expr } from '../core/ir.js';
import { type Cut, type DepthScan, REGION_TOKENS, scanDepth } from './depth.js';

/** Tokens of one file that are parsed at most (about 2.5 MB of ordinary code: `check` then peaks near 300 MiB, `review` near 450 MiB). */
export const FILE_TOKENS = 300_000;
/**
 * The smallest region the file budget leaves out: above the largest block of ordinary code (the
 * largest class body in the corpus has 8,800 tokens), so that the file budget leaves out data, not
 * code; a file of ordinary code over the budget is parsed up to a statement instead.
 */
export const MIN_REGION_TOKENS = 12_500;

export interface BudgetScan extends DepthScan {
  /** The region budget the cuts were made with (below REGION_TOKENS when the file budget lowered it). */
  regionTokens: number;
}

/** The depth scan of a file, with the regions cut that its region and file budgets leave out. */
export function scanWithBudget(text: string, python: boolean, regionTokens = REGION_TOKENS, fileTokens = FILE_TOKENS): BudgetScan {
  const fits = (scan: DepthScan) => scan.tokens - scan.cutTokens <= fileTokens;
  const first = scanDepth(text, python, regionTokens);
  if (fits(first)) return { ...first, regionTokens };
  for (let limit = Math.floor(regionTokens / 2); limit >= MIN_REGION_TOKENS; limit = Math.floor(limit / 2)) {
    const scan = scanDepth(text, python, limit);
    if (fits(scan)) return { ...scan, regionTokens: limit };
  }
  // Leaving regions out cannot make the file fit (hundreds of thousands of ordinary statements): it is
  // parsed up to the first top-level statement after its first FILE_TOKENS tokens.
  const scan = scanDepth(text, python, regionTokens, fileTokens);
  return { ...scan, cuts: scan.cuts.filter((c) => scan.stopAt === undefined || c.s < scan.stopAt), regionTokens };
}

/**
 * What a cut region holds instead, so that the text still parses wherever the region was: nothing
 * between braces (an empty object, dict, block or class body), and one identifier between
 * parentheses or square brackets (empty `()` is not an expression, `a[]` is not a subscript). The
 * lowering turns the identifier into the unknown value too, so it never names a variable.
 */
export const PLACEHOLDER = '_';

/**
 * The text with every cut region blanked (brackets and line breaks kept, the placeholder at the first
 * other character inside parentheses and square brackets), and the regions for the lowering.
 */
export function blankCuts(text: string, cuts: readonly Cut[]): { text: string; index: CutIndex } {
  const index = new CutIndex();
  if (cuts.length === 0) return { text, index };
  const parts: string[] = [];
  let last = 0;
  for (const c of cuts) {
    parts.push(text.slice(last, c.s + 1));
    // Per run of characters, not per character: a regular expression replacing each of 5 million
    // characters one by one holds a few hundred megabytes while it works.
    let inner = text.slice(c.s + 1, c.e - 1).replace(/[^\r\n]+/g, (run) => ' '.repeat(run.length));
    let placeholder: number | undefined;
    if (c.open !== '{') {
      const at = inner.search(/ /);
      if (at >= 0) {
        inner = inner.slice(0, at) + PLACEHOLDER + inner.slice(at + PLACEHOLDER.length);
        placeholder = c.s + 1 + at;
      }
    }
    index.add(c, placeholder);
    parts.push(inner);
    last = c.e - 1;
  }
  parts.push(text.slice(last));
  return { text: parts.join(''), index };
}

/** The text with everything from `at` on blanked (line breaks kept). */
export function blankFrom(text: string, at: number | undefined): string {
  if (at === undefined) return text;
  return text.slice(0, at) + text.slice(at).replace(/[^\r\n]+/g, (run) => ' '.repeat(run.length));
}

/** The file's finding for the part after `scan.stopAt`, which is not parsed. */
export function stopDiagnostic(path: string, text: string, scan: BudgetScan): Diagnostic {
  const at = scan.stopAt ?? 0;
  return {
    code: 'parse/file-budget',
    class: 'INCOMPLETE-TRUNCATED',
    severity: 'medium',
    message: `${path} has ${scan.tokens.toLocaleString('en-US')} tokens, more than stacklint parses in one file (${FILE_TOKENS.toLocaleString('en-US')}): the analysis stops at line ${lineOf(text, at).toLocaleString('en-US')}, and what the file does from there on is missing from the findings. Split it into modules, or keep the data it holds in files the program reads.`,
    file: path,
    start: at,
    end: at + 1,
  };
}

/** Cut regions by start offset, and their placeholders, for the lowering. */
export class CutIndex {
  private readonly ends = new Map<number, number>();
  private readonly placeholders = new Set<number>();

  add(cut: Cut, placeholder?: number): void {
    this.ends.set(cut.s, cut.e);
    if (placeholder !== undefined) this.placeholders.add(placeholder);
  }

  get size(): number {
    return this.ends.size;
  }

  /** Whether `[s, e)` is exactly a cut region (its brackets included). */
  isRegion(s: number, e: number): boolean {
    return this.ends.get(s) === e;
  }

  /** Whether `[s, e)` is the placeholder of a cut region. */
  isPlaceholder(s: number, e: number): boolean {
    return e === s + PLACEHOLDER.length && this.placeholders.has(s);
  }

  /** Whether `[s, e)` is a cut region or its placeholder: what the lowering turns into `budgetExpr`. */
  covers(s: number, e: number): boolean {
    return this.ends.size > 0 && (this.isRegion(s, e) || this.isPlaceholder(s, e));
  }
}

/** The unknown value of a cut region (the evaluator gives it provenance `budget:syntax`). */
export function budgetExpr(s: number, e: number): Expr {
  return { k: 'unsupported', what: 'budget:syntax', s, e };
}

/** The arguments of a call whose argument list was cut: unknown, both positional and (Python) keyword. */
export function budgetArgs(s: number, e: number, python: boolean): Arg[] {
  const value = budgetExpr(s, e);
  return python ? [{ k: 'spread', value }, { k: 'kwspread', value }] : [{ k: 'spread', value }];
}

/** What a region opened by `open` is, from the token before it. */
function describeRegion(text: string, cut: Cut, python: boolean): string {
  let j = cut.s - 1;
  while (j >= 0 && /\s/.test(text[j]!)) j--;
  const before = j >= 0 ? text[j]! : '';
  const word = /[\w$]/.test(before) ? /[\w$]+$/.exec(text.slice(Math.max(0, j - 20), j + 1))![0] : '';
  const follows = (/[\w$)\]]/.test(before) && !/^(return|in|yield|await|else|case|of|typeof|not|and|or|lambda)$/.test(word)) || before === '"' || before === "'";
  switch (cut.open) {
    case '[':
      return follows ? 'subscript' : python ? 'list literal' : 'array literal';
    case '(':
      return follows ? 'argument list' : 'parenthesized expression';
    case '{':
      if (python) return 'dict literal';
      return before === '' || /[=(,:[?|&!]/.test(before) || word === 'return' ? 'object literal' : 'block';
  }
}

function size(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / 1048576).toFixed(1)} MB` : `${Math.round(chars / 1024)} KB`;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The file's one note for the regions left out of its parse. */
export function cutDiagnostic(path: string, text: string, scan: BudgetScan, python: boolean): Diagnostic {
  const { cuts } = scan;
  const first = cuts[0]!;
  const what = describeRegion(text, first, python);
  const others = cuts.length - 1;
  const more = others > 0 ? ` ${others === 1 ? 'One more region' : `${others.toLocaleString('en-US')} more regions`} ${others === 1 ? 'was' : 'were'} left out the same way.` : '';
  const why =
    scan.regionTokens < REGION_TOKENS
      ? ` The file has ${scan.tokens.toLocaleString('en-US')} tokens, more than stacklint parses in one file (${FILE_TOKENS.toLocaleString('en-US')}), so each bracketed region of over ${scan.regionTokens.toLocaleString('en-US')} tokens is left out.`
      : '';
  return {
    code: 'parse/budget',
    class: 'INCOMPLETE-TRUNCATED',
    severity: 'low',
    message: `The ${what} at line ${lineOf(text, first.s)} is ${size(first.e - first.s)} (${first.tokens.toLocaleString('en-US')} tokens); stacklint did not analyse it, so its value is unknown and checks that depend on it stay silent. The rest of the file is analysed.${more}${why} Data this large belongs in a file the program reads, not in its source.`,
    file: path,
    start: first.s,
    end: first.s + 1,
  };
}
