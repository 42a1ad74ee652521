// Which language a code block holds: from the fence info string and from the text itself. The
// info string is a label a model wrote and is sometimes wrong; the content is what a frontend will
// have to parse, so a strong content signal can overrule the label (see `blockLanguage`).

import type { Language } from '../core/source.js';

const INFO_LANGUAGE: Readonly<Record<string, Language>> = {
  typescript: 'typescript',
  ts: 'typescript',
  tsx: 'typescript',
  mts: 'typescript',
  javascript: 'javascript',
  js: 'javascript',
  jsx: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  node: 'javascript',
  python: 'python',
  python3: 'python',
  py: 'python',
  py3: 'python',
  yaml: 'yaml',
  yml: 'yaml',
  json: 'json',
  jsonc: 'json',
  json5: 'json',
  bash: 'shell',
  sh: 'shell',
  shell: 'shell',
  zsh: 'shell',
  console: 'shell',
  'shell-session': 'shell',
  terminal: 'shell',
  powershell: 'shell',
  ps1: 'shell',
  cmd: 'shell',
  bat: 'shell',
  text: 'text',
  txt: 'text',
  plaintext: 'text',
  plain: 'text',
  none: 'text',
  output: 'text',
};

export interface FenceInfo {
  /** First word of the info string, lower-cased, e.g. `typescript`; '' for a bare fence. */
  word: string;
  /** Language named by the info string; undefined for a bare fence. */
  language: Language | undefined;
  /** A file name written in the info string (```python lib/x.py, ```ts title="x.ts", ```py:x.py). */
  path: string | undefined;
}

export function parseFenceInfo(info: string): FenceInfo {
  const words = info.trim().split(/\s+/).filter((w) => w.length > 0);
  let first = (words[0] ?? '').replace(/^\{?\.?/, '').replace(/\}$/, '');
  let path: string | undefined;
  const colon = first.indexOf(':');
  if (colon > 0) {
    path = first.slice(colon + 1);
    first = first.slice(0, colon);
  }
  for (const w of words.slice(1)) {
    if (path) break;
    const attr = /^(?:title|file|filename|name)=["']?([^"']+)["']?$/i.exec(w);
    path = attr ? attr[1] : w;
  }
  const word = first.toLowerCase();
  const language = word === '' ? undefined : (INFO_LANGUAGE[word] ?? 'other');
  return { word, language, path: path || undefined };
}

export function isProgramLanguage(language: Language | undefined): boolean {
  return language === 'typescript' || language === 'javascript' || language === 'python';
}

/** TypeScript and JavaScript share a frontend; a mix-up between them is not a contradiction. */
export function languageFamily(language: Language | undefined): 'ecma' | 'python' | undefined {
  if (language === 'typescript' || language === 'javascript') return 'ecma';
  if (language === 'python') return 'python';
  return undefined;
}

export interface Sniff {
  language: Language;
  /** A line that only this language would contain (an import, a `def`, a shell prompt...). */
  strong: boolean;
  /** A directory tree or box drawing: never code, whatever the label says. */
  diagram?: boolean;
}

