// Fragments: blocks a model elided ("// ... existing code") or that show a piece of a file without
// its imports. Rules treat their absences leniently, since what is missing may be in the elided part.

import type { Language } from '../core/source.js';
import { isProgramLanguage } from './language.js';

const COMMENT = /^\s*(?:\/\/+|#+|\/\*+|<!--)\s*(.*?)\s*(?:\*\/|-->)?\s*$/;

/** `...` alone; `// ...`; `# ... rest of the code`; `// (rest unchanged)`; `# other methods omitted for brevity`. */
function isElisionLine(line: string): boolean {
  if (/^\s*(?:\.\.\.|…)\s*$/.test(line)) return true;
  const comment = COMMENT.exec(line);
  if (!comment) return false;
  const body = comment[1]!.replace(/^[([]\s*|\s*[)\]]$/g, '');
  if (body.length > 80) return false;
  return (
    /^(?:\.\.\.|…)/.test(body) ||
    /^(?:the\s+)?(?:rest|remainder) of\b/i.test(body) ||
    /^(?:existing|previous|same|other)\s+(?:code|methods|resources|implementation|configuration)\b/i.test(body) ||
    /\b(?:unchanged|omitted|for brevity|remains? the same|stays? the same|same as (?:before|above))\b/i.test(body)
  );
}

// `new aws.rds.GlobalCluster(...)`, `{ ... }`, `[...]`: an elided argument list or body.
const ELIDED_BRACKETS = /[([{]\s*(?:\.\.\.|…)\s*[)\]}]/;

const ECMA_IMPORT = /^\s*import\s|^\s*export\s+[^=]*\bfrom\s+['"]|\brequire\(\s*['"]/m;
const PYTHON_IMPORT = /^\s*(?:import|from)\s+[\w.]/m;

function hasImports(text: string, language: Language): boolean {
  return (language === 'python' ? PYTHON_IMPORT : ECMA_IMPORT).test(text);
}

/** Why a block is a fragment: code was elided, or it shows a piece of a file without imports. */
export function snippetKind(text: string, language: Language): 'elided' | 'import-less' | undefined {
  if (text.split('\n').some((line) => isElisionLine(line) || ELIDED_BRACKETS.test(line))) return 'elided';
  return isProgramLanguage(language) && !hasImports(text, language) ? 'import-less' : undefined;
}

