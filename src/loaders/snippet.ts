// Fragments: blocks a model elided ("// ... existing code") or that show a piece of a file without
// its imports. Rules treat their absences leniently, since what is missing may be in the elided part.

import type { Language } from '../core/source.js';
import { isProgramLanguage } from './language.js';

const COMMENT = /^\s*(?:\/\/+|#+|\/\*+|<!--)\s*(.*?)\s*(?:\*\/|-->)?\s*$/;

/**
 * `...` alone; `// ...`; `# ... rest of the code`; `// (rest unchanged)`; `# other methods omitted for brevity`.
 * `next` is the next non-blank line of the block (undefined at its end).
 */
function isElisionLine(line: string, next?: string): boolean {
  if (/^\s*(?:\.\.\.|…)\s*$/.test(line)) return true;
  const comment = COMMENT.exec(line);
  if (!comment) return false;
  // Brackets count only when they enclose the whole comment (`// (rest unchanged)`): in
  // `# (...) see above` the `(...)` is prose pointing elsewhere, not a marker for elided code.
  const body = comment[1]!.replace(/^[([]\s*(.*?)\s*[)\]]$/, '$1');
  if (body.length > 80) return false;
  if (describesWhatFollows(body, next)) return false;
  return isElisionBody(body);
}

/**
 * `// Same code as primary Lambda - copied for DR failover` or `# Lambda code (simplified for brevity)`
 * over the code itself: the comment says what the next lines are, and they are there. The same words
 * before a closing bracket or the end of the block stand for code that is not.
 */
function describesWhatFollows(body: string, next: string | undefined): boolean {
  if (/^(?:\.\.\.|…)/.test(body) || /\b(?:omitted|rest of|remainder of|unchanged|remains? the same|stays? the same)\b/i.test(body)) return false;
  if (!/\b(?:same (?:code )?as\b|same code\b|copied\b|(?:simplified|shortened|abbreviated) for brevity)/i.test(body)) return false;
  if (next === undefined) return false;
  const t = next.trim();
  return !/^(?:[)\]}]|\.\.\.|…)/.test(t) && !COMMENT.test(next);
}


function isElisionBody(body: string): boolean {
  return (
    /^(?:\.\.\.|…)/.test(body) ||
    /^(?:the\s+)?(?:rest|remainder) of\b/i.test(body) ||
    /^(?:existing|previous|same|other)\s+(?:code|methods|resources|implementation|configuration)\b/i.test(body) ||
    /\b(?:unchanged|omitted|for brevity|remains? the same|stays? the same|same as (?:before|above))\b/i.test(body)
  );
}

// `new aws.rds.GlobalCluster(...)`, `{ ... }`, `[...]`: an elided argument list or body.
const ELIDED_BRACKETS = /[([{]\s*(?:\.\.\.|…)\s*[)\]}]/;

/**
 * The code of a program text with comments and string literals blanked out (newlines kept), so that
 * an elided bracket is looked for only in code: `# see Group(...)` or `"usage: f(...)"` elide nothing.
 * Template literals keep their `${...}` parts' text blanked too (good enough for this purpose).
 */
export function codeOnly(text: string, language: Language, keepComments = false): string {
  const python = language === 'python';
  // Pieces joined at the end: appending a character at a time builds a string of millions of links
  // (over 150 MB for a 5 MB block).
  const out: string[] = [];
  let i = 0;
  const blank = (s: string) => s.replace(/[^\n]+/g, (run) => ' '.repeat(run.length));
  const special = python ? /["'#]/g : /["'`/]/g;
  while (i < text.length) {
    const c = text[i]!;
    const rest = text.startsWith.bind(text);
    if ((python && c === '#') || (!python && rest('//', i))) {
      let j = text.indexOf('\n', i);
      if (j < 0) j = text.length;
      out.push(keepComments ? text.slice(i, j) : blank(text.slice(i, j)));
      i = j;
    } else if (!python && rest('/*', i)) {
      let j = text.indexOf('*/', i + 2);
      j = j < 0 ? text.length : j + 2;
      out.push(keepComments ? text.slice(i, j) : blank(text.slice(i, j)));
      i = j;
    } else if (c === '"' || c === "'" || (!python && c === '`')) {
      const triple = python && (rest('"""', i) || rest("'''", i));
      const close = triple ? c.repeat(3) : c;
      let j = i + close.length;
      while (j < text.length) {
        if (text[j] === '\\') { j += 2; continue; }
        if (text.startsWith(close, j)) { j += close.length; break; }
        // An ordinary string ends at the line (an unterminated quote must not swallow the file).
        if (text[j] === '\n' && !triple && c !== '`') break;
        j++;
      }
      out.push(blank(text.slice(i, Math.min(j, text.length))));
      i = j;
    } else {
      // Up to the next character that may start a comment or a string.
      special.lastIndex = i + 1;
      const next = special.exec(text);
      const j = next ? next.index : text.length;
      out.push(text.slice(i, j));
      i = j;
    }
  }
  return out.join('');
}

const ECMA_IMPORT = /^[ \t]*import\s|^[ \t]*export\s+[^=]*\bfrom\s+['"]|\brequire\(\s*['"]/m;
const PYTHON_IMPORT = /^[ \t]*(?:import|from)\s+[\w.]/m;

function hasImports(text: string, language: Language): boolean {
  return (language === 'python' ? PYTHON_IMPORT : ECMA_IMPORT).test(text);
}

/** Why a block is a fragment: code was elided, or it shows a piece of a file without imports. */
export function snippetKind(text: string, language: Language): 'elided' | 'import-less' | undefined {
  // Markers count in the code and its comments, not inside strings: `// ...` in the handler source
  // of a StringAsset elides nothing of the program.
  const lines = (isProgramLanguage(language) ? codeOnly(text, language, true) : text).split('\n');
  // The next non-blank line after each line, in one backward pass (a scan per line is quadratic on
  // the long blank runs a blanked string leaves).
  const next: (string | undefined)[] = new Array(lines.length);
  for (let i = lines.length - 1, after: string | undefined; i >= 0; i--) {
    next[i] = after;
    if (lines[i]!.trim()) after = lines[i];
  }
  if (lines.some((line, i) => isElisionLine(line, next[i]))) return 'elided';
  const code = isProgramLanguage(language) ? codeOnly(text, language) : text;
  if (code.split('\n').some((line) => ELIDED_BRACKETS.test(line))) return 'elided';
  return isProgramLanguage(language) && !hasImports(text, language) ? 'import-less' : undefined;
}