const PYTHON_STRONG: readonly RegExp[] = [
  /^(?:"""|''')/,
  /^import\s+[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*\s*(?:#.*)?$/,
  /^from\s+\.*[\w.]*\s+import\s+[\w*(]/,
  /^(?:async\s+)?def\s+\w+\s*\(/,
  /^class\s+\w+\s*(?:\([^)]*\))?\s*:/,
  /^if\s+__name__\s*==/,
];

const ECMA_STRONG: readonly RegExp[] = [
  /^import\s+(?:type\s+)?(?:\*\s+as\s+\w+|\{|\w+\s*(?:,\s*\{[^}]*\}\s*)?from\s)/,
  /^import\s+['"]/,
  /^(?:export\s+(?:default\s+)?)?(?:declare\s+)?(?:async\s+)?(?:function\*?|class|interface|enum|abstract\s+class|namespace)\s+\w+/,
  /^(?:export\s+)?(?:const|let|var)\s+[\w{[]/,
  /^(?:export\s+)?type\s+\w+\s*(?:<[^>]*>)?\s*=/,
  /\brequire\(\s*['"]/,
  /^export\s+[\w{*]/,
  /^(?:module\.)?exports(?:\.\w+)?\s*=/,
];

const SHELL_STRONG: readonly RegExp[] = [
  /^\$\s+\S/,
  /^#!.*\b(?:ba|z|da)?sh\b/,
  /^(?:pulumi|npm|npx|pnpm|yarn|pip3?|aws|cd|curl|git|mkdir|poetry|docker|kubectl|terraform|source|chmod|echo|sudo|brew|pytest|node|python3?\s+-m|tsc|jest|make|ls|cat|rm|cp|mv|sam|cdk)(?:\s|$)/,
  /^export\s+[A-Z_][A-Z0-9_]*=/,
];

const TS_ONLY =
  /\binterface\s+\w+|\btype\s+\w+\s*=|[\w)]\s*:\s*(?:string|number|boolean|any|void|unknown|pulumi\.|aws\.|Record<|Promise<)|\bas\s+(?:const|string|any|unknown)\b|\b(?:private|public|protected|readonly)\s+\w+|\bimplements\s+\w+/;
const JS_ONLY = /\brequire\(|\bmodule\.exports\b|\bexports\.\w+\s*=/;

const DIAGRAM_CHAR = /[├└│┌┐┘┬┴┼─▶▼►]/;

function ecmaDialect(text: string): Language {
  if (TS_ONLY.test(text)) return 'typescript';
  return JS_ONLY.test(text) ? 'javascript' : 'typescript';
}

function sniffJson(trimmed: string): boolean {
  if (!/^[{[]/.test(trimmed)) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    // Truncated or commented JSON: a quoted key on the second line is still JSON, not an object literal.
    const second = trimmed.split('\n').slice(1).find((l) => l.trim().length > 0) ?? '';
    return /^\s*"[^"]+"\s*:/.test(second);
  }
}

/** Guess the language of a block from its text; undefined when nothing is telling. */
export function sniffLanguage(text: string): Sniff | undefined {
  const lines = text.split('\n');
  const nonBlank = lines.filter((l) => l.trim().length > 0);
  if (nonBlank.length === 0) return undefined;
  const diagramLines = nonBlank.filter((l) => DIAGRAM_CHAR.test(l)).length;
  if (diagramLines >= 2 && diagramLines * 10 >= nonBlank.length * 3) {
    return { language: 'text', strong: true, diagram: true };
  }
  const trimmed = text.trim();
  if (sniffJson(trimmed)) return { language: 'json', strong: true };

  let yamlKeys = 0;
  let ecmaWeak = 0;
  let pythonWeak = 0;
  for (const raw of nonBlank) {
    const line = raw.trim();
    // '#' starts a comment in Python, shell and YAML alike, so it says nothing about which one.
    if (line.startsWith('#') && !line.startsWith('#!')) continue;
    if (line.startsWith('//') || line.startsWith('/*') || line.startsWith('*')) {
      ecmaWeak++;
      continue;
    }
    if (PYTHON_STRONG.some((re) => re.test(line))) return { language: 'python', strong: true };
    // Shell before ECMAScript: `export NAME=value` must not read as an ES export.
    if (SHELL_STRONG.some((re) => re.test(line))) return { language: 'shell', strong: true };
    if (ECMA_STRONG.some((re) => re.test(line))) return { language: ecmaDialect(text), strong: true };
    if (/^(?:-\s+)?[\w.\-"'/]+(?::[\w.\-]+)?:(?:\s+[^\s{(].*)?$/.test(line) && !/[,;{(]$/.test(line)) yamlKeys++;
    if (/;$|=>|\bnew\s+[\w.]+\(/.test(line)) ecmaWeak++;
    if (/^\w+(?:\.\w+)*\s*=\s*[\w.]+\(|^self\.|\bTrue\b|\bFalse\b|\bNone\b|\bf"/.test(line)) pythonWeak++;
  }
  if (yamlKeys >= 2 && ecmaWeak === 0 && pythonWeak === 0) return { language: 'yaml', strong: true };
  if (ecmaWeak > pythonWeak) return { language: ecmaDialect(text), strong: false };
  if (pythonWeak > 0) return { language: 'python', strong: false };
  if (yamlKeys > 0) return { language: 'yaml', strong: false };
  return undefined;
}

/**
 * The language a block's content is in, before its file name is known. Decisions: a diagram is
 * text whatever its label; a label naming one program language over content that strongly reads
 * as the other (```python around `import * as pulumi ...`) is a mislabel and the content wins;
 * otherwise the label wins; unlabelled blocks are sniffed, and unknowable ones are text.
 */
export function blockLanguage(info: FenceInfo, sniff: Sniff | undefined): Language {
  if (sniff?.diagram) return 'text';
  const label = info.language;
  if (label !== undefined) {
    const sniffed = sniff?.strong ? languageFamily(sniff.language) : undefined;
    if (sniff && sniffed && languageFamily(label) && sniffed !== languageFamily(label)) return sniff.language;
    return label;
  }
  return sniff?.language ?? 'text';
}
