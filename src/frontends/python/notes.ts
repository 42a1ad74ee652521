// Facts pylint or the parser report that the IR does not keep: a `def`/`class` that replaces an
// earlier one of the same name in the same body, and import paths broken by a keyword.

import type { Node } from 'web-tree-sitter';
import type { CodeNote, SyntaxProblem } from '../../core/ir.js';

/** Module and class bodies: a second `def f` / `class C` there silently replaces the first (pylint E0102). */
export function pythonNotes(root: Node): CodeNote[] {
  const out: CodeNote[] = [];
  const scan = (body: Node): void => {
    const seen = new Map<string, Node>();
    for (const st of body.namedChildren) {
      if (!st) continue;
      // Decorated definitions are skipped: property setters, overloads and registrations redefine on purpose.
      if (st.type !== 'function_definition' && st.type !== 'class_definition') continue;
      const name = st.childForFieldName('name');
      if (!name) continue;
      const first = seen.get(name.text);
      if (first) out.push({ kind: 'redeclared', name: name.text, s: name.startIndex, e: name.endIndex, first: first.startIndex });
      else seen.set(name.text, name);
      if (st.type === 'class_definition') {
        const inner = st.childForFieldName('body');
        if (inner) scan(inner);
      }
    }
  };
  scan(root);
  return out;
}

const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' '),
);
const IMPORT_LINE = /^[ \t]*(?:from|import)[ \t]+(\.*[A-Za-z_][\w]*(?:[ \t]*\.[ \t]*[A-Za-z_]\w*)*)/gm;

/**
 * `from infrastructure.lambda import f`: no import statement can name a module whose path contains
 * a keyword (the file has to be renamed). The syntax problems on such a line are marked with it.
 */
export function markKeywordImports(text: string, problems: SyntaxProblem[]): void {
  for (const m of text.matchAll(IMPORT_LINE)) {
    const keyword = m[1]!.replace(/^\.+/, '').split('.').map((s) => s.trim()).find((seg) => KEYWORDS.has(seg));
    if (!keyword) continue;
    const s = m.index!;
    const eol = text.indexOf('\n', s);
    const e = eol < 0 ? text.length : eol;
    // A line the parser accepted is inside a string or comment: only problems on the line are marked.
    for (const p of problems) if (p.s < e && p.e > s) p.keywordModule = keyword;
  }
}
