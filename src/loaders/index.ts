// Entry to the loaders: a path (directory, program file or Markdown answer) → ProgramInput.
// Bad input never throws; it becomes a diagnostic in the returned input.

import { stat } from 'node:fs/promises';
import type { Diagnostic, ProgramInput } from '../core/program.js';
import { loadMarkdownAnswer } from './answer.js';
import { notFound, skipped } from './diagnostics.js';
import { loadDirectory } from './directory.js';
import { extension, PROGRAM_EXTENSIONS } from './paths.js';
import { type Overlay, readText } from './read.js';
import { loadSingleFile } from './single-file.js';

export { loadMarkdownAnswer } from './answer.js';
export type { Overlay } from './read.js';

function unusable(path: string, kind: ProgramInput['kind'], diagnostics: Diagnostic[]): ProgramInput {
  return { root: path, kind, files: [], diagnostics, hosts: new Map() };
}

/** Load a path; `overlay` gives texts that stand for files on disk (an editor's open buffers). */
export async function loadInput(path: string, overlay?: Overlay): Promise<ProgramInput> {
  let isDirectory: boolean;
  try {
    isDirectory = overlay?.has(path) ? false : (await stat(path)).isDirectory();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return unusable(path, 'file', [notFound(path)]);
    return unusable(path, 'file', [skipped(path, `it could not be read (${code ?? String(err)})`)]);
  }
  if (isDirectory) return loadDirectory(path, overlay);

  const ext = extension(path.replace(/\\/g, '/'));
  const markdown = ext === 'md' || ext === 'markdown';
  if (!markdown && !PROGRAM_EXTENSIONS.has(ext)) {
    const reason = 'it is neither a program file (.ts .tsx .js .mjs .cjs .py), a Markdown answer (.md) nor a directory';
    return unusable(path, 'file', [skipped(path, reason)]);
  }
  const kind = markdown ? 'markdown' : 'file';
  const read = await readText(path, overlay);
  // A file that exists but cannot be used is reported as skipped, with the reason; not as "no code".
  if (!read.ok) return unusable(path, kind, read.missing ? [notFound(path)] : [skipped(path, read.reason)]);
  return markdown ? loadMarkdownAnswer(path, read.text) : loadSingleFile(path, read.text);
}
