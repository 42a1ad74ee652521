// Where a Markdown code block says which file it is. Only the text between the previous code block
// and this one may name it (a heading far above, separated by another block, names that block), and
// the sources are tried in a fixed order, nearest unit first within each source:
//   info      ```python lib/tap_stack.py, ```ts title="x.ts" (attached to the fence itself)
//   file      a heading with `File:`           ### File: lib/tap-stack.ts
//   heading   a heading containing a path      ## lib/tap_stack.py, ### 2. `lib/vpc.ts`
//   bold      a bold path below the nearest heading   **lib/tap-stack.ts**, **File: tap.py**
//   sentence  the nearest paragraph, ending in a path and a colon or being only a path
//             Create `lib/s3.py`:   Here is lib/index.ts:   === lib/tap_stack.py ===
//   comment   a first-line comment or docstring  // lib/tap-stack.ts, # File: x.py, """\ntap_stack.py
// Candidates are returned in that order; the caller keeps the first one whose extension fits the
// block's content (see answer.ts), so a heading that mentions another file is skipped, not trusted.

import type { FenceInfo } from './language.js';
import { isPathLike, normalizeWrittenPath } from './paths.js';

export type NameSource = 'info' | 'file' | 'heading' | 'bold' | 'sentence' | 'comment';

/** A heading or paragraph of Markdown, as raw inline source (escapes and emphasis markers intact). */
export interface TextUnit {
  kind: 'heading' | 'paragraph';
  text: string;
}

export interface NameCandidate {
  path: string;
  source: NameSource;
}

/** `**init**.py` is `__init__.py` after a round trip through a Markdown renderer ate the underscores. */
function unmangleDunders(text: string): string {
  return text.replace(/\*\*([A-Za-z0-9]+)\*\*(?=\.py\b)/g, '__$1__');
}

const URL = /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi;
const PATH_OR_CODE = /`([^`\n]+)`|([A-Za-z0-9_.\-/\\@~+]+)/g;

/** File paths mentioned in a piece of Markdown prose, in order of appearance, normalised. */
export function pathsIn(text: string): string[] {
  const found: string[] = [];
  const prose = unmangleDunders(text).replace(URL, ' ');
  for (const m of prose.matchAll(PATH_OR_CODE)) {
    const raw = m[1] !== undefined ? m[1].trim() : m[2]!.replace(/[.\-]+$/, '');
    const path = normalizeWrittenPath(raw, true);
    if (isPathLike(path) && !found.includes(path)) found.push(path);
  }
  return found;
}

const FILE_LABEL = /\b(?:file(?:name)?|path)\s*[:\-–—]\s*(.+)$/i;

function fileHeadingPath(heading: string): string | undefined {
  const label = FILE_LABEL.exec(unmangleDunders(heading));
  return label ? pathsIn(label[1]!)[0] : undefined;
}

function boldPaths(paragraph: string): string[] {
  const out: string[] = [];
  for (const m of unmangleDunders(paragraph).matchAll(/\*\*(.+?)\*\*(?!\*)/g)) {
    const paths = pathsIn(m[1]!);
    if (paths.length === 1) out.push(paths[0]!);
  }
  return out;
}

/** `Create `lib/s3.py`:` / `Here is lib/index.ts:` / a paragraph that is nothing but a path. */
function sentencePath(paragraph: string): string | undefined {
  const text = paragraph.trim();
  if (text.endsWith(':')) {
    const sentences = text.split(/[.!?]\s+(?=\S)/);
    const last = sentences[sentences.length - 1] ?? text;
    const paths = pathsIn(last);
    if (paths.length > 0) return paths[paths.length - 1];
  }
  const bare = unmangleDunders(text)
    .replace(/^\s*(?:file(?:name)?|path)\s*:/i, '')
    .replace(/[=*`#:~>|–—]+/g, ' ')
    .trim();
  if (bare.length === 0 || /\s/.test(bare)) return undefined;
  return pathsIn(bare)[0];
}

const LINE_COMMENT =
  /^(?:\/\/+|#+|--|;+|\/\*+|<!--|"""|''')\s*(?:(?:file(?:name)?|path)\s*:\s*)?(\S+?)\s*(?:\*\/|-->|"""|''')?(?:\s+[-–—(:].*)?$/i;
const BLOCK_OPENER = /^(?:\/\*+|"""|''')$/;
const BLOCK_LINE = /^\*?\s*(?:(?:file(?:name)?|path)\s*:\s*)?(\S+?)\s*(?:[-–—(:].*)?$/i;

function commentPath(code: string): string | undefined {
  const lines = code.split('\n').map((l) => l.trim());
  const first = lines.findIndex((l) => l.length > 0);
  if (first < 0) return undefined;
  const line = lines[first]!;
  let raw: string | undefined;
  if (BLOCK_OPENER.test(line)) raw = BLOCK_LINE.exec(lines[first + 1] ?? '')?.[1];
  else raw = LINE_COMMENT.exec(line)?.[1];
  if (raw === undefined) return undefined;
  const path = normalizeWrittenPath(raw, false);
  return isPathLike(path) ? path : undefined;
}

export function nameCandidates(info: FenceInfo, gap: readonly TextUnit[], code: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  const add = (source: NameSource, paths: readonly (string | undefined)[]): void => {
    for (const path of paths) if (path !== undefined) out.push({ path, source });
  };
  if (info.path !== undefined) {
    const path = normalizeWrittenPath(info.path, true);
    if (isPathLike(path)) add('info', [path]);
  }
  const nearestFirst = [...gap].reverse();
  const headings = nearestFirst.filter((u) => u.kind === 'heading');
  // Bold names only count under the nearest heading: a bold file list further up is a summary.
  const underHeading = nearestFirst.findIndex((u) => u.kind === 'heading');
  const paragraphs = nearestFirst.slice(0, underHeading < 0 ? undefined : underHeading);
  add('file', headings.map((h) => fileHeadingPath(h.text)));
  add('heading', headings.flatMap((h) => pathsIn(h.text)));
  add('bold', paragraphs.flatMap((p) => boldPaths(p.text)));
  const nearest = nearestFirst[0];
  if (nearest?.kind === 'paragraph') add('sentence', [sentencePath(nearest.text)]);
  add('comment', [commentPath(code)]);
  return out;
}
