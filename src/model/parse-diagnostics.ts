// What the parsers found, as diagnostics of the input: syntax errors, files cut off mid-construct,
// import paths broken by a Python keyword (all `parse/syntax-error`, told apart by class, so every
// rule that asks whether text was lost sees them alike), and the front-ends' code notes (names
// declared twice, explicit `any`), which lose no text.

import type { CodeNote, Module, SyntaxProblem } from '../core/ir.js';
import type { Diagnostic, ProgramInput } from '../core/program.js';
import { hostLineIndex } from '../core/locate.js';
import { lineColumn, type SourceFile, toHostOffset } from '../core/source.js';

export function parseDiagnostics(input: ProgramInput, modules: Module[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const files = new Map(input.files.map((f) => [f.path, f]));
  for (const m of modules) {
    const file = files.get(m.path);
    if (file?.snippet) continue;
    out.push(...syntaxDiagnostics(input, m, file));
    if (file) out.push(...noteDiagnostics(input, m.notes ?? [], file));
  }
  return out;
}

/** Diagnostics of the code notes of a file that is not evaluated (a Lambda handler shipped as an asset). */
export function assetNoteDiagnostics(input: ProgramInput, file: SourceFile, notes: CodeNote[]): Diagnostic[] {
  return noteDiagnostics(input, notes, file);
}

function syntaxDiagnostics(input: ProgramInput, m: Module, file: SourceFile | undefined): Diagnostic[] {
  if (m.errors.length === 0) return [];
  const out: Diagnostic[] = [];
  // A file that ends inside an open bracket or block was cut off: its errors there are the
  // truncation, not mistakes in the code (INCOMPLETE-TRUNCATED). A string that runs to the end
  // leaves the later brackets open too, and is a quote out of place as often as a cut, so such a
  // file stays a syntax error, unless its fence never closes (then whatever is open is the cut).
  const fenceOpen = input.diagnostics.some((d) => d.code === 'load/unterminated-fence' && d.file === m.path);
  const cut = fenceOpen ? m.errors.find((e) => e.eof) : m.errors.some((e) => e.eof === 'string') ? undefined : m.errors.find((e) => e.eof === 'block');
  const errors = (cut ? m.errors.filter((e) => !e.eof) : m.errors).filter((e) => !e.keywordModule);
  for (const k of m.errors.filter((e) => e.keywordModule)) out.push(keywordImport(m.path, k));
  if (errors.length > 0) {
    const first = errors[0]!;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    out.push({
      code: 'parse/syntax-error',
      class: 'CODE-TYPE-COMPILE',
      severity: 'high',
      message: `Syntax error: ${first.message}${more}. The program cannot run as written; the rest of the file was analysed as far as it could be recovered.`,
      file: m.path,
      start: first.s,
      end: first.e,
    });
  }
  if (cut) {
    // An error at the very end points at the last line of code, not past it.
    const text = file?.text ?? '';
    const end = text.trimEnd().length;
    const at = cut.s >= end ? { s: text.lastIndexOf('\n', end - 1) + 1, e: end } : { s: cut.s, e: cut.e };
    out.push({
      code: 'parse/syntax-error',
      class: 'INCOMPLETE-TRUNCATED',
      severity: 'high',
      message: `${m.path} ends in the middle of the code (${cut.message}): the file was cut off, so it cannot run and whatever came after the cut is missing. Give the rest of the file.`,
      file: m.path,
      start: at.s,
      end: at.e,
    });
  }
  return out;
}

function keywordImport(path: string, k: SyntaxProblem): Diagnostic {
  return {
    code: 'parse/syntax-error',
    class: 'CODE-IMPORT-MODULE',
    severity: 'high',
    message: `This import names a module through \`${k.keywordModule}\`, a Python keyword: no import statement can name such a module, so Python stops with a SyntaxError before anything is deployed. Rename the module or package (e.g. \`${k.keywordModule}_functions\`) and import it under the new name.`,
    file: path,
    start: k.s,
    end: k.e,
  };
}

function noteDiagnostics(input: ProgramInput, notes: CodeNote[], file: SourceFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lineOf = hostLines(input, file);
  for (const n of notes) {
    if (n.kind !== 'redeclared') continue;
    const first = n.first !== undefined ? ` (first declared on line ${lineOf(n.first)})` : '';
    const python = file.language === 'python';
    out.push({
      code: 'parse/redeclared',
      class: python ? 'CODE-UNUSED-LINT' : 'CODE-TYPE-COMPILE',
      severity: python ? 'medium' : 'high',
      message: python
        ? `\`${n.name}\` is defined a second time in the same scope${first}: the second definition silently replaces the first, so the first is never used (pylint function-redefined, E0102). Remove one of them or give them different names.`
        : file.language === 'javascript'
          ? `\`${n.name}\` is declared a second time in the same scope${first}: JavaScript rejects the file when it loads ("Identifier '${n.name}' has already been declared"), so nothing is deployed. Rename one of them or reuse the first.`
          : `\`${n.name}\` is declared a second time in the same scope${first}: TypeScript does not compile the program ("Cannot redeclare block-scoped variable" / "Duplicate identifier"), so nothing is deployed. Rename one of them or reuse the first.`,
      file: file.path,
      start: n.s,
      end: n.e,
    });
  }
  const anys = notes.filter((n) => n.kind === 'explicit-any');
  if (anys.length > 0) {
    const times = anys.length === 1 ? 'once' : `${anys.length} times`;
    out.push({
      code: 'parse/explicit-any',
      class: 'CODE-TYPE-COMPILE',
      severity: 'low',
      message: `\`any\` is written ${times} in ${file.path}${anys.length > 1 ? ' (the first here)' : ''}: the compiler checks nothing about those values, and typescript-eslint's recommended rules (no-explicit-any) fail the lint step. Give them real types (\`pulumi.Input<string>\`, an interface for the arguments, \`unknown\` where the type is truly open).`,
      file: file.path,
      start: anys[0]!.s,
      end: anys[0]!.e,
    });
  }
  return out;
}

/** 1-based line in the host file (the Markdown answer's line) of an offset in a virtual file. */
function hostLines(input: ProgramInput, file: SourceFile): (offset: number) => number {
  return (offset) => {
    const index = hostLineIndex(input, file.hostPath);
    if (!index) return 0;
    return lineColumn(index, toHostOffset(file, offset)).line;
  };
}
