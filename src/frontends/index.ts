import type { CodeNote, Module } from '../core/ir.js';
import type { Diagnostic } from '../core/program.js';
import type { Language, SourceFile } from '../core/source.js';
import { blankCuts, blankFrom, type CutIndex, cutDiagnostic, scanWithBudget, stopDiagnostic } from './budget.js';
import { isStackOverflow, scanDepth, type TooDeep, tooDeep } from './depth.js';
import { parseTypeScript, typescriptAnyNotes } from './typescript/parse.js';

export { isStackOverflow, MAX_CHAIN, MAX_NESTING, scanDepth } from './depth.js';

type PythonFrontend = typeof import('./python/index.js');

// The Python front-end (web-tree-sitter and its WebAssembly grammar) is loaded only for a run that
// has Python to parse; the TypeScript compiler loads itself on the first TypeScript file (ts.ts).
let python: PythonFrontend | undefined;
let loadingPython: Promise<void> | undefined;

/**
 * Load the parsers that need asynchronous set-up (the Python grammar is WebAssembly): those of the
 * given languages, or all of them.
 */
export async function initFrontends(languages?: Iterable<Language>): Promise<void> {
  if (languages && ![...languages].includes('python')) return;
  loadingPython ??= import('./python/index.js')
    .then(async (frontend) => {
      await frontend.initPythonParser();
      python = frontend;
    })
    .catch((err: unknown) => {
      // Let a later call retry rather than caching the failure.
      loadingPython = undefined;
      throw err;
    });
  await loadingPython;
}

function parsePython(path: string, text: string, cuts?: CutIndex): Module {
  if (python) return python.parsePython(path, text, cuts);
  return { path, lang: 'py', body: [], errors: [{ message: 'internal: the Python parser is not initialised', s: 0, e: 0 }] };
}

/** Parse a program file to IR; undefined for files that are not TS/JS/Python. */
export function parseSource(file: SourceFile): Module | undefined {
  return parseText(file, undefined);
}

/** `cuts`: regions of the text blanked because they are too large to parse (budget.ts), which the lowering makes unknown. */
function parseText(file: SourceFile, cuts: CutIndex | undefined): Module | undefined {
  switch (file.language) {
    case 'typescript':
    case 'javascript':
      return parseTypeScript(file.path, file.text, false, cuts);
    case 'python':
      return parsePython(file.path, file.text, cuts);
    default:
      return undefined;
  }
}

/**
 * Code notes of a Lambda handler file (role `asset`), which is shipped, not evaluated: the explicit
 * `any` types of TypeScript handlers. A handler needs no imports, so only excerpts (code elided, or a
 * block no path names) and files nested too deep for the parser have none.
 */
export function assetNotes(file: SourceFile): CodeNote[] {
  if (file.language !== 'typescript' || file.role !== 'asset') return [];
  if (file.snippet && (file.snippetKind === 'elided' || file.nameSource === 'unnamed')) return [];
  const scan = scanWithBudget(file.text, false);
  // Regions too large to parse are left out, as in program files (budget.ts).
  const text = blankFrom(blankCuts(file.text, scan.cuts).text, scan.stopAt);
  if (tooDeep(text, false, scan.cuts.length ? scanDepth(text, false, Infinity) : scan)) return [];
  return unlessTooDeep(() => typescriptAnyNotes(file.path, text));
}

/** A file the parser cannot take (too deep for this thread's stack) has no notes rather than failing the input. */
function unlessTooDeep(f: () => CodeNote[]): CodeNote[] {
  try {
    return f();
  } catch (err) {
    if (isStackOverflow(err)) return [];
    throw err;
  }
}

export interface ParsedFile {
  /** The IR; an empty module of the same path when the file is too deep to analyse. */
  module?: Module;
  /** Set when the file is not analysed (`parse/too-deep`). */
  diagnostic?: Diagnostic;
  /** Parts of the file left out for their size (budget.ts): regions (`parse/budget`), its end (`parse/file-budget`). */
  diagnostics?: Diagnostic[];
}

