// Virtual paths: what counts as a file name, how names written in prose are cleaned up, and which
// extension means which language. Every loader shares these so a directory and a Markdown answer
// describing the same project produce the same paths.

import type { Language } from '../core/source.js';

/** Extensions of files that may hold Pulumi program code. */
export const PROGRAM_EXTENSIONS: ReadonlySet<string> = new Set(['ts', 'tsx', 'js', 'mjs', 'cjs', 'py']);

const EXTENSION_LANGUAGE: Readonly<Record<string, Language>> = {
  ts: 'typescript',
  tsx: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  js: 'javascript',
  jsx: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  py: 'python',
  pyi: 'python',
  yaml: 'yaml',
  yml: 'yaml',
  json: 'json',
  txt: 'text',
  sh: 'shell',
  bash: 'shell',
  zsh: 'shell',
  ps1: 'shell',
  md: 'other',
  toml: 'other',
  cfg: 'other',
  ini: 'other',
  env: 'other',
  sql: 'other',
  html: 'other',
  css: 'other',
  go: 'other',
  java: 'other',
  tf: 'other',
  hcl: 'other',
  xml: 'other',
  conf: 'other',
};

/** Files recognised by name alone (no extension, or an extension that is not in the table above). */
const WELL_KNOWN_NAMES: ReadonlySet<string> = new Set([
  'dockerfile',
  'makefile',
  'pipfile',
  'procfile',
  'jenkinsfile',
  '.gitignore',
  '.dockerignore',
  '.npmrc',
  '.env',
  '.eslintrc',
  '.prettierrc',
  'go.mod',
  'go.sum',
]);

// Product names that look like file names in prose ("Node.js 20", "Chart.js").
const NOT_PATHS: ReadonlySet<string> = new Set([
  'node.js',
  'next.js',
  'nest.js',
  'nuxt.js',
  'vue.js',
  'express.js',
  'chart.js',
  'd3.js',
  'three.js',
  'react.js',
  'socket.io',
]);

export function basename(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** Lower-case extension without the dot; '' when there is none (dotfiles have none). */
export function extension(path: string): string {
  const base = basename(path);
  const i = base.lastIndexOf('.');
  return i <= 0 ? '' : base.slice(i + 1).toLowerCase();
}

export function languageFromPath(path: string): Language | undefined {
  const ext = extension(path);
  if (ext) return EXTENSION_LANGUAGE[ext];
  return WELL_KNOWN_NAMES.has(basename(path).toLowerCase()) ? 'other' : undefined;
}

/** Does this (already normalised) string name a file we know how to classify? */
export function isPathLike(path: string): boolean {
  if (path.length === 0 || path.length > 200 || /\s/.test(path)) return false;
  const base = basename(path).toLowerCase();
  if (NOT_PATHS.has(base)) return false;
  if (WELL_KNOWN_NAMES.has(base)) return true;
  const dot = base.lastIndexOf('.');
  // A bare extension (".ts", from "*.ts") names no file.
  if (dot <= 0 || !/[a-z0-9_]/.test(base.slice(0, dot))) return false;
  return base.slice(dot + 1) in EXTENSION_LANGUAGE;
}

/**
 * Clean a file name written in Markdown prose. `markdownEscapes` is false for names read from code
 * comments, where a backslash is literal.
 */
export function normalizeWrittenPath(raw: string, markdownEscapes: boolean): string {
  let s = raw.trim();
  // CommonMark backslash escapes: `tap\_stack.py` is `tap_stack.py`.
  if (markdownEscapes) s = s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  // Escaped dunder files lose their separator: `lib\_\_init\_\_.py` unescapes to `lib__init__.py`,
  // which only makes sense as `lib/__init__.py`.
  s = s.replace(/^(.*[^/\\])(__(?:init|main)__\.py)$/, '$1/$2');
  // Whatever backslashes remain are Windows separators (`lib\infrastructure\config.py`).
  s = s.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
  while (s.startsWith('./') || s.startsWith('/')) s = s.startsWith('./') ? s.slice(2) : s.slice(1);
  // A doubled extension is a slip of the pen (`dynamodb.py.py`): imports name the module once.
  return s.replace(/(\.[A-Za-z0-9]+)\1$/, '$1');
}

/** Join POSIX path parts, resolving `.` and `..` (never above the root). */
export function joinPosix(...parts: string[]): string {
  const out: string[] = [];
  for (const seg of parts.join('/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}
