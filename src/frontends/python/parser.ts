// Entry points of the Python front-end: load the tree-sitter grammar once, then parse and lower files
// synchronously. Syntax errors come back as values; nothing here throws on any input.

import { createRequire } from 'node:module';
import { Language, type Node, Parser, type Range, type Tree } from 'web-tree-sitter';
import type { CodeNote, Module, SyntaxProblem } from '../../core/ir.js';
import type { LowerCtx, Lowerers } from './context.js';
import { lowerArgs, lowerExpr, lowerLoose } from './lower-expr.js';
import { rethrowOverflow } from '../depth.js';
import { lowerModule, lowerStmt } from './lower-stmt.js';
import { chunkStarts } from './chunks.js';
import type { CutIndex } from '../budget.js';
import { markKeywordImports, pythonNotes } from './notes.js';
import { scanProblems } from './problems.js';

const LOWERERS: Lowerers = {
  expr: lowerExpr,
  args: lowerArgs,
  stmts: lowerStmt,
  loose: (ctx, n) => lowerLoose(ctx, n),
};

let parser: Parser | undefined;
let loading: Promise<void> | undefined;

/** Load the runtime and grammar wasm (once; later calls share the same promise). */
export function initPythonParser(): Promise<void> {
  loading ??= load().catch((err: unknown) => {
    // Let a later call retry rather than caching the failure.
    loading = undefined;
    throw err;
  });
  return loading;
}

async function load(): Promise<void> {
  const require = createRequire(import.meta.url);
  const runtimeWasm = require.resolve('web-tree-sitter/web-tree-sitter.wasm');
  await Parser.init({ locateFile: () => runtimeWasm });
  const language = await Language.load(require.resolve('tree-sitter-python/tree-sitter-python.wasm'));
  const p = new Parser();
  p.setLanguage(language);
  parser = p;
}