/**
 * Parse a program file, unless it nests deeper than stacklint analyses: such a file gets a
 * `parse/too-deep` diagnostic and an empty module (so imports of it still resolve), and never reaches
 * the recursive parsers, whose stack limit differs between the main thread and workers.
 */
export function parseFile(file: SourceFile): ParsedFile {
  if (file.language !== 'typescript' && file.language !== 'javascript' && file.language !== 'python') return {};
  const python = file.language === 'python';
  const budgeted = scanWithBudget(file.text, python);
  const { cuts } = budgeted;
  // Regions too large to parse are blanked first; the depth that counts is that of what is parsed.
  const blanked = blankCuts(file.text, cuts);
  const { stopAt } = budgeted;
  const changed = cuts.length > 0 || stopAt !== undefined;
  const parsed = changed ? { ...file, text: blankFrom(blanked.text, stopAt) } : file;
  const scan = changed ? scanDepth(parsed.text, python, Infinity) : budgeted;
  const notes = [...(cuts.length ? [cutDiagnostic(file.path, file.text, budgeted, python)] : []), ...(stopAt !== undefined ? [stopDiagnostic(file.path, file.text, budgeted)] : [])];
  const deep = tooDeep(parsed.text, python, scan);
  if (deep) return notAnalysed(file, python, deep);
  try {
    const index = cuts.length ? blanked.index : undefined;
    const module = python && scan.unterminatedStringAt !== undefined ? parseUnterminated(parsed, scan.unterminatedStringAt, index) : parseText(parsed, index)!;
    return notes.length ? { module, diagnostics: notes } : { module };
  } catch (err) {
    // The pre-scan's estimate was too low for this file: the same outcome, without a depth.
    if (isStackOverflow(err)) return notAnalysed(file, python, undefined);
    throw err;
  }
}

/**
 * A Python file with a triple-quoted string that never closes: everything after the opening quotes is
 * inside the string (and Python rejects the file). Only the code before it is parsed, which is also
 * what keeps tree-sitter's error recovery from crawling through megabytes of string text.
 */
function parseUnterminated(file: SourceFile, at: number, cuts?: CutIndex): Module {
  // The string becomes an empty one, so the statement it belongs to still parses.
  const module = parsePython(file.path, `${file.text.slice(0, at)}''`, cuts);
  module.errors.push({ message: 'unterminated triple-quoted string: it runs from here to the end of the file', s: at, e: at + 3, eof: 'string' });
  module.errors.sort((a, b) => a.s - b.s || a.e - b.e);
  return module;
}

export function emptyModule(path: string, python: boolean): Module {
  return { path, lang: python ? 'py' : 'ts', body: [], errors: [] };
}

export function tooDeepDiagnostic(path: string, deep: TooDeep | undefined): Diagnostic {
  const what = !deep
    ? 'it nests too deeply for stacklint to analyse (the parser ran out of stack)'
    : deep.what === 'nesting'
      ? `nesting depth ${deep.depth} exceeds the limit stacklint analyses (${deep.limit})`
      : `an expression chains ${deep.depth} operators, more than the limit stacklint analyses (${deep.limit})`;
  return {
    code: 'parse/too-deep',
    class: 'INCOMPLETE-TRUNCATED',
    severity: 'medium',
    message: `${path}: ${what}; this file is not analysed. Generated or pathological code this deep is not a reviewable Pulumi program; split the expression or flatten the nesting.`,
    file: path,
    start: deep?.at ?? 0,
    end: (deep?.at ?? 0) + 1,
  };
}

function notAnalysed(file: SourceFile, python: boolean, deep: TooDeep | undefined): ParsedFile {
  return { module: emptyModule(file.path, python), diagnostic: tooDeepDiagnostic(file.path, deep) };
}