/** Ways of binding module names that the evaluator does not follow. */
const DYNAMIC_NAMES = /^[ \t]*global\s|\bglobals\(\)|\bvars\(\)|\bexec\(|\bsetattr\(|\bsys\.modules\b|^def __getattr__\b|\bimportlib\b/m;

/**
 * Parse and lower one Python file. Requires `initPythonParser()` to have resolved. `cuts`: regions
 * blanked for their size (../budget.ts), lowered to unknown values.
 */
export function parsePython(path: string, text: string, cuts?: CutIndex): Module {
  const module: Module = { path, lang: 'py', body: [], errors: [] };
  if (!parser) {
    module.errors.push({ message: 'internal: the Python parser is not initialised', s: 0, e: 0 });
    return module;
  }
  const starts = chunkStarts(text);
  const bounds = [0, ...starts, text.length];
  const problems: SyntaxProblem[] = [];
  const typeRefs = new Set<string>();
  const annotations: AnnotationNames = { named: new Set(), uses: [], imports: false, deferred: false };
  const notes: CodeNote[] = [];
  try {
    for (let i = 0; i + 1 < bounds.length; i++) {
      const range = starts.length ? rangeOf(text, bounds[i]!, bounds[i + 1]!) : undefined;
      let tree: Tree | null = null;
      try {
        tree = range ? parser.parse(text, null, { includedRanges: [range] }) : parser.parse(text);
        if (!tree) throw new Error('tree-sitter returned no tree');
        const scan = scanProblems(tree.rootNode, text);
        const ctx: LowerCtx = { text, damaged: scan.damaged, lower: LOWERERS, sawYield: false, problems: scan.problems, ...(cuts ? { cuts } : {}) };
        module.body.push(...lowerModule(ctx, tree.rootNode));
        for (const t of typeNames(tree.rootNode)) typeRefs.add(t);
        scanAnnotations(tree.rootNode, annotations);
        problems.push(...scan.problems);
        notes.push(...pythonNotes(tree.rootNode));
      } finally {
        // Trees live in wasm memory, outside the JS garbage collector.
        tree?.delete();
      }
    }
    module.typeRefs = [...typeRefs];
    const typeOnly = typeOnlyNames(annotations);
    if (typeOnly.length) module.typeOnlyNames = typeOnly;
    markKeywordImports(text, problems);
    module.errors = dedupe(problems.sort((a, b) => a.s - b.s || a.e - b.e));
    module.notes = notes;
    if (DYNAMIC_NAMES.test(text)) module.dynamicNames = true;
    const end = text.trimEnd().length;
    for (const p of module.errors) {
      if (p.e < end) continue;
      if (/^(unclosed|missing)\b/.test(p.message) && onlyContinuationAfter(text, p.s)) p.eof = 'block';
      else if (/^unterminated\b/.test(p.message)) p.eof = 'string';
    }
  } catch (err) {
    // Too deep for the stack: the caller reports the file as not analysed.
    rethrowOverflow(err);
    module.errors.push({ message: `internal: ${err instanceof Error ? err.message : String(err)}`, s: 0, e: 0 });
  }
  return module;
}

/** A tree-sitter range over [start, end) of the text (indexes and columns in UTF-16 code units). */
function rangeOf(text: string, start: number, end: number): Range {
  return { startIndex: start, endIndex: end, startPosition: pointAt(text, start), endPosition: pointAt(text, end) };
}

function pointAt(text: string, offset: number): { row: number; column: number } {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}

/**
 * After a bracket that a cut left open, every later line continues its statement (it is indented
 * deeper). A line back at the statement's own indentation means the bracket was left open by mistake
 * in the middle of the file, and the code goes on after it.
 */
function onlyContinuationAfter(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const indent = (line: string) => line.length - line.trimStart().length;
  const own = indent(text.slice(lineStart, at));
  const eol = text.indexOf('\n', at);
  if (eol < 0) return true;
  return text
    .slice(eol + 1)
    .split('\n')
    .filter((l) => l.trim() && !l.trim().startsWith('#'))
    .every((l) => indent(l) > own);
}

/** A node lowered a second time (by a fallback after a failure) may report the same problem again. */
function dedupe(sorted: SyntaxProblem[]): SyntaxProblem[] {
  return sorted.filter((p, i) => {
    const prev = sorted[i - 1];
    return !prev || prev.s !== p.s || prev.e !== p.e || prev.message !== p.message;
  });
}

/** Identifiers inside annotations (`x: Optional[Foo]`, `-> Bar`): the IR drops annotations. */
function typeNames(root: Node): string[] {
  const out = new Set<string>();
  for (const t of root.descendantsOfType('type')) {
    if (!t) continue;
    for (const id of t.descendantsOfType('identifier')) if (id) out.add(id.text);
  }
  return [...out];
}

interface AnnotationNames {
  /** Identifiers written outside annotations (imports, definitions, uses). */
  named: Set<string>;
  /** Names annotations that run at definition time read. */
  uses: { name: string; s: number; e: number }[];
  imports: boolean;
  /** `from __future__ import annotations`: no annotation runs. */
  deferred: boolean;
}

/**
 * Annotations of parameters and returns run when the `def` does, and those of module- and class-level
 * assignments when the statement does (before Python 3.14); those of local variables never do.
 */
function scanAnnotations(root: Node, out: AnnotationNames): void {
  const evaluated = (t: Node): boolean => {
    const parent = t.parent;
    if (!parent || parent.type !== 'assignment') return true;
    for (let a = parent.parent; a; a = a.parent) {
      if (a.type === 'function_definition' || a.type === 'lambda') return false;
      if (a.type === 'class_definition') return true;
    }
    return true;
  };
  const visit = (n: Node): void => {
    if (n.type === 'future_import_statement' && /\bannotations\b/.test(n.text)) out.deferred = true;
    if (n.type === 'import_statement' || n.type === 'import_from_statement' || n.type === 'future_import_statement') out.imports = true;
    if (n.type === 'type') {
      if (evaluated(n)) for (const id of n.descendantsOfType('identifier')) if (id && loadsName(id)) out.uses.push({ name: id.text, s: id.startIndex, e: id.endIndex });
      return;
    }
    if (n.type === 'identifier') out.named.add(n.text);
    for (const c of n.children) if (c) visit(c);
  };
  visit(root);
}

/** An identifier that reads a name (`Optional`, `pulumi` in `pulumi.Output`), not an attribute or keyword. */
function loadsName(id: Node): boolean {
  const parent = id.parent;
  if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.startIndex === id.startIndex) return false;
  if (parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.startIndex === id.startIndex) return false;
  return true;
}

function typeOnlyNames(a: AnnotationNames): NonNullable<Module['typeOnlyNames']> {
  if (!a.imports || a.deferred) return [];
  const seen = new Set<string>();
  return a.uses.filter((u) => !a.named.has(u.name) && !seen.has(u.name) && !!seen.add(u.name));
}
